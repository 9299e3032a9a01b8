"""Backups as the app uses them: daily on start, before imports and restores, on demand;
rotated; and restoring one (after backing up the current state)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scar_diary.storage.backups import (
    Backup,
    BackupError,
    last_backup_at,
    list_backups,
    make_backup,
    restore_file,
    rotate,
)

DAILY = dt.timedelta(days=1)

__all__ = ["Backup", "BackupError", "back_up", "backup_if_due", "list_backups", "restore"]


def back_up(data_dir: Path, reason: str, now: dt.datetime | None = None) -> Backup:
    backup = make_backup(data_dir, reason, now)
    rotate(data_dir, now)
    return backup


def backup_if_due(data_dir: Path, now: dt.datetime | None = None) -> Backup | None:
    """The automatic start-up backup, at most once a day."""
    now = now or dt.datetime.now(dt.UTC)
    last = last_backup_at(data_dir)
    if last is not None and now - last < DAILY:
        return None
    return back_up(data_dir, "daily", now)


def restore(data_dir: Path, backup: Backup) -> Backup:
    """Restore `backup` (the diary must be closed); returns the backup of what was there."""
    before = make_backup(data_dir, "before-restore")
    restore_file(data_dir, backup)
    return before
