"""The Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 under Python 3.11 dropped a reference to None on every call of a method that
returns nothing (setText, update, processEvents …): after a few thousand calls the interpreter
aborts with "deallocating None". A diary app makes such calls all day, so this is checked."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot, qapp: QApplication) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("y")
        label.update()
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50
