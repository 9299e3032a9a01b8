"""The dark palette reads as well as the light one: coloured text at least 4.5:1 against the
surfaces it is drawn on, and the outline of an unrated scale at least 3:1 (WCAG 2)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from scar_diary.ui.ratings.score_slider import ScoreSlider
from scar_diary.ui.theme import contrast, control_outline, tone_color
from scar_diary.wording.tone import Tone


def palette(window: str, base: str, text: str) -> QPalette:
    made = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        made.setColor(group, QPalette.ColorRole.Window, QColor(window))
        made.setColor(group, QPalette.ColorRole.Base, QColor(base))
        made.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
        made.setColor(group, QPalette.ColorRole.Text, QColor(text))
    return made


PALETTES = {
    "light": palette("#efefef", "#ffffff", "#000000"),
    "dark (Fusion)": palette("#353535", "#2a2a2a", "#ffffff"),
    "dark (Breeze)": palette("#202326", "#141618", "#fcfcfc"),
    "dark (Adwaita)": palette("#242424", "#1e1e1e", "#ffffff"),
}


@pytest.mark.parametrize("name", list(PALETTES))
def test_coloured_text_and_outlines_are_clear(name: str) -> None:
    used = PALETTES[name]
    for tone in (Tone.WARN, Tone.GOOD, Tone.INFO):
        for surface in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = contrast(tone_color(tone, used), used.color(surface))
            assert ratio >= 4.5, (tone, surface, round(ratio, 2))
    outline = control_outline(used)
    assert contrast(outline, used.color(QPalette.ColorRole.Window)) >= 3.0


def test_an_unrated_scale_draws_its_outline(qtbot: QtBot) -> None:
    slider = ScoreSlider()
    qtbot.addWidget(slider)
    slider.setPalette(PALETTES["dark (Fusion)"])
    slider.resize(240, 32)
    slider.show()
    image = slider.grab().toImage()
    outline = control_outline(slider.palette())
    found = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert outline.name() in found
