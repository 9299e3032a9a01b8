"""The first-run guide (no dead ends) and Help."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from scar_diary.domain.entities import VisitStatus
from scar_diary.services.diary import Diary
from scar_diary.ui.first_run import FirstRunGuide
from scar_diary.ui.help_dialogs import HelpWindow
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.preferences import FIRST_RUN_DONE, FIRST_RUN_DRAFT
from scar_diary.ui.scars.page import ScarsPage
from scar_diary.ui.visits.dialogs import qdate
from tests.conftest import TODAY
from tests.ui.conftest import SETTLE_MS, MakeWindow

DAY = dt.timedelta(days=1)


def guide_of(window: MainWindow) -> FirstRunGuide:
    (guide,) = [w for w in window.findChildren(FirstRunGuide) if w.isVisible()]
    return guide


def new_user(make_window: MakeWindow, ui_settings: QSettings) -> MainWindow:
    FIRST_RUN_DONE.set(ui_settings, False)
    return make_window()


class TestFirstRun:
    def test_already_in_a_series_with_past_sessions(
        self, make_window: MakeWindow, ui_settings: QSettings, own_dir: Path, qtbot: QtBot
    ) -> None:
        window = new_user(make_window, ui_settings)
        guide = guide_of(window)
        assert "experienced with injections" in " ".join(
            label.text() for label in guide.page(0).findChildren(QLabel)
        )
        guide.next()
        guide.about.name.setText("Sam")
        guide.about.doctor.setText("Dr. Jansen")
        guide.next()
        where = guide.where
        where.in_series.click()
        assert where.in_series.isChecked(), where.stage()
        assert where.past.isVisibleTo(where) and where.acne_clear.isEnabled()
        where.prep.setDate(qdate(TODAY - 60 * DAY))
        for day in (TODAY - 40 * DAY, TODAY - 24 * DAY, TODAY - 40 * DAY):  # one twice
            where.session_day.setDate(qdate(day))
            where.add_session.click()
        assert where.past_sessions() == [TODAY - 40 * DAY, TODAY - 24 * DAY]
        guide.next()
        assert guide.next_steps.to_scars.isChecked()
        with qtbot.waitSignal(guide.finished_with, timeout=SETTLE_MS):
            guide.accept()
        diary = window.diary
        assert isinstance(diary, Diary)
        assert diary.profile.get().display_name == "Sam"
        facts = diary.facts()
        assert facts.series is not None
        assert facts.series.prep_started_on == TODAY - 60 * DAY
        # never recorded unless the patient ticks it
        assert facts.series.acne_clear_on is None
        assert [(v.scheduled_on, v.status) for v in facts.visits] == [
            (TODAY - 40 * DAY, VisitStatus.DONE),
            (TODAY - 24 * DAY, VisitStatus.DONE),
        ]
        assert FIRST_RUN_DONE.get(ui_settings)
        assert window.pages.currentWidget() is window.scars_holder
        assert window.built(ScarsPage) is not None

    def test_acne_clear_only_when_ticked(
        self, make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot
    ) -> None:
        window = new_user(make_window, ui_settings)
        guide = guide_of(window)
        guide.next()
        guide.next()
        where = guide.where
        where.in_series.click()
        where.prep.setDate(qdate(TODAY - 60 * DAY))
        where.session_day.setDate(qdate(TODAY - 40 * DAY))
        where.add_session.click()
        qtbot.mouseClick(where.acne_clear, Qt.MouseButton.LeftButton)
        assert where.acne_clear.isChecked()
        guide.next()
        with qtbot.waitSignal(guide.finished_with, timeout=SETTLE_MS):
            guide.accept()
        diary = window.diary
        assert isinstance(diary, Diary)
        series = diary.facts().series
        assert series is not None and series.acne_clear_on == TODAY - 60 * DAY

    def test_preparation_after_the_first_session_is_refused(
        self, make_window: MakeWindow, ui_settings: QSettings
    ) -> None:
        window = new_user(make_window, ui_settings)
        guide = guide_of(window)
        guide.next()
        guide.next()
        guide.where.in_series.setChecked(True)
        guide.where.session_day.setDate(qdate(TODAY - 30 * DAY))
        guide.where.add_session.click()
        guide.where.prep.setDate(qdate(TODAY - 10 * DAY))
        guide.next()
        box = next(
            b
            for b in QApplication.topLevelWidgets()
            if isinstance(b, QMessageBox) and b.isVisible()
        )
        assert "before the first session" in box.text()
        box.close()
        assert guide.currentPage() is guide.where  # stays, nothing saved

    def test_skipping_the_guide_leaves_a_way_on_and_is_not_asked_again(
        self, make_window: MakeWindow, ui_settings: QSettings, own_dir: Path, qtbot: QtBot
    ) -> None:
        window = new_user(make_window, ui_settings)
        guide = guide_of(window)
        guide.reject()
        assert FIRST_RUN_DONE.get(ui_settings)
        assert window.diary is not None and window.diary.facts().series is None
        names = {b.objectName() for b in window.today_page.findChildren(QPushButton)}
        assert {"setUpSeries", "addScars", "openSample"} <= names  # the welcome's ways on
        second = make_window()
        assert not [w for w in second.findChildren(FirstRunGuide) if w.isVisible()]

    def test_the_sample_diary_from_the_guide(
        self, make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot
    ) -> None:
        window = new_user(make_window, ui_settings)
        guide = guide_of(window)
        guide.next()
        guide.next()
        guide.next()
        guide.next_steps.to_sample.setChecked(True)
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            guide.accept()
        assert window.diary is not None and window.diary.is_sample

    def test_a_passphrase_from_the_guide_protects_the_diary(
        self, make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot
    ) -> None:
        from scar_diary.ui.protection.recovery_key import RecoveryKeyDialog

        window = new_user(make_window, ui_settings)
        guide = guide_of(window)
        for _ in range(3):
            guide.next()
        privacy = guide.privacy
        assert guide.currentPage() is privacy
        assert not privacy.protect.isChecked() and not privacy.new.isEnabled()  # off by default
        privacy.protect.setChecked(True)
        qtbot.keyClicks(privacy.new, "short")
        qtbot.keyClicks(privacy.repeat, "short")
        guide.next()
        assert guide.currentPage() is privacy and "at least" in privacy.problem.text()
        privacy.new.setText("a calm blue harbour")
        privacy.repeat.setText("a calm blue harbour")
        guide.next()
        assert guide.currentPage() is guide.next_steps
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            guide.accept()
        assert window.diary is not None and window.diary.db.cipher is not None
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, RecoveryKeyDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            ),
            timeout=SETTLE_MS,
        )


def guide_question() -> QMessageBox:
    return next(
        b
        for b in QApplication.topLevelWidgets()
        if isinstance(b, QMessageBox) and b.isVisible() and "guide" in b.text()
    )


def press(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def half_filled(window: MainWindow, qtbot: QtBot) -> FirstRunGuide:
    """A guide with a name typed and the treatment page answered, left on that page."""
    guide = guide_of(window)
    guide.next()
    qtbot.keyClicks(guide.about.name, "Sam")
    guide.next()
    guide.where.in_series.click()
    guide.where.prep.setDate(qdate(TODAY - 60 * DAY))
    guide.where.session_day.setDate(qdate(TODAY - 40 * DAY))
    guide.where.add_session.click()
    assert guide.currentPage() is guide.where
    return guide


class TestLeavingTheGuide:
    def test_esc_asks_and_finish_later_resumes_where_it_was_left(
        self, make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot
    ) -> None:
        window = new_user(make_window, ui_settings)
        guide = half_filled(window, qtbot)
        qtbot.keyClick(guide, Qt.Key.Key_Escape)
        box = guide_question()
        assert sorted(b.text() for b in box.buttons()) == [
            "Discard Answers",
            "Finish Later",
            "Keep Editing",
        ]
        with qtbot.waitSignal(guide.finished, timeout=SETTLE_MS):
            press(box, "Finish Later")
        assert not FIRST_RUN_DONE.get(ui_settings)
        assert window.diary is not None and window.diary.facts().series is None  # nothing saved

        again = guide_of(make_window())  # the next start
        assert again.currentPage() is again.where
        assert again.about.name.text() == "Sam"
        assert again.where.stage().value == "in_series"
        assert again.where.past_sessions() == [TODAY - 40 * DAY]
        assert again.where.prep.date() == qdate(TODAY - 60 * DAY)

    def test_keep_editing_stays_and_discard_forgets(
        self, make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot
    ) -> None:
        window = new_user(make_window, ui_settings)
        guide = half_filled(window, qtbot)
        guide.close()  # the window's close button
        press(guide_question(), "Keep Editing")
        assert guide.isVisible() and guide.about.name.text() == "Sam"
        guide.reject()
        with qtbot.waitSignal(guide.finished, timeout=SETTLE_MS):
            press(guide_question(), "Discard Answers")
        assert FIRST_RUN_DONE.get(ui_settings)
        assert not FIRST_RUN_DRAFT.get(ui_settings)
        second = make_window()
        assert not [w for w in second.findChildren(FirstRunGuide) if w.isVisible()]

    def test_quitting_with_the_guide_open_keeps_its_answers(
        self, make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot
    ) -> None:
        window = new_user(make_window, ui_settings)
        half_filled(window, qtbot)
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible())  # after the day's backup
        assert not FIRST_RUN_DONE.get(ui_settings) and FIRST_RUN_DRAFT.get(ui_settings)
        again = guide_of(make_window())
        assert again.currentPage() is again.where and again.about.name.text() == "Sam"
        assert "passphrase" not in FIRST_RUN_DRAFT.get(ui_settings)  # never kept

    def test_a_damaged_draft_starts_the_guide_as_new(
        self, make_window: MakeWindow, ui_settings: QSettings
    ) -> None:
        FIRST_RUN_DRAFT.set(ui_settings, '{"page": 2, "profile": [1, 2], "sessions": "x"}')
        guide = guide_of(new_user(make_window, ui_settings))
        assert guide.currentId() == 0 and guide.about.name.text() == ""

    def test_finishing_forgets_the_draft(
        self, make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot
    ) -> None:
        window = new_user(make_window, ui_settings)
        guide = half_filled(window, qtbot)
        qtbot.keyClick(guide, Qt.Key.Key_Escape)
        with qtbot.waitSignal(guide.finished, timeout=SETTLE_MS):
            press(guide_question(), "Finish Later")
        again = guide_of(make_window())
        again.next()
        again.next()
        with qtbot.waitSignal(again.finished_with, timeout=SETTLE_MS):
            again.accept()
        assert FIRST_RUN_DONE.get(ui_settings) and not FIRST_RUN_DRAFT.get(ui_settings)


class TestHelp:
    def test_help_opens_on_f1_with_the_diarys_own_numbers(
        self, make_window: MakeWindow, own_dir: Path, qtbot: QtBot
    ) -> None:
        window = make_window()
        assert window.diary is not None
        settings = window.diary.settings()
        qtbot.keyClick(window, Qt.Key.Key_F1)
        (help_window,) = [w for w in window.findChildren(HelpWindow) if w.isVisible()]
        text = help_window.text.toPlainText()
        assert f"at least {settings.prep_days} days" in text
        assert "your doctor decides" in text
        titles = [help_window.list.item(i).text() for i in range(help_window.list.count())]
        assert titles[:3] == ["How a series works", "After a session", "Which scars respond"]
        help_window.show_topic("data")
        assert str(own_dir) in help_window.text.toPlainText()
        assert "no network connections" in help_window.text.toPlainText()
        help_window.close()

    def test_about_names_the_version_folder_and_licence(
        self, make_window: MakeWindow, own_dir: Path
    ) -> None:
        from scar_diary import __version__
        from scar_diary.ui.help_dialogs import about_text

        text = about_text(own_dir)
        assert __version__ in text and str(own_dir) in text and "MIT" in text
        assert "PySide6-Essentials" in text
