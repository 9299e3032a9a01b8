"""Esc or the window's close button on a dialog with a change asks "Discard / Keep Editing"
first, in the dialogs that became guarded with the one save path (booking, ending the
series, a photo's date, editing a rating); an untouched one closes at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.scars.edit_dialogs import PhotoDateDialog, RatingDialog
from scar_diary.ui.scars.page import ScarsPage
from scar_diary.ui.visits.dialogs import qdate
from tests.conftest import TODAY
from tests.ui.test_write_failures import DAY, photos_of, scars
from tests.ui.test_write_failures import window as window  # the same diary mid-series


def booking(window: MainWindow) -> tuple[QDialog, Callable[[], None]]:
    dialog = window.commands.visit_actions.book(TODAY + 20 * DAY)
    assert dialog is not None
    return dialog, lambda: dialog.date_edit.setDate(qdate(TODAY + 21 * DAY))


def ending(window: MainWindow) -> tuple[QDialog, Callable[[], None]]:
    dialog = window.commands.visit_actions.end_series()
    assert dialog is not None
    return dialog, lambda: dialog.stopped.setChecked(True)


def photo_date(window: MainWindow) -> tuple[QDialog, Callable[[], None]]:
    page = scars(window)
    page.edits.change_photo_date(photos_of(page)[0].id)
    (dialog,) = [d for d in page.findChildren(PhotoDateDialog) if d.isVisible()]
    return dialog, lambda: dialog.edit.setDate(qdate(TODAY - 3 * DAY))


def rating(window: MainWindow) -> tuple[QDialog, Callable[[], None]]:
    page: ScarsPage = scars(window)
    page.edits.edit_rating(page.diary.facts().ratings[0].id)  # type: ignore[union-attr]
    (dialog,) = [d for d in page.findChildren(RatingDialog) if d.isVisible()]
    return dialog, lambda: dialog.depth_box.setValue(2)


def question() -> QMessageBox | None:
    boxes = [
        b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()
    ]
    return boxes[0] if boxes else None


@pytest.mark.parametrize("open_it", [booking, ending, photo_date, rating], ids=lambda f: f.__name__)
def test_escape_with_a_change_asks_first(
    window: MainWindow,
    qtbot: QtBot,
    open_it: Callable[[MainWindow], tuple[QDialog, Callable[[], None]]],
) -> None:
    dialog, change = open_it(window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # untouched: closes at once
    assert not dialog.isVisible() and question() is None
    dialog, change = open_it(window)
    change()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = question()
    assert box is not None and sorted(b.text() for b in box.buttons()) == [
        "Discard",
        "Keep Editing",
    ]
    next(b for b in box.buttons() if b.text() == "Keep Editing").click()
    assert dialog.isVisible()
    dialog.close()  # the window's close button asks the same
    box = question()
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Discard").click()
    assert not dialog.isVisible()
