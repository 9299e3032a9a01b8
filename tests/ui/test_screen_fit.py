"""Every page and the larger dialogs fit a 1024×640 screen and a 200%-scaled 1920×1080 one:
no button out of reach (run in separate processes, each on its own offscreen screen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("screen_fit.py")
SCREENS = {
    "1024x640": {"width": 1024, "height": 640, "dpr": 1},
    "1920x1080 at 200%": {"width": 960, "height": 540, "dpr": 2},
}


@pytest.mark.parametrize("name", list(SCREENS))
def test_nothing_is_out_of_reach(name: str, tmp_path: Path) -> None:
    screen = {"name": "test", "x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96}
    config = {"windowFrameMargins": False, "screens": [{**screen, **SCREENS[name]}]}
    path = tmp_path / "screen.json"
    path.write_text(json.dumps(config))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={path}", "LC_ALL": "C.UTF-8"}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # never the user's settings
    result = subprocess.run(
        [sys.executable, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
