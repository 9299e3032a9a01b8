"""A status card: title, sentences, optional bullets and progress bar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scar_diary.ui.labels import paragraph
from scar_diary.ui.theme import tone_color
from scar_diary.wording.status import Card
from scar_diary.wording.tone import Tone


def _label(text: str, parent: QWidget) -> QLabel:
    return paragraph(text, parent, selectable=True)


NO_VISIT = -1  # an action that is not about one visit


class CardWidget(QFrame):
    action_requested = Signal(str, int)  # Action value, visit id or NO_VISIT

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName("card")
        self.setProperty("tone", card.tone.value)
        self.setAccessibleName(card.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)

        title = _label(card.title, self)
        title.setObjectName("cardTitle")
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)

        if card.progress is not None:
            value, maximum = card.progress
            bar = QProgressBar(self)
            bar.setRange(0, max(maximum, 1))
            bar.setValue(max(0, min(value, maximum)))
            bar.setTextVisible(False)
            bar.setMaximumHeight(8)
            bar.setAccessibleName(card.title)
            layout.addWidget(bar)

        for line in card.lines:
            label = _label(line.text, self)
            if line.tone is not Tone.INFO:
                label.setStyleSheet(f"color: {tone_color(line.tone).name()};")
                label.setProperty("tone", line.tone.value)
            layout.addWidget(label)
        for bullet in card.bullets:
            layout.addWidget(_label(f"•  {bullet}", self))
        if card.actions:
            row = QHBoxLayout()
            for action in card.actions:
                button = QPushButton(action.label, self)
                button.setObjectName(f"action:{action.action.value}")
                visit_id = NO_VISIT if action.visit_id is None else action.visit_id
                button.clicked.connect(
                    lambda _c=False, a=action.action.value, v=visit_id: self.action_requested.emit(
                        a, v
                    )
                )
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

    def button(self, action: str) -> QPushButton | None:
        return self.findChild(QPushButton, f"action:{action}")

    def texts(self) -> list[str]:
        """Everything the card says, in reading order (for tests and accessibility)."""
        return [label.text() for label in self.findChildren(QLabel)]
