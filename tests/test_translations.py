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
