"""Turning a diary's protection on or off, crash-safely.

Everything converted is first written beside the originals, in `.converting/` folders (one in
the diary folder, one in its backups folder), and flushed to the disk. Then `plan.json`
appears there: that is the moment of commitment. Before it, an interruption leaves the old
diary whole and the next open throws the half-made copies away; after it, the next open
finishes the swap (each step can be repeated safely) before anything reads the diary. Either
way the diary opens, with the old key or the new, with every row and every photo.

The diary must be closed and its lock held while this runs (the window and the command line
both make sure of that).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import closing, suppress
from pathlib import Path

from scar_diary.storage.crypto import Cipher
from scar_diary.storage.files import fsync_dir, private_dir, write_atomically
from scar_diary.storage.keyfile import KeyFile
from scar_diary.storage.locations import (
    CONVERTING as STAGING,
)
from scar_diary.storage.locations import (
    DB_FILENAME,
    KEY_FILE,
    PHOTOS_DIRNAME,
    backups_dir,
)

PLAN = "plan.json"
THUMBNAILS = Path("cache") / "thumbnails"
Progress = Callable[[int, int], None]


def _quiet(_done: int, _total: int) -> None:
    pass


def _staging(folder: Path) -> Path:
    return folder / STAGING


def _files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from sorted(p for p in folder.rglob("*") if p.is_file())


def _convert_database(
    source: Path, target: Path, from_key: bytes | None, to_key: bytes | None
) -> None:
    """Copy a database with SQLCipher's export, from one key (or none) to another."""
    import sqlcipher3

    from scar_diary.storage.sqlite_files import apply_key, writing_file

    target.unlink(missing_ok=True)
    with writing_file(target), closing(sqlcipher3.connect(str(source))) as conn:
        if from_key is not None:
            apply_key(conn, from_key)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every committed page in the file
        target_key = "" if to_key is None else f"x'{to_key.hex()}'"
        conn.execute(f'ATTACH DATABASE ? AS converted KEY "{target_key}"', (str(target),))
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute("DETACH DATABASE converted")


def _convert_file(source: Path, target: Path, change: Callable[[bytes], bytes]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomically(target, change(source.read_bytes()), durable=False)


def _stage(
    data_dir: Path,
    from_cipher: Cipher | None,
    to_cipher: Cipher | None,
    progress: Progress,
) -> None:
    """Write the converted diary, photos and backups into the staging folders."""
    from_key = from_cipher.database_key if from_cipher else None
    to_key = to_cipher.database_key if to_cipher else None

    def change(data: bytes) -> bytes:
        plain = from_cipher.decrypt(data, "photo") if from_cipher else data
        return to_cipher.encrypt(plain, "photo") if to_cipher else plain

    backups = backups_dir(data_dir)
    photos = list(_files(data_dir / PHOTOS_DIRNAME))
    backup_dbs = sorted(backups.glob("diary-*.sqlite3")) if backups.is_dir() else []
    backup_photos = list(_files(backups / PHOTOS_DIRNAME))
    for folder in (data_dir, backups):
        shutil.rmtree(_staging(folder), ignore_errors=True)
        private_dir(_staging(folder))

    def database(source: Path, target: Path) -> Callable[[], None]:
        return lambda: _convert_database(source, target, from_key, to_key)

    def photo(source: Path, root: Path) -> Callable[[], None]:
        return lambda: _convert_file(source, _staging(root) / source.relative_to(root), change)

    steps = [
        database(data_dir / DB_FILENAME, _staging(data_dir) / DB_FILENAME),
        *(photo(path, data_dir) for path in photos),
        *(database(path, _staging(backups) / path.name) for path in backup_dbs),
        *(photo(path, backups) for path in backup_photos),
    ]
    for done, step in enumerate(steps, start=1):
        step()
        progress(done, len(steps))


def _commit(data_dir: Path, plan: dict[str, str]) -> None:
    os.sync()  # every staged byte on the disk before the plan says they are the diary
    write_atomically(_staging(data_dir) / PLAN, json.dumps(plan).encode("utf-8"))


def _move_staged(folder: Path) -> None:
    """Every staged file over its original; the plan and the key file stay (they go last)."""
    staging = _staging(folder)
    for staged in _files(staging):
        if staged.parent == staging and staged.name in (PLAN, KEY_FILE):
            continue
        target = folder / staged.relative_to(staging)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if staged.name == DB_FILENAME and staged.parent == staging:
            for leftover in ("-wal", "-shm"):  # the old file's: never beside the new one
                (folder / (DB_FILENAME + leftover)).unlink(missing_ok=True)
        staged.replace(target)


def finish_interrupted(data_dir: Path) -> None:
    """Complete a committed conversion, or throw away one that was not committed."""
    staging = _staging(data_dir)
    if not staging.exists():
        return
    plan_file = staging / PLAN
    try:
        plan = json.loads(plan_file.read_text("utf-8"))
    except (OSError, ValueError):
        plan = None
    backups = Path(plan["backups"]) if plan else backups_dir(data_dir)
    if plan is None:  # not committed: the old diary is whole, the copies go
        shutil.rmtree(_staging(backups), ignore_errors=True)
        shutil.rmtree(staging, ignore_errors=True)
        return
    _move_staged(backups)
    staged_key = staging / KEY_FILE
    key_in_place = data_dir / KEY_FILE
    _move_staged(data_dir)
    shutil.rmtree(data_dir / THUMBNAILS, ignore_errors=True)  # made again, as the diary is now
    if plan["to"] == "protected":
        if staged_key.exists():
            staged_key.replace(key_in_place)
    else:
        key_in_place.unlink(missing_ok=True)
    os.sync()
    shutil.rmtree(_staging(backups), ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)  # the plan goes last
    with suppress(OSError):
        fsync_dir(data_dir)


def protect(data_dir: Path, passphrase: str, progress: Progress = _quiet) -> tuple[Cipher, str]:
    """Encrypt the diary, its photos and backups; returns the key and the recovery key."""
    finish_interrupted(data_dir)
    key_file, cipher, recovery = KeyFile.create(passphrase)
    _stage(data_dir, None, cipher, progress)
    key_file.save(_staging(data_dir))
    _commit(data_dir, {"to": "protected", "backups": str(backups_dir(data_dir))})
    finish_interrupted(data_dir)
    return cipher, recovery


def unprotect(data_dir: Path, cipher: Cipher, progress: Progress = _quiet) -> None:
    """Decrypt everything again and remove the key file."""
    finish_interrupted(data_dir)
    _stage(data_dir, cipher, None, progress)
    _commit(data_dir, {"to": "plain", "backups": str(backups_dir(data_dir))})
    finish_interrupted(data_dir)


def change_passphrase(data_dir: Path, cipher: Cipher, new_passphrase: str) -> None:
    """The same data key under a new passphrase: one atomic write of the key file."""
    KeyFile.load(data_dir).with_passphrase(cipher, new_passphrase).save(data_dir)
