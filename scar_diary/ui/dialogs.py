"""Every message box goes through here: non-modal, with a callback, so nothing blocks on
`exec()` and tests can find and answer each box like a user would (qutebrowser's msgbox seam)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    details: str = "",
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    if details:
        box.setDetailedText(details)
    if on_close is not None:
        box.finished.connect(lambda _result: on_close())
    box.open()
    return box


def error(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    details: str = "",
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    return message(
        parent, QMessageBox.Icon.Critical, title, text, details=details, on_close=on_close
    )


def about(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return message(parent, QMessageBox.Icon.Information, title, text)
