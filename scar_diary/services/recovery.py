"""When the diary file is damaged, empty or missing: keep whatever is there aside (never
overwrite it) and bring back the most recent backup that passes its check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scar_diary.storage.backup_store import (
    Backup,
    BackupError,
    check_restorable,
    list_backups,
    restore_file,
)
from scar_diary.storage.database import DB_FILENAME


def latest_good_backup(data_dir: Path, now: dt.datetime | None = None) -> Backup | None:
    """The newest backup by the clock that passes its check and has all its photos (in the
    diary or in the backup folder); an empty backup only when there is nothing better. A
    backup dated in the future is never "the latest": it must be named to be restored."""
    usable = []
    for backup in list_backups(data_dir):
        if backup.dated_in_future(now):
            continue
        try:
            if check_restorable(data_dir, backup):
                continue
        except BackupError:
            continue
        usable.append(backup)
    filled = [b for b in usable if not b.empty]
    best = filled or usable
    return best[0] if best else None


def set_aside(data_dir: Path, now: dt.datetime | None = None) -> Path | None:
    """Move the damaged file (and its journal files) out of the way, keeping them."""
    source = data_dir / DB_FILENAME
    if not source.exists():
        return None
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    kept = data_dir / f"diary-damaged-{stamp}.sqlite3"
    source.replace(kept)
    for suffix in ("-wal", "-shm"):
        extra = data_dir / (DB_FILENAME + suffix)
        if extra.exists():
            extra.replace(kept.with_name(kept.name + suffix))
    return kept


def recover_from_backup(data_dir: Path, backup: Backup) -> Path | None:
    """Set the damaged file aside and put the backup in its place; returns the kept file
    (None when there was no file to keep)."""
    check_restorable(data_dir, backup)
    kept = set_aside(data_dir)
    restore_file(data_dir, backup)
    return kept
