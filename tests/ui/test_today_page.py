from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from scar_diary.domain.entities import FaceRegion, ScarType, SeriesEnd
from scar_diary.services.diary import Diary
from scar_diary.storage.database import DB_FILENAME
from scar_diary.ui.main_window import MainWindow, screens_now
from scar_diary.ui.preferences import GEOMETRY, geometry_on
from scar_diary.wording.dates import long_date
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow, opened

DAY = dt.timedelta(days=1)


def card_texts(window: MainWindow) -> dict[str, list[str]]:
    return {card.card.key: card.texts() for card in window.today_page.cards}


def own_diary(own_dir: Path) -> Diary:
    return Diary.open(own_dir)


def message_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


class TestSampleDiary:
    def test_welcome_offers_the_sample_and_back(
        self, make_window: MakeWindow, qtbot: QtBot
    ) -> None:
        window = make_window()
        texts = window.today_page.visible_texts()
        assert "Welcome to Scar Diary" in texts
        assert window.windowTitle() == "Scar Diary"
        assert not window.menus.open_own.isEnabled()

        button = window.today_page.findChild(QPushButton, "openSample")
        assert button is not None
        opened(qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))

        assert window.windowTitle() == "Scar Diary — Sample Diary"
        assert any("Sample diary: made-up data" in t for t in window.today_page.visible_texts())
        back = window.today_page.findChild(QPushButton, "backToMyDiary")
        assert back is not None
        opened(qtbot, window, lambda: qtbot.mouseClick(back, Qt.MouseButton.LeftButton))
        assert window.windowTitle() == "Scar Diary"
        assert "Welcome to Scar Diary" in window.today_page.visible_texts()

    def test_the_welcome_and_help_say_who_should_inject(self, make_window: MakeWindow) -> None:
        window = make_window()
        warning = window.today_page.findChild(QLabel, "injectionWarning")
        assert warning is not None and "Injecting yourself" in warning.text()
        window.commands.show_safety()
        (box,) = message_boxes(window)
        assert "experienced with injections into the skin" in box.text()
        assert "not medical advice" in box.text()

    def test_sample_today_page_texts(self, make_window: MakeWindow, qtbot: QtBot) -> None:
        window = make_window()
        opened(qtbot, window, window.open_sample)
        cards = card_texts(window)
        assert list(cards) == ["series", "next", "aftercare"]
        assert "Today, Wednesday, 25 November 2026" in window.today_page.visible_texts()
        assert cards["series"][0] == "Series: 5 of 6–8 sessions done"
        assert "Average depth improvement so far: 38%." in cards["series"]
        assert (
            "Scars of types that rarely respond (ice-pick, deep boxcar) are counted apart: no change in depth on "
            "average." in cards["series"]
        )
        assert cards["next"][:4] == [
            "Session 6 is booked",
            "Tuesday, 8 December 2026 at 10:30",
            "That is in 13 days.",
            "Inside the allowed window.",
        ]
        assert (
            "Allowed window for session 6: Sunday, 6 December 2026 to Sunday, 13 December 2026."
            in cards["next"]
        )
        assert cards["aftercare"][0] == "Aftercare: day 3 after session 5"
        assert "•  Touch the treated places as little as you can." in cards["aftercare"]


class TestOwnDiary:
    def test_prep_countdown_and_acne_warning(self, make_window: MakeWindow, own_dir: Path) -> None:
        diary = own_diary(own_dir)
        diary.series.start(TODAY - 4 * DAY)
        diary.close()
        window = make_window()
        cards = card_texts(window)
        assert cards["prep"][0] == "Preparation: day 5 of 14"
        assert (
            "Your first session can be from Saturday, 5 December 2026 (10 days to go)."
            in (cards["prep"])
        )
        warning = next(
            label
            for card in window.today_page.cards
            for label in card.findChildren(QLabel)
            if label.text().startswith("Your acne is not yet confirmed")
        )
        assert warning.property("tone") == "warn"
        assert "next" not in cards  # the preparation card already names the first date

    def test_after_prep_the_first_window_is_open(
        self, make_window: MakeWindow, own_dir: Path
    ) -> None:
        diary = own_diary(own_dir)
        diary.series.start(TODAY - 20 * DAY, acne_clear_on=TODAY - 20 * DAY)
        diary.close()
        cards = card_texts(make_window())
        assert cards["prep"][0] == "Preparation complete"
        assert cards["next"] == [
            "Next: session 1",
            "Your first session can be from Thursday, 19 November 2026.",
            "The window is open now and nothing is booked yet.",
        ]

    def test_a_too_early_booking_is_flagged_with_the_first_allowed_date(
        self, make_window: MakeWindow, own_dir: Path
    ) -> None:
        diary = own_diary(own_dir)
        diary.series.start(TODAY - 60 * DAY, acne_clear_on=TODAY - 60 * DAY)
        visit = diary.series.book(TODAY - 5 * DAY)
        diary.series.complete(visit)
        diary.series.book(TODAY + 5 * DAY)
        diary.close()
        cards = card_texts(make_window())
        assert cards["next"][0] == "Session 2 is booked"
        assert (
            "Too early: only 10 days after the previous session, and the protocol asks for at "
            "least 14 days. The first allowed date is Friday, 4 December 2026. Check with "
            "your clinic." in cards["next"]
        )
        assert cards["aftercare"][0] == "Aftercare: day 5 after session 1"

    def test_a_closed_window_says_so(self, make_window: MakeWindow, own_dir: Path) -> None:
        diary = own_diary(own_dir)
        diary.series.start(TODAY - 80 * DAY, acne_clear_on=TODAY - 80 * DAY)
        diary.series.complete(diary.series.book(TODAY - 30 * DAY))
        diary.close()
        cards = card_texts(make_window())
        assert cards["next"][0] == "Next: session 2"
        closed = long_date(TODAY - 9 * DAY)
        assert f"The window for session 2 closed on {closed}." in " ".join(cards["next"])

    def test_stop_rule_notice_after_six_sessions_without_improvement(
        self, make_window: MakeWindow, own_dir: Path
    ) -> None:
        diary = own_diary(own_dir)
        start = TODAY - 150 * DAY
        diary.series.start(start, acne_clear_on=start)
        scar = diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        diary.ratings.record(scar, start, 8, 2, today=TODAY)
        for n in range(6):
            diary.series.complete(diary.series.book(start + (20 + 15 * n) * DAY))
        diary.ratings.record(scar, TODAY, 8, 2, today=TODAY)
        diary.close()
        cards = card_texts(make_window())
        assert cards["notices"] == [
            "Worth discussing with your doctor",
            "After 6 sessions your ratings show no measurable improvement (less than 10% in "
            "depth, and less than 1.0 points of softening). Discuss with your doctor whether to "
            "stop the series.",
        ]

    def test_missing_ratings_ask_for_ratings_not_for_stopping(
        self, make_window: MakeWindow, own_dir: Path, qtbot: QtBot
    ) -> None:
        diary = own_diary(own_dir)
        start = TODAY - 150 * DAY
        diary.series.start(start, acne_clear_on=start)
        scar = diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        diary.ratings.record(scar, start, 8, 2, today=TODAY)  # a baseline, nothing after
        for n in range(6):
            diary.series.complete(diary.series.book(start + (20 + 15 * n) * DAY))
        diary.close()
        window = make_window()
        notices = window.today_page.card("notices")
        assert notices is not None
        text = " ".join(notices.texts())
        assert "cannot tell yet whether your scars improve" in text
        assert "stop" not in text
        rate = notices.button("rate")
        assert rate is not None
        qtbot.mouseClick(rate, Qt.MouseButton.LeftButton)
        assert window.findChild(QDialog, "rateDialog") is not None

    def test_maintenance_after_a_completed_series(
        self, make_window: MakeWindow, own_dir: Path
    ) -> None:
        diary = own_diary(own_dir)
        start = TODAY - 500 * DAY
        diary.series.start(start, acne_clear_on=start)
        scar = diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        diary.ratings.record(scar, start, 8, 2, today=TODAY)
        for n in range(6):
            diary.series.complete(diary.series.book(start + (20 + 15 * n) * DAY))
        diary.ratings.record(scar, start + 120 * DAY, 4, 6, today=TODAY)
        diary.series.end(start + 120 * DAY, SeriesEnd.COMPLETED)
        diary.close()
        cards = card_texts(make_window())
        assert "next" not in cards and "notices" not in cards
        assert "Series completed on Monday, 10 November 2025." in cards["series"]
        assert cards["maintenance"][:2] == [
            "Maintenance",
            "A maintenance session (boost) was due on Tuesday, 10 November 2026. Discuss it with "
            "your clinic.",
        ]

    def test_refresh_shows_changes_made_elsewhere(
        self, make_window: MakeWindow, own_dir: Path, qtbot: QtBot
    ) -> None:
        window = make_window()
        assert "Welcome to Scar Diary" in window.today_page.visible_texts()
        other = own_diary(own_dir)  # e.g. the command line, while the window is open
        other.series.start(TODAY)
        other.close()
        qtbot.keyClick(window, Qt.Key.Key_F5)
        assert card_texts(window)["prep"][0] == "Preparation: day 1 of 14"


class TestProblems:
    def test_a_newer_diary_is_explained_and_left_alone(
        self, make_window: MakeWindow, own_dir: Path, qtbot: QtBot
    ) -> None:
        Diary.open(own_dir).close()
        path = own_dir / DB_FILENAME
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("UPDATE alembic_version SET version_num = 'zzzz_newer'")
            conn.commit()
        before = hashlib.sha256(path.read_bytes()).hexdigest()

        window = make_window()
        (box,) = message_boxes(window)
        assert "newer version of Scar Diary" in box.text()
        assert "Your diary could not be opened" in window.today_page.visible_texts()
        assert window.diary is None
        box.button(QMessageBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: not message_boxes(window))

        button = window.today_page.findChild(QPushButton, "openSample")
        assert button is not None
        opened(qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
        assert window.diary is not None and window.diary.is_sample
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before


class TestWindow:
    def test_size_and_position_are_remembered(
        self, make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot
    ) -> None:
        first = make_window()
        first.resize(720, 540)
        qtbot.waitUntil(lambda: first.size().width() == 720)
        first.close()  # at once, or once the diary's own work of the moment is done
        qtbot.waitUntil(lambda: not first.isVisible())
        second = make_window(settings=QSettings(ui_settings.fileName(), QSettings.Format.IniFormat))
        assert (second.width(), second.height()) == (720, 540)

    def test_each_set_of_screens_keeps_its_own_size(
        self, make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot
    ) -> None:
        first = make_window()
        first.resize(700, 520)
        qtbot.waitUntil(lambda: first.size().width() == 700)
        first.close()
        qtbot.waitUntil(lambda: not first.isVisible())
        store = QSettings(ui_settings.fileName(), QSettings.Format.IniFormat)
        here = geometry_on(screens_now())
        assert not here.get(store).isEmpty()
        # the last place is another set's (a docked laptop, say): this set keeps its own
        GEOMETRY.set(store, QByteArray(b"not a geometry"))
        second = make_window(settings=store)
        assert (second.width(), second.height()) == (700, 520)

    def test_quit_shortcut_closes_the_window(self, make_window: MakeWindow, qtbot: QtBot) -> None:
        window = make_window()
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not window.isVisible())
        assert window.diary is None

    def test_the_date_is_refreshed_after_midnight(self, make_window: MakeWindow) -> None:
        window = make_window()
        assert window.today._midnight.isActive()
        assert 0 < window.today._midnight.remainingTime() <= 24 * 3600 * 1000 + 5000

    def test_about_says_no_network_and_not_medical_advice(self, make_window: MakeWindow) -> None:
        window = make_window()
        window.commands.show_about()
        (box,) = message_boxes(window)
        assert "no network connections" in box.text() and "not medical advice" in box.text()
