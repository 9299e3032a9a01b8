"""When the diary file is damaged: keep it aside (never overwrite it) and bring back the most
recent backup that passes its check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scar_diary.storage import sqlite_files
from scar_diary.storage.backups import Backup, list_backups, restore_file
from scar_diary.storage.database import DB_FILENAME


def latest_good_backup(data_dir: Path) -> Backup | None:
    for backup in list_backups(data_dir):
        try:
            sqlite_files.inspect(backup.path)
        except sqlite_files.InspectError:
            continue
        if all((data_dir / p).is_file() for p in backup.photos):
            return backup
    return None


def set_aside(data_dir: Path, now: dt.datetime | None = None) -> Path:
    """Move the damaged file (and its journal files) out of the way, keeping them."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    kept = data_dir / f"diary-damaged-{stamp}.sqlite3"
    source = data_dir / DB_FILENAME
    source.replace(kept)
    for suffix in ("-wal", "-shm"):
        extra = data_dir / (DB_FILENAME + suffix)
        if extra.exists():
            extra.replace(kept.with_name(kept.name + suffix))
    return kept


def recover_from_backup(data_dir: Path, backup: Backup) -> Path:
    """Set the damaged file aside and put the backup in its place; returns the kept file."""
    kept = set_aside(data_dir)
    restore_file(data_dir, backup)
    return kept
