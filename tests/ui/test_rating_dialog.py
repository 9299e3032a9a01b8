"""Rate my scars: no invented answers. Every scale starts unrated, only rated scars are
saved, and the date says what the rating will count as."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.ratings.rate_dialog import RateDialog
from scar_diary.ui.visits.dialogs import qdate
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow

DAY = dt.timedelta(days=1)


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    window = make_window()
    assert window.diary is not None
    window.diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    window.diary.scars.add("Chin", FaceRegion.CHIN, ScarType.ICE_PICK)
    window.refresh(Changed.EVERYTHING)  # as View → Refresh
    return window


def diary(window: MainWindow) -> Diary:
    assert window.diary is not None
    return window.diary


def open_dialog(window: MainWindow) -> RateDialog:
    dialog = window.commands.rate_scars()
    assert dialog is not None
    return dialog


class TestUnrated:
    def test_every_scale_starts_empty_and_a_disabled_one_shows_nothing(
        self, window: MainWindow
    ) -> None:
        dialog = open_dialog(window)
        for row in dialog.rows:
            assert row.depth_slider.score() is None and row.softening_slider.score() is None
            assert row.values["depth"].text() == "not rated"
            assert not row.visibility_slider.isEnabled() and row.values["visibility"].text() == ""
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled()
        assert dialog.missing.text() == "Rate the depth and softening of at least one scar to save."

    def test_a_click_on_the_scale_sets_it_and_delete_clears_it(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        dialog = open_dialog(window)
        slider = dialog.rows[0].depth_slider
        qtbot.mouseClick(
            slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() - 2, slider.height() // 2)
        )
        assert slider.score() == 10 and dialog.rows[0].values["depth"].text() == "<b>10</b>"
        qtbot.keyClick(slider, Qt.Key.Key_Delete)
        assert slider.score() is None and dialog.rows[0].values["depth"].text() == "not rated"
        qtbot.keyClick(slider, Qt.Key.Key_Right)  # the first arrow shows the handle
        assert slider.score() == 5

    def test_only_rated_scars_are_saved(self, window: MainWindow, qtbot: QtBot) -> None:
        dialog = open_dialog(window)
        cheek = dialog.rows[0]
        qtbot.keyClick(cheek.depth_slider, Qt.Key.Key_4)
        qtbot.keyClick(cheek.softening_slider, Qt.Key.Key_6)
        cheek.rate_visibility.setChecked(True)
        assert cheek.values["visibility"].text() == "not rated"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        (saved,) = diary(window).facts().ratings
        assert (saved.scar_id, saved.depth, saved.softening, saved.visibility) == (
            cheek.scar.id,
            4,
            6,
            None,
        )


class TestWhatTheDateMeans:
    def test_hints_for_baseline_session_day_and_swelling(self, window: MainWindow) -> None:
        d = diary(window)
        d.series.start(TODAY - 40 * DAY, acne_clear_on=TODAY - 40 * DAY)
        d.series.record_done(TODAY - 20 * DAY, today=TODAY)
        d.series.record_done(TODAY - 4 * DAY, today=TODAY)
        dialog = open_dialog(window)
        hints = {}
        for offset in (21, 20, 4, 3, 1):
            dialog.date_edit.setDate(qdate(TODAY - offset * DAY))
            hints[offset] = dialog.baseline_hint.text()
        assert hints[21] == "Ratings made before your first session are your baseline."
        assert hints[20].startswith("Rate before the session on the day of your first session")
        assert hints[4] == (
            "On a session day, rate before the session: this rating counts as before it."
        )
        assert hints[3].startswith(
            "In the first 2 days after a visit the skin may still be swollen"
        )
        assert hints[1] == ""


class TestNothingTypedIsDropped:
    def test_escape_with_scores_asks_and_keeps_them(self, window: MainWindow, qtbot: QtBot) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        def asked() -> QMessageBox:
            (box,) = [
                w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ]  # fmt: skip
            return box

        dialog = open_dialog(window)
        slider = dialog.rows[0].depth_slider
        qtbot.keyClick(slider, Qt.Key.Key_Right)  # a score given
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        box = asked()
        assert box.text() == "Close without saving these ratings?"
        assert sorted(b.text() for b in box.buttons()) == ["Discard", "Keep Editing"]
        next(b for b in box.buttons() if b.text() == "Keep Editing").click()
        assert dialog.isVisible() and slider.score() == 5
        dialog.close()  # the window's close button asks the same
        next(b for b in asked().buttons() if b.text() == "Discard").click()
        assert not dialog.isVisible()

    def test_quitting_the_app_asks_for_the_open_ratings_first(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        dialog = open_dialog(window)
        qtbot.keyClick(dialog.rows[0].depth_slider, Qt.Key.Key_Right)
        window.close()  # File → Quit, or the window's close button
        (box,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        assert box.text() == "Close without saving these ratings?"
        next(b for b in box.buttons() if b.text() == "Keep Editing").click()
        assert window.isVisible() and dialog.isVisible()
        assert dialog.rows[0].depth_slider.score() == 5

    def test_an_untouched_dialog_closes_at_once(self, window: MainWindow, qtbot: QtBot) -> None:
        dialog = open_dialog(window)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()


def test_a_busy_diary_keeps_the_dialog_and_its_ratings(
    make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3
    from contextlib import closing

    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setenv("SCAR_DIARY_BUSY_TIMEOUT_MS", "200")  # give up soon, not in 10 s
    window = make_window()
    assert window.diary is not None
    window.diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    window.refresh(Changed.EVERYTHING)
    dialog = open_dialog(window)
    row = dialog.rows[0]
    for slider in (row.depth_slider, row.softening_slider):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    with closing(sqlite3.connect(window.diary.db.path)) as other_program:
        other_program.execute("BEGIN IMMEDIATE")  # another program writing meanwhile
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        other_program.rollback()
    (box,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert "The diary is busy" in box.text() and "still here" in box.text()
    box.close()
    assert dialog.isVisible() and row.depth_slider.score() == 5  # nothing lost
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # and now it saves
    assert not dialog.isVisible() and len(diary(window).facts().ratings) == 1
