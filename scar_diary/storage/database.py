"""The one front object for a diary's SQLite file: check → back up → migrate → open."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scar_diary.storage import migrate, sqlite_files
from scar_diary.storage.engine import make_engine
from scar_diary.storage.locations import backups_dir

DB_FILENAME = "diary.sqlite3"


class OpenError(Exception):
    """The diary could not be opened; nothing was written to it."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


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


def _private_dir(path: Path) -> None:
    """Create the folder readable by its owner only: it holds health data and photos."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except (FileExistsError, NotADirectoryError) as exc:
        raise DataDirError(path, "not a folder") from exc
    except OSError as exc:
        raise DataDirError(path, exc.strerror or str(exc)) from exc
    if not path.is_dir():
        raise DataDirError(path, "not a folder")


class Database:
    """An open diary. Use `Database.open(data_dir)`; sessions are short, one per operation."""

    def __init__(self, data_dir: Path, engine: Engine, backup_made: Path | None) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.backup_made = backup_made  # the pre-migration backup of this open, if any

    @property
    def path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @classmethod
    def open(cls, data_dir: Path) -> Database:
        data_dir = Path(data_dir).expanduser().absolute()
        _private_dir(data_dir)
        path = data_dir / DB_FILENAME
        backup: Path | None = None
        if path.exists():
            backup = cls._prepare_existing(path)
        else:
            cls._upgrade(path)
        if os.name == "posix":
            path.chmod(0o600)
        return cls(data_dir, make_engine(path), backup)

    @classmethod
    def _prepare_existing(cls, path: Path) -> Path | None:
        try:
            facts = sqlite_files.inspect(path)
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
        )
        cls._upgrade(path)
        return backup

    @staticmethod
    def _upgrade(path: Path) -> None:
        try:
            migrate.upgrade(path)
        except Exception as exc:
            raise UpgradeFailed(path, str(exc)) from exc

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
