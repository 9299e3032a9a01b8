"""Before Qt: a missing screen or missing system libraries are one sentence and exit 2,
never Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from scar_diary.ui.platform_check import missing_packages, platform_problem


def test_a_library_the_loader_cannot_find_is_named_by_its_package() -> None:
    found = missing_packages({"libc.so.6": "libc6", "libscar-diary-nowhere.so.9": "nowhere9"})
    assert found == ["nowhere9"]


def test_other_platforms_and_wayland_are_left_to_qt() -> None:
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert platform_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_no_screen_is_one_sentence_and_exit_2_without_qt(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = ""
    done = subprocess.run(
        [sys.executable, "-m", "scar_diary", "--data-dir", str(tmp_path / "diary")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines == [
        "scar-diary: There is no screen to open the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set): start Scar Diary from your desktop, or use its commands "
        "(scar-diary --help)."
    ]
    assert not (tmp_path / "diary").exists()  # nothing was made
