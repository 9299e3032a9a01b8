"""Wrapped plain-text labels: the one way the app shows a paragraph of its own words (never
read as rich text, so a scar's name with "<" in it shows as typed)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as typed: Qt guesses rich text in tooltips, so a scar
    named "<img …>" would otherwise draw a picture there."""
    from PySide6.QtGui import Qt as GuiQt

    return GuiQt.convertFromPlainText(text) if text else ""


def paragraph(text: str, parent: QWidget, *, selectable: bool = False) -> QLabel:
    from PySide6.QtCore import Qt  # the Qt namespace costs ~13 ms: not before the first paint

    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
