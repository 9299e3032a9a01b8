"""The diary's own upkeep works the same encrypted: an old diary is updated to this
version's format, its integrity is checked, backups are made and restored, all under the
diary's key and nothing of it in the clear."""

from __future__ import annotations

import shutil
from pathlib import Path

from scar_diary.services import protection
from scar_diary.services.backups import back_up, list_backups, restore
from scar_diary.services.diary import Diary
from scar_diary.storage import keyring, migrate
from scar_diary.storage.database import DB_FILENAME
from scar_diary.storage.sqlite_files import inspect, integrity_problems

FIXTURES = Path(__file__).parent.parent / "fixtures"
SQLITE_HEADER = b"SQLite format 3\x00"


def test_an_old_diary_protected_is_updated_encrypted(tmp_path: Path) -> None:
    fixture = FIXTURES / "diary-0001_initial.sqlite3"
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(fixture, folder / DB_FILENAME)
    protection.protect(folder, "an old diary")
    key = keyring.database_key(folder)
    assert inspect(folder / DB_FILENAME, key).revision != migrate.HEAD_REVISION
    diary = Diary.open(folder)  # migrates the encrypted file in place
    try:
        assert len(diary.scars.all()) == 6
        assert diary.db.backup_made is not None  # the copy before the update, encrypted too
        assert not diary.db.backup_made.read_bytes().startswith(SQLITE_HEADER)
    finally:
        diary.close()
    assert inspect(folder / DB_FILENAME, key).revision == migrate.HEAD_REVISION
    assert integrity_problems(folder / DB_FILENAME, key) == []
    assert not (folder / DB_FILENAME).read_bytes().startswith(SQLITE_HEADER)


def test_backups_of_a_protected_diary_restore_under_its_key(sample_dir: Path) -> None:
    protection.protect(sample_dir, "restore me")
    made = back_up(sample_dir, "manual")
    assert not made.path.read_bytes().startswith(SQLITE_HEADER)
    diary = Diary.open(sample_dir)
    scar_ids = [s.id for s in diary.scars.all()]
    diary.scars.delete(scar_ids[0])
    diary.close()

    restored = restore(sample_dir, made)
    assert restored.before is not None  # what was there was backed up first, encrypted
    assert not restored.before.path.read_bytes().startswith(SQLITE_HEADER)
    diary = Diary.open(sample_dir)
    try:
        assert [s.id for s in diary.scars.all()] == scar_ids
    finally:
        diary.close()
    assert all(not b.path.read_bytes().startswith(SQLITE_HEADER) for b in list_backups(sample_dir))
