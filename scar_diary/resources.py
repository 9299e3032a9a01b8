"""Where the app's own files are (icons, translations): `resources/` beside the package in a
source checkout and in the bundle (PyInstaller keeps that layout), or
`<prefix>/share/scar-diary/` after `pip install .` (the wheel's data files)."""

from __future__ import annotations

import sys
from pathlib import Path


def _find() -> Path:
    beside = Path(__file__).resolve().parents[1] / "resources"
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "scar-diary"


RESOURCES = _find()
