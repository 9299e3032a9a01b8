"""Backups of the diary: SQLite snapshots made with the backup API after a quick check, each
with a manifest of the photos it needs, and those photos in the backup folder's own photo
store. A backup folder is therefore complete on its own, on another disk too: photos are
hard-linked there when the folder is on the same file system as the diary (no extra space),
copied otherwise, and kept while any backup lists them. A photo goes into the backup folder
only after its content was checked against its hash: a damaged photo in the diary never
takes the place of the backup folder's good copy, and `repair_photos` brings damaged or
missing photos back from it.

Rotation keeps history: everything from the last day, then the newest backup of each of the
last 7 days, 4 weeks and 12 months that have one. An empty diary is never what rotation
keeps in place of a diary with something in it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from contextlib import closing, suppress
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from scar_diary.storage import keyring, sqlite_files
from scar_diary.storage.crypto import MANIFEST_PURPOSE, Cipher, DecryptionFailed
from scar_diary.storage.database import DB_FILENAME
from scar_diary.storage.files import private_dir, replacing, write_atomically
from scar_diary.storage.locations import backups_dir, is_protected
from scar_diary.storage.photo_store import PHOTOS_DIRNAME, DamagedPhoto, PhotoStore

KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12
FUTURE_GRACE = dt.timedelta(minutes=10)  # clocks differ a little between machines


class BackupProblem(Enum):
    NO_DIARY = "there is no diary in {folder}"
    EMPTY_DIARY = "the diary file is empty; no backup was made"
    DIARY_DAMAGED = "the diary failed its check ({detail}); no backup was made"
    BACKUP_DAMAGED = "the backup failed its check ({detail})"
    PHOTOS_MISSING = "{count} photos this backup needs are missing"


class BackupError(Exception):
    """No backup was made (or restored). `problem` says why (wording/error_messages.py words it for
    the user); `str()` is the English form, for logs."""

    def __init__(self, problem: BackupProblem, *, folder: Path | None = None, detail: str = ""):
        self.problem, self.folder, self.detail = problem, folder, detail
        super().__init__(problem.value.format(folder=folder, detail=detail, count=detail))


class PhotosMissing(BackupError):
    """The backup's records can be restored, but some of its photos are nowhere to be found.
    Nothing was changed; restoring again with `allow_missing` restores the records."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(BackupProblem.PHOTOS_MISSING, detail=str(len(missing)))
        self.missing = missing


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    reason: str
    size: int
    scars: int
    ratings: int
    photos: tuple[str, ...]  # relative paths of the photo files it needs
    visits: int = 0
    series: int = 0
    # photos of the diary found damaged when it was made: not carried (a good copy the
    # backup folder had is kept), named to the user
    damaged_photos: tuple[str, ...] = ()
    readable: bool = True  # False: a protected diary's manifest, read without its key
    # of the damaged photos, those the backup folder holds a good copy of (repairable)
    good_copies: tuple[str, ...] = ()

    def dated_in_future(self, now: dt.datetime | None = None) -> bool:
        """Made "later" than now: the clock was wrong then, or the file was changed. Such a
        backup is listed as such and never taken as the latest without being named."""
        return self.made_at > (now or dt.datetime.now(dt.UTC)) + FUTURE_GRACE

    @property
    def manifest(self) -> Path:
        return self.path.with_suffix(".json")

    @property
    def empty(self) -> bool:
        """Nothing a user entered: no scars, ratings, series or visits."""
        return not (self.scars or self.ratings or self.visits or self.series)


def _key(data_dir: Path) -> bytes | None:
    """A protected diary's database key: its backups are encrypted with it too."""
    return keyring.database_key(data_dir) if is_protected(data_dir) else None


def _counts_and_photos(db_file: Path, key: bytes | None) -> dict[str, object]:
    with closing(sqlite_files.connect(db_file, key, read_only=True)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts: dict[str, object] = {}
        for table in ("scars", "ratings", "visits", "series"):
            counts[table] = (
                int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                if table in tables
                else 0
            )
        kept = [table for table in ("photos", "inbox_photos") if table in tables]
        photos = sorted(  # the inbox's waiting photos too: a restored inbox shows them
            {r[0] for table in kept for r in conn.execute(f"SELECT relative_path FROM {table}")}
        )
        counts["photos"] = photos
        return counts


def _backup_store(data_dir: Path) -> PhotoStore:
    """The backup folder's own photo store: `<backups>/photos/…`, laid out as the diary's."""
    return PhotoStore(backups_dir(data_dir), _cipher(data_dir))


def _cipher(data_dir: Path) -> Cipher | None:
    """A protected diary's key, to check photos against their hashes (decrypting in
    memory); None for a plain diary (or one not unlocked: then only sizes are compared)."""
    return keyring.cipher_for(data_dir) if is_protected(data_dir) else None


def _whole(store: PhotoStore, relative: str) -> bool:
    """Whether the store's copy is there and matches its hash."""
    if store.cipher is None and is_protected(store.data_dir):
        return store.path(relative).is_file()  # cannot look inside without the key
    try:
        store.read(relative)
    except DamagedPhoto:
        return False
    return True


def _link_or_copy(source: Path, target: Path) -> None:
    """Hard-link when both are on one file system (no extra space), copy otherwise."""
    if target.is_file() and target.stat().st_size == source.stat().st_size:
        return
    private_dir(target.parent)
    with suppress(OSError):
        target.unlink(missing_ok=True)
        os.link(source, target)
        return
    with replacing(target, make_folder=True) as temp:
        shutil.copyfile(source, temp)


def _carry_photos(data_dir: Path, photos: list[str]) -> list[str]:
    """Put the photos a backup needs into the backup folder's store, each checked against
    its hash first; returns those found damaged in the diary (never carried: a good copy
    the backup folder has stays)."""
    ours, theirs = PhotoStore(data_dir, _cipher(data_dir)), _backup_store(data_dir)
    damaged = []
    for relative in photos:
        source, target = ours.path(relative), theirs.path(relative)
        if not source.is_file():
            continue
        if target.is_file() and (
            source.samefile(target) or target.stat().st_size == source.stat().st_size
        ):
            continue  # carried before (the same file, or a copy of it)
        if not _whole(ours, relative):
            damaged.append(relative)
            continue
        if target.is_file() and _whole(theirs, relative):
            continue  # a good copy is kept, never replaced
        with suppress(FileNotFoundError):
            target.unlink()  # a damaged copy in the backup folder: the good one replaces it
        _link_or_copy(source, target)
    return damaged


def repair_photos(data_dir: Path) -> tuple[list[str], list[str]]:
    """Bring back every photo of the diary that is missing or damaged, from the backup
    folder's copy when that one is whole. Returns (repaired, still damaged or missing)."""
    ours, theirs = PhotoStore(data_dir, _cipher(data_dir)), _backup_store(data_dir)
    source = data_dir / DB_FILENAME
    if not source.is_file():
        raise BackupError(BackupProblem.NO_DIARY, folder=data_dir)
    photos = [str(p) for p in _counts_and_photos(source, _key(data_dir))["photos"]]  # type: ignore[attr-defined]
    repaired, left = [], []
    for relative in photos:
        if _whole(ours, relative):
            continue
        if theirs.path(relative).is_file() and _whole(theirs, relative):
            with replacing(ours.path(relative), make_folder=True) as temp:
                shutil.copyfile(theirs.path(relative), temp)
            repaired.append(relative)
        else:
            left.append(relative)
    return repaired, left


def make_backup(data_dir: Path, reason: str, now: dt.datetime | None = None) -> Backup:
    """Snapshot the diary, with its photos. A file that is empty or fails its quick check is
    never backed up (it would push good backups out of the rotation)."""
    source = data_dir / DB_FILENAME
    if not source.is_file():
        raise BackupError(BackupProblem.NO_DIARY, folder=data_dir)
    if source.stat().st_size == 0:
        raise BackupError(BackupProblem.EMPTY_DIARY)
    try:
        sqlite_files.inspect(source, _key(data_dir))
    except sqlite_files.InspectError as exc:
        raise BackupError(BackupProblem.DIARY_DAMAGED, detail=str(exc)) from exc
    now = now or dt.datetime.now(dt.UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    folder = private_dir(backups_dir(data_dir))
    target = folder / f"diary-{stamp}-{reason}.sqlite3"
    # The copy gets its final name last, after its photos and manifest: a backup is never
    # listed (or rotated) half-made.
    incoming = target.with_name(target.name + ".incoming")
    try:
        sqlite_files.backup_copy(source, incoming, _key(data_dir))
        facts = _counts_and_photos(incoming, _key(data_dir))
        photos = [str(p) for p in facts["photos"]]  # type: ignore[attr-defined]
        damaged = _carry_photos(data_dir, photos)
        manifest = {"made_at": now.isoformat(), "reason": reason, **facts}
        if damaged:
            theirs = _backup_store(data_dir)
            manifest["damaged_photos"] = damaged
            manifest["good_copies"] = [p for p in damaged if _whole(theirs, p)]
        write_manifest(target.with_suffix(".json"), manifest, _cipher(data_dir))
        incoming.replace(target)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        if exc.filename and Path(exc.filename).name.startswith(incoming.name):
            # the user knows the backup, not the names of its parts on the way
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise
    return _read(target, _cipher(data_dir))


def write_manifest(path: Path, manifest: dict[str, object], cipher: Cipher | None) -> None:
    """A backup's manifest: encrypted for a protected diary, so its counts of scars, ratings
    and visits and its list of photos are not in clear beside the encrypted backup."""
    data = json.dumps(manifest, indent=1).encode("utf-8")
    write_atomically(path, cipher.encrypt(data, MANIFEST_PURPOSE) if cipher else data)


def _from_name(path: Path) -> dict[str, Any]:
    """What a backup's file name says (`diary-<when>-<reason>.sqlite3`): all a manifest
    that cannot be read without the diary's key leaves to show."""
    parts = path.stem.split("-", 2)
    try:
        made_at = dt.datetime.strptime(parts[1], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    except (IndexError, ValueError):
        return {}
    return {"made_at": made_at.isoformat(), "reason": parts[2] if len(parts) > 2 else ""}


def _read(path: Path, cipher: Cipher | None = None) -> Backup:
    from scar_diary.storage.crypto import is_encrypted

    manifest = path.with_suffix(".json")
    raw = manifest.read_bytes() if manifest.is_file() else b"{}"
    readable = True
    info: dict[str, Any]
    if is_encrypted(raw):
        if cipher is None:
            info, readable = _from_name(path), False
        else:
            info = json.loads(cipher.decrypt(raw, MANIFEST_PURPOSE))
    else:
        info = json.loads(raw)
    made_at = (
        dt.datetime.fromisoformat(str(info["made_at"]))
        if "made_at" in info
        else dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    )
    return Backup(
        path,
        made_at,
        str(info.get("reason", "before-upgrade")),
        path.stat().st_size,
        int(info.get("scars", 0)),
        int(info.get("ratings", 0)),
        tuple(str(p) for p in info.get("photos", ())),
        int(info.get("visits", 0)),
        int(info.get("series", 0)),
        tuple(str(p) for p in info.get("damaged_photos", ())),
        readable,
        tuple(str(p) for p in info.get("good_copies", ())),
    )


def list_backups(data_dir: Path) -> list[Backup]:
    """Newest first. Backups without a manifest (made before a migration) are listed too."""
    found = []
    cipher = _cipher(data_dir)
    for path in backups_dir(data_dir).glob("diary-*.sqlite3"):
        try:
            found.append(_read(path, cipher))
        except (OSError, ValueError, KeyError, TypeError, DecryptionFailed):
            continue  # a damaged manifest must not hide the other backups
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _collect_photos(data_dir: Path, keep: list[Backup]) -> None:
    """Remove photos from the backup folder's store that no kept backup lists."""
    store_root = backups_dir(data_dir) / PHOTOS_DIRNAME
    if not store_root.is_dir() or not all(b.readable for b in keep):
        return  # what a manifest it cannot read needs is unknown: nothing is removed
    wanted = {p for b in keep for p in b.photos}
    store = _backup_store(data_dir)
    for path in store_root.rglob("*"):
        if path.is_file() and path.relative_to(store.data_dir).as_posix() not in wanted:
            path.unlink(missing_ok=True)


def rotate(data_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted. The newest
    backup with something in it is always kept, whatever came after it."""
    now = now or dt.datetime.now(dt.UTC)
    backups = list_backups(data_dir)  # newest first
    keep: set[Path] = {b.path for b in backups if now - b.made_at < dt.timedelta(days=1)}
    filled = [b for b in backups if not b.empty]
    if filled:
        keep.add(filled[0].path)
    for key, limit in (
        (lambda d: d.date(), KEEP_DAYS),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKS),
        (lambda d: (d.year, d.month), KEEP_MONTHS),
    ):
        seen: list[object] = []
        for backup in filled or backups:
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
    _collect_photos(data_dir, [b for b in backups if b.path in keep])
    return removed


def last_backup_at(data_dir: Path) -> dt.datetime | None:
    backups = list_backups(data_dir)
    return backups[0].made_at if backups else None


def check_restorable(data_dir: Path, backup: Backup) -> list[str]:
    """Check the backup before anything changes; returns the photos found nowhere (neither
    in the diary nor in the backup folder). Raises BackupError for a damaged backup."""
    try:
        sqlite_files.inspect(backup.path, _key(data_dir))
    except sqlite_files.InspectError as exc:
        raise BackupError(BackupProblem.BACKUP_DAMAGED, detail=str(exc)) from exc
    ours = PhotoStore(data_dir, _cipher(data_dir))
    theirs = PhotoStore(backup.path.parent, _cipher(data_dir))
    return [p for p in backup.photos if not (_whole(ours, p) or _whole(theirs, p))]


def restore_file(data_dir: Path, backup: Backup, *, allow_missing: bool = False) -> list[str]:
    """Put the backup in place of the diary file, bringing back the photos it needs from the
    backup folder. The caller has closed the diary (and backed up its current state).
    Returns the photos that could not be brought back (only with `allow_missing`)."""
    missing = check_restorable(data_dir, backup)
    if missing and not allow_missing:
        raise PhotosMissing(missing)
    ours = PhotoStore(data_dir, _cipher(data_dir))
    theirs = PhotoStore(backup.path.parent, _cipher(data_dir))
    for relative in backup.photos:  # missing or damaged ones come back from a whole copy
        if not _whole(ours, relative) and _whole(theirs, relative):
            with suppress(FileNotFoundError):
                ours.path(relative).unlink()
            _link_or_copy(theirs.path(relative), ours.path(relative))
    target = data_dir / DB_FILENAME
    staged = target.with_name(DB_FILENAME + ".restoring")
    sqlite_files.backup_copy(backup.path, staged, _key(data_dir))
    for leftover in (
        target.with_name(DB_FILENAME + "-wal"),
        target.with_name(DB_FILENAME + "-shm"),
    ):
        leftover.unlink(missing_ok=True)
    staged.replace(target)
    return missing
