"""The plain-sqlite3 reader: its columns are the schema's, and it reads only an up-to-date
file (anything else goes through the full open, which explains or upgrades)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from scar_diary.services.demo import write_sample
from scar_diary.storage.database import DB_FILENAME
from scar_diary.storage.facts import NOT_COLUMNS, TABLES, columns_of
from scar_diary.storage.models import Base
from scar_diary.storage.reader import DiaryReader, NotCurrent
from tests.conftest import TODAY

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.mark.parametrize("entity", list(TABLES), ids=lambda e: e.__name__)
def test_every_field_is_a_column_of_its_table(entity: type) -> None:
    table = Base.metadata.tables[TABLES[entity]]
    read = {name for name, _ in columns_of(entity)}
    assert read <= set(table.columns.keys())
    assert not read & NOT_COLUMNS.get(entity, frozenset())


def test_the_preview_reads_what_the_open_diary_reads(tmp_path: Path) -> None:
    diary = write_sample(tmp_path / "s", TODAY)
    try:
        preview = DiaryReader.preview(tmp_path / "s")
        assert preview is not None
        assert preview.facts() == diary.facts()
        scar = diary.facts().scars[0].id
        assert preview.photos_for_scar(scar) == diary.photos.for_scar(scar)
        assert preview.latest_photos() == diary.photos.latest()
        assert preview.is_sample
    finally:
        diary.close()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda folder: None, id="no file"),
        pytest.param(lambda folder: (folder / DB_FILENAME).write_bytes(b""), id="empty file"),
        pytest.param(
            lambda folder: (folder / DB_FILENAME).write_bytes(b"not a database" * 100),
            id="not a database",
        ),
        pytest.param(
            lambda folder: shutil.copy(
                FIXTURES / "diary-0004_lifecycle.sqlite3", folder / DB_FILENAME
            ),
            id="older format",
        ),
    ],
)
def test_only_an_up_to_date_file_is_previewed(tmp_path: Path, make: object) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    make(folder)  # type: ignore[operator]
    assert DiaryReader.preview(folder) is None


def test_a_newer_format_is_not_previewed(tmp_path: Path) -> None:
    diary = write_sample(tmp_path / "s", TODAY)
    diary.close()
    with sqlite3.connect(tmp_path / "s" / DB_FILENAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    assert DiaryReader.preview(tmp_path / "s") is None


def test_a_file_that_changes_format_after_the_preview_stops_it(tmp_path: Path) -> None:
    diary = write_sample(tmp_path / "s", TODAY)
    diary.close()
    preview = DiaryReader.preview(tmp_path / "s")
    assert preview is not None
    with sqlite3.connect(tmp_path / "s" / DB_FILENAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(NotCurrent):
        preview.facts()
