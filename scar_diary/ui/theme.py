"""Colours that follow the system palette, so light and dark desktops both read well."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from scar_diary.wording.tone import Tone


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


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def control_outline(palette: QPalette | None = None) -> QColor:
    """A line that shows where a control is (an unrated scale's groove) against the window,
    at a contrast of at least 3:1 in light and dark palettes: the window's text colour, a
    quarter of the way towards the window's own."""
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)

    def mix(a: int, b: int) -> int:
        return round(a * 0.75 + b * 0.25)

    return QColor(
        mix(text.red(), back.red()), mix(text.green(), back.green()), mix(text.blue(), back.blue())
    )


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
