"""Starting up on a diary read straight from its file, and the lazy photo timeline."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
from scar_diary.storage.database import DB_FILENAME
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.preferences import PHOTO_GUIDE_SEEN
from scar_diary.ui.scars.page import ScarsPage
from scar_diary.ui.tasks import Lane, TaskRunner
from scar_diary.ui.thumbnail_loader import ThumbnailLoader
from tests.conftest import TODAY
from tests.images import photo
from tests.ui.conftest import SETTLE_MS

DAY = dt.timedelta(days=1)
FIXTURES = Path(__file__).parent.parent / "fixtures"


def new_window(qtbot: QtBot, settings: QSettings, own_dir: Path, tmp_path: Path) -> MainWindow:
    window = MainWindow(settings, own_dir, tmp_path / "sample", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(980, 720)
    window.show()
    return window


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


class TestStartingUp:
    def test_today_shows_the_diary_before_it_is_open_and_acts_once_it_is(
        self, qtbot: QtBot, ui_settings: QSettings, own_dir: Path, tmp_path: Path
    ) -> None:
        diary = Diary.open(own_dir)
        diary.series.start(TODAY - 40 * DAY, acne_clear_on=TODAY - 40 * DAY)
        diary.series.book(TODAY - 3 * DAY, dt.time(10, 0))
        diary.close()
        window = new_window(qtbot, ui_settings, own_dir, tmp_path)
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            window.start()
            # read from the file at once; the diary opens on the background helper after
            assert window.diary is None
            first = window.today_page.cards[0]
            assert first.card.key.startswith("awaiting:")
            before = window.today_page.visible_texts()
            button = first.button("confirm_done")
            assert button is not None
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert open_dialogs() == []  # nothing can change before the diary is open
        assert window.diary is not None
        assert window.today_page.visible_texts() == before  # the same diary, now open
        button = window.today_page.cards[0].button("confirm_done")
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert [type(d).__name__ for d in open_dialogs()] == ["DoneDialog"]
        open_dialogs()[0].reject()

    def test_an_older_diary_is_not_read_before_it_is_updated(
        self, qtbot: QtBot, ui_settings: QSettings, own_dir: Path, tmp_path: Path
    ) -> None:
        own_dir.mkdir(parents=True)
        shutil.copy(FIXTURES / "diary-0004_lifecycle.sqlite3", own_dir / DB_FILENAME)
        window = new_window(qtbot, ui_settings, own_dir, tmp_path)
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            window.start()
            assert window.today_page.cards == []  # nothing shown from a file of another format
        assert window.diary is not None
        assert window.today_page.visible_texts()  # shown once updated and open

    def test_an_empty_diary_file_is_explained_not_previewed(
        self, qtbot: QtBot, ui_settings: QSettings, own_dir: Path, tmp_path: Path
    ) -> None:
        own_dir.mkdir(parents=True)
        (own_dir / DB_FILENAME).write_bytes(b"")
        window = new_window(qtbot, ui_settings, own_dir, tmp_path)
        QApplication.processEvents()
        with qtbot.waitSignal(window.controller.settled, timeout=SETTLE_MS):
            window.start()
        assert window.diary is None
        assert any("could not be opened" in t for t in window.today_page.visible_texts())
        for box in open_dialogs():
            box.close()

    def test_the_scars_page_shows_the_file_while_the_diary_opens(
        self, qtbot: QtBot, ui_settings: QSettings, own_dir: Path, tmp_path: Path
    ) -> None:
        PHOTO_GUIDE_SEEN.set(ui_settings, True)
        diary = Diary.open(own_dir)
        scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        diary.photos.import_files(scar, [photo(tmp_path / "a.jpg", taken="2026:10:01 09:00:00")])
        diary.close()
        window = new_window(qtbot, ui_settings, own_dir, tmp_path)
        window.show_page(window.scars_holder)  # the page in view when the window starts
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            window.start()
            page = window.built(ScarsPage)
            assert page is not None and page.diary is None
            assert page.detail.scar is not None and page.detail.scar.label == "Cheek"
            page.edits.delete_scar()  # waits for the diary
            assert open_dialogs() == []
        assert page.diary is window.diary
        qtbot.waitUntil(page.detail.thumbnails_shown, timeout=SETTLE_MS)


class TestTimeline:
    def test_only_photos_in_view_are_decoded_and_scrolling_brings_the_rest(
        self, qtbot: QtBot, ui_settings: QSettings, own_dir: Path, tmp_path: Path
    ) -> None:
        PHOTO_GUIDE_SEEN.set(ui_settings, True)
        diary = Diary.open(own_dir)
        scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        files = [
            photo(
                tmp_path / f"{i}.jpg",
                color=(i * 3 % 255, 120, 100),
                taken=f"2026:10:{1 + i // 24:02d} {i % 24:02d}:00:00",
            )
            for i in range(60)
        ]
        assert len(diary.photos.import_files(scar, files).imported) == 60
        diary.close()
        window = new_window(qtbot, ui_settings, own_dir, tmp_path)
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            window.start()
        window.show_page(window.scars_holder)
        page = window.built(ScarsPage)
        assert page is not None
        timeline = page.detail.photos
        assert timeline.count() == 60
        qtbot.waitUntil(page.detail.thumbnails_shown, timeout=SETTLE_MS)
        in_view = timeline.rows_in_view()
        assert 0 < len(in_view) < 60
        decoded = [r for r in range(60) if timeline.timeline.has_thumbnail(r)]
        # nothing out of view was decoded but the newest photo, which the scar list shows
        assert set(in_view) <= set(decoded) <= {*in_view, 59}
        timeline.verticalScrollBar().setValue(timeline.verticalScrollBar().maximum())
        qtbot.waitUntil(page.detail.thumbnails_shown, timeout=SETTLE_MS)
        assert 59 in timeline.rows_in_view() and timeline.timeline.has_thumbnail(59)
        assert timeline.caption(59).startswith("3 Oct 2026")

    def test_the_memory_cache_keeps_to_its_budget(self, qtbot: QtBot, tmp_path: Path) -> None:
        diary = Diary.open(tmp_path / "d")
        scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        files = [photo(tmp_path / f"{i}.png", format="PNG", color=(i, 9, 9)) for i in range(8)]
        diary.photos.import_files(scar, files)
        photos = diary.photos.for_scar(scar)
        runner = TaskRunner()
        one = 64 * 48 * 4  # the test photos are smaller than the shown size
        loader = ThumbnailLoader(runner, cache_bytes=3 * one)
        arrived: list[object] = []
        try:
            for item in photos:
                loader.request(diary.read, item, arrived.append)
            qtbot.waitUntil(lambda: len(arrived) == 8, timeout=SETTLE_MS)
            kept = [p for p in photos if loader.cached(p.sha256) is not None]
            assert len(kept) == 3  # the most recent ones
        finally:
            runner.shutdown()
            diary.close()


class TestLanes:
    def test_a_long_diary_job_does_not_hold_up_images(self, qtbot: QtBot) -> None:
        runner = TaskRunner()
        release = threading.Event()
        order: list[str] = []
        try:
            runner.run(lambda: release.wait(10), lambda _r: order.append("diary"), lane=Lane.DIARY)
            runner.run(lambda: "image", order.append, lane=Lane.IMAGES)
            qtbot.waitUntil(lambda: order == ["image"], timeout=SETTLE_MS)
            assert runner.busy(Lane.DIARY) and not runner.busy(Lane.IMAGES)
            release.set()
            qtbot.waitUntil(lambda: order == ["image", "diary"], timeout=SETTLE_MS)
            assert not runner.busy(Lane.DIARY)
        finally:
            release.set()
            runner.shutdown()
