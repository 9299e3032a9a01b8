"""Data safety as a user meets it: single instance, backups and restore, a damaged diary,
export and import through the window."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.backups import back_up, list_backups
from scar_diary.services.diary import Diary
from scar_diary.storage.database import DB_FILENAME
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.settings.page import SettingsPage
from scar_diary.ui.single_instance import LOCK_NAME, SingleInstance
from tests.ui.conftest import SETTLE_MS, MakeWindow, finished, opened


def boxes(window: MainWindow, name: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible() and b.objectName() == name]


class TestSingleInstance:
    def test_a_second_launch_raises_the_first(self, qtbot: QtBot, tmp_path: Path) -> None:
        first = SingleInstance(tmp_path)
        assert first.acquire()
        first.listen()
        second = SingleInstance(tmp_path)
        try:
            assert not second.acquire()
            with qtbot.waitSignal(first.activated, timeout=5000):
                assert second.notify_running()
        finally:
            first.release()
        third = SingleInstance(tmp_path)
        assert third.acquire()  # free again once the first has quit
        third.release()

    def test_a_lock_left_by_a_crash_is_taken_over(self, tmp_path: Path) -> None:
        dead = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        (tmp_path / LOCK_NAME).write_text(f"{dead}\nscar-diary\n{socket.gethostname()}\n")
        instance = SingleInstance(tmp_path)
        try:
            assert instance.acquire()
        finally:
            instance.release()
        assert QLockFile(str(tmp_path / LOCK_NAME)).tryLock(0)


class TestBackupsInTheWindow:
    def test_daily_backup_on_opening_my_diary(
        self, make_window: MakeWindow, own_dir: Path, qtbot: QtBot
    ) -> None:
        first = Diary.open(own_dir)
        first.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        first.close()
        window = make_window()
        qtbot.waitUntil(lambda: len(list_backups(own_dir)) == 1, timeout=5000)
        assert list_backups(own_dir)[0].reason == "daily"
        opened(qtbot, window, window.open_own)
        qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)
        assert len(list_backups(own_dir)) == 1  # at most one a day

    def test_back_up_now_and_restore(
        self, make_window: MakeWindow, own_dir: Path, qtbot: QtBot
    ) -> None:
        window = make_window()
        window.show_page(window.settings_holder)
        settings_page = window.built(SettingsPage)
        assert window.diary is not None and settings_page is not None
        window.diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        box = settings_page.backups
        with qtbot.waitSignal(window.controller.backups_changed, timeout=SETTLE_MS):
            qtbot.mouseClick(box.now_button, Qt.MouseButton.LeftButton)
        assert box.list.topLevelItemCount() >= 1
        manual = next(b for b in list_backups(own_dir) if b.reason == "manual")
        window.diary.scars.add("Chin", FaceRegion.CHIN, ScarType.ICE_PICK)
        row = box.list.topLevelItem(box.backups.index(manual))
        assert row is not None
        box.list.setCurrentItem(row)
        qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
        (confirm,) = boxes(window, "confirmBox")
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            next(b for b in confirm.buttons() if b.text() == "Restore").click()
        assert window.diary is not None
        assert [s.label for s in window.diary.scars.all()] == ["Cheek"]
        assert any(b.reason == "before-restore" and b.scars == 2 for b in list_backups(own_dir))

    def test_a_damaged_photo_is_named_by_back_up_now_and_repaired(
        self, make_window: MakeWindow, own_dir: Path, qtbot: QtBot, tmp_path: Path
    ) -> None:
        from tests.images import photo

        first = Diary.open(own_dir)
        scar = first.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        first.photos.import_files(scar, [photo(tmp_path / "a.jpg", size=(320, 240))])
        (stored,) = first.photos.for_scar(scar)
        first.close()
        back_up(own_dir, "manual")
        live = own_dir / stored.relative_path
        good = live.read_bytes()
        (own_dir / "backups" / stored.relative_path).unlink()  # a copy on another disk
        (own_dir / "backups" / stored.relative_path).write_bytes(good)
        live.unlink()
        live.write_bytes(good[:1000])  # cut short
        window = make_window()
        window.show_page(window.settings_holder)
        settings_page = window.built(SettingsPage)
        assert settings_page is not None
        box = settings_page.backups
        with qtbot.waitSignal(window.controller.backups_changed, timeout=SETTLE_MS):
            qtbot.mouseClick(box.now_button, Qt.MouseButton.LeftButton)

        def shown() -> list[QMessageBox]:
            return [b for b in window.findChildren(QMessageBox) if b.isVisible()]

        qtbot.waitUntil(lambda: any("are damaged" in b.text() for b in shown()), timeout=SETTLE_MS)
        (warning,) = [b for b in shown() if "are damaged" in b.text()]
        assert stored.relative_path in warning.text() and "Repair Photos" in warning.text()
        assert "The backups keep a good copy of 1 of them" in warning.text()
        warning.close()
        assert box.repair_button.isEnabled()
        with qtbot.waitSignal(window.controller.photos_repaired, timeout=SETTLE_MS):
            qtbot.mouseClick(box.repair_button, Qt.MouseButton.LeftButton)
        assert live.read_bytes() == good


class TestDamagedDiary:
    def test_kept_aside_and_the_latest_backup_restored(
        self, make_window: MakeWindow, own_dir: Path, qtbot: QtBot
    ) -> None:
        window = make_window()
        assert window.diary is not None
        window.diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        back_up(own_dir, "manual")
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible())  # closed: the diary let go of
        damaged = b"this is what is left of the diary" * 300
        (own_dir / DB_FILENAME).write_bytes(damaged)
        for extra in own_dir.glob(DB_FILENAME + "-*"):
            extra.unlink()

        window = make_window()
        assert window.diary is None
        for box in boxes(window, "messageBox"):
            assert "is damaged" in box.text()
            box.close()
        restore = window.today_page.findChild(QPushButton, "restoreLatest")
        assert restore is not None
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
        assert window.diary is not None
        assert [s.label for s in window.diary.scars.all()] == ["Cheek"]
        kept = list(own_dir.glob("diary-damaged-*.sqlite3"))
        assert len(kept) == 1 and kept[0].read_bytes() == damaged  # never overwritten


class TestArchiveInTheWindow:
    def test_export_then_import_replacing_after_a_question(
        self, make_window: MakeWindow, own_dir: Path, qtbot: QtBot, tmp_path: Path
    ) -> None:
        window = make_window()
        opened(qtbot, window, window.open_sample)
        archive = tmp_path / "sample.zip"
        finished(qtbot, window.files.write_archive(str(archive)))
        assert archive.exists()
        opened(qtbot, window, window.open_own)
        assert window.diary is not None
        window.diary.scars.add("Mine", FaceRegion.CHIN, ScarType.OTHER)
        finished(qtbot, window.files.import_diary(archive))
        (question,) = boxes(window, "confirmBox")
        assert "Replace your diary" in question.text()
        with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
            next(b for b in question.buttons() if b.text() == "Replace My Diary").click()
        assert window.diary is not None and len(window.diary.scars.all()) == 6
        assert any(b.reason == "before-import" and b.scars == 1 for b in list_backups(own_dir))

    def test_a_bad_archive_is_refused_and_nothing_changes(
        self, make_window: MakeWindow, own_dir: Path, tmp_path: Path, qtbot: QtBot
    ) -> None:
        window = make_window()
        qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)  # the daily backup
        assert window.diary is not None
        window.diary.scars.add("Mine", FaceRegion.CHIN, ScarType.OTHER)
        backups_before = list_backups(own_dir)
        bad = tmp_path / "bad.zip"
        bad.write_bytes(b"PK\x03\x04 not really")
        finished(qtbot, window.files.import_diary(bad))
        (error,) = boxes(window, "messageBox")
        assert "not a Scar Diary archive" in error.text() and "was not changed" in error.text()
        assert [s.label for s in window.diary.scars.all()] == ["Mine"]
        assert list_backups(own_dir) == backups_before  # not even a backup: nothing was touched


class TestExportMetadataOption:
    def test_metadata_is_removed_unless_the_user_keeps_it(
        self, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        import zipfile

        from tests.images import photo

        window = make_window()
        window.show_page(window.settings_holder)
        settings_page = window.built(SettingsPage)
        assert window.diary is not None and settings_page is not None
        scar = window.diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        window.diary.photos.import_files(
            scar, [photo(tmp_path / "a.jpg", taken="2026:01:01 10:00:00", offset="+01:00")]
        )
        assert settings_page.strip_exports.isChecked()
        for name, keep in (("stripped.zip", False), ("kept.zip", True)):
            settings_page.strip_exports.setChecked(not keep)
            target = tmp_path / name
            finished(qtbot, window.files.write_archive(str(target)))
            with zipfile.ZipFile(target) as archive:
                (photo_name,) = [n for n in archive.namelist() if n.startswith("photos/")]
                assert (b"2026:01:01 10:00:00" in archive.read(photo_name)) is keep
