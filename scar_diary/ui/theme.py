"""Colours that follow the system palette, so light and dark desktops both read well."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from scar_diary.wording.status import Tone


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_color(tone: Tone, palette: QPalette | None = None) -> QColor:
    dark = is_dark(palette)
    if tone is Tone.WARN:
        return QColor("#f0a35e" if dark else "#9a4a00")
    if tone is Tone.GOOD:
        return QColor("#7fd39a" if dark else "#1e6b37")
    return (palette or QApplication.palette()).color(QPalette.ColorRole.WindowText)


def card_style() -> str:
    """Card frames: a raised surface in the palette's Base colour with a soft border."""
    warn = tone_color(Tone.WARN).name()
    return (
        "QFrame#card { background: palette(base); border: 1px solid palette(mid);"
        " border-radius: 8px; }"
        f"QFrame#card[tone='warn'] {{ border-left: 4px solid {warn}; }}"
        "QFrame#banner { background: palette(highlight); border-radius: 6px; }"
        "QFrame#banner QLabel { color: palette(highlighted-text); }"
    )
