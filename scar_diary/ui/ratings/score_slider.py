"""A 0–10 slider that also takes the number keys: press 7 for 7, 0 for 0, and + or End for 10."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSlider, QWidget

from scar_diary.domain.entities import SCORE_MAX, SCORE_MIN


class ScoreSlider(QSlider):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(SCORE_MIN, SCORE_MAX)
        self.setPageStep(2)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setTickInterval(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(200)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.setValue(int(text))
        elif text == "+":
            self.setValue(SCORE_MAX)
        else:
            super().keyPressEvent(event)
