"""Backups as the app uses them: daily on start, before imports and restores, on demand;
rotated; and restoring one (after checking it, and backing up the current state)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from scar_diary.storage import keyring
from scar_diary.storage.backup_store import (
    Backup,
    BackupError,
    PhotosMissing,
    check_restorable,
    last_backup_at,
    list_backups,
    make_backup,
    restore_file,
    rotate,
)
from scar_diary.storage.database import DB_FILENAME
from scar_diary.storage.locations import backups_dir, move_backups
from scar_diary.storage.sqlite_files import has_user_data

DAILY = dt.timedelta(days=1)

__all__ = [
    "Backup",
    "BackupError",
    "PhotosMissing",
    "Restored",
    "back_up",
    "backup_if_due",
    "backups_dir",
    "has_data",
    "list_backups",
    "move_backups",
    "restore",
]


@dataclass(frozen=True)
class Restored:
    before: Backup | None  # the backup of what was there, when there was something
    missing_photos: tuple[str, ...]  # photos found nowhere (restored without them, as asked)


def back_up(data_dir: Path, reason: str, now: dt.datetime | None = None) -> Backup:
    backup = make_backup(data_dir, reason, now)
    rotate(data_dir, now)
    return backup


def has_data(data_dir: Path) -> bool:
    """Whether the diary holds anything entered (a protected one read with its key)."""
    return has_user_data(data_dir / DB_FILENAME, keyring.database_key(data_dir))


def backup_if_due(data_dir: Path, now: dt.datetime | None = None) -> Backup | None:
    """The automatic start-up backup, at most once a day, and only of a diary with
    something in it (an empty one has nothing to protect)."""
    now = now or dt.datetime.now(dt.UTC)
    last = last_backup_at(data_dir)
    if last is not None and now - last < DAILY:
        return None
    if not has_data(data_dir):
        return None
    return back_up(data_dir, "daily", now)


def restore(data_dir: Path, backup: Backup, *, allow_missing: bool = False) -> Restored:
    """Restore `backup` (the diary must be closed). Everything is checked first: a refused
    restore changes nothing and makes no backup. Then what is there is backed up, and the
    backup takes its place."""
    missing = check_restorable(data_dir, backup)
    if missing and not allow_missing:
        raise PhotosMissing(missing)
    current = data_dir / DB_FILENAME
    before = None
    if current.is_file() and current.stat().st_size and has_data(data_dir):
        before = make_backup(data_dir, "before-restore")
    restore_file(data_dir, backup, allow_missing=allow_missing)
    return Restored(before, tuple(missing))
