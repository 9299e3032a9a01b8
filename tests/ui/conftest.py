"""Fixtures for the widget tests: a real main window on a real diary in tmp_path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from scar_diary.ui.main_window import MainWindow
from tests.conftest import TODAY

MakeWindow = Callable[..., MainWindow]


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
        window.open_own()
        return window

    return make
