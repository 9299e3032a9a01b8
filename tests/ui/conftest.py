"""Fixtures for the widget tests: a real main window on a real diary in tmp_path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.tasks import TaskRunner
from tests.conftest import TODAY

MakeWindow = Callable[..., MainWindow]
SETTLE_MS = 20_000


def opened(qtbot: QtBot, window: MainWindow, open_it: Callable[[], object]) -> None:
    """Open a diary the way the window does (on the background helper) and wait for it."""
    with qtbot.waitSignal(window.controller.settled, timeout=SETTLE_MS):
        open_it()


def finished(qtbot: QtBot, job: object) -> None:
    """Wait for a long job (export, import, restore, backup) the window started."""
    from scar_diary.ui.long_job import LongJob

    assert isinstance(job, LongJob)
    with qtbot.waitSignal(job.finished, timeout=SETTLE_MS):
        pass


@pytest.fixture
def own_dir(tmp_path: Path) -> Path:
    return tmp_path / "own"


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path, own_dir: Path, ui_settings: QSettings) -> MakeWindow:
    def make(
        today: dt.date = TODAY,
        settings: QSettings = ui_settings,
        clock: Callable[[], dt.date] | None = None,
    ) -> MainWindow:
        window = MainWindow(settings, own_dir, tmp_path / "sample", today=clock or (lambda: today))
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        opened(qtbot, window, window.open_own)
        return window

    return make


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    """The background helper on its own, for a dialog tested without the window."""
    made = TaskRunner()
    yield made
    made.shutdown()
