"""Reading an archive safely, and loading it into a diary folder.

Nothing is written until the whole archive has been checked: the zip itself (names, sizes,
encryption, compression methods, the room it needs on the disk), diary.json (strict JSON,
the schema, references, records the database would refuse — tried in a database in
memory), and every photo (its hash, and that it is an image the diary can keep). A bad
archive is refused with one sentence: no backup is made, no photo copied, nothing staged.

Photos are read from the zip one at a time, so memory does not grow with the archive.
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
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
from scar_diary.services.backups import back_up
from scar_diary.services.image_checks import SUPPORTED_FORMATS, ImageRefused, check_image
from scar_diary.storage.backups import Backup
from scar_diary.storage.database import DB_FILENAME, Database
from scar_diary.storage.files import private_dir
from scar_diary.storage.models import Base
from scar_diary.storage.photo_store import PhotoStore, relative_path
from scar_diary.storage.sqlite_files import has_user_data

translate = QCoreApplication.translate  # a plain name lupdate recognises

__all__ = [
    "ArchiveContents",
    "ArchiveError",
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
STAGING_DIRNAME = ".import-staging"
_CHUNK = 1024 * 1024
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


@dataclass(frozen=True)
class ArchiveContents:
    path: Path
    document: dict[str, Any]
    photos: tuple[str, ...]  # archive names of the photos, each checked


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
                    "Archive", "The archive is encrypted ({name}); Scar Diary archives are not."
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


def _store_paths(document: dict[str, Any]) -> dict[str, str]:
    """Each photo's archive name → its place in a diary's photo store."""
    return {
        p["file"]: relative_path(p["sha256"], PurePosixPath(p["file"]).suffix)
        for p in document["photos"]
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


def read_archive(path: Path, *, into: Path | None = None) -> ArchiveContents:
    """Check the whole archive; `into` is the folder it would be loaded into (for the room
    it needs on that disk). Raises ArchiveError; writes nothing."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ArchiveError(
            translate(
                "Archive", "{name} is not a Scar Diary archive (not a readable zip file)."
            ).format(name=path.name)
        ) from exc
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
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError) as exc:
        raise ArchiveError(
            translate("Archive", "The archive is damaged ({error}).").format(error=str(exc)[:200])
        ) from exc
    _try_in_memory(document)
    return ArchiveContents(path, document, tuple(wanted))


def load_archive(contents: ArchiveContents, data_dir: Path) -> None:
    """Make `data_dir`'s diary the archive's. The caller has checked it (read_archive),
    closed any open diary there and, when one existed, backed it up. The database is built
    beside the real one first; then the photos join the content-addressed store (read from
    the zip one at a time, each checked against its hash again); then the database is
    swapped in with one rename. A failure on the way leaves the diary as it was and removes
    what this import added."""
    private_dir(data_dir)
    staging = data_dir / STAGING_DIRNAME
    shutil.rmtree(staging, ignore_errors=True)
    store = PhotoStore(data_dir)
    paths = _store_paths(contents.document)
    added: list[Path] = []
    try:
        db = Database.open(staging, fresh=True)
        try:
            with db.session() as session:
                fill(session, contents.document, paths)
        finally:
            db.close()
        wanted = {p["file"]: p["sha256"] for p in contents.document["photos"]}
        with zipfile.ZipFile(contents.path) as archive:
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
        (staging / DB_FILENAME).replace(target_db)
    except BaseException:
        for photo in added:
            photo.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def replace_with(contents: ArchiveContents, data_dir: Path) -> Backup | None:
    """Back up what is there (when it holds anything), then load the checked archive. The
    diary must be closed. Returns the backup made."""
    diary = data_dir / DB_FILENAME
    backup = back_up(data_dir, "before-import") if has_user_data(diary) else None
    load_archive(contents, data_dir)
    return backup


def import_archive(archive: Path, data_dir: Path) -> Backup | None:
    """Check the archive completely, then back up what is there and load it."""
    return replace_with(read_archive(archive, into=data_dir), data_dir)
