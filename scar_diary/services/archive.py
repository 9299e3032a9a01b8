"""Export and import of whole diaries, with the backup that must come before a replace."""

from __future__ import annotations

from pathlib import Path

from scar_diary.archive.export import export_archive
from scar_diary.archive.importer import ArchiveError, load_archive, read_archive
from scar_diary.services.backups import back_up
from scar_diary.storage.backups import Backup
from scar_diary.storage.database import DB_FILENAME
from scar_diary.storage.sqlite_files import inspect

__all__ = ["ArchiveError", "diary_has_data", "export_archive", "import_archive", "read_archive"]


def diary_has_data(data_dir: Path) -> bool:
    """Whether a diary exists there with anything in it (a new, empty one does not count)."""
    import sqlite3
    from contextlib import closing

    path = data_dir / DB_FILENAME
    if not path.is_file():
        return False
    try:
        inspect(path)
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            counts = [
                conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("scars", "series", "ratings")
            ]
    except Exception:
        return True  # unreadable: treat as precious
    return any(counts)


def import_archive(archive: Path, data_dir: Path) -> Backup | None:
    """Check the archive completely, back up what is there, then load it. The diary must be
    closed. Returns the backup made, if there was a diary to back up."""
    contents = read_archive(archive)
    backup = back_up(data_dir, "before-import") if diary_has_data(data_dir) else None
    load_archive(contents, data_dir)
    return backup
