from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
from scar_diary.services.photos import PhotoService
from scar_diary.storage import migrate
from scar_diary.storage.database import (
    DB_FILENAME,
    CorruptDatabase,
    Database,
    DataDirError,
    NewerDatabase,
    NotADiary,
)
from scar_diary.storage.locations import BACKUP_DIRNAME
from scar_diary.storage.models import Base, RatingRow, ScarRow
from scar_diary.storage.sqlite_files import inspect

FIXTURES = Path(__file__).parent.parent / "fixtures"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """The file's full content as SQL, read without writing to it."""
    copy = path.with_name(path.name + ".readcopy")
    copy.write_bytes(path.read_bytes())
    try:
        with closing(sqlite3.connect(copy)) as conn:
            return list(conn.iterdump())
    finally:
        for leftover in copy.parent.glob(copy.name + "*"):
            leftover.unlink()


def pragma(db: Database, name: str) -> object:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    opened = Database.open(data_dir)
    yield opened
    opened.close()


def add_scar(db: Database, label: str = "cheek") -> int:
    with db.writing() as session:
        row = ScarRow(label=label, region=FaceRegion.LEFT_CHEEK, scar_type=ScarType.ROLLING)
        session.add(row)
        session.flush()
        return row.id


class TestFreshDiary:
    def test_a_new_folder_gets_a_migrated_database(self, db: Database, data_dir: Path) -> None:
        assert db.path == data_dir / DB_FILENAME and db.path.is_file()
        assert inspect(db.path).revision == migrate.HEAD_REVISION
        assert db.backup_made is None
        assert not (data_dir / BACKUP_DIRNAME).exists()

    def test_connection_pragmas(self, db: Database) -> None:
        assert pragma(db, "foreign_keys") == 1
        assert pragma(db, "journal_mode") == "wal"
        assert pragma(db, "synchronous") == 2  # FULL
        assert pragma(db, "busy_timeout") == 5000

    @pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
    def test_folder_and_file_are_private(self, db: Database, data_dir: Path) -> None:
        assert data_dir.stat().st_mode & 0o777 == 0o700
        assert db.path.stat().st_mode & 0o777 == 0o600

    def test_reopening_keeps_data_and_makes_no_backup(self, data_dir: Path) -> None:
        first = Database.open(data_dir)
        scar_id = add_scar(first)
        first.close()
        again = Database.open(data_dir)
        try:
            with again.writing() as session:
                assert session.get(ScarRow, scar_id) is not None
            assert again.backup_made is None
        finally:
            again.close()


class TestMigrations:
    def test_head_constant_matches_the_scripts(self) -> None:
        assert migrate.script_head() == migrate.HEAD_REVISION
        assert migrate.HEAD_REVISION in migrate.known_revisions()

    def test_models_match_the_migrated_schema(self, db: Database) -> None:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []

    def test_every_stored_old_diary_upgrades_with_its_data(self, tmp_path: Path) -> None:
        fixtures = sorted(FIXTURES.glob("diary-*.sqlite3"))
        assert fixtures, "one stored diary per schema revision"
        for fixture in fixtures:
            folder = tmp_path / fixture.stem
            folder.mkdir()
            shutil.copy(fixture, folder / DB_FILENAME)
            old_revision = inspect(folder / DB_FILENAME).revision
            opened = Database.open(folder)
            try:
                with opened.writing() as session:
                    assert len(session.scalars(select(ScarRow)).all()) == 6
                    assert len(session.scalars(select(RatingRow)).all()) == 42
                    # children of rebuilt tables survive (migrations run with foreign keys off)
                    treated = session.execute(text("SELECT count(*) FROM visit_scars")).scalar()
                    assert treated == 30
                if old_revision != migrate.HEAD_REVISION:
                    assert opened.backup_made is not None
                    assert dump(opened.backup_made) == dump(fixture)
            finally:
                opened.close()
            assert inspect(folder / DB_FILENAME).revision == migrate.HEAD_REVISION

    def test_0004_makes_every_old_visit_a_session_with_default_settings(
        self, tmp_path: Path
    ) -> None:
        folder = tmp_path / "old"
        folder.mkdir()
        shutil.copy(FIXTURES / "diary-0003_reminders_aftercare.sqlite3", folder / DB_FILENAME)
        opened = Database.open(folder)
        try:
            with opened.writing() as session:
                kinds = session.execute(text("SELECT DISTINCT kind FROM visits")).scalars().all()
                columns = session.execute(text("PRAGMA table_info(settings)")).all()
                settings = {c[1]: c[4] for c in columns}
                flares = session.execute(
                    text("SELECT count(*) FROM series WHERE acne_flared_on IS NOT NULL")
                ).scalar()
            assert kinds == ["session"] and flares == 0
            assert (
                settings["swelling_days"],
                settings["retinoid_resume_days"],
                settings["boost_needs_prep"],
            ) == ("'2'", "'2'", "'0'")  # SQL literals
        finally:
            opened.close()

    def test_0007_keeps_old_alignments_as_matrices_made_by_hand(self, tmp_path: Path) -> None:
        folder = tmp_path / "old"
        folder.mkdir()
        path = folder / DB_FILENAME
        shutil.copy(FIXTURES / "diary-0006_fresh_ratings_lapse.sqlite3", path)
        with closing(sqlite3.connect(path)) as conn:
            first, second = [r[0] for r in conn.execute("SELECT id FROM photos LIMIT 2")]
            conn.execute(
                "INSERT INTO photo_alignments VALUES (?, ?, 2.0, 90.0, 10.0, -5.0)",
                (first, second),
            )
            conn.commit()
        opened = Database.open(folder)
        try:
            saved = PhotoService(opened).alignment(first, second)
        finally:
            opened.close()
        assert saved is not None and saved.method == "hand" and saved.tier is None
        assert saved.warp.apply((1.0, 0.0)) == pytest.approx((10.0, -3.0))  # turned 90°, ×2

    def test_an_older_file_is_backed_up_before_it_is_migrated(self, data_dir: Path) -> None:
        data_dir.mkdir()
        path = data_dir / DB_FILENAME
        with closing(sqlite3.connect(path)) as conn:  # a diary from before the first revision
            conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
            conn.commit()
        before = dump(path)
        opened = Database.open(data_dir)
        try:
            assert opened.backup_made is not None
            assert opened.backup_made.parent == data_dir / BACKUP_DIRNAME
            assert dump(opened.backup_made) == before
            assert inspect(path).revision == migrate.HEAD_REVISION
            assert not list((data_dir / BACKUP_DIRNAME).glob("*.partial"))
        finally:
            opened.close()

    def test_a_newer_diary_is_refused_and_left_untouched(self, data_dir: Path) -> None:
        Database.open(data_dir).close()
        path = data_dir / DB_FILENAME
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
            conn.commit()
        before, mtime = sha256(path), path.stat().st_mtime_ns
        with pytest.raises(NewerDatabase) as caught:
            Database.open(data_dir)
        assert caught.value.revision == "9999_from_the_future"
        assert sha256(path) == before and path.stat().st_mtime_ns == mtime
        assert not (data_dir / BACKUP_DIRNAME).exists()


class TestDamagedFiles:
    def test_garbage_is_reported_not_fixed(self, data_dir: Path) -> None:
        data_dir.mkdir()
        path = data_dir / DB_FILENAME
        path.write_bytes(b"this is not a database" * 100)
        before = sha256(path)
        with pytest.raises(CorruptDatabase):
            Database.open(data_dir)
        assert sha256(path) == before

    def test_a_truncated_diary_is_reported(self, data_dir: Path, sample: Diary) -> None:
        source = sample.data_dir / DB_FILENAME
        sample.close()
        data_dir.mkdir()
        path = data_dir / DB_FILENAME
        path.write_bytes(source.read_bytes()[: 3 * 4096])
        before = sha256(path)
        with pytest.raises(CorruptDatabase):
            Database.open(data_dir)
        assert sha256(path) == before

    def test_someone_elses_database_is_not_a_diary(self, data_dir: Path) -> None:
        data_dir.mkdir()
        with closing(sqlite3.connect(data_dir / DB_FILENAME)) as conn:
            conn.execute("CREATE TABLE contacts (name TEXT)")
            conn.commit()
        with pytest.raises(NotADiary):
            Database.open(data_dir)

    def test_a_file_where_the_folder_should_be(self, tmp_path: Path) -> None:
        blocker = tmp_path / "blocked"
        blocker.write_text("x")
        with pytest.raises(DataDirError):
            Database.open(blocker)


class TestConstraints:
    @pytest.mark.parametrize(
        "sql",
        [
            "INSERT INTO ratings (scar_id, rated_on, depth, softening, note, recorded_at) "
            "VALUES (:scar, '2026-01-01', 11, 5, '', '2026-01-01T00:00:00+00:00')",
            "INSERT INTO ratings (scar_id, rated_on, depth, softening, visibility, note, recorded_at) "
            "VALUES (:scar, '2026-01-01', 5, 5, -1, '', '2026-01-01T00:00:00+00:00')",
            "INSERT INTO ratings (scar_id, rated_on, depth, softening, note, recorded_at) "
            "VALUES (9999, '2026-01-01', 5, 5, '', '2026-01-01T00:00:00+00:00')",
            "UPDATE scars SET scar_type = 'keloid' WHERE id = :scar",
            "UPDATE scars SET label = '   ' WHERE id = :scar",
            "UPDATE scars SET map_x = 1.5 WHERE id = :scar",
            "INSERT INTO settings (id, prep_days, interval_min_days, interval_max_days, series_min, "
            "series_max, no_improvement_pct, boosts_per_year) VALUES (1, 14, 21, 14, 6, 8, 10, 1)",
            "INSERT INTO settings (id, prep_days, interval_min_days, interval_max_days, series_min, "
            "series_max, no_improvement_pct, boosts_per_year, retinoid_pause_days) "
            "VALUES (1, 14, 14, 21, 6, 8, 10, 1, 45)",
            "INSERT INTO profile (id, display_name, doctor, clinic) VALUES (2, '', '', '')",
        ],
    )
    def test_the_file_refuses_impossible_values(self, db: Database, sql: str) -> None:
        scar_id = add_scar(db)
        with pytest.raises(IntegrityError), db.writing() as session:
            session.execute(text(sql), {"scar": scar_id})

    def test_deleting_a_scar_deletes_its_ratings(self, db: Database) -> None:
        scar_id = add_scar(db)
        with db.writing() as session:
            session.add(
                RatingRow(scar_id=scar_id, rated_on=dt.date(2026, 1, 1), depth=5, softening=5)
            )
        with db.writing() as session:
            session.execute(text("DELETE FROM scars WHERE id = :id"), {"id": scar_id})
        with db.writing() as session:
            assert session.scalars(select(RatingRow)).all() == []

    def test_instants_are_stored_as_utc_and_read_back_aware(self, db: Database) -> None:
        moment = dt.datetime(2026, 3, 29, 2, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
        with db.writing() as session:
            row = ScarRow(
                label="x", region=FaceRegion.CHIN, scar_type=ScarType.OTHER, created_at=moment
            )
            session.add(row)
            session.flush()
            scar_id = row.id
        with db.writing() as session:
            stored = session.execute(
                text("SELECT created_at FROM scars WHERE id = :id"), {"id": scar_id}
            ).scalar()
            assert stored == "2026-03-29T00:30:00.000000+00:00"
            loaded = session.get(ScarRow, scar_id)
            assert loaded is not None and loaded.created_at == moment
            assert loaded.created_at.tzinfo is dt.UTC

    def test_naive_instants_are_refused(self, db: Database) -> None:
        with pytest.raises(StatementError), db.writing() as session:
            session.add(
                ScarRow(
                    label="x",
                    region=FaceRegion.CHIN,
                    scar_type=ScarType.OTHER,
                    created_at=dt.datetime(2026, 1, 1),
                )
            )
            session.flush()
