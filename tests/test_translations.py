"""Every user-facing sentence must reach translators: run Qt's own extractor over the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "scar_diary"


def extracted(tmp_path: Path) -> dict[str, set[str]]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.fail("pyside6-lupdate is installed with PySide6-Essentials")
    ts = tmp_path / "nl.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True)
    contexts: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        contexts[name] = {m.findtext("source") or "" for m in context.iter("message")}
    return contexts


def test_status_and_window_texts_are_extracted(tmp_path: Path) -> None:
    contexts = extracted(tmp_path)
    assert "Inside the allowed window." in contexts["Status"]
    assert "Aftercare: day {day} after session {n}" in contexts["Status"]
    assert "Touch the treated places as little as you can." in contexts["Aftercare"]
    assert "Welcome to Scar Diary" in contexts["TodayPage"]
    assert "&Quit" in contexts["Menus"]
    assert any("newer version of Scar Diary" in s for s in contexts["OpenError"])


TRANSLATIONS = PACKAGE.parent / "resources" / "translations"
DUTCH = TRANSLATIONS / "scar_diary_nl.ts"


def committed(path: Path) -> dict[str, dict[str, ET.Element]]:
    contexts: dict[str, dict[str, ET.Element]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        messages = contexts.setdefault(context.findtext("name") or "", {})
        for message in context.iter("message"):
            messages[message.findtext("source") or ""] = message
    return contexts


def test_every_text_the_code_uses_has_a_finished_dutch_translation(tmp_path: Path) -> None:
    dutch = committed(DUTCH)
    missing = [
        f"{context}: {source}"
        for context, sources in extracted(tmp_path).items()
        for source in sources
        if source not in dutch.get(context, {})
    ]
    assert missing == [], "run `make translations` and translate these:\n" + "\n".join(missing)
    unfinished = [
        source
        for messages in dutch.values()
        for source, message in messages.items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_dutch_keeps_every_placeholder_and_mnemonic() -> None:
    import re

    for messages in committed(DUTCH).values():
        for source, message in messages.items():
            dutch = message.findtext("translation") or ""
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", dutch)), source
            assert ("&" in source) == ("&" in dutch), source


def test_the_compiled_translation_is_fresh(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(DUTCH), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == (TRANSLATIONS / "scar_diary_nl.qm").read_bytes(), (
        "the .qm is stale: run `make translations`"
    )


def test_the_command_line_speaks_the_locales_language(tmp_path: Path) -> None:
    import os

    from scar_diary.services.demo import write_sample
    from tests.conftest import TODAY

    write_sample(tmp_path / "s", TODAY).close()
    env = {**os.environ, "LANG": "nl_NL.UTF-8", "LC_ALL": "nl_NL.UTF-8", "LANGUAGE": "nl"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scar_diary",
            "status",
            "--data-dir",
            str(tmp_path / "s"),
            "--today",
            TODAY.isoformat(),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Vandaag" in result.stdout and "sessie" in result.stdout, result.stdout
    report = tmp_path / "r.pdf"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "scar_diary",
            "report",
            "--data-dir",
            str(tmp_path / "s"),
            "--today",
            TODAY.isoformat(),
            "--out",
            str(report),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    text = subprocess.run(
        ["pdftotext", str(report), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Littekens" in text and "De reeks" in text and " nov 2026" in text


@pytest.mark.parametrize(
    ("command", "dutch"),
    [
        (["backups"], "Nog geen back-ups."),
        (["scars"], "niet beoordeeld"),
        (["backup"], "Back-up gemaakt in"),
        (["restore", "no-such-backup"], "er is geen back-up met de naam"),
        (["report", "--scar", "99", "--out", "{tmp}/r.pdf"], "er is geen litteken met id 99"),
        (["export-csv", "--out", "{tmp}/csv"], "Geschreven: "),
    ],
)
def test_every_command_speaks_dutch(tmp_path: Path, command: list[str], dutch: str) -> None:
    """Not only `status` and `report`: what every command prints, and its one-sentence
    errors, are in the locale's language."""
    import os

    from scar_diary.domain.entities import FaceRegion, ScarType
    from scar_diary.services.diary import Diary

    diary = Diary.open(tmp_path / "d")
    diary.scars.add("Wang", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    diary.close()
    env = {**os.environ, "LANG": "nl_NL.UTF-8", "LC_ALL": "nl_NL.UTF-8", "LANGUAGE": "nl"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-m", "scar_diary", "--data-dir", str(tmp_path / "d")]
        + [part.format(tmp=tmp_path) for part in command],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert dutch in result.stdout + result.stderr, (result.stdout, result.stderr)
