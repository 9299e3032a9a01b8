"""The same faults met in the window: an empty or missing diary file offers the latest good
backup; a restore that cannot bring back every photo asks first; a failed restore says so
and the diary is open again; long jobs leave the window answering; an unexpected error shows
a dialog naming the log; a second app that gets no answer says why instead of vanishing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.backups import back_up, list_backups
from scar_diary.services.diary import Diary
from scar_diary.storage.database import DB_FILENAME
from scar_diary.storage.diary_lock import DiaryLock
from scar_diary.ui.main_window import MainWindow
from tests.hostile.cli import ENV
from tests.images import photo
from tests.ui.conftest import SETTLE_MS, MakeWindow, finished


def boxes(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def press(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def a_diary_with_a_backup(own_dir: Path, tmp_path: Path) -> None:
    diary = Diary.open(own_dir)
    scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    diary.photos.import_files(scar, [photo(tmp_path / "a.jpg")])
    diary.close()
    back_up(own_dir, "manual")


class TestLostDiaryFile:
    def test_an_empty_file_offers_the_latest_backup(
        self, make_window: MakeWindow, own_dir: Path, tmp_path: Path, qtbot: QtBot
    ) -> None:
        a_diary_with_a_backup(own_dir, tmp_path)
        (own_dir / DB_FILENAME).write_bytes(b"")
        window = make_window()
        assert window.diary is None
        (error,) = boxes(window)
        assert "missing or empty" in error.text()
        error.close()
        restore = window.today_page.findChild(QPushButton, "restoreLatest")
        assert restore is not None
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            restore.click()
        assert window.diary is not None and [s.label for s in window.diary.scars.all()] == ["Cheek"]
        kept = list(own_dir.glob("diary-damaged-*.sqlite3"))
        assert len(kept) == 1 and kept[0].read_bytes() == b""

    def test_a_missing_file_with_photos_is_never_started_over(
        self, make_window: MakeWindow, own_dir: Path, tmp_path: Path
    ) -> None:
        a_diary_with_a_backup(own_dir, tmp_path)
        (own_dir / DB_FILENAME).unlink()
        window = make_window()
        assert window.diary is None and not (own_dir / DB_FILENAME).exists()
        assert window.today_page.findChild(QPushButton, "restoreLatest") is not None


class TestRestore:
    def test_missing_photos_are_named_and_asked_about(
        self, make_window: MakeWindow, own_dir: Path, tmp_path: Path, qtbot: QtBot
    ) -> None:
        a_diary_with_a_backup(own_dir, tmp_path)
        (backup,) = list_backups(own_dir)
        for stored in [*own_dir.glob("photos/*/*"), *own_dir.glob("backups/photos/*/*")]:
            stored.unlink()
        window = make_window()
        assert window.diary is not None
        window.diary.scars.add("Later", FaceRegion.CHIN, ScarType.ROLLING)
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            window.controller.restore(backup)
        qtbot.waitUntil(lambda: bool(boxes(window)), timeout=SETTLE_MS)
        (question,) = boxes(window)
        assert "1 photos this backup needs are nowhere to be found" in question.text()
        assert "photos/" in question.informativeText()
        assert window.diary is not None and len(window.diary.scars.all()) == 2  # unchanged
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            press(question, "Restore Without Them")
        assert window.diary is not None and len(window.diary.scars.all()) == 1

    def test_a_damaged_backup_is_refused_and_the_diary_is_open_again(
        self, make_window: MakeWindow, own_dir: Path, tmp_path: Path, qtbot: QtBot
    ) -> None:
        a_diary_with_a_backup(own_dir, tmp_path)
        (backup,) = list_backups(own_dir)
        backup.path.write_bytes(b"not a database" * 100)
        window = make_window()
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            window.controller.restore(backup)
        qtbot.waitUntil(lambda: bool(boxes(window)), timeout=SETTLE_MS)
        (error,) = boxes(window)
        assert "was not restored" in error.text() and "Your diary is as it was" in error.text()
        assert window.diary is not None and window.diary.scars.all()[0].label == "Cheek"
        assert "restored" not in window.statusBar().currentMessage()


class TestLongJobs:
    def test_an_export_leaves_the_window_answering(
        self, make_window: MakeWindow, sample_template: Path, qtbot: QtBot, tmp_path: Path
    ) -> None:
        window = make_window()
        with qtbot.waitSignal(window.controller.settled, timeout=SETTLE_MS):
            window.open_sample()
        ticks: list[int] = []
        timer = QTimer(window)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(1)
        job = window.files.write_archive(str(tmp_path / "out.zip"))
        assert job is not None and window.runner.pending == 1  # on the background helper
        finished(qtbot, job)
        timer.stop()
        assert ticks and (tmp_path / "out.zip").is_file()  # the event loop ran meanwhile

    def test_an_export_into_the_diary_folder_is_refused(
        self, make_window: MakeWindow, own_dir: Path
    ) -> None:
        window = make_window()
        assert window.files.write_archive(str(own_dir / "diary.zip")) is None
        (error,) = boxes(window)
        assert "inside the diary's own folder" in error.text()


class TestUnexpected:
    def test_an_error_shows_a_dialog_naming_the_log(
        self, make_window: MakeWindow, own_dir: Path, qtbot: QtBot
    ) -> None:
        from scar_diary.diagnostics import start_logging
        from scar_diary.ui.crash_reports import CrashReports

        window = make_window()
        log = start_logging(own_dir)
        reports = CrashReports(log, window)
        try:
            raise ValueError("Chin: a note nobody else should read")
        except ValueError as error:
            reports._on_exception(ValueError, error, error.__traceback__)
        qtbot.waitUntil(lambda: bool(boxes(window)), timeout=5000)
        (box,) = boxes(window)
        assert "unexpected problem (ValueError)" in box.text()
        assert str(log) in box.detailedText()
        assert log is not None
        text = log.read_text()
        assert "ValueError" in text and "Chin" not in text and "note" not in text

    def test_a_second_app_that_gets_no_answer_says_why(self, own_dir: Path) -> None:
        own_dir.mkdir(parents=True)
        silent = DiaryLock(own_dir)
        assert silent.acquire()  # held, but nobody listens for "come forward"
        app = subprocess.Popen(
            [sys.executable, "-m", "scar_diary", "--data-dir", str(own_dir)],
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        try:
            assert app.stderr is not None
            line = app.stderr.readline()  # waits for it to say why
            assert "cannot start" in line and "did not come forward" in line
            assert app.poll() is None  # and it shows it in a window, not gone silently
        finally:
            app.kill()
            app.communicate()
            silent.release()
