from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.backups import back_up, backup_if_due, restore
from scar_diary.services.diary import Diary
from scar_diary.storage.backup_store import (
    BackupError,
    PhotosMissing,
    list_backups,
    make_backup,
    rotate,
)
from scar_diary.storage.database import DB_FILENAME
from tests.conftest import TODAY
from tests.images import photo

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)


class TestBackups:
    def test_backup_records_counts_and_photos(self, sample: Diary) -> None:
        backup = make_backup(sample.data_dir, "manual", NOW)
        assert (backup.scars, backup.ratings, len(backup.photos)) == (6, 42, 18)
        assert backup.path.is_file() and backup.manifest.is_file()
        assert not list(backup.path.parent.glob("*-wal"))  # one self-contained file
        (listed,) = list_backups(sample.data_dir)
        assert listed.reason == "manual" and listed.made_at == NOW

    def test_a_damaged_diary_is_never_backed_up(self, tmp_path: Path) -> None:
        folder = tmp_path / "broken"
        folder.mkdir()
        (folder / DB_FILENAME).write_bytes(b"garbage" * 1000)
        with pytest.raises(BackupError, match="failed its check"):
            make_backup(folder, "daily")
        assert list_backups(folder) == []

    def test_an_empty_diary_file_is_never_backed_up(self, tmp_path: Path) -> None:
        folder = tmp_path / "empty"
        folder.mkdir()
        (folder / DB_FILENAME).write_bytes(b"")
        with pytest.raises(BackupError, match="empty"):
            make_backup(folder, "daily")

    def test_an_empty_diary_gets_no_daily_backup(self, diary: Diary) -> None:
        assert backup_if_due(diary.data_dir, NOW) is None

    def test_empty_backups_never_push_out_the_last_one_with_data(self, diary: Diary) -> None:
        scar = diary.scars.add("a", FaceRegion.CHIN, ScarType.ROLLING)
        good = make_backup(diary.data_dir, "daily", NOW - dt.timedelta(days=60))
        diary.scars.delete(scar)
        for days_ago in range(40):  # the empty diary, backed up by hand every day
            make_backup(diary.data_dir, "manual", NOW - dt.timedelta(days=days_ago))
        rotate(diary.data_dir, NOW)
        assert good.path in [b.path for b in list_backups(diary.data_dir)]

    def test_daily_at_most_once(self, diary: Diary) -> None:
        diary.scars.add("a", FaceRegion.CHIN, ScarType.ROLLING)
        first = backup_if_due(diary.data_dir, NOW)
        assert first is not None
        assert backup_if_due(diary.data_dir, NOW + dt.timedelta(hours=20)) is None
        assert backup_if_due(diary.data_dir, NOW + dt.timedelta(hours=25)) is not None

    def test_rotation_keeps_days_weeks_months(self, diary: Diary) -> None:
        for days_ago in range(400):
            make_backup(diary.data_dir, "daily", NOW - dt.timedelta(days=days_ago))
        rotate(diary.data_dir, NOW)
        kept = list_backups(diary.data_dir)
        ages = sorted((NOW - b.made_at).days for b in kept)
        assert ages[:7] == list(range(7))  # the last 7 days
        assert len(kept) <= 1 + 7 + 4 + 12
        assert max(ages) >= 300  # a year of monthly history survives

    def test_a_backup_carries_its_photos(self, diary: Diary, tmp_path: Path) -> None:
        scar = diary.scars.add("a", FaceRegion.CHIN, ScarType.ROLLING)
        diary.photos.import_files(scar, [photo(tmp_path / "a.jpg")])
        (kept,) = diary.photos.for_scar(scar)
        backup = back_up(diary.data_dir, "manual")
        copy = backup.path.parent / kept.relative_path
        assert copy.read_bytes() == diary.photos.file(kept).read_bytes()

    def test_a_photo_deleted_while_the_backups_were_unplugged_comes_back(
        self, diary: Diary, tmp_path: Path
    ) -> None:
        from scar_diary.storage.locations import move_backups

        scar = diary.scars.add("a", FaceRegion.CHIN, ScarType.ROLLING)
        diary.photos.import_files(scar, [photo(tmp_path / "a.jpg")])
        (kept,) = diary.photos.for_scar(scar)
        move_backups(diary.data_dir, tmp_path / "usb")
        backup = back_up(diary.data_dir, "manual")
        unplugged = tmp_path / "usb-in-a-drawer"
        (tmp_path / "usb").rename(unplugged)
        diary.photos.remove_files(diary.photos.delete(kept.id))
        assert not diary.photos.file(kept).exists()
        unplugged.rename(tmp_path / "usb")  # plugged in again
        folder = diary.data_dir
        diary.close()
        restored = restore(folder, next(b for b in list_backups(folder) if b.path == backup.path))
        assert restored.missing_photos == ()
        reopened = Diary.open(folder)
        try:
            (back,) = reopened.photos.for_scar(scar)
            assert reopened.photos.file(back).is_file()
        finally:
            reopened.close()

    def test_photos_found_nowhere_are_listed_and_restored_only_when_asked(
        self, diary: Diary, tmp_path: Path
    ) -> None:
        scar = diary.scars.add("a", FaceRegion.CHIN, ScarType.ROLLING)
        diary.photos.import_files(scar, [photo(tmp_path / "a.jpg")])
        (kept,) = diary.photos.for_scar(scar)
        backup = back_up(diary.data_dir, "manual")
        diary.scars.add("b", FaceRegion.CHIN, ScarType.ROLLING)
        (backup.path.parent / kept.relative_path).unlink()
        diary.photos.file(kept).unlink()
        folder = diary.data_dir
        diary.close()
        before = list_backups(folder)
        with pytest.raises(PhotosMissing) as refused:
            restore(folder, backup)
        assert refused.value.missing == [kept.relative_path]
        assert list_backups(folder) == before  # a refused restore makes no backup
        restored = restore(folder, backup, allow_missing=True)
        assert restored.missing_photos == (kept.relative_path,)
        reopened = Diary.open(folder)
        try:
            assert [s.label for s in reopened.scars.all()] == ["a"]
        finally:
            reopened.close()

    def test_restore_backs_up_the_current_state_first(self, diary: Diary) -> None:
        diary.scars.add("before", FaceRegion.CHIN, ScarType.ROLLING)
        old = back_up(diary.data_dir, "manual")
        diary.scars.add("after", FaceRegion.CHIN, ScarType.ROLLING)
        folder = diary.data_dir
        diary.close()
        current = restore(folder, old).before
        assert current is not None
        assert current.reason == "before-restore" and current.scars == 2
        reopened = Diary.open(folder)
        try:
            assert [s.label for s in reopened.scars.all()] == ["before"]
            reopened.ratings.record(reopened.scars.all()[0].id, TODAY, 4, 4, today=TODAY)
        finally:
            reopened.close()


class TestLocation:
    def test_backups_can_live_elsewhere_and_move_along(self, diary: Diary, tmp_path: Path) -> None:
        from scar_diary.storage.locations import backups_dir, move_backups

        first = back_up(diary.data_dir, "manual")
        elsewhere = tmp_path / "usb-stick" / "scar-diary-backups"
        move_backups(diary.data_dir, elsewhere)
        assert backups_dir(diary.data_dir) == elsewhere
        assert (elsewhere / first.path.name).is_file() and not first.path.exists()
        second = back_up(diary.data_dir, "manual")
        assert second.path.parent == elsewhere
        assert [b.path.parent for b in list_backups(diary.data_dir)] == [elsewhere, elsewhere]
        move_backups(diary.data_dir, diary.data_dir / "backups")
        assert backups_dir(diary.data_dir) == diary.data_dir / "backups"
        assert len(list_backups(diary.data_dir)) == 2

    def test_moving_takes_the_photos_along(self, diary: Diary, tmp_path: Path) -> None:
        from scar_diary.storage.locations import move_backups

        scar = diary.scars.add("a", FaceRegion.CHIN, ScarType.ROLLING)
        diary.photos.import_files(scar, [photo(tmp_path / "a.jpg")])
        (kept,) = diary.photos.for_scar(scar)
        back_up(diary.data_dir, "manual")
        move_backups(diary.data_dir, tmp_path / "elsewhere")
        assert (tmp_path / "elsewhere" / kept.relative_path).is_file()
        assert not (diary.data_dir / "backups" / "photos").exists()


def _replace_with_damage(path: Path, *, cut: bool = False) -> None:
    """A photo file replaced by damaged bytes (a new file, as a sync client or a bad copy
    back from a disk writes it: a hard link in the backup folder keeps the old content):
    one byte changed, or cut short."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.unlink()
    path.write_bytes(bytes(data[: len(data) // 2] if cut else data))


class TestBackupsKeepTheGoodCopy:
    def test_a_damaged_photo_never_replaces_the_backups_good_copy(self, sample: Diary) -> None:
        folder = sample.data_dir
        first = make_backup(folder, "manual", NOW)
        relative = first.photos[0]
        backup_copy = folder / "backups" / relative
        good = backup_copy.read_bytes()
        backup_copy.unlink()  # the backups' copy was a different file (another disk) ...
        backup_copy.write_bytes(good)  # ... with the same good content
        _replace_with_damage(folder / relative)  # a byte changed: the same size
        make_backup(folder, "manual", NOW + dt.timedelta(hours=1))
        assert backup_copy.read_bytes() == good  # kept
        _replace_with_damage(folder / relative, cut=True)  # cut short: another size
        third = make_backup(folder, "manual", NOW + dt.timedelta(hours=2))
        assert third.damaged_photos == (relative,)  # checked before it went in: named
        assert third.good_copies == (relative,)  # and the backups' good copy is said
        assert backup_copy.read_bytes() == good  # kept
        assert list_backups(folder)[0].damaged_photos == (relative,)  # the manifest says so

    def test_a_damaged_photo_with_no_copy_yet_is_not_carried(self, sample: Diary) -> None:
        folder = sample.data_dir
        relative = sample.photos.for_scar(sample.scars.all()[0].id)[0].relative_path
        _replace_with_damage(folder / relative)
        made = make_backup(folder, "manual", NOW)
        assert made.damaged_photos == (relative,)
        assert not (folder / "backups" / relative).exists()

    def test_repair_and_restore_bring_back_damaged_photos(self, sample: Diary) -> None:
        from scar_diary.storage.backup_store import repair_photos

        folder = sample.data_dir
        backup = make_backup(folder, "manual", NOW)
        damaged = backup.photos[:2]
        for relative in damaged:
            (folder / "backups" / relative).unlink()  # copies, not links (another disk)
            (folder / "backups" / relative).write_bytes((folder / relative).read_bytes())
            _replace_with_damage(folder / relative)
        repaired, left = repair_photos(folder)
        assert sorted(repaired) == sorted(damaged) and left == []
        for relative in backup.photos:
            assert sample.photos.store.read(relative)  # whole again (checked by its hash)
        _replace_with_damage(folder / damaged[0])
        sample.close()
        restore(folder, backup)
        reopened = Diary.open(folder)
        try:
            assert reopened.photos.store.read(damaged[0])
        finally:
            reopened.close()

    def test_latest_is_never_a_backup_dated_in_the_future(self, sample: Diary) -> None:
        from scar_diary.services.recovery import latest_good_backup

        folder = sample.data_dir
        now = dt.datetime.now(dt.UTC)
        real = make_backup(folder, "manual", now - dt.timedelta(hours=2))
        future = make_backup(folder, "manual", now + dt.timedelta(days=400))
        assert list_backups(folder)[0].path == future.path  # listed first, by its date
        assert future.dated_in_future() and not real.dated_in_future()
        assert latest_good_backup(folder).path == real.path  # type: ignore[union-attr]
