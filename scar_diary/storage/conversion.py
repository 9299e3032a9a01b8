"""Turning a diary's protection on or off, crash-safely.

Everything converted is first written beside the originals, in `.converting/` folders (one in
the diary folder, one in its backups folder), and flushed to the disk. Then `plan.json`
appears there: that is the moment of commitment. Before it, an interruption leaves the old
diary whole and the next open throws the half-made copies away; after it, the next open
finishes the swap (each step can be repeated safely) before anything reads the diary. Either
way the diary opens, with the old key or the new, with every row and every photo.

The diary must be closed and its lock held while this runs (the window and the command line
both make sure of that). Only the lock's holder finishes or throws away a conversion: any
other program that opens the diary meanwhile is told it is being converted
(`ConversionBusy`) and changes nothing. The plan names the conversion (an id) and every file
it staged with its size; nothing is committed, and nothing committed is finished, unless the
staged files are exactly those.

Every conversion also renames the photos: a protected diary names its files by a keyed hash
of their content (crypto.py), a plain one by the SHA-256, so the names change with the key.
The staged databases (the diary's and each backup's) carry the new names, the backups'
manifests too, and finishing removes the files under the old names once the new ones are in
place. A diary protected before names were keyed is converted the same way, under its own
key, when it is first opened (`name_files_by_key`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path, PurePosixPath

from scar_diary.storage.crypto import MANIFEST_PURPOSE, Cipher, DecryptionFailed, is_encrypted
from scar_diary.storage.diary_lock import DiaryLock, held_here
from scar_diary.storage.files import fsync_dir, private_dir, sync_folders, write_atomically
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
from scar_diary.storage.photo_store import (
    DamagedPhoto,
    is_stored_photo,
    open_photo,
    relative_path,
    seal_photo,
    stored_name,
)

PLAN = "plan.json"
THUMBNAILS = Path("cache") / "thumbnails"
Progress = Callable[[int, int], None]


def _quiet(_done: int, _total: int) -> None:
    pass


class ConversionBusy(Exception):
    """Another program holds the diary's lock while a conversion is staged there: it is
    that program's conversion, still running. Nothing was touched."""


class ConversionBroken(Exception):
    """The staged files are not the ones the conversion staged (something removed or changed
    them). Before the commit the conversion is refused and its copies thrown away; after it,
    nothing is moved, so no half-converted diary is ever made."""


# The staged set in a plan: "diary/<path>" and "backups/<path>" → size in bytes.
Manifest = dict[str, int]
_ROOTS = ("diary", "backups")


def _manifest(data_dir: Path, backups: Path) -> Manifest:
    found: Manifest = {}
    for root, folder in zip(_ROOTS, (data_dir, backups), strict=True):
        staging = _staging(folder)
        for path in _files(staging):
            if path.parent == staging and path.name == PLAN:
                continue
            found[f"{root}/{path.relative_to(staging).as_posix()}"] = path.stat().st_size
    return found


def _where(data_dir: Path, backups: Path, name: str) -> tuple[Path, Path]:
    """A manifest entry's staged file and the original it replaces."""
    root, _, relative = name.partition("/")
    folder = data_dir if root == "diary" else backups
    return _staging(folder) / relative, folder / relative


def _check_staged(data_dir: Path, backups: Path, manifest: Manifest) -> None:
    """Every planned file is staged with its size, or (a finish cut short) already moved
    into place with it; and nothing else is staged."""
    for name, size in manifest.items():
        staged, target = _where(data_dir, backups, name)
        if staged.is_file():
            ok = staged.stat().st_size == size
        else:
            ok = target.is_file() and target.stat().st_size == size
        if not ok:
            raise ConversionBroken(name)
    extra = set(_manifest(data_dir, backups)) - set(manifest)
    if extra:
        raise ConversionBroken(sorted(extra)[0])


def _staging(folder: Path) -> Path:
    return folder / STAGING


def _files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from sorted(p for p in folder.rglob("*") if p.is_file())


Rename = Callable[[str, str], str]  # (SHA-256, stored relative path) → the new relative path
PHOTO_TABLES = ("photos", "inbox_photos")  # the tables naming files in the photo store


def _convert_database(
    source: Path, target: Path, from_key: bytes | None, to_key: bytes | None, rename: Rename
) -> None:
    """Copy a database with SQLCipher's export, from one key (or none) to another, with
    its photos' paths renamed (a backup made before a table existed lacks it)."""
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
        conn.create_function("renamed_photo", 2, rename, deterministic=True)
        tables = {
            row[0] for row in conn.execute("SELECT name FROM converted.sqlite_master")
        }  # fmt: skip
        for table in PHOTO_TABLES:
            if table in tables:
                conn.execute(
                    f"UPDATE converted.{table} "
                    "SET relative_path = renamed_photo(sha256, relative_path)"
                )
        conn.commit()
        conn.execute("DETACH DATABASE converted")


def _convert_file(
    source: Path, staging: Path, change: Callable[[bytes, str], tuple[bytes, str]]
) -> tuple[str, Path]:
    """One photo, from one key (or none) to another, staged under its new name; returns
    its old relative path and the staged file. A photo that does not decrypt stops the
    conversion with its name (DamagedPhoto), before anything is committed."""
    relative = source.relative_to(source.parents[2]).as_posix()
    try:
        converted, name = change(source.read_bytes(), stored_name(source))
    except DecryptionFailed:
        raise DamagedPhoto(relative, "it does not decrypt with this diary's key") from None
    target = staging / relative_path(name, source.suffix)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomically(target, converted, durable=False)
    return relative, target


def _source_view(data_dir: Path, cipher: Cipher | None) -> Cipher | None:
    """The key the diary's files are read with now: named by their SHA-256 when the key
    file is older than keyed names."""
    if cipher is None or KeyFile.load(data_dir).names_keyed:
        return cipher
    return cipher.named_by_hash()


def _manifest_renamed(data: bytes, renamed: Callable[[str], str]) -> bytes:
    """A backup's manifest with the photos it names renamed (left as it is when it cannot
    be read: it only describes the backup)."""
    try:
        manifest = json.loads(data)
    except ValueError:
        return data
    if not isinstance(manifest, dict):
        return data
    for key in ("photos", "damaged_photos", "good_copies"):
        if isinstance(manifest.get(key), list):
            manifest[key] = sorted(renamed(str(p)) for p in manifest[key])
    return json.dumps(manifest, indent=1).encode("utf-8")


def _stage(
    data_dir: Path,
    from_cipher: Cipher | None,
    to_cipher: Cipher | None,
    progress: Progress,
    *,
    carry_damaged: bool = False,
) -> Manifest:
    """Write the converted diary, photos and backups into the staging folders; returns
    what was written (each file and its size), for the plan. `carry_damaged`: a photo that
    does not decrypt is carried over as it is (renamed) instead of stopping everything."""
    from_key = from_cipher.database_key if from_cipher else None
    to_key = to_cipher.database_key if to_cipher else None
    source = _source_view(data_dir, from_cipher)
    by_hash = source is None or not source.keyed_names  # a stored name is the SHA-256

    def new_name(sha256: str) -> str:
        return to_cipher.file_name(sha256) if to_cipher else sha256

    def change(data: bytes, name: str) -> tuple[bytes, str]:
        """The photo's converted file, and its new name."""
        try:
            plain = open_photo(source, data, name) if source else data
        except DecryptionFailed:
            if not (carry_damaged and by_hash):
                raise
            return data, new_name(name)  # stays as damaged as it was, under its new name
        sha256 = name if by_hash else hashlib.sha256(plain).hexdigest()
        if source is not None and source.file_name(sha256) != name:
            raise DecryptionFailed("the content does not match the name")
        named = new_name(sha256)
        return (seal_photo(to_cipher, plain, named) if to_cipher else plain), named

    def rename(sha256: str, relative: str) -> str:
        return relative_path(new_name(sha256), PurePosixPath(relative).suffix)

    renamed: dict[str, str] = {}  # old relative path → new, of every photo staged

    def renamed_path(relative: str) -> str:
        if relative in renamed:
            return renamed[relative]
        return rename(stored_name(PurePosixPath(relative)), relative) if by_hash else relative

    backups = backups_dir(data_dir)
    # only the diary's own photos: a stray .DS_Store or half-written file stays as it is
    photos = [p for p in _files(data_dir / PHOTOS_DIRNAME) if is_stored_photo(p)]
    backup_dbs = sorted(backups.glob("diary-*.sqlite3")) if backups.is_dir() else []
    backup_lists = sorted(backups.glob("diary-*.json")) if backups.is_dir() else []
    backup_photos = [p for p in _files(backups / PHOTOS_DIRNAME) if is_stored_photo(p)]
    for folder in (data_dir, backups):
        shutil.rmtree(_staging(folder), ignore_errors=True)
        private_dir(_staging(folder))

    written: Manifest = {}

    def staged(root: str, target: Path, folder: Path) -> None:
        relative = target.relative_to(_staging(folder)).as_posix()
        written[f"{root}/{relative}"] = target.stat().st_size

    def database(original: Path, target: Path, root: str, folder: Path) -> Callable[[], None]:
        def step() -> None:
            _convert_database(original, target, from_key, to_key, rename)
            staged(root, target, folder)

        return step

    def photo(original: Path, root: str, folder: Path) -> Callable[[], None]:
        def step() -> None:
            old, target = _convert_file(original, _staging(folder), change)
            renamed[old] = target.relative_to(_staging(folder)).as_posix()
            staged(root, target, folder)

        return step

    def listing(original: Path) -> Callable[[], None]:
        def step() -> None:  # a backup's manifest: plain, or sealed as the backups are
            data = original.read_bytes()
            if from_cipher is not None and is_encrypted(data):
                data = from_cipher.decrypt(data, MANIFEST_PURPOSE)
            data = _manifest_renamed(data, renamed_path)
            target = _staging(backups) / original.name
            write_atomically(
                target, to_cipher.encrypt(data, MANIFEST_PURPOSE) if to_cipher else data,
                durable=False,
            )  # fmt: skip
            staged("backups", target, backups)

        return step

    steps = [  # the photos first: the manifests name them as they are renamed
        *(photo(path, "diary", data_dir) for path in photos),
        *(photo(path, "backups", backups) for path in backup_photos),
        database(data_dir / DB_FILENAME, _staging(data_dir) / DB_FILENAME, "diary", data_dir),
        *(database(path, _staging(backups) / path.name, "backups", backups) for path in backup_dbs),
        *(listing(path) for path in backup_lists),
    ]
    for done, step in enumerate(steps, start=1):
        step()
        progress(done, len(steps))
    return written


def _staged(
    data_dir: Path,
    from_cipher: Cipher | None,
    to_cipher: Cipher | None,
    progress: Progress,
    key_file: KeyFile | None = None,
    *,
    carry_damaged: bool = False,
) -> Manifest:
    """Stage everything (as the lock's holder); a failure throws the copies away."""
    if not held_here(data_dir):
        raise ConversionBusy(data_dir)
    try:
        written = _stage(data_dir, from_cipher, to_cipher, progress, carry_damaged=carry_damaged)
        if key_file is not None:
            key_file.save(_staging(data_dir))
            written[f"diary/{KEY_FILE}"] = (_staging(data_dir) / KEY_FILE).stat().st_size
    except BaseException:
        _throw_away(data_dir)
        raise
    return written


def _throw_away(data_dir: Path) -> None:
    """Remove a conversion's copies that were never committed (plaintext ones included)."""
    for folder in (backups_dir(data_dir), data_dir):
        shutil.rmtree(_staging(folder), ignore_errors=True)


def _commit(data_dir: Path, to: str, manifest: Manifest) -> None:
    """Write the plan, the moment of commitment, once the staged files are checked to be
    exactly the ones staged."""
    if not held_here(data_dir):
        raise ConversionBusy(data_dir)
    backups = backups_dir(data_dir)
    # every staged byte on the disk before the plan says they are the diary
    sync_folders(_staging(data_dir), _staging(backups))
    try:
        _check_staged(data_dir, backups, manifest)
    except ConversionBroken:
        _throw_away(data_dir)
        raise
    plan = {
        "id": uuid.uuid4().hex,
        "to": to,
        "backups": str(backups),
        "files": manifest,
        "renamed": True,  # the photos staged replace the ones under their old names
    }
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


def _remove_old_names(data_dir: Path, backups: Path, manifest: Manifest) -> None:
    """Once the renamed photos are in place: the files under their old names go (only the
    stored photos; anything else in the store is left as it was)."""
    for root, folder in zip(_ROOTS, (data_dir, backups), strict=True):
        for path in _files(folder / PHOTOS_DIRNAME):
            name = f"{root}/{path.relative_to(folder).as_posix()}"
            if is_stored_photo(path) and name not in manifest:
                path.unlink(missing_ok=True)
                with suppress(OSError):  # its folder too, once empty: it names the hash
                    path.parent.rmdir()


@contextmanager
def _holding(data_dir: Path) -> Iterator[None]:
    """The diary's lock for the whole conversion: held already by this process (the window,
    a command's `_alone`), or taken here; refused while another program holds it."""
    if held_here(data_dir):
        yield
        return
    with DiaryLock(data_dir) as lock:
        if not lock.acquire():
            raise ConversionBusy(data_dir)
        yield


def finish_interrupted(data_dir: Path) -> None:
    """Complete a committed conversion, or throw away one that was not committed: only as
    the holder of the diary's lock (taken here when this process does not hold it). Raises
    ConversionBusy while another program holds it, ConversionBroken when a committed plan's
    files are not all there (then nothing is moved)."""
    if not _staging(data_dir).exists():
        return
    with _holding(data_dir):
        _finish(data_dir)


def _finish(data_dir: Path) -> None:
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
    if "files" in plan:  # plans written before the staged set was recorded: trusted
        _check_staged(data_dir, backups, plan["files"])
    _move_staged(backups)
    staged_key = staging / KEY_FILE
    key_in_place = data_dir / KEY_FILE
    _move_staged(data_dir)
    if plan.get("renamed") and "files" in plan:
        _remove_old_names(data_dir, backups, plan["files"])
    shutil.rmtree(data_dir / THUMBNAILS, ignore_errors=True)  # made again, as the diary is now
    if plan["to"] == "protected":
        if staged_key.exists():
            staged_key.replace(key_in_place)
    else:
        key_in_place.unlink(missing_ok=True)
    sync_folders(data_dir, backups)
    shutil.rmtree(_staging(backups), ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)  # the plan goes last
    with suppress(OSError):
        fsync_dir(data_dir)


def protect(data_dir: Path, passphrase: str, progress: Progress = _quiet) -> tuple[Cipher, str]:
    """Encrypt the diary, its photos and backups; returns the key and the recovery key."""
    return _under_a_new_key(data_dir, None, passphrase, progress)


def _under_a_new_key(
    data_dir: Path, cipher: Cipher | None, passphrase: str, progress: Progress
) -> tuple[Cipher, str]:
    """Everything from `cipher`'s key (or plain) to a new data key, wrapped by
    `passphrase` and a new recovery key; returns the new key and the recovery key."""
    with _holding(data_dir):
        _finish(data_dir)
        key_file, new_cipher, recovery = KeyFile.create(passphrase)
        _commit(data_dir, "protected", _staged(data_dir, cipher, new_cipher, progress, key_file))
        _finish(data_dir)
    return new_cipher, recovery


def unprotect(data_dir: Path, cipher: Cipher, progress: Progress = _quiet) -> None:
    """Decrypt everything again and remove the key file."""
    with _holding(data_dir):
        _finish(data_dir)
        _commit(data_dir, "plain", _staged(data_dir, cipher, None, progress))
        _finish(data_dir)


def rekey(
    data_dir: Path, cipher: Cipher, new_passphrase: str, progress: Progress = _quiet
) -> tuple[Cipher, str]:
    """A new data key under a new passphrase, and a new recovery key: the diary, every
    photo and the backups are re-encrypted in the same crash-safe conversion, so an old
    `diary.key` (a cloud's version history, an old copy) opens nothing current."""
    return _under_a_new_key(data_dir, cipher, new_passphrase, progress)


def name_files_by_key(data_dir: Path, cipher: Cipher, progress: Progress | None = None) -> None:
    """A diary protected before file names were keyed (its key file is format 1): its
    photos, thumbnails and backups renamed (and re-sealed, bound to the new names) under
    its own key, in the same crash-safe conversion. Nothing to do for any other diary."""
    if KeyFile.load(data_dir).names_keyed:
        return  # the usual case: no lock taken, so another program may have it open
    with _holding(data_dir):
        _finish(data_dir)
        key_file = KeyFile.load(data_dir)
        if key_file.names_keyed:
            return
        # a damaged photo never keeps the diary from opening: it stays damaged, renamed
        staged = _staged(
            data_dir,
            cipher,
            cipher,
            progress or _quiet,
            key_file.naming_by_key(cipher),
            carry_damaged=True,
        )
        _commit(data_dir, "protected", staged)
        _finish(data_dir)


def change_passphrase(data_dir: Path, cipher: Cipher, new_passphrase: str) -> None:
    """The same data key under a new passphrase: one atomic write of the key file (the
    quick change: the recovery key keeps working, and an old key file still opens)."""
    KeyFile.load(data_dir).with_passphrase(cipher, new_passphrase).save(data_dir)
