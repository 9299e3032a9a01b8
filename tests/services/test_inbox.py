"""The inbox: photos from the phone or a watched folder wait here, stored as an import
stores them, until the patient gives each a scar or discards it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services import protection
from scar_diary.services.backups import back_up
from scar_diary.services.diary import Diary
from scar_diary.services.errors import InvalidInput
from scar_diary.services.inbox import InboxPhoto
from scar_diary.services.photo_import import Rejected
from scar_diary.storage.backup_store import list_backups
from scar_diary.storage.sealed_format import is_encrypted
from tests.images import photo

SENT = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)


def _arrive(diary: Diary, tmp_path: Path, name: str = "IMG_1.jpg", **kw: object) -> InboxPhoto:
    data = photo(tmp_path / name, size=(640, 480), **kw).read_bytes()  # type: ignore[arg-type]
    arrived = diary.inbox.receive(data, name, "Sam's phone", SENT)
    assert isinstance(arrived, InboxPhoto)
    return arrived


def test_a_photo_waits_with_its_own_date_and_its_file_stored(diary: Diary, tmp_path: Path) -> None:
    dated = _arrive(diary, tmp_path, "IMG_1.jpg", taken="2026:11:20 09:15:00")
    undated = _arrive(diary, tmp_path, "IMG_2.jpg", color=(10, 200, 10))
    assert dated.taken_at.replace(tzinfo=None) == dt.datetime(2026, 11, 20, 9, 15)
    assert undated.taken_at == SENT  # no EXIF date: the phone's file time
    assert [p.id for p in diary.inbox.waiting()] == [dated.id, undated.id]
    assert (diary.db.data_dir / dated.relative_path).is_file()
    assert dated.source == "Sam's phone" and diary.inbox.count() == 2


def test_the_same_photo_twice_waits_once(diary: Diary, tmp_path: Path) -> None:
    _arrive(diary, tmp_path)
    data = (tmp_path / "IMG_1.jpg").read_bytes()
    assert diary.inbox.receive(data, "copy.jpg", "phone") is None
    assert diary.inbox.count() == 1


def test_what_is_no_photo_is_refused_and_nothing_waits(diary: Diary) -> None:
    refused = diary.inbox.receive(b"\xff\xd8\xff not really", "broken.jpg", "phone")
    assert isinstance(refused, Rejected)
    assert diary.inbox.count() == 0


def test_accepting_gives_the_scar_its_photo_as_a_drop_would(diary: Diary, tmp_path: Path) -> None:
    scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    waiting = _arrive(diary, tmp_path, taken="2026:11:20 09:15:00")
    diary.photos.import_files(scar, [tmp_path / "IMG_1.jpg"])  # already on the scar by hand
    other = _arrive(diary, tmp_path, "IMG_2.jpg", color=(10, 200, 10))
    results = diary.inbox.accept({waiting.id: scar, other.id: scar})
    assert [new for _, new in results] == [False, True]  # the same photo is kept once
    photos = diary.photos.for_scar(scar)
    assert len(photos) == 2 and diary.inbox.count() == 0
    assert photos[-1].original_name == "IMG_2.jpg"


def test_accepting_for_a_missing_scar_changes_nothing(diary: Diary, tmp_path: Path) -> None:
    waiting = _arrive(diary, tmp_path)
    with pytest.raises(InvalidInput):
        diary.inbox.accept({waiting.id: 999})
    assert diary.inbox.count() == 1


def test_discarding_removes_the_file_unless_a_photo_uses_it(diary: Diary, tmp_path: Path) -> None:
    scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    kept = _arrive(diary, tmp_path)
    diary.photos.import_files(scar, [tmp_path / "IMG_1.jpg"])
    alone = _arrive(diary, tmp_path, "IMG_2.jpg", color=(10, 200, 10))
    diary.inbox.discard([kept.id, alone.id])
    assert diary.inbox.count() == 0
    assert (diary.db.data_dir / kept.relative_path).is_file()  # the scar's photo
    assert not (diary.db.data_dir / alone.relative_path).exists()


def test_a_photo_deleted_from_a_scar_keeps_its_file_while_it_waits(
    diary: Diary, tmp_path: Path
) -> None:
    scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    diary.photos.import_files(scar, [photo(tmp_path / "IMG_1.jpg", size=(640, 480))])
    waiting = _arrive(diary, tmp_path)
    (on_scar,) = diary.photos.for_scar(scar)
    diary.photos.remove_files(diary.photos.delete(on_scar.id))
    assert (diary.db.data_dir / waiting.relative_path).is_file()


def test_a_backup_keeps_the_photos_waiting(diary: Diary, tmp_path: Path) -> None:
    waiting = _arrive(diary, tmp_path)
    folder = diary.db.data_dir
    diary.close()
    back_up(folder, "manual")
    (backup,) = list_backups(folder)
    assert waiting.relative_path in backup.photos


def test_a_protected_diary_keeps_its_inbox_sealed(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    Diary.open(folder).close()
    protection.protect(folder, "violet staircase 42")
    diary = Diary.open(folder)
    try:
        waiting = _arrive(diary, tmp_path)
        stored = (folder / waiting.relative_path).read_bytes()
        assert is_encrypted(stored)
        assert (tmp_path / "IMG_1.jpg").read_bytes()[:64] not in stored
    finally:
        diary.close()
