from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

import pytest
from icalendar import Calendar
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import FaceRegion, ScarType, SeriesEnd, VisitStatus
from scar_diary.services.diary import Diary
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.ratings.rate_dialog import RateDialog
from scar_diary.ui.settings.page import SettingsPage
from scar_diary.ui.visits.dialogs import BookDialog, DoneDialog, EndSeriesDialog, qdate
from scar_diary.ui.visits.page import VisitsPage
from tests.conftest import TODAY
from tests.ui.conftest import SETTLE_MS, MakeWindow

T = TypeVar("T", bound=QWidget)
DAY = dt.timedelta(days=1)


class Clock:
    def __init__(self) -> None:
        self.today = TODAY

    def __call__(self) -> dt.date:
        return self.today


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window(make_window: MakeWindow, clock: Clock) -> MainWindow:
    return make_window(clock=clock)


def visible(kind: type[T]) -> list[T]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()] + [
        w
        for top in QApplication.topLevelWidgets()
        for w in top.findChildren(kind)
        if w.isVisible() and w.isWindow()
    ]


def one(kind: type[T]) -> T:
    found = {id(w): w for w in visible(kind)}
    assert len(found) == 1, found
    return next(iter(found.values()))


def visits(window: MainWindow) -> VisitsPage:
    window.show_page(window.visits_holder)  # pages are built when first shown
    page = window.built(VisitsPage)
    assert page is not None
    return page


def diary(window: MainWindow) -> Diary:
    assert window.diary is not None
    return window.diary


def card(window: MainWindow, key: str) -> list[str]:
    return next(c.texts() for c in window.today_page.cards if c.card.key == key)


def book(qtbot: QtBot, window: MainWindow, day: dt.date, time: bool = True) -> BookDialog:
    qtbot.mouseClick(visits(window).book_button, Qt.MouseButton.LeftButton)
    dialog = one(BookDialog)
    dialog.date_edit.setDate(qdate(day))
    dialog.has_time.setChecked(time)
    return dialog


def session_checks(window: MainWindow) -> list[str]:
    tree = visits(window).visit_list
    return [tree.topLevelItem(i).text(4) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def start_series(qtbot: QtBot, window: MainWindow, prep_start: dt.date, acne: bool = True) -> None:
    page = visits(window)
    page.prep_start.setDate(qdate(prep_start))
    page.acne_clear.setChecked(acne)
    page.acne_date.setDate(qdate(prep_start))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)


class TestSeriesFromScratch:
    def test_set_up_prep_countdown(self, window: MainWindow, qtbot: QtBot) -> None:
        button = window.today_page.findChild(QPushButton, "setUpSeries")
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.visits_holder
        start_series(qtbot, window, TODAY - 2 * DAY, acne=False)
        assert card(window, "prep")[0] == "Preparation: day 3 of 14"
        assert visits(window).start_button.isHidden() and not visits(window).end_button.isHidden()
        marks = visits(window).calendar.marks
        assert marks.prep == (TODAY - 2 * DAY, TODAY + 11 * DAY)
        page = visits(window)
        with qtbot.waitSignal(page.visit_actions.changed, timeout=SETTLE_MS):
            page.acne_clear.setChecked(True)  # saved as it is changed, as Settings is
        facts = diary(window).facts()
        assert facts.series is not None and facts.series.acne_clear_on == TODAY

    def test_book_six_sessions_with_their_flags(self, window: MainWindow, qtbot: QtBot) -> None:
        start_series(qtbot, window, TODAY - 20 * DAY, acne=False)
        dialog = book(qtbot, window, TODAY)
        assert dialog.check.text().startswith("Your acne is not confirmed as fully clear.")
        assert dialog.check.text().endswith("You can still save it: your doctor decides.")
        dialog.accept()
        page = visits(window)
        with qtbot.waitSignal(page.visit_actions.changed, timeout=SETTLE_MS):
            page.acne_clear.setChecked(True)
            page.acne_date.setDate(qdate(TODAY - 5 * DAY))
        offsets = [16, 26, 48, 62, 76]  # 16 ok, 10 too early, 22 overdue, 14 ok, 14 ok
        for offset in offsets:
            dialog = book(qtbot, window, TODAY + offset * DAY)
            dialog.accept()
        checks = session_checks(window)
        assert [checks[i] for i in (0, 1, 4, 5)] == ["Inside the allowed window."] * 4
        assert checks[2].startswith("Too early: only 10 days after the previous session")
        assert "The first allowed date is Friday, 25 December 2026." in checks[2]
        assert checks[3].startswith("Later than usual: 22 days after the previous session")
        assert [c.flag.value for c in diary(window).status(TODAY).booked] == [
            "ok",
            "ok",
            "too_early",
            "overdue",
            "ok",
            "ok",
        ]

    def test_first_session_before_prep_is_flagged_with_the_date(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        start_series(qtbot, window, TODAY - 5 * DAY)
        dialog = book(qtbot, window, TODAY + 2 * DAY)
        assert dialog.check.text() == (
            "This is before preparation is complete; the first allowed date is Friday, "
            "4 December 2026. Check with your clinic. You can still save it: your doctor decides."
        )
        dialog.reject()

    def test_done_then_rate_prompt_then_aftercare_each_day(
        self, window: MainWindow, qtbot: QtBot, clock: Clock
    ) -> None:
        start_series(qtbot, window, TODAY - 20 * DAY)
        diary(window).scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        book(qtbot, window, TODAY).accept()
        page = visits(window)
        page.select_visit(diary(window).facts().visits[0].id)
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
        done = one(DoneDialog)
        assert done.treated() == [diary(window).scars.all()[0].id]
        done.notes.setPlainText("Went fine, a little bleeding")
        done.accept()
        (visit,) = diary(window).facts().visits
        assert visit.status is VisitStatus.DONE and visit.notes == "Went fine, a little bleeding"
        prompt = next(b for b in visible(QMessageBox) if b.objectName() == "confirmBox")
        assert "Session 1 is in your diary" in prompt.text()
        next(b for b in prompt.buttons() if b.text() == "Rate Now").click()
        rate = one(RateDialog)
        rate.reject()
        assert card(window, "aftercare")[0] == "Aftercare: session 1 was today"
        assert any("clear bubble" in t for t in card(window, "aftercare"))
        for day in (1, 4, 7):
            clock.today = TODAY + day * DAY
            window.refresh(Changed.EVERYTHING)  # as View → Refresh
            assert card(window, "aftercare")[0] == f"Aftercare: day {day} after session 1"
        clock.today = TODAY + 8 * DAY
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        assert "aftercare" not in {c.card.key for c in window.today_page.cards}

    def test_move_and_cancel(self, window: MainWindow, qtbot: QtBot) -> None:
        start_series(qtbot, window, TODAY - 20 * DAY)
        book(qtbot, window, TODAY + 3 * DAY).accept()
        page = visits(window)
        page.select_visit(diary(window).facts().visits[0].id)
        dialog = page.move_session()
        assert dialog is not None and dialog.windowTitle() == "Move Session"
        dialog.date_edit.setDate(qdate(TODAY + 5 * DAY))
        dialog.accept()
        assert diary(window).facts().visits[0].scheduled_on == TODAY + 5 * DAY
        page.select_visit(diary(window).facts().visits[0].id)
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        box = next(b for b in visible(QMessageBox) if b.objectName() == "confirmBox")
        next(b for b in box.buttons() if b.text() == "Cancel Visit").click()
        assert diary(window).facts().visits[0].status is VisitStatus.CANCELLED
        assert page.visit_list.topLevelItemCount() == 0

    def test_end_the_series(self, window: MainWindow, qtbot: QtBot) -> None:
        start_series(qtbot, window, TODAY - 20 * DAY)
        qtbot.mouseClick(visits(window).end_button, Qt.MouseButton.LeftButton)
        dialog = one(EndSeriesDialog)
        dialog.stopped.setChecked(True)
        dialog.accept()
        facts = diary(window).facts()
        assert facts.series is not None and facts.series.end_reason is SeriesEnd.STOPPED
        assert not visits(window).start_button.isHidden()
        assert "This series ended on" in visits(window).series_note.text()


class TestTheSeriesFormSavesAsItIsChanged:
    """One save model: the running series' form saves as Settings does, and what cannot
    be saved says so on the page."""

    def test_a_change_is_saved_without_a_button(self, window: MainWindow, qtbot: QtBot) -> None:
        start_series(qtbot, window, TODAY - 2 * DAY, acne=False)
        page = visits(window)
        assert not [b for b in page.findChildren(QPushButton) if "Save" in b.text()]
        page.planned.setFocus()
        page.planned.selectAll()
        with qtbot.waitSignal(page.visit_actions.changed, timeout=SETTLE_MS):
            qtbot.keyClicks(page.planned, "7")
        series = diary(window).facts().series
        assert series is not None and series.planned_sessions == 7
        assert page.not_saved.isHidden()

    def test_what_cannot_be_saved_says_so_and_stays(self, window: MainWindow, qtbot: QtBot) -> None:
        start_series(qtbot, window, TODAY - 30 * DAY)
        diary(window).series.record_done(TODAY - 10 * DAY, today=TODAY)
        window.refresh()
        page = visits(window)
        page.prep_start.setDate(qdate(TODAY - 5 * DAY))  # after the first session
        qtbot.waitUntil(page.not_saved.isVisible, timeout=SETTLE_MS)
        assert page.not_saved.text().startswith("Not saved: ")
        assert page.prep_start.date() == qdate(TODAY - 5 * DAY)  # what was typed stays
        series = diary(window).facts().series
        assert series is not None and series.prep_started_on == TODAY - 30 * DAY
        window.refresh(Changed.EVERYTHING)  # a refresh meanwhile keeps what was typed
        assert page.not_saved.isVisibleTo(page)
        assert page.prep_start.date() == qdate(TODAY - 5 * DAY)
        with qtbot.waitSignal(page.visit_actions.changed, timeout=SETTLE_MS):
            page.prep_start.setDate(qdate(TODAY - 31 * DAY))  # corrected: saved, note gone
        assert page.not_saved.isHidden()

    def test_leaving_the_page_or_the_app_at_once_keeps_the_change(
        self, make_window: MakeWindow, qtbot: QtBot
    ) -> None:
        window = make_window()
        start_series(qtbot, window, TODAY - 2 * DAY, acne=False)
        page = visits(window)
        page.planned.setValue(6)
        window.show_page(window.holders["progress"])  # before the pause is over
        series = diary(window).facts().series
        assert series is not None and series.planned_sessions == 6
        window.show_page(window.visits_holder)
        page.planned.setValue(8)
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=SETTLE_MS)
        series = diary(make_window()).facts().series
        assert series is not None and series.planned_sessions == 8


class TestSettings:
    def settings(self, window: MainWindow) -> SettingsPage:
        window.show_page(window.settings_holder)
        page = window.built(SettingsPage)
        assert page is not None
        return page

    def test_changing_the_interval_reevaluates_flags_at_once(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        start_series(qtbot, window, TODAY - 40 * DAY)
        d = diary(window)
        d.series.complete(d.series.book(TODAY - 10 * DAY))
        d.series.book(TODAY)
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        assert session_checks(window)[1].startswith("Too early")
        self.settings(window).interval_min.setValue(7)
        assert session_checks(window)[1] == "Inside the allowed window."
        assert d.settings().interval_min_days == 7
        assert card(window, "next")[3] == "Inside the allowed window."
        qtbot.mouseClick(self.settings(window).defaults_button, Qt.MouseButton.LeftButton)
        assert d.settings().interval_min_days == 14
        assert session_checks(window)[1].startswith("Too early")

    def test_swelling_boost_preparation_and_resume(self, window: MainWindow) -> None:
        page = self.settings(window)
        assert not page.resume_days.isEnabled()  # no pause, nothing to resume
        page.swelling.setValue(4)
        page.boost_prep.setChecked(True)
        page.pause_days.setValue(2)
        assert page.resume_days.isEnabled()
        page.resume_days.setValue(3)
        saved = diary(window).settings()
        assert (
            saved.swelling_days,
            saved.boost_needs_prep,
            saved.retinoid_pause_days,
            saved.retinoid_resume_days,
        ) == (4, True, 2, 3)
        page.use_article_values()  # the article says nothing of these: they stay
        assert diary(window).settings().swelling_days == 4

    def test_swelling_that_reaches_the_next_session_is_saved_with_a_warning(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        page = self.settings(window)
        assert not page.swelling_warning.isVisibleTo(page)
        page.swelling.setFocus()
        page.swelling.selectAll()
        qtbot.keyClicks(page.swelling, "14")
        assert diary(window).settings().swelling_days == 14  # accepted
        assert page.swelling_warning.isVisibleTo(page)
        warning = page.swelling_warning.text()
        assert "never used to measure improvement" in warning
        assert "Rate on the day of a session, before the injection" in warning
        page.swelling.setValue(2)
        assert not page.swelling_warning.isVisibleTo(page)

    def test_fresh_ratings_and_lapse_settings(self, window: MainWindow) -> None:
        page = self.settings(window)
        page.fresh_rating.setCurrentIndex(page.fresh_rating.findData(0))
        page.lapse_days.setValue(120)
        saved = diary(window).settings()
        assert (saved.fresh_rating_sessions, saved.lapse_days) == (0, 120)
        page.use_article_values()  # the clinic's choice, not the article's: kept
        assert diary(window).settings().lapse_days == 120

    def test_units_agree_with_their_numbers(self, window: MainWindow) -> None:
        page = self.settings(window)
        page.swelling.setValue(1)
        page.resume_days.setValue(1)
        assert page.swelling.text() == "1 day" and page.resume_days.text() == "1 day after it"
        page.swelling.setValue(3)
        page.resume_days.setValue(2)
        assert page.swelling.text() == "3 days" and page.resume_days.text() == "2 days after it"
        minutes = page.protection.idle_minutes
        minutes.setValue(1)
        assert minutes.text() == "1 minute"
        minutes.setValue(10)
        assert minutes.text() == "10 minutes"

    def test_impossible_values_are_not_saved(self, window: MainWindow) -> None:
        page = self.settings(window)
        page.interval_max.setValue(10)
        assert "Not saved yet" in page.problem.text()
        assert diary(window).settings().interval_max_days == 21

    def test_the_clinics_own_aftercare_list(self, window: MainWindow, qtbot: QtBot) -> None:
        start_series(qtbot, window, TODAY - 20 * DAY)
        d = diary(window)
        d.series.complete(d.series.book(TODAY - DAY))
        page = self.settings(window)
        assert page.aftercare.count() == 7 and not page._own_aftercare
        page._add_instruction()
        item = page.aftercare.item(0)
        item.setText("No make-up for a day")
        assert d.profile.aftercare_texts() == ["No make-up for a day"]
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        assert card(window, "aftercare")[2:] == ["•  No make-up for a day"]
        qtbot.mouseClick(page.findChild(QPushButton, "aftercareBuiltin"), Qt.MouseButton.LeftButton)
        assert d.profile.aftercare_texts() == []

    def test_privacy_options_and_profile(self, window: MainWindow, qtbot: QtBot) -> None:
        page = self.settings(window)
        assert page.neutral.isChecked() and not page.full_text.isChecked()
        page.full_text.setChecked(True)
        page.neutral.setChecked(False)
        qtbot.keyClicks(page.doctor, "Dr. Jansen")
        page.doctor.editingFinished.emit()
        d = diary(window)
        prefs = d.profile.preferences()
        assert prefs.calendar_full_text and not prefs.neutral_notifications
        assert d.profile.get().doctor == "Dr. Jansen"


class TestReminderCentre:
    def test_appear_dismiss_snooze_and_clear(
        self, window: MainWindow, qtbot: QtBot, clock: Clock
    ) -> None:
        start_series(qtbot, window, TODAY - 40 * DAY)
        d = diary(window)
        scar = d.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        d.series.complete(d.series.book(TODAY - 15 * DAY))
        d.series.book(TODAY + DAY, dt.time(10, 0))
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        reminder_card = window.today_page.reminder_card
        assert reminder_card is not None
        assert reminder_card.texts() == [
            "Session 2 is tomorrow.",
            "Rate your scars before session 2 on Thursday, 26 November 2026 (on the day itself is "
            "fine), so the change can be measured.",
        ]
        keys = list(reminder_card.rows)
        dismiss = reminder_card.findChild(QWidget, f"dismiss:{keys[0]}")
        qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
        reminder_card = window.today_page.reminder_card
        assert reminder_card is not None and list(reminder_card.rows) == keys[1:]
        snooze = reminder_card.findChild(QWidget, f"snooze:{keys[1]}")
        qtbot.mouseClick(snooze, Qt.MouseButton.LeftButton)
        assert window.today_page.reminder_card is None
        clock.today = TODAY + DAY
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        reminder_card = window.today_page.reminder_card
        assert reminder_card is not None and keys[1] in reminder_card.rows
        d.ratings.record(scar, TODAY + DAY, 5, 5, today=TODAY + DAY)
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        remaining = window.today_page.reminder_card
        assert remaining is None or keys[1] not in remaining.rows

    def test_dismissing_aftercare_hides_the_card(self, window: MainWindow, qtbot: QtBot) -> None:
        start_series(qtbot, window, TODAY - 40 * DAY)
        d = diary(window)
        d.series.complete(d.series.book(TODAY - 2 * DAY))
        window.refresh(Changed.EVERYTHING)  # as View → Refresh
        assert card(window, "aftercare")[0] == "Aftercare: day 2 after session 1"
        key = next(r.key for r in d.reminders.current(TODAY) if r.kind.value == "aftercare")
        window.today_page.reminder_dismissed.emit(key)
        assert "aftercare" not in {c.card.key for c in window.today_page.cards}


class TestCalendarExport:
    def test_file_menu_export_writes_a_calendar(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        start_series(qtbot, window, TODAY - 40 * DAY)
        diary(window).series.book(TODAY + 3 * DAY, dt.time(14, 0))
        target = tmp_path / "sessions.ics"
        assert window.files.write_calendar(str(target))
        events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
        assert sorted(str(e["summary"]) for e in events) == ["Appointment", "Reminder"]
        assert window.statusBar().currentMessage() == f"Calendar saved to {target}"

    def test_an_unwritable_place_is_explained(self, window: MainWindow, tmp_path: Path) -> None:
        diary(window).series.start(TODAY)
        assert not window.files.write_calendar(str(tmp_path / "missing" / "folder" / "x.ics"))
        box = next(b for b in visible(QMessageBox) if b.objectName() == "messageBox")
        assert box.text().startswith("The calendar could not be saved")

    def test_export_goes_through_a_save_dialog(self, window: MainWindow) -> None:
        from PySide6.QtWidgets import QFileDialog

        window.files.export_calendar()
        dialogs = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
        assert [d.objectName() for d in dialogs] == ["saveFileDialog"]
        dialogs[0].reject()


class TestNotifications:
    def test_each_reminder_is_announced_once(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        from scar_diary.ui.notifier import ReminderNotifier

        start_series(qtbot, window, TODAY - 3 * DAY)
        reminders = diary(window).reminders.current(TODAY)
        assert reminders
        remembered = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
        notifier = ReminderNotifier(window, remembered)
        announced = notifier.announce(reminders, neutral=True)
        assert [r.key for r in announced] == [r.key for r in reminders]
        assert notifier.announce(reminders, neutral=True) == []  # not again,
        assert (
            ReminderNotifier(window, remembered).announce(reminders, neutral=False) == []
        )  # nor after a restart

    def test_neutral_text_says_nothing_about_treatment(self) -> None:
        from scar_diary.wording.reminders import neutral_text

        title, text = neutral_text()
        assert (title, text) == ("Scar Diary", "You have a reminder.")
