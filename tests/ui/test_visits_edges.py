"""The Visits page and its dialogs at the edges: the day clicked in the calendar, a booking
that makes the next one too early, a flare, a visit recorded afterwards, closing the Mark
Done dialog with changes, and a series that ended without improvement."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import FaceRegion, ScarType, SeriesEnd, VisitStatus
from scar_diary.domain.protocol import VisitFlag
from scar_diary.services.diary import Diary
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.visits.dialogs import BookDialog, DoneDialog, qdate
from scar_diary.ui.visits.page import VisitsPage
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow

T = TypeVar("T", bound=QWidget)
DAY = dt.timedelta(days=1)


def shown(kind: type[T]) -> list[T]:
    found = {
        id(w): w
        for top in QApplication.topLevelWidgets()
        for w in [top, *top.findChildren(kind)]
        if isinstance(w, kind) and w.isVisible()
    }
    return list(found.values())


def box() -> QMessageBox:
    (message,) = shown(QMessageBox)
    return message


def press(message: QMessageBox, text: str) -> None:
    next(b for b in message.buttons() if b.text() == text).click()


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()


def diary(window: MainWindow) -> Diary:
    assert window.diary is not None
    return window.diary


def visits(window: MainWindow) -> VisitsPage:
    window.show_page(window.visits_holder)
    page = window.built(VisitsPage)
    assert page is not None
    return page


def in_series(window: MainWindow) -> Diary:
    d = diary(window)
    d.series.start(TODAY - 40 * DAY, acne_clear_on=TODAY - 40 * DAY)
    d.series.record_done(TODAY - 10 * DAY, today=TODAY)
    window.refresh(Changed.EVERYTHING)  # as View → Refresh
    return d


class TestBooking:
    def test_the_book_dialog_opens_on_the_day_clicked(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        in_series(window)
        page = visits(window)
        page.calendar.setSelectedDate(qdate(TODAY + 9 * DAY))
        page.calendar.clicked.emit(qdate(TODAY + 9 * DAY))
        qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
        (dialog,) = shown(BookDialog)
        assert dialog.day == TODAY + 9 * DAY
        dialog.reject()
        page.calendar.activated.emit(qdate(TODAY + 12 * DAY))  # double-click or Enter
        dialog = next(d for d in shown(BookDialog))
        assert dialog.day == TODAY + 12 * DAY

    def test_without_a_click_it_opens_on_the_first_allowed_day(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        in_series(window)
        qtbot.mouseClick(visits(window).book_button, Qt.MouseButton.LeftButton)
        (dialog,) = shown(BookDialog)
        assert dialog.day == TODAY + 4 * DAY and dialog.date_edit.minimumDate() == qdate(TODAY)

    def test_a_booking_that_makes_the_next_one_too_early_says_so(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        d = in_series(window)
        d.series.book(TODAY + 20 * DAY)
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        qtbot.mouseClick(visits(window).book_button, Qt.MouseButton.LeftButton)
        (dialog,) = shown(BookDialog)
        dialog.date_edit.setDate(qdate(TODAY + 10 * DAY))
        assert dialog.check.text().startswith("Inside the allowed window.")
        assert dialog.later.isVisible()
        assert dialog.later.text() == (
            "This makes the visit after it too early: Session 3 on Tuesday, 15 December 2026 "
            "would be only 10 days after this one."
        )
        dialog.accept()
        flags = [c.flag for c in d.status(TODAY).booked]
        assert flags == [VisitFlag.OK, VisitFlag.TOO_EARLY]
        next_card = next(c for c in window.today_page.cards if c.card.key == "next")
        assert any(
            t.startswith("Session 3 on Tuesday, 15 December 2026: Too early")
            for t in next_card.texts()
        )


class TestDone:
    def test_the_dialog_is_wide_enough_and_asks_before_losing_changes(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        d = in_series(window)
        d.scars.add(
            "Right cheek, near the ear, lower edge", FaceRegion.RIGHT_CHEEK, ScarType.ROLLING
        )
        visit = d.series.book(TODAY)
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        page = visits(window)
        page.select_visit(visit)
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
        (dialog,) = shown(DoneDialog)
        names = dialog.scar_list
        assert names.width() >= names.sizeHintForColumn(0)
        dialog.notes.setPlainText("A little bleeding")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
        message = box()
        assert message.text() == "Close without marking the visit done?"
        press(message, "Keep Editing")
        assert dialog.isVisible() and dialog.notes.toPlainText() == "A little bleeding"
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        press(box(), "Discard")
        assert not dialog.isVisible()
        assert d.facts().visits[-1].status is VisitStatus.BOOKED

    def test_an_unchanged_dialog_closes_at_once(self, window: MainWindow, qtbot: QtBot) -> None:
        d = in_series(window)
        visit = d.series.book(TODAY)
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        dialog = visits(window).visit_actions.mark_done(visit)
        assert dialog is not None
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible() and shown(QMessageBox) == []

    def test_record_a_past_visit(self, window: MainWindow, qtbot: QtBot) -> None:
        d = in_series(window)
        qtbot.mouseClick(visits(window).past_button, Qt.MouseButton.LeftButton)
        (dialog,) = shown(DoneDialog)
        assert dialog.windowTitle() == "Record a Past Session"
        assert dialog.date_edit.maximumDate() == qdate(TODAY)
        dialog.date_edit.setDate(qdate(TODAY - 2 * DAY))
        dialog.accept()
        press(box(), "Later")
        assert d.status(TODAY).progress.done == 2
        assert d.status(TODAY).last_done is not None


class TestAcneFlare:
    def test_flare_flags_bookings_until_clear_again(self, window: MainWindow, qtbot: QtBot) -> None:
        d = in_series(window)
        d.series.book(TODAY + 5 * DAY)
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        page = visits(window)
        # isHidden: the page was just built, and shows with the next turn of the event loop
        assert not page.flare_button.isHidden() and page.acne_clear.isHidden()
        qtbot.mouseClick(page.flare_button, Qt.MouseButton.LeftButton)
        press(box(), "My Acne Has Flared")
        assert [c.flag for c in d.status(TODAY).booked] == [VisitFlag.ACNE_NOT_CLEAR]
        assert page.acne_state.text() == "Flared on 25 Nov 2026: not confirmed clear"
        assert not page.clear_again_button.isHidden() and page.flare_button.isHidden()
        series_card = next(c for c in window.today_page.cards if c.card.key == "series")
        assert any("acne flare" in t for t in series_card.texts())
        qtbot.mouseClick(page.clear_again_button, Qt.MouseButton.LeftButton)
        assert [c.flag for c in d.status(TODAY).booked] == [VisitFlag.OK]
        assert not page.flare_button.isHidden()


class TestAfterTheSeries:
    def test_ended_without_improvement_a_calm_note(self, window: MainWindow) -> None:
        d = diary(window)
        start = TODAY - 200 * DAY
        d.series.start(start, acne_clear_on=start)
        scar = d.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        d.ratings.record(scar, start, 6, 3, today=TODAY)
        for n in range(6):
            d.series.record_done(start + (20 + 16 * n) * DAY, today=TODAY)
        d.ratings.record(scar, start + 120 * DAY, 6, 3, today=TODAY)
        d.series.end(start + 125 * DAY, SeriesEnd.STOPPED)
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        page = visits(window)
        assert "without measurable improvement" in page.series_note.text()
        assert "your doctor" in page.series_note.text()
        assert page.book_button.text() == "&Book a Boost…"
        d.series.start(TODAY)
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        prep = next(c for c in window.today_page.cards if c.card.key == "prep")
        assert prep.texts()[1].startswith(
            "Your previous series ended without measurable improvement."
        )


def test_confirmation_buttons_say_what_they_do(window: MainWindow, qtbot: QtBot) -> None:
    d = in_series(window)
    visit = d.series.book(TODAY + 5 * DAY)
    window.refresh(Changed.EVERYTHING)
    visits(window).visit_actions.cancel(visit)
    message = box()
    assert sorted(b.text() for b in message.buttons()) == ["Cancel Visit", "Keep Visit"]
    press(message, "Keep Visit")
    assert d.facts().visits[-1].status is VisitStatus.BOOKED
