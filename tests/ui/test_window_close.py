"""Closing the window while the diary's own work runs (an export, a backup): the window
neither freezes waiting for it nor cuts it short; it closes as soon as the work is done."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from scar_diary.ui.tasks import Lane
from tests.ui.conftest import MakeWindow


def test_closing_during_diary_work_waits_without_freezing(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    release = threading.Event()
    finished: list[bool] = []
    window.runner.run(lambda: release.wait(30), finished.append, lane=Lane.DIARY)
    window.close()  # returns at once: the GUI thread is free
    assert window.isVisible() and not finished
    assert "closes when it is done" in window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert finished == [True]  # the work ended whole, then the window closed
