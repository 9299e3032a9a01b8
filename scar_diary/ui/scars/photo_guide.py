"""How to take photos that can be compared over months."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class PhotoGuide(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("photoGuide")
        self.setWindowTitle(self.tr("Taking Comparable Photos"))
        points = [
            self.tr("Same place, same distance, same angle every time; a mark on the floor helps."),
            self.tr("Hold the camera parallel to the skin, not tilted."),
            self.tr("No flash: it flattens the skin and hides depth."),
            self.tr(
                "For colour, use bright light that does not shine straight at you (a window "
                "to the side, on a cloudy day)."
            ),
            self.tr(
                "For depth, add one photo with low light from one side: it casts small "
                "shadows in rolling scars and shows how deep they are."
            ),
            self.tr("A plain background; hair and jewellery out of the way."),
            self.tr(
                "Take the photos at about the same time of day, before a session and a few "
                "days after it."
            ),
        ]
        text = QLabel("<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>", self)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        intro = QLabel(
            self.tr("Photos only show change when they are taken the same way each time."), self
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
