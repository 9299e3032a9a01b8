"""Every write action of the window, against a diary another program is writing to (busy)
and one on a disk that has become read-only: each says the command line's sentence for it
in one message box (never "an unexpected problem"), a dialog with input stays open with what
was entered, and nothing is half-done (no undo step for a change that was not made)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import FaceRegion, MapView, Photo, ScarType
from scar_diary.services.diary import Diary
from scar_diary.services.ratings import RatingInput
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.scars.page import ScarsPage
from scar_diary.ui.settings.page import SettingsPage
from scar_diary.ui.visits.dialogs import qdate
from scar_diary.ui.visits.page import VisitsPage
from tests.conftest import TODAY
from tests.images import photo
from tests.ui.conftest import MakeWindow

DAY = dt.timedelta(days=1)
SENTENCES = {
    "busy": "The diary is busy: another program is writing to it",
    "read-only": "could not be written",
}


@pytest.fixture
def window(make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """A diary in the middle of a series: a scar with a rating and two photos, a session
    done, the next one booked."""
    monkeypatch.setenv("SCAR_DIARY_BUSY_TIMEOUT_MS", "100")  # give up soon, not in 5 s
    window = make_window()
    diary = window.diary
    assert diary is not None
    diary.series.start(TODAY - 40 * DAY, acne_clear_on=TODAY - 40 * DAY)
    diary.series.record_done(TODAY - 20 * DAY, today=TODAY)
    diary.series.book(TODAY + DAY, dt.time(10, 0))  # tomorrow: a reminder card
    scar_id = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING, map_x=0.3,
                              map_y=0.5, map_view=MapView.FRONT)  # fmt: skip
    diary.ratings.record_many(TODAY - 21 * DAY, [RatingInput(scar_id, 6, 3, None, "")], today=TODAY)
    for index in range(2):
        prepared = diary.photos.prepare(
            photo(tmp_path / f"{index}.jpg", size=(640, 480), color=(200, 140 + index, 120))
        )
        diary.photos.add(scar_id, prepared)  # type: ignore[arg-type]
    window.refresh(Changed.EVERYTHING)
    return window


@contextmanager
def busy(window: MainWindow) -> Iterator[None]:
    assert window.diary is not None
    with closing(sqlite3.connect(window.diary.db.path)) as other_program:
        other_program.execute("BEGIN IMMEDIATE")  # another program is writing meanwhile
        yield
        other_program.rollback()


@contextmanager
def read_only(window: MainWindow) -> Iterator[None]:
    """The diary's disk turns read-only under the open diary (a file system remounted
    read-only after an error, a USB stick's switch): every file and folder of it refuses
    writes, also through files already open (the immutable attribute; needs root, as CI)."""
    assert window.diary is not None
    folder = str(window.diary.data_dir)
    made = subprocess.run(["chattr", "-R", "+i", folder], capture_output=True, check=False)
    if made.returncode != 0:
        subprocess.run(["chattr", "-R", "-i", folder], capture_output=True, check=False)
        if os.environ.get("SCAR_DIARY_CI"):
            pytest.fail("CI runs as root and can set the immutable attribute")
        pytest.skip("the immutable attribute cannot be set here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-R", "-i", folder], check=True)


CONDITIONS: dict[str, Callable[[MainWindow], AbstractContextManager[None]]] = {
    "busy": busy,
    "read-only": read_only,
}


def said(condition: str) -> str:
    """The one message box, with the sentence the command line prints; closed."""
    boxes = [
        b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()
    ]
    assert len(boxes) == 1, [b.text() for b in boxes]
    text = boxes[0].text()
    boxes[0].close()
    assert SENTENCES[condition] in text, text
    assert "unexpected" not in text
    return text


def scars(window: MainWindow) -> ScarsPage:
    window.show_page(window.scars_holder)
    page = window.built(ScarsPage)
    assert page is not None
    page.select(page.diary.facts().scars[0].id)  # type: ignore[union-attr]
    return page


def photos_of(page: ScarsPage) -> list[Photo]:
    assert page.diary is not None and page.detail.scar is not None
    return page.diary.photos.for_scar(page.detail.scar.id)


def still_open(dialog: QDialog | None) -> None:
    assert dialog is not None and dialog.isVisible(), "the dialog closed: its input is lost"


def click(button: QPushButton | None, qtbot: QtBot) -> None:
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def confirm() -> None:
    box = next(
        b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()
    )
    yes = next(
        b for b in box.buttons()
        if box.buttonRole(b) in (QMessageBox.ButtonRole.DestructiveRole,
                                 QMessageBox.ButtonRole.AcceptRole)
    )  # fmt: skip
    yes.click()


# --- the actions: each starts in the window, is done under the condition, then checked -----


def add_scar(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    dialog = scars(window).edits.add_scar(MapView.FRONT, 0.6, 0.4, FaceRegion.FOREHEAD)
    qtbot.keyClicks(dialog.label_edit, "Forehead scar")
    with CONDITIONS[condition](window):
        dialog.accept()
    said(condition)
    still_open(dialog)
    assert dialog.label_edit.text() == "Forehead scar"
    dialog.reject()
    confirm()


def edit_scar(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    dialog = scars(window).edits.edit_scar()
    assert dialog is not None
    dialog.label_edit.setText("Renamed")
    with CONDITIONS[condition](window):
        dialog.accept()
    said(condition)
    still_open(dialog)
    dialog.reject()
    confirm()


def archive_scar(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    page = scars(window)
    with CONDITIONS[condition](window):
        page.edits.toggle_archive()
    said(condition)
    assert page.undo_stack.count() == 0  # no step for a change that was not made


def move_scar(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    page = scars(window)
    scar_id = page.diary.facts().scars[0].id  # type: ignore[union-attr]
    with CONDITIONS[condition](window):
        page.edits.move_scar(scar_id, "front", 0.7, 0.7)
    said(condition)
    assert page.undo_stack.count() == 0


def delete_scar(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    page = scars(window)
    page.edits.delete_scar()
    with CONDITIONS[condition](window):
        confirm()
    said(condition)
    assert len(page.diary.facts().scars) == 1  # type: ignore[union-attr]


def rate(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    dialog = window.commands.rate_scars()
    assert dialog is not None
    row = dialog.rows[0]
    for slider in (row.depth_slider, row.softening_slider):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    with CONDITIONS[condition](window):
        dialog.save()
    said(condition)
    still_open(dialog)
    assert row.depth_slider.score() == 5


def edit_rating(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    from scar_diary.ui.scars.edit_dialogs import RatingDialog

    page = scars(window)
    rating = page.diary.facts().ratings[0]  # type: ignore[union-attr]
    page.edits.edit_rating(rating.id)
    (dialog,) = [d for d in page.findChildren(RatingDialog) if d.isVisible()]
    dialog.depth_box.setValue(4)
    with CONDITIONS[condition](window):
        dialog.accept()
    said(condition)
    still_open(dialog)
    assert dialog.depth_box.value() == 4


def delete_rating(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    page = scars(window)
    rating = page.diary.facts().ratings[0]  # type: ignore[union-attr]
    with CONDITIONS[condition](window):
        page.edits.delete_rating(rating.id)
    said(condition)
    assert page.undo_stack.count() == 0


def photo_date(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    from scar_diary.ui.scars.edit_dialogs import PhotoDateDialog

    page = scars(window)
    photo_id = photos_of(page)[0].id
    page.edits.change_photo_date(photo_id)
    (dialog,) = [d for d in page.findChildren(PhotoDateDialog) if d.isVisible()]
    dialog.edit.setDate(qdate(TODAY - 3 * DAY))
    with CONDITIONS[condition](window):
        dialog.accept()
    said(condition)
    still_open(dialog)


def remove_photo(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    page = scars(window)
    photo_id = photos_of(page)[0].id
    page.edits.remove_photo(photo_id)
    with CONDITIONS[condition](window):
        confirm()
    said(condition)
    assert len(photos_of(page)) == 2


def save_alignment(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    from scar_diary.ui.compare.compare_dialog import CompareDialog

    dialog = scars(window).edits.compare()
    assert isinstance(dialog, CompareDialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=20_000)
    dialog.align_button.setChecked(True)
    dialog.alignment = dialog.alignment.moved(12, 5)
    with CONDITIONS[condition](window):
        dialog.save_alignment()
    text = dialog.status.text()  # said where the alignment is shown, the dialog open
    assert text.startswith("The alignment was not saved") and SENTENCES[condition] in text.replace(
        "the diary is busy", "The diary is busy"
    ), text
    still_open(dialog)
    dialog.done(0)


def book(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    dialog = window.commands.visit_actions.book(TODAY + 20 * DAY)
    with CONDITIONS[condition](window):
        dialog.accept()  # type: ignore[union-attr]
    said(condition)
    still_open(dialog)
    assert dialog.day == TODAY + 20 * DAY  # type: ignore[union-attr]


def mark_done(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    diary = window.diary
    assert diary is not None
    booked = next(v for v in diary.facts().visits if v.status.value == "booked")
    dialog = window.commands.visit_actions.mark_done(booked.id)
    assert dialog is not None
    dialog.notes.setPlainText("went well")
    with CONDITIONS[condition](window):
        dialog.accept()
    said(condition)
    still_open(dialog)
    assert dialog.notes.toPlainText() == "went well"


def cancel_visit(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    diary = window.diary
    assert diary is not None
    booked = next(v for v in diary.facts().visits if v.status.value == "booked")
    window.commands.visit_actions.cancel(booked.id)
    with CONDITIONS[condition](window):
        confirm()
    said(condition)


def end_series(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    dialog = window.commands.visit_actions.end_series()
    assert dialog is not None
    dialog.stopped.setChecked(True)
    with CONDITIONS[condition](window):
        dialog.accept()
    said(condition)
    still_open(dialog)


def series_form(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    window.show_page(window.visits_holder)
    page = window.built(VisitsPage)
    assert page is not None
    page.planned.setValue(7)
    with CONDITIONS[condition](window):
        page.save_pending()
    assert page.not_saved.isVisibleTo(page)  # said beside the form, the value kept
    assert SENTENCES[condition].lower() in page.not_saved.text().lower()
    assert page.planned.value() == 7


def settings_change(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    window.show_page(window.holders["settings"])
    page = window.built(SettingsPage)
    assert page is not None
    with CONDITIONS[condition](window):
        page.interval_min.setValue(page.interval_min.value() + 1)
    said(condition)


def profile_name(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    window.show_page(window.holders["settings"])
    page = window.built(SettingsPage)
    assert page is not None
    page.name.setText("Sam")
    with CONDITIONS[condition](window):
        page.name.editingFinished.emit()
    said(condition)
    assert page.name.text() == "Sam"  # kept, to save with the next change


def reminder(window: MainWindow, qtbot: QtBot, condition: str, kind: str) -> None:
    from PySide6.QtWidgets import QAbstractButton

    window.show_page(window.today_page)
    card = window.today_page.reminder_card
    assert card is not None
    key = next(iter(card.rows))
    button = card.findChild(QAbstractButton, f"{kind}:{key}")
    assert button is not None
    with CONDITIONS[condition](window):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    said(condition)
    card = window.today_page.reminder_card
    assert card is not None and key in card.rows  # still there


def snooze_reminder(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    reminder(window, qtbot, condition, "snooze")


def dismiss_reminder(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    reminder(window, qtbot, condition, "dismiss")


def report_questions(window: MainWindow, qtbot: QtBot, condition: str) -> None:
    from scar_diary.ui.report.page import ReportPage

    window.show_page(window.report_holder)
    page = window.built(ReportPage)
    assert page is not None
    page.questions.setPlainText("Is the left cheek done?")
    with CONDITIONS[condition](window):
        page.save_questions()
    said(condition)
    assert page.questions.toPlainText() == "Is the left cheek done?"


ACTIONS = [
    add_scar,
    edit_scar,
    archive_scar,
    move_scar,
    delete_scar,
    rate,
    edit_rating,
    delete_rating,
    photo_date,
    remove_photo,
    save_alignment,
    book,
    mark_done,
    cancel_visit,
    end_series,
    series_form,
    settings_change,
    profile_name,
    snooze_reminder,
    dismiss_reminder,
    report_questions,
]


@pytest.mark.parametrize("condition", ["busy", "read-only"])
@pytest.mark.parametrize("action", ACTIONS, ids=lambda a: a.__name__)
def test_each_write_action_says_why_and_keeps_the_input(
    window: MainWindow, qtbot: QtBot, action: Callable[..., None], condition: str
) -> None:
    before = window.diary.facts()  # type: ignore[union-attr]
    action(window, qtbot, condition)
    after = Diary.open(window.diary.data_dir)  # type: ignore[union-attr]
    try:  # nothing was written
        facts = after.facts()
        assert (facts.scars, facts.ratings, facts.visits, facts.settings) == (
            before.scars,
            before.ratings,
            before.visits,
            before.settings,
        )
    finally:
        after.close()


def test_the_first_run_guide_stays_open_when_the_diary_is_busy(
    make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scar_diary.ui.first_run import FirstRunGuide
    from scar_diary.ui.preferences import FIRST_RUN_DONE

    monkeypatch.setenv("SCAR_DIARY_BUSY_TIMEOUT_MS", "100")
    FIRST_RUN_DONE.set(ui_settings, False)
    window = make_window()
    (guide,) = [g for g in window.findChildren(FirstRunGuide) if g.isVisible()]
    guide.next()
    guide.about.name.setText("Sam")
    with busy(window):
        guide.accept()
    said("busy")
    assert guide.isVisible() and guide.about.name.text() == "Sam"
    with qtbot.waitSignal(guide.finished_with, timeout=5000):
        guide.accept()  # the other program is done: saved now
    assert window.diary is not None and window.diary.profile.get().display_name == "Sam"


@pytest.mark.qt_no_exception_capture
def test_a_problem_no_action_caught_is_still_said_in_its_sentence(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """The last net (the app's exception hook): a user's problem that escaped an action is
    said as itself and logged, never shown as "an unexpected problem"."""
    import sys

    from scar_diary import diagnostics
    from scar_diary.diagnostics import start_logging
    from scar_diary.storage.database import DiaryBusy
    from scar_diary.ui.crash_reports import CrashReports

    log = start_logging(tmp_path / "logs-here")
    hook = sys.excepthook
    try:
        CrashReports(log, window).install()
        try:
            raise DiaryBusy("database is locked")
        except DiaryBusy as error:
            sys.excepthook(type(error), error, error.__traceback__)
        qtbot.waitUntil(
            lambda: any(
                isinstance(b, QMessageBox) and b.isVisible() for b in QApplication.topLevelWidgets()
            ),
            timeout=5000,
        )
        said("busy")
    finally:
        sys.excepthook = hook
        for handler in list(diagnostics.log.handlers):  # later tests log nowhere, as before
            diagnostics.log.removeHandler(handler)
            handler.close()
    assert log is not None and "DiaryBusy" in log.read_text()
