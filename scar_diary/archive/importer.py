"""Reading an archive safely, and loading it into a diary folder.

Nothing is written until the whole archive has been checked: the zip itself (names, sizes,
encryption, compression methods, the room it needs on the disk), diary.json (strict JSON,
the schema, references, records the database would refuse — tried in a database in
memory), and every photo (its hash, and that it is an image the diary can keep). A bad
archive is refused with one sentence: no backup is made, no photo copied, nothing staged.

Photos are read from the zip one at a time, so memory does not grow with the archive.

A sealed archive (from a protected diary, docs/archive-format.md) is read through its
decryption in memory with the passphrase or recovery key it was made with. What it holds
keeps being protected: loaded into a protected diary it is stored under that diary's key;
into a folder with no diary it becomes a diary protected by the archive's own passphrase.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from scar_diary.archive import strict_json
from scar_diary.archive.checks import ArchiveError, check_document
from scar_diary.archive.format import DIARY_JSON
from scar_diary.archive.rows import fill
from scar_diary.archive.sealed import SealedReader, SealError, is_sealed, read_header
from scar_diary.services.backups import back_up, has_data
from scar_diary.services.image_checks import SUPPORTED_FORMATS, ImageRefused, check_image
from scar_diary.storage import keyring
from scar_diary.storage.backup_store import Backup
from scar_diary.storage.conversion import name_files_by_key
from scar_diary.storage.crypto import Cipher
from scar_diary.storage.database import DB_FILENAME, Database
from scar_diary.storage.files import private_dir
from scar_diary.storage.keyfile import DamagedKeyFile, KeyFile, WrongPassphrase
from scar_diary.storage.locations import (
    FROM_EMPTY_FOLDER,
    IMPORT_STAGING,
    KEY_FILE,
    clean_interrupted_import,
    is_protected,
)
from scar_diary.storage.models import Base
from scar_diary.storage.photo_store import PHOTOS_DIRNAME, PhotoStore, relative_path

translate = QCoreApplication.translate  # a plain name lupdate recognises

__all__ = [
    "ArchiveContents",
    "ArchiveError",
    "ArchiveNeedsPassphrase",
    "import_archive",
    "load_archive",
    "read_archive",
    "replace_with",
]

MAX_JSON_BYTES = 20 * 1024 * 1024
MAX_PHOTO_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 200_000
MAX_RATIO = 200  # photos hardly compress; a far higher ratio is a zip bomb
RESERVE_BYTES = 64 * 1024 * 1024  # left free on the disk after an import
STAGING_DIRNAME = IMPORT_STAGING
_CHUNK = 1024 * 1024
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


class ArchiveNeedsPassphrase(ArchiveError):
    """The archive is sealed, and no passphrase was given to open it."""


@dataclass(frozen=True)
class ArchiveContents:
    path: Path
    document: dict[str, Any]
    photos: tuple[str, ...]  # archive names of the photos, each checked
    sealed_with: KeyFile | None = None  # a sealed archive's key, and the cipher it opened
    cipher: Cipher | None = None


def _unseal(path: Path, secret: str | None) -> tuple[KeyFile, Cipher]:
    if secret is None:
        raise ArchiveNeedsPassphrase(
            translate(
                "Archive",
                "{name} is encrypted; give the passphrase of the diary it was made from.",
            ).format(name=path.name)
        )
    try:
        with path.open("rb") as source:
            header, _start = read_header(source)
        key = KeyFile(header["key"])  # type: ignore[arg-type]
        return key, key.unlock(secret)
    except WrongPassphrase:
        raise ArchiveError(
            translate("Archive", "The passphrase or recovery key does not open {name}.").format(
                name=path.name
            )
        ) from None
    except (SealError, DamagedKeyFile, OSError, ValueError) as exc:
        raise ArchiveError(
            translate("Archive", "{name} is an encrypted archive that is damaged.").format(
                name=path.name
            )
        ) from exc


@contextlib.contextmanager
def _open_zip(path: Path, cipher: Cipher | None) -> Iterator[zipfile.ZipFile]:
    """The archive's zip: the file itself, or a sealed archive decrypted as it is read."""
    if cipher is None:
        with zipfile.ZipFile(path) as archive:
            yield archive
        return
    with path.open("rb") as source:
        header, start = read_header(source)
        with zipfile.ZipFile(SealedReader(source, cipher, header, start)) as archive:
            yield archive


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return not (
        name.startswith(("/", "\\"))
        or "\\" in name
        or ":" in name
        or path.is_absolute()
        or ".." in path.parts
        or name != path.as_posix()
        or any(ord(c) < 32 for c in name)
    )


def _free_space(folder: Path | None) -> int | None:
    probe = folder
    while probe is not None and not probe.exists():
        probe = probe.parent if probe.parent != probe else None
    if probe is None:
        return None
    return shutil.disk_usage(probe).free


def _size(n: int) -> str:
    return f"{n / 1_000_000:.0f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


def _check_entries(infos: list[zipfile.ZipInfo], room: int | None) -> None:
    if len(infos) > MAX_ENTRIES:
        raise ArchiveError(translate("Archive", "The archive holds too many files."))
    names = [info.filename for info in infos]
    unsafe = [n for n in names if not _safe_name(n)]
    if unsafe:
        raise ArchiveError(
            translate(
                "Archive",
                "The archive contains a path outside the archive ({name}); it was not opened.",
            ).format(name=unsafe[0].encode("unicode_escape").decode("ascii"))
        )
    if len(set(names)) != len(names):
        raise ArchiveError(translate("Archive", "The archive contains the same file twice."))
    for info in infos:
        if info.flag_bits & 0x1:
            raise ArchiveError(
                translate(
                    "Archive",
                    "{name} in the archive is encrypted with a zip password, "
                    "which Scar Diary archives never use.",
                ).format(name=info.filename)
            )
        if info.compress_type not in _METHODS:
            raise ArchiveError(
                translate(
                    "Archive", "The archive uses a compression this app does not read ({name})."
                ).format(name=info.filename)
            )
        if info.file_size > _CHUNK and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveError(
                translate(
                    "Archive",
                    "{name} in the archive is packed suspiciously tightly; it was not opened.",
                ).format(name=info.filename)
            )
    total = sum(info.file_size for info in infos)
    if room is not None and total > room - RESERVE_BYTES:
        raise ArchiveError(
            translate(
                "Archive",
                "The archive would take {size} on the disk, and only {free} is free there.",
            ).format(size=_size(total), free=_size(max(room, 0)))
        )


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The entry's bytes, never more than its stated size (nor `limit`)."""
    if info.file_size > limit:
        raise ArchiveError(
            translate("Archive", "{name} in the archive is too large.").format(name=info.filename)
        )
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise ArchiveError(
            translate("Archive", "{name} in the archive is damaged.").format(name=info.filename)
        )
    return data


def _document(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> dict[str, Any]:
    raw = _read_entry(archive, info, MAX_JSON_BYTES)
    try:
        parsed = strict_json.loads(raw)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ArchiveError(
            translate("Archive", "diary.json in the archive cannot be read ({error}).").format(
                error=str(exc)[:200]
            )
        ) from exc
    return check_document(parsed)


def _check_photo(archive: zipfile.ZipFile, info: zipfile.ZipInfo, sha: str) -> None:
    data = _read_entry(archive, info, MAX_PHOTO_BYTES)
    if hashlib.sha256(data).hexdigest() != sha:
        raise ArchiveError(
            translate(
                "Archive",
                "The photo {name} does not match its checksum; the archive "
                "is damaged or was changed.",
            ).format(name=info.filename)
        )
    try:
        checked = check_image(data)
    except ImageRefused as exc:
        raise ArchiveError(
            translate("Archive", "The photo {name} cannot be kept: {reason}.").format(
                name=info.filename, reason=exc
            )
        ) from exc
    if SUPPORTED_FORMATS[checked.format] != PurePosixPath(info.filename).suffix:
        raise ArchiveError(
            translate("Archive", "The photo {name} is not the kind of image its name says.").format(
                name=info.filename
            )
        )


def _store_paths(document: dict[str, Any], store: PhotoStore | None = None) -> dict[str, str]:
    """Each photo's archive name → its place in the diary's photo store (named as a plain
    diary names it when there is no store yet)."""
    place = store.relative_for if store else relative_path
    return {
        p["file"]: place(p["sha256"], PurePosixPath(p["file"]).suffix) for p in document["photos"]
    }


def _try_in_memory(document: dict[str, Any]) -> None:
    """Fill a database in memory, so what the diary's constraints refuse is refused now."""
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            Base.metadata.create_all(connection)
            with Session(connection) as session:
                fill(session, document, _store_paths(document))
                session.flush()
    except (IntegrityError, StatementError, ValueError) as exc:
        detail = str(getattr(exc, "orig", exc)).splitlines()[0][:200]
        raise ArchiveError(
            translate(
                "Archive", "The archive holds records a diary cannot take ({detail})."
            ).format(detail=detail)
        ) from exc
    finally:
        engine.dispose()


def read_archive(
    path: Path, *, into: Path | None = None, secret: str | None = None
) -> ArchiveContents:
    """Check the whole archive; `into` is the folder it would be loaded into (for the room
    it needs on that disk); `secret` opens a sealed archive. Raises ArchiveError (or
    ArchiveNeedsPassphrase); writes nothing."""
    sealed_with, cipher = _unseal(path, secret) if is_sealed(path) else (None, None)
    with contextlib.ExitStack() as stack:
        try:
            archive = stack.enter_context(_open_zip(path, cipher))
        except (zipfile.BadZipFile, OSError, ValueError, SealError) as exc:
            raise ArchiveError(
                translate(
                    "Archive", "{name} is not a Scar Diary archive (not a readable zip file)."
                ).format(name=path.name)
            ) from exc
        document, wanted = _check_archive(archive, into)
    _try_in_memory(document)
    return ArchiveContents(path, document, tuple(wanted), sealed_with, cipher)


def _check_archive(
    archive: zipfile.ZipFile, into: Path | None
) -> tuple[dict[str, Any], dict[str, str]]:
    try:
        with archive:
            infos = archive.infolist()
            _check_entries(infos, _free_space(into))
            by_name = {info.filename: info for info in infos}
            if DIARY_JSON not in by_name:
                raise ArchiveError(translate("Archive", "The archive has no diary.json."))
            document = _document(archive, by_name[DIARY_JSON])
            wanted = {p["file"]: p["sha256"] for p in document["photos"]}
            extra = [
                n for n in by_name if n != DIARY_JSON and n not in wanted and not n.endswith("/")
            ]
            if extra:
                raise ArchiveError(
                    translate(
                        "Archive", "The archive contains a file the diary does not list ({name})."
                    ).format(name=extra[0])
                )
            for name, sha in wanted.items():
                info = by_name.get(name)
                if info is None:
                    raise ArchiveError(
                        translate(
                            "Archive", "The photo {name} is missing from the archive."
                        ).format(name=name)
                    )
                _check_photo(archive, info, sha)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        RuntimeError,
        SealError,
    ) as exc:
        raise ArchiveError(
            translate("Archive", "The archive is damaged ({error}).").format(error=str(exc)[:200])
        ) from exc
    return document, wanted


def load_archive(contents: ArchiveContents, data_dir: Path) -> None:
    """Make `data_dir`'s diary the archive's. The caller has checked it (read_archive),
    closed any open diary there and, when one existed, backed it up. The database is built
    beside the real one first; then the photos join the content-addressed store (read from
    the zip one at a time, each checked against its hash again); then the database is
    swapped in with one rename. A failure on the way leaves the diary as it was and removes
    what this import added."""
    private_dir(data_dir)
    staging = data_dir / STAGING_DIRNAME
    clean_interrupted_import(data_dir)
    shutil.rmtree(staging, ignore_errors=True)
    from_empty = not (data_dir / DB_FILENAME).exists() and not (data_dir / PHOTOS_DIRNAME).exists()
    key, cipher = _protection_after_import(contents, data_dir)
    if from_empty:
        # an import killed before its database is in place left only what it added: the
        # next import takes it away (photos sealed under a key that was never kept)
        private_dir(staging)
        (staging / FROM_EMPTY_FOLDER).write_text("the folder was empty when this import began\n")
    store = PhotoStore(data_dir, cipher)
    paths = _store_paths(contents.document, store)
    added: list[Path] = []
    try:
        if key is not None and cipher is not None:
            private_dir(staging)
            key.save(staging)
            keyring.remember(staging, cipher)
        db = Database.open(staging, fresh=True)
        try:
            with db.writing() as session:
                fill(session, contents.document, paths)
        finally:
            db.close()
        wanted = {p["file"]: p["sha256"] for p in contents.document["photos"]}
        with _open_zip(contents.path, contents.cipher) as archive:
            for name, sha in wanted.items():
                target = store.path(paths[name])
                if target.is_file():
                    continue
                data = _read_entry(archive, archive.getinfo(name), MAX_PHOTO_BYTES)
                if hashlib.sha256(data).hexdigest() != sha:
                    raise ArchiveError(
                        translate("Archive", "The archive changed while it was being imported.")
                    )
                store.put(data, sha, PurePosixPath(name).suffix)
                added.append(target)
        target_db = data_dir / DB_FILENAME
        for leftover in (
            target_db.with_name(DB_FILENAME + "-wal"),
            target_db.with_name(DB_FILENAME + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        if key is not None and not is_protected(data_dir):  # the key first: never a
            (staging / KEY_FILE).replace(data_dir / KEY_FILE)  # sealed file without it
            assert cipher is not None
            keyring.remember(data_dir, cipher)
        (staging / DB_FILENAME).replace(target_db)
    except BaseException:
        for photo in added:
            photo.unlink(missing_ok=True)
        raise
    finally:
        keyring.forget(staging)
        shutil.rmtree(staging, ignore_errors=True)


def _protection_after_import(
    contents: ArchiveContents, data_dir: Path
) -> tuple[KeyFile | None, Cipher | None]:
    """The key the imported diary is stored under: a protected diary keeps its own (it must
    be unlocked); an empty folder takes a sealed archive's; otherwise none."""
    if is_protected(data_dir):
        cipher = keyring.cipher_for(data_dir)
        if cipher is None:
            raise ArchiveError(translate("Archive", "Unlock the diary before importing into it."))
        name_files_by_key(data_dir, cipher)  # its photos named as the import names them
        return KeyFile.load(data_dir), cipher
    if contents.sealed_with is not None and not has_data(data_dir):
        assert contents.cipher is not None
        return contents.sealed_with.naming_by_key(contents.cipher), contents.cipher
    if contents.sealed_with is not None:
        # never stored unencrypted silently: the content came protected
        raise ArchiveError(
            translate(
                "Archive",
                "This archive is encrypted, and the diary it would replace is not. Protect the "
                "diary with a passphrase first (Settings → Passphrase, or `scar-diary "
                "encrypt`), or import the archive into an empty folder.",
            )
        )
    return None, None


def replace_with(contents: ArchiveContents, data_dir: Path) -> Backup | None:
    """Back up what is there (when it holds anything), then load the checked archive. The
    diary must be closed. Returns the backup made."""
    _protection_after_import(contents, data_dir)  # refused before anything is written
    backup = back_up(data_dir, "before-import") if has_data(data_dir) else None
    load_archive(contents, data_dir)
    return backup


def import_archive(archive: Path, data_dir: Path, *, secret: str | None = None) -> Backup | None:
    """Check the archive completely, then back up what is there and load it."""
    return replace_with(read_archive(archive, into=data_dir, secret=secret), data_dir)
