"""Before Qt starts: can it show a window here? Qt's own answer, when its platform plugin
cannot load, is an abort with a page of plugin names. This says it in one sentence, names
the missing system libraries (as Debian packages) and where the README lists them.
No Qt import here: the check must run before Qt can abort."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

# What Qt's xcb platform plugin loads (soname → the Debian package that has it).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
README_SECTION = "the README's “The two commands”"


def missing_packages(libraries: Mapping[str, str] = XCB_LIBRARIES) -> list[str]:
    """The packages whose library the dynamic loader cannot find, in the order given."""
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def platform_problem(environ: Mapping[str, str] = os.environ) -> str | None:
    """One sentence when Qt would not be able to open a window on this Linux desktop; None
    when it can, or when another platform was chosen (QT_QPA_PLATFORM) or is not Linux."""
    if not sys.platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, …: Qt's own plugins, nothing to check here
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return (
            "There is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set): start Scar Diary from your desktop, or use its commands "
            "(scar-diary --help)."
        )
    missing = missing_packages()
    if missing:
        return (
            "Qt cannot open a window: system libraries it needs are missing. Install them "
            f"with `sudo apt-get install {' '.join(missing)}` (see {README_SECTION})."
        )
    return None
