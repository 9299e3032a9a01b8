"""An edit reloads only the pages that show what it changed — what the services' units of
work recorded — counted on the real pages of a real window (each page holder counts the
reloads a change elsewhere caused)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    window = make_window()
    assert window.diary is not None
    window.diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    window.refresh()  # takes what the services recorded: the scar
    for holder in window.holders.values():  # every page built, as after a while of use
        window.show_page(holder)
    window.show_page(window.today_page)
    for holder in window.holders.values():
        holder.reloads = 0
    return window


def reloads(window: MainWindow) -> dict[str, int]:
    counted = {key: holder.reloads for key, holder in window.holders.items()}
    for holder in window.holders.values():
        holder.reloads = 0
    return counted


def test_a_rating_reloads_what_shows_ratings_only(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.commands.rate_scars()
    assert dialog is not None
    qtbot.keyClick(dialog.rows[0].depth_slider, Qt.Key.Key_4)
    qtbot.keyClick(dialog.rows[0].softening_slider, Qt.Key.Key_6)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    # Progress is drawn only while in view: it reloads when shown again
    assert reloads(window) == {"scars": 1, "visits": 0, "progress": 0, "report": 1, "settings": 0}


def test_a_protocol_setting_leaves_settings_itself_alone(window: MainWindow) -> None:
    settings = window.page("settings")
    settings.swelling.setValue(settings.swelling.value() + 1)
    assert reloads(window) == {"scars": 1, "visits": 1, "progress": 0, "report": 1, "settings": 0}


def test_a_name_on_the_summary_reloads_the_report_only(window: MainWindow, qtbot: QtBot) -> None:
    settings = window.page("settings")
    settings.name.setText("Sam")
    settings.name.editingFinished.emit()
    assert reloads(window) == {"scars": 0, "visits": 0, "progress": 0, "report": 1, "settings": 0}


def test_a_booked_visit_leaves_settings_alone(window: MainWindow) -> None:
    assert window.diary is not None
    window.diary.series.start(TODAY - dt.timedelta(days=20))
    window.diary.series.book(TODAY + dt.timedelta(days=3))
    window.commands.visit_actions.changed.emit()  # as the Book dialog does once saved
    counted = reloads(window)
    assert counted["visits"] == 1 and counted["report"] == 1
    assert counted["settings"] == 0
    window.show_page(window.progress_holder)  # drawn pages catch up when shown
    assert window.progress_holder.reloads == 1
