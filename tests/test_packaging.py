"""The desktop integration files are valid, and the app icon is built in every size."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.scardiary.ScarDiary"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("SCAR_DIARY_CI"):
            pytest.fail(f"{name} is installed by .ci/run")
        pytest.skip(f"{name} is not installed here")
    return found


def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_the_appstream_metainfo_is_valid() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_desktop_entry_and_screenshots_agree() -> None:
    component = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    from scar_diary import __version__

    assert component.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    for image in component.iter("image"):
        name = (image.text or "").rsplit("/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name
    desktop = (LINUX / f"{APP_ID}.desktop").read_text()
    assert f"Icon={APP_ID}" in desktop


def test_the_icon_is_built_in_every_size(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "make_icons.py"),
            str(tmp_path),
            str(tmp_path / "platform"),
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    from PIL import Image

    for size in (16, 32, 48, 128, 256, 512):
        path = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(path) as image:
            assert image.size == (size, size)
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    with Image.open(tmp_path / "platform" / "windows" / "scar-diary.ico") as ico:
        assert (256, 256) in ico.info["sizes"]
    assert (tmp_path / "platform" / "macos" / "scar-diary.icns").stat().st_size > 0


def test_an_installed_wheel_is_dutch_and_has_its_icons(tmp_path: Path) -> None:
    """`pip install .` (a wheel) carries resources/: the installed copy finds its icons and
    its Dutch, with no source checkout beside it."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("scar_diary-*.whl")
    venv = tmp_path / "venv"
    # the new venv's own pip: the running one would first uninstall this checkout's
    # editable install from the test environment (pip does, even with --prefix)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    dependencies = next(p for p in map(Path, sys.path) if p.name == "site-packages")
    probe = (
        "import sys; from PySide6.QtCore import QCoreApplication;"
        "import scar_diary, scar_diary.translations as t; from scar_diary.ui.icons import ICON_DIR;"
        "app = QCoreApplication([]); t.install(app, 'nl');"
        "print(scar_diary.__file__); print(sorted(p.name for p in ICON_DIR.glob('*.svg'))[:1]);"
        "print(QCoreApplication.translate('CompareDialog', 'Close without saving the alignment?'))"
    )
    done = subprocess.run(
        [str(python), "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,  # no source checkout in sight
        env={**os.environ, "PYTHONPATH": str(dependencies), "QT_QPA_PLATFORM": "offscreen"},
    )
    where, icons, dutch = done.stdout.strip().splitlines()
    assert where.startswith(str(venv)) and icons != "[]"
    assert dutch == "Sluiten zonder de uitlijning op te slaan?"
    # and the test environment's own install is untouched
    subprocess.run([sys.executable, "-c", "import scar_diary"], check=True, cwd=tmp_path)
