"""The one front object for a diary's SQLite file: check → back up → migrate → open."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from scar_diary.domain.changes import Changed
from scar_diary.storage import keyring, migrate, sqlite_files
from scar_diary.storage.conversion import (
    ConversionBroken,
    ConversionBusy,
    Progress,
    finish_interrupted,
    name_files_by_key,
)
from scar_diary.storage.crypto import Cipher
from scar_diary.storage.engine import make_engine
from scar_diary.storage.facts import driver_connection
from scar_diary.storage.files import private_dir
from scar_diary.storage.locations import (
    DB_FILENAME,
    backups_dir,
    clean_interrupted_import,
    is_protected,
)
from scar_diary.storage.photo_store import PHOTOS_DIRNAME, has_encrypted_photos

__all__ = ["DB_FILENAME", "Database", "OpenError"]


class OpenError(Exception):
    """The diary could not be opened; nothing was written to it."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class WriteFailed(OpenError):
    """The disk refused a write to the open diary (an I/O error: it turned read-only, or
    is failing); the unit of work was rolled back."""


class DataDirError(OpenError):
    """The data folder cannot be created or is not a folder."""


class CorruptDatabase(OpenError):
    """The file is not a readable SQLite database or failed its quick check."""


class NotADiary(OpenError):
    """A SQLite file that was not made by Scar Diary."""


class NewerDatabase(OpenError):
    """Made by a newer version of the app; this version must not touch it."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(path, revision)
        self.revision = revision


class UpgradeFailed(OpenError):
    """A migration failed; the file was rolled back and a backup exists."""


class MissingDiary(OpenError):
    """The diary file is empty, or gone although photos or backups show a diary lived here:
    never silently start a new one over it. `lived_here` says whether that history was seen
    (an empty file is refused either way: something cut it short)."""

    def __init__(self, path: Path, detail: str = "", *, lived_here: bool = True) -> None:
        super().__init__(path, detail)
        self.lived_here = lived_here


class ReadOnlyDiary(OpenError):
    """The diary's folder or file cannot be written (permissions, a read-only disk)."""


class DiaryLocked(OpenError):
    """The diary is protected with a passphrase and has not been unlocked in this process."""


class DiaryConverting(OpenError):
    """Another program is turning the diary's protection on or off (it holds the lock with
    the conversion staged): try again when it has finished. Nothing was touched."""


class ConversionDamaged(OpenError):
    """A committed conversion's staged files are not all there: nothing was moved, so the
    diary is left exactly as it was found."""


class KeyFileMissing(OpenError):
    """The folder's photos are encrypted but its key file is gone: it was protected, and a
    plain diary found there now is never opened silently in its place."""


class DiaryBusy(Exception):
    """Another program held the diary for writing longer than the wait allows."""


def _private_dir(path: Path) -> None:
    """Create the folder readable by its owner only: it holds health data and photos."""
    try:
        private_dir(path)
    except (FileExistsError, NotADirectoryError) as exc:
        raise DataDirError(path, "not a folder") from exc
    except OSError as exc:
        raise DataDirError(path, exc.strerror or str(exc)) from exc
    if not path.is_dir():
        raise DataDirError(path, "not a folder")


def _has_files(folder: Path, pattern: str = "*") -> bool:
    try:
        return folder.is_dir() and any(p.is_file() for p in folder.rglob(pattern))
    except OSError:
        return True  # cannot look: assume something precious is there


def lived_here(data_dir: Path) -> bool:
    """Whether photos or backups show that a diary was kept in this folder."""
    return _has_files(data_dir / PHOTOS_DIRNAME) or _has_files(
        backups_dir(data_dir), "diary-*.sqlite3"
    )


def _check_writable(data_dir: Path, path: Path) -> None:
    """Refuse a diary that cannot be written, in one sentence; never change its modes."""
    try:
        with tempfile.TemporaryFile(dir=data_dir):
            pass
    except OSError as exc:
        raise ReadOnlyDiary(data_dir, exc.strerror or str(exc)) from exc
    if path.exists():
        try:
            with path.open("r+b"):
                pass
        except OSError as exc:
            raise ReadOnlyDiary(path, exc.strerror or str(exc)) from exc


# SQLite opens no file whose path is longer than 512 bytes (its journal's name is longer
# still): a longer folder is refused in words before the database library says it its way.
MAX_DB_PATH = 500


class Database:
    """An open diary. Use `Database.open(data_dir)`; sessions are short, one per operation."""

    def __init__(
        self,
        data_dir: Path,
        engine: Engine,
        backup_made: Path | None,
        cipher: Cipher | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.backup_made = backup_made  # the pre-migration backup of this open, if any
        self.cipher = cipher  # a protected diary's unlocked key; None when not protected
        self._changes = Changed.NOTHING  # committed since the window last refreshed
        self._changes_lock = threading.Lock()  # the diary lane writes too (photo imports)

    @property
    def path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @classmethod
    def open(
        cls, data_dir: Path, *, fresh: bool = False, progress: Progress | None = None
    ) -> Database:
        """Open (or create) the diary in `data_dir`. A missing file where photos or backups
        show a diary lived is refused, unless `fresh` asks for a new diary there on purpose
        (the sample diary is remade that way)."""
        data_dir = Path(data_dir).expanduser().absolute()
        path = data_dir / DB_FILENAME
        if len(os.fsencode(path)) > MAX_DB_PATH:
            raise DataDirError(data_dir, "its path is too long for the diary's database")
        _private_dir(data_dir)
        _check_writable(data_dir, path)
        clean_interrupted_import(data_dir)  # an import into an empty folder, killed
        try:
            finish_interrupted(data_dir)  # a conversion a crash cut short: done, or undone
        except ConversionBusy as exc:
            raise DiaryConverting(path, "another program is converting it") from exc
        except ConversionBroken as exc:
            raise ConversionDamaged(path, f"{exc} is missing or changed") from exc
        if not is_protected(data_dir) and has_encrypted_photos(data_dir):
            raise KeyFileMissing(path, "its photos are encrypted but diary.key is gone")
        cipher = keyring.cipher_for(data_dir) if is_protected(data_dir) else None
        if is_protected(data_dir) and cipher is None:
            raise DiaryLocked(path, "protected with a passphrase")
        if cipher is not None and path.exists():
            try:  # protected before file names were keyed: converted now, once
                name_files_by_key(data_dir, cipher, progress)
            except ConversionBusy as exc:
                raise DiaryConverting(path, "another program is converting it") from exc
        key = cipher.database_key if cipher else None
        backup: Path | None = None
        if path.exists() and path.stat().st_size == 0:
            raise MissingDiary(path, "the file is empty", lived_here=lived_here(data_dir))
        if path.exists():
            backup = cls._prepare_existing(path, key)
        elif lived_here(data_dir) and not fresh:
            raise MissingDiary(path, "the file is missing")
        else:
            cls._upgrade(path, key)
        if os.name == "posix":
            path.chmod(0o600)
        return cls(data_dir, make_engine(path, key=key), backup, cipher)

    @classmethod
    def _prepare_existing(cls, path: Path, key: bytes | None) -> Path | None:
        try:
            facts = sqlite_files.inspect(path, key)
        except sqlite_files.InspectError as exc:
            raise CorruptDatabase(path, str(exc)) from exc
        if facts.revision == migrate.HEAD_REVISION:
            return None
        if facts.revision is None and facts.has_tables:
            raise NotADiary(path)
        if facts.revision is not None and facts.revision not in migrate.known_revisions():
            raise NewerDatabase(path, facts.revision)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = sqlite_files.backup_copy(
            path,
            backups_dir(path.parent)
            / f"diary-{stamp}-before-{facts.revision or 'first'}-upgrade.sqlite3",
            key,
        )
        cls._upgrade(path, key)
        return backup

    @staticmethod
    def _upgrade(path: Path, key: bytes | None) -> None:
        try:
            migrate.upgrade(path, key=key)
        except Exception as exc:
            raise UpgradeFailed(path, str(exc)) from exc

    @contextmanager
    def writing(self, changes: Changed = Changed.EVERYTHING) -> Iterator[Session]:
        """A unit of work that writes: it begins with BEGIN IMMEDIATE, so a second writer
        waits its turn (up to the busy timeout) instead of failing half-way; committed when
        the block ends normally, rolled back otherwise. `changes`: what it may change; once
        committed it is added to what `take_changes` gives (Anki's OpChanges)."""
        writer = self.engine.execution_options(writes=True)
        try:
            with Session(writer, expire_on_commit=False) as session, session.begin():
                yield session
            with self._changes_lock:
                self._changes |= changes
        except OperationalError as exc:
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise DiaryBusy(str(exc.orig)) from exc
            if "readonly" in str(exc.orig):
                raise ReadOnlyDiary(self.path, str(exc.orig)) from exc
            name = getattr(exc.orig, "sqlite_errorname", "")
            if name.startswith("SQLITE_FULL"):  # said as a full disk, never as damage
                raise OSError(errno.ENOSPC, str(exc.orig), str(self.path)) from exc
            if name.startswith("SQLITE_IOERR"):
                raise WriteFailed(self.path, str(exc.orig)) from exc
            raise

    def take_changes(self) -> Changed:
        """What the units of work committed since the last call changed (and forget it)."""
        with self._changes_lock:
            changes, self._changes = self._changes, Changed.NOTHING
        return changes

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A unit of work that only reads: one consistent snapshot, no write lock."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """The plain sqlite3 connection of a `reading()` unit, for the facts reader."""
        with self.reading() as session:
            yield driver_connection(session)

    def close(self) -> None:
        self.engine.dispose()
