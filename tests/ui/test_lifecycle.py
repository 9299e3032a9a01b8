"""One patient's series through the real window, from the first day of preparation to a
maintenance boost a year after the series, with `scar-diary status --json` read at each
step: the Today page and the command line must say the same thing at every stage."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from scar_diary.cli import main
from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import FaceRegion, ScarType, SeriesEnd, VisitKind
from scar_diary.services.diary import Diary
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.visits.dialogs import BookDialog, DoneDialog, EndSeriesDialog, qdate
from scar_diary.ui.visits.page import VisitsPage
from tests.ui.conftest import MakeWindow

T = TypeVar("T", bound=QWidget)
DAY = dt.timedelta(days=1)
START = dt.date(2026, 1, 5)  # the first day of preparation


class Clock:
    def __init__(self) -> None:
        self.today = START

    def __call__(self) -> dt.date:
        return self.today


def one(kind: type[T]) -> T:
    found = [
        w
        for top in QApplication.topLevelWidgets()
        for w in [top, *top.findChildren(kind)]
        if isinstance(w, kind) and w.isVisible()
    ]
    assert len({id(w) for w in found}) == 1, found
    return found[0]


def status_json(folder: Path, today: dt.date, capsys: pytest.CaptureFixture[str]) -> Any:
    capsys.readouterr()
    assert main(["status", "--data-dir", str(folder), "--today", today.isoformat(), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def cards(window: MainWindow) -> dict[str, list[str]]:
    return {c.card.key: c.texts() for c in window.today_page.cards}


def click_card_action(window: MainWindow, qtbot: QtBot, key: str, action: str) -> None:
    card = window.today_page.card(key)
    assert card is not None, list(cards(window))
    button = card.button(action)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(box_text: str, button: str) -> None:
    box = next(
        b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()
    )
    assert box_text in box.text()
    next(b for b in box.buttons() if b.text() == button).click()


def test_from_preparation_to_a_boost(
    make_window: MakeWindow,
    own_dir: Path,
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
) -> None:
    clock = Clock()
    window = make_window(clock=clock)
    diary: Diary | None = window.diary
    assert diary is not None

    # --- day 1: set up the series from the welcome
    qtbot.mouseClick(
        window.today_page.findChild(QPushButton, "setUpSeries"), Qt.MouseButton.LeftButton
    )
    assert window.pages.currentWidget() is window.visits_holder
    page = window.built(VisitsPage)
    assert page is not None
    page.prep_start.setDate(qdate(START))
    page.acne_clear.setChecked(True)
    page.acne_date.setDate(qdate(START))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert cards(window)["prep"][0] == "Preparation: day 1 of 14"
    data = status_json(own_dir, clock.today, capsys)
    assert (data["series_state"], data["prep"]["ready_on"]) == ("preparing", "2026-01-19")

    # a scar and its baseline, rated from the keyboard
    scar = diary.scars.add("Left cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    window.refresh(Changed.EVERYTHING)  # as View → Refresh
    dialog = window.commands.rate_scars()
    assert dialog is not None
    (row,) = dialog.rows
    qtbot.keyClick(row.depth_slider, Qt.Key.Key_6)
    qtbot.keyClick(row.softening_slider, Qt.Key.Key_2)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    # --- day 15: preparation is complete; book the first session from the Today card
    clock.today = START + 14 * DAY
    window.refresh(Changed.EVERYTHING)  # as View → Refresh
    assert cards(window)["prep"][0] == "Preparation complete"
    click_card_action(window, qtbot, "next", "book")
    book = one(BookDialog)
    assert book.day == clock.today  # the first allowed day
    book.date_edit.setDate(qdate(START + 16 * DAY))
    book.accept()
    assert cards(window)["next"][0] == "Session 1 is booked"

    # --- day 19: its day has passed without an answer
    clock.today = START + 18 * DAY
    window.refresh(Changed.EVERYTHING)  # as View → Refresh
    assert window.today_page.cards[0].card.key.startswith("awaiting:")
    assert cards(window)[window.today_page.cards[0].card.key][0] == (
        "Session on Wednesday, 21 January 2026: did it happen?"
    )
    data = status_json(own_dir, clock.today, capsys)
    assert data["awaiting_confirmation"] == [
        {"id": 1, "kind": "session", "date": "2026-01-21", "time": "10:00"}
    ]
    assert data["booked"] == [] and data["visits_done"] == 0
    assert data["series_state"] == "preparing"
    click_card_action(window, qtbot, window.today_page.cards[0].card.key, "confirm_done")
    done = one(DoneDialog)
    assert done.day == START + 16 * DAY  # the booked day, as the default
    done.date_edit.setDate(qdate(START + 17 * DAY))  # it really happened a day later
    done.accept()
    answer("Session 1 is in your diary.", "Later")
    assert cards(window)["aftercare"][0] == "Aftercare: day 1 after session 1"
    data = status_json(own_dir, clock.today, capsys)
    assert (data["series_state"], data["visits_done"]) == ("in_series", 1)
    assert data["next_window"] == {"earliest": "2026-02-05", "latest": "2026-02-12"}

    # --- sessions 2 to 8 (recorded as the clinic gave them), with ratings between
    on = START + 17 * DAY
    for _ in range(7):
        on += 16 * DAY
        diary.series.record_done(on, today=on)
        diary.ratings.record(scar, on + 5 * DAY, 4, 5, today=on + 5 * DAY)
    clock.today = on + 6 * DAY
    window.refresh(Changed.EVERYTHING)  # as View → Refresh
    texts = cards(window)
    assert texts["complete"][0] == "All 8 planned sessions are done"
    assert "next" not in texts
    data = status_json(own_dir, clock.today, capsys)
    assert (data["series_state"], data["next_window"]) == ("complete", None)
    assert data["improvement"] == {str(scar): 33.3} and data["stop_rule"] == "continue"

    # end it from the Today card
    click_card_action(window, qtbot, "complete", "end_series")
    end = one(EndSeriesDialog)
    assert end.completed.isChecked()
    end.accept()
    ended_on = clock.today
    data = status_json(own_dir, clock.today, capsys)
    assert data["series_state"] == "ended"
    assert data["maintenance_due_on"] == (ended_on + 365 * DAY).isoformat()

    # --- a year later: the boost is due; book it, and mark it done after its day
    clock.today = ended_on + 360 * DAY
    window.refresh(Changed.EVERYTHING)  # as View → Refresh
    assert cards(window)["maintenance"][0] == "Maintenance"
    click_card_action(window, qtbot, "maintenance", "book_boost")
    book = one(BookDialog)
    assert book.windowTitle() == "Book a Boost" and book.day == ended_on + 365 * DAY
    book.accept()
    assert cards(window)["next"][0] == "Boost 1 is booked"
    clock.today = ended_on + 366 * DAY
    window.refresh(Changed.EVERYTHING)  # as View → Refresh
    key = window.today_page.cards[0].card.key
    assert cards(window)[key][0].startswith("Boost on ")
    click_card_action(window, qtbot, key, "confirm_done")
    one(DoneDialog).accept()
    answer("Boost 1 is in your diary.", "Later")
    assert cards(window)["aftercare"][0] == "Aftercare: day 1 after boost 1"
    data = status_json(own_dir, clock.today, capsys)
    assert (data["visits_done"], data["boosts_done"]) == (8, 1)
    assert data["maintenance_due_on"] == (ended_on + 730 * DAY).isoformat()
    assert [v.kind for v in diary.facts().visits].count(VisitKind.BOOST) == 1
    facts = diary.facts()
    assert facts.series is not None and facts.series.end_reason is SeriesEnd.COMPLETED
