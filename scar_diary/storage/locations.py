"""Where a diary keeps its parts: the database file, photos, and backups (`backups/` beside
the database, unless the user chose another folder, written in the diary folder so the app
and the command line agree). Imports nothing heavy: the quick read starts here."""

from __future__ import annotations

import shutil
from pathlib import Path

DB_FILENAME = "diary.sqlite3"
KEY_FILE = "diary.key"  # present: the diary is protected with a passphrase (keyfile.py)
CONVERTING = ".converting"  # a protection change in progress (conversion.py)
BACKUP_DIRNAME = "backups"
PHOTOS_DIRNAME = "photos"  # as the photo store's; kept here so this module imports nothing
LOCATION_FILE = "backup-location.txt"
IMPORT_STAGING = ".import-staging"  # an archive import's database, built before the swap
FROM_EMPTY_FOLDER = "from-an-empty-folder"  # in it: the folder was empty when it began


def clean_interrupted_import(data_dir: Path) -> None:
    """An import into an empty folder that was killed before its database took its place:
    remove what it added (its photos, perhaps sealed under a key never kept, and the key
    file), so the folder is empty again and a later import starts clean."""
    from scar_diary.storage.diary_lock import DiaryLock, held_here

    staging = Path(data_dir) / IMPORT_STAGING
    if not (staging / FROM_EMPTY_FOLDER).is_file():
        return
    if not held_here(data_dir):  # only the lock's holder: never an import still running
        with DiaryLock(data_dir) as lock:
            if lock.acquire():
                _clean(data_dir, staging)
        return
    _clean(data_dir, staging)


def _clean(data_dir: Path, staging: Path) -> None:
    if not (Path(data_dir) / DB_FILENAME).exists():
        shutil.rmtree(Path(data_dir) / PHOTOS_DIRNAME, ignore_errors=True)
        (Path(data_dir) / KEY_FILE).unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def is_protected(data_dir: Path) -> bool:
    """Whether the diary there is protected with a passphrase (a quick look: nothing opened)."""
    return (Path(data_dir).expanduser() / KEY_FILE).is_file()


def is_converting(data_dir: Path) -> bool:
    """Whether a protection change is in progress there (or was cut short)."""
    return (Path(data_dir).expanduser() / CONVERTING).exists()


def backups_dir(data_dir: Path) -> Path:
    chosen = data_dir / LOCATION_FILE
    if chosen.is_file():
        text = chosen.read_text("utf-8").strip()
        if text:
            return Path(text)
    return data_dir / BACKUP_DIRNAME


def move_backups(data_dir: Path, new_dir: Path) -> Path:
    """Use `new_dir` from now on, moving the existing backups and their photos there."""
    old_dir = backups_dir(data_dir)
    new_dir = new_dir.expanduser().absolute()
    new_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if old_dir.resolve() != new_dir.resolve() and old_dir.is_dir():
        # the photos first, so a backup never arrives without them
        old_photos = old_dir / PHOTOS_DIRNAME
        for item in sorted(old_photos.rglob("*")) if old_photos.is_dir() else []:
            if item.is_file():
                target = new_dir / item.relative_to(old_dir)
                target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                shutil.move(str(item), target)
        if old_photos.is_dir():
            shutil.rmtree(old_photos, ignore_errors=True)
        for item in sorted(old_dir.glob("diary-*")):
            shutil.move(str(item), new_dir / item.name)
    if new_dir == (data_dir / BACKUP_DIRNAME).absolute():
        (data_dir / LOCATION_FILE).unlink(missing_ok=True)
    else:
        (data_dir / LOCATION_FILE).write_text(str(new_dir) + "\n", "utf-8")
    return new_dir
