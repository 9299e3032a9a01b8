"""Low-level work on a diary file that must not change it: read-only inspection and copies
made with SQLite's online backup API. A protected diary's files are SQLCipher databases:
opened with the sqlcipher3 module and their raw key (`key`), otherwise with sqlite3."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from scar_diary.storage.files import fsync_dir, fsync_file


class InspectError(Exception):
    """The file cannot be read as a SQLite database, or failed its quick check."""


@dataclass(frozen=True)
class FileFacts:
    revision: str | None  # Alembic revision, None when the file has no version yet
    has_tables: bool  # any table but Alembic's (tables without a version: not our file)


def database_errors() -> tuple[type[Exception], ...]:
    """What either module raises for a file it cannot read."""
    import sqlcipher3

    return (sqlite3.Error, sqlcipher3.Error)


@contextmanager
def writing_file(target: Path) -> Iterator[None]:
    """Writing a database file: SQLite's word for a failed write (a full disk is "database
    or disk is full" or "disk I/O error") becomes the OSError any other failed write raises,
    so it is said the same way (one sentence, "an older file is left as it was"); the
    half-written file goes."""
    try:
        yield
    except database_errors() as exc:
        target.unlink(missing_ok=True)
        code = errno.ENOSPC if "full" in str(exc) else errno.EIO
        raise OSError(code, str(exc), str(target)) from exc


def connect(
    path: Path, key: bytes | None, *, read_only: bool = False, timeout: float = 5.0
) -> sqlite3.Connection:
    """A connection to `path`; with `key`, through SQLCipher, keyed before anything else."""
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}"
    if key is None:
        return sqlite3.connect(uri, uri=True, timeout=timeout)
    import sqlcipher3

    conn: sqlite3.Connection = sqlcipher3.connect(uri, uri=True, timeout=timeout)
    apply_key(conn, key)
    return conn


def apply_key(conn: sqlite3.Connection, key: bytes) -> None:
    """Key a fresh SQLCipher connection (first statement on it); quiet about wrong keys."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def _read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    return connect(path, key, read_only=True)


def inspect(path: Path, key: bytes | None = None) -> FileFacts:
    """Run `PRAGMA quick_check` and read the schema revision without writing to the file."""
    try:
        with closing(_read_only(path, key)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise InspectError("; ".join(str(p) for p in problems[:5]))
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            return FileFacts(revision, bool(tables - {"alembic_version"}))
    except database_errors() as exc:
        _full_disk_is_no_damage(path, exc)
        raise InspectError(str(exc)) from exc


# Reading a diary in WAL mode needs room for its shared-memory file: with none, SQLite says
# "disk I/O error", which must never make a healthy diary look damaged.
ROOM_TO_READ = 1024 * 1024


def _full_disk_is_no_damage(path: Path, error: BaseException) -> None:
    """Raise the OSError every other write raises (ENOSPC) when the disk is full."""
    import errno
    import shutil

    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return
    text = str(error).lower()
    if free < ROOM_TO_READ and ("disk i/o error" in text or "disk is full" in text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path.parent)) from error


def integrity_problems(path: Path, key: bytes | None = None) -> list[str]:
    """Full `PRAGMA integrity_check`; empty when the file is sound."""
    with closing(_read_only(path, key)) as conn:
        rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def backup_copy(source: Path, target: Path, key: bytes | None = None) -> Path:
    """Copy a live database consistently (WAL content included) with the backup API; a
    protected diary's copy is encrypted with the same key."""
    partial_of = target.with_name(target.name + ".partial")
    partial_of.unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_of
    with (
        writing_file(partial),
        closing(_read_only(source, key)) as src,
        closing(connect(partial, key)) as dst,
    ):
        src.backup(dst)
        # a backup is one self-contained file: no -wal/-shm beside it when it is read later
        dst.execute("PRAGMA journal_mode=DELETE")
    fsync_file(partial)
    partial.replace(target)  # only a complete copy ever carries the final name
    fsync_dir(target.parent)
    return target


def has_user_data(path: Path, key: bytes | None = None) -> bool:
    """Whether the diary file holds anything the user entered (a new, empty diary does not
    count). An unreadable or damaged file counts: it may hold something precious."""
    if not path.is_file():
        return False
    if path.stat().st_size == 0:
        return False
    try:
        inspect(path, key)
        with closing(_read_only(path, key)) as conn:
            counts = [
                conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("scars", "series", "ratings")
            ]
    except InspectError:
        return True
    except database_errors():
        return True
    return any(counts)
