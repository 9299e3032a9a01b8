"""SQLAlchemy engines for a diary file with the connection settings every connection needs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000


def busy_timeout_ms() -> int:
    """How long a writer waits for another to finish; scripts may set
    SCAR_DIARY_BUSY_TIMEOUT_MS (0–600000) to wait longer or give up sooner."""
    try:
        value = int(os.environ.get("SCAR_DIARY_BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS))
    except ValueError:
        return BUSY_TIMEOUT_MS
    return min(max(value, 0), 600_000)


def make_engine(
    path: Path,
    *,
    key: bytes | None = None,
    foreign_keys: bool = True,
    wal: bool = True,
    pooled: bool = True,
) -> Engine:
    """`key`: a protected diary's raw SQLCipher key (the sqlcipher3 module opens it).
    `pooled`: keep a few connections open between units of work (set up once, not per
    session); `Database.close` closes them before any file is replaced."""
    options: dict[str, Any] = (
        {"pool_size": 2, "max_overflow": 4} if pooled else {"poolclass": NullPool}
    )
    if key is not None:
        import sqlcipher3.dbapi2

        options["module"] = sqlcipher3.dbapi2
    engine = create_engine(f"sqlite:///{path}", **options)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin: the module's
        # own implicit transactions skip DDL, which would make migrations non-atomic.
        dbapi_connection.isolation_level = None
        if key is not None:  # before any other statement
            from scar_diary.storage.sqlite_files import apply_key

            apply_key(dbapi_connection, key)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock at once (waiting up to the busy timeout for another
        # writer, such as the command line), so two writers never fail each other half-way;
        # readers (exports, backups on a worker) stay deferred and never hold it.
        writes = connection.get_execution_options().get("writes", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN DEFERRED")

    return engine
