"""Backups of the diary: SQLite snapshots made with the backup API after a quick check, each
with a manifest of the photos it needs. Photos are immutable and content-addressed, so they
are not copied: a photo file is kept while any backup still needs it.

Rotation keeps history: everything from the last day, then the newest backup of each of the
last 7 days, 4 weeks and 12 months that have one.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from scar_diary.storage import sqlite_files
from scar_diary.storage.database import DB_FILENAME
from scar_diary.storage.locations import backups_dir
from scar_diary.storage.photo_store import write_atomically

KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12


class BackupError(Exception):
    """No backup was made (or restored); the reason is in the message."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    reason: str
    size: int
    scars: int
    ratings: int
    photos: tuple[str, ...]  # relative paths of the photo files it needs

    @property
    def manifest(self) -> Path:
        return self.path.with_suffix(".json")


def _counts_and_photos(db_file: Path) -> tuple[int, int, tuple[str, ...]]:
    with closing(sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "scars" not in tables:
            return 0, 0, ()
        scars = conn.execute("SELECT count(*) FROM scars").fetchone()[0]
        ratings = conn.execute("SELECT count(*) FROM ratings").fetchone()[0]
        photos = tuple(sorted({r[0] for r in conn.execute("SELECT relative_path FROM photos")}))
        return int(scars), int(ratings), photos


def make_backup(data_dir: Path, reason: str, now: dt.datetime | None = None) -> Backup:
    """Snapshot the diary. A file that fails its quick check is never backed up (it would
    push good backups out of the rotation)."""
    source = data_dir / DB_FILENAME
    if not source.is_file():
        raise BackupError(f"there is no diary in {data_dir}")
    try:
        sqlite_files.inspect(source)
    except sqlite_files.InspectError as exc:
        raise BackupError(f"the diary failed its check ({exc}); no backup was made") from exc
    now = now or dt.datetime.now(dt.UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir(data_dir) / f"diary-{stamp}-{reason}.sqlite3"
    # The copy gets its final name last, after its manifest: a backup is never listed (or
    # rotated) half-made.
    incoming = target.with_name(target.name + ".incoming")
    sqlite_files.backup_copy(source, incoming)
    scars, ratings, photos = _counts_and_photos(incoming)
    manifest = {
        "made_at": now.isoformat(),
        "reason": reason,
        "scars": scars,
        "ratings": ratings,
        "photos": list(photos),
    }
    write_atomically(target.with_suffix(".json"), json.dumps(manifest, indent=1).encode())
    incoming.replace(target)
    return Backup(target, now, reason, target.stat().st_size, scars, ratings, photos)


def list_backups(data_dir: Path) -> list[Backup]:
    """Newest first. Backups without a manifest (made before a migration) are listed too."""
    found = []
    for path in backups_dir(data_dir).glob("diary-*.sqlite3"):
        manifest = path.with_suffix(".json")
        try:
            info = json.loads(manifest.read_text("utf-8")) if manifest.is_file() else {}
            made_at = (
                dt.datetime.fromisoformat(info["made_at"])
                if "made_at" in info
                else dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
            )
            found.append(
                Backup(
                    path,
                    made_at,
                    str(info.get("reason", "before-upgrade")),
                    path.stat().st_size,
                    int(info.get("scars", 0)),
                    int(info.get("ratings", 0)),
                    tuple(info.get("photos", ())),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged manifest must not hide the other backups
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def photos_needed(data_dir: Path) -> set[str]:
    needed: set[str] = set()
    for backup in list_backups(data_dir):
        needed.update(backup.photos)
    return needed


def rotate(data_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted."""
    now = now or dt.datetime.now(dt.UTC)
    backups = list_backups(data_dir)  # newest first
    keep: set[Path] = {b.path for b in backups if now - b.made_at < dt.timedelta(days=1)}
    for key, limit in (
        (lambda d: d.date(), KEEP_DAYS),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKS),
        (lambda d: (d.year, d.month), KEEP_MONTHS),
    ):
        seen: list[object] = []
        for backup in backups:
            bucket = key(backup.made_at)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) <= limit:
                    keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            backup.manifest.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def last_backup_at(data_dir: Path) -> dt.datetime | None:
    backups = list_backups(data_dir)
    return backups[0].made_at if backups else None


def restore_file(data_dir: Path, backup: Backup) -> None:
    """Put the backup in place of the diary file. The caller has closed the diary and made a
    backup of the current state first."""
    try:
        sqlite_files.inspect(backup.path)
    except sqlite_files.InspectError as exc:
        raise BackupError(f"the backup failed its check ({exc})") from exc
    missing = [p for p in backup.photos if not (data_dir / p).is_file()]
    if missing:
        raise BackupError(f"{len(missing)} photos this backup needs are missing")
    target = data_dir / DB_FILENAME
    staged = target.with_name(DB_FILENAME + ".restoring")
    sqlite_files.backup_copy(backup.path, staged)
    for leftover in (
        target.with_name(DB_FILENAME + "-wal"),
        target.with_name(DB_FILENAME + "-shm"),
    ):
        leftover.unlink(missing_ok=True)
    staged.replace(target)
