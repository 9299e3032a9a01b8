"""Things written down once and used in several places agree: the limits (domain/limits.py)
with the database's CHECK constraints, the archive schema and the Settings spin boxes; the
database's columns with what the archive writes, what its schema allows and what the
importer reads. A new column or limit cannot be forgotten in one of them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from scar_diary.archive.export import export_archive
from scar_diary.domain import limits
from scar_diary.domain.entities import ProtocolSettings
from scar_diary.services.diary import Diary
from scar_diary.storage.models import Base

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "scar_diary" / "archive" / "schema.json").read_text()
)

# The settings columns each limit bounds.
SETTINGS_LIMITS = {
    "prep_days": limits.PREP_DAYS,
    "interval_min_days": limits.INTERVAL_DAYS,
    "interval_max_days": limits.INTERVAL_DAYS,
    "series_min": limits.SERIES_SESSIONS,
    "series_max": limits.SERIES_SESSIONS,
    "no_improvement_pct": limits.NO_IMPROVEMENT_PCT,
    "boosts_per_year": limits.BOOSTS_PER_YEAR,
    "retinoid_pause_days": limits.RETINOID_PAUSE_DAYS,
    "retinoid_resume_days": limits.RETINOID_RESUME_DAYS,
    "swelling_days": limits.SWELLING_DAYS,
}

# archive record → (table, {archive field: column(s)}, columns the archive leaves out: why)
RECORDS: dict[str, tuple[str, dict[str, tuple[str, ...]], dict[str, str]]] = {
    "profile": ("profile", {}, {"id": "one row"}),
    "settings": ("settings", {}, {"id": "one row"}),
    "series": ("series", {}, {"created_at": "bookkeeping"}),
    "scars": (
        "scars",
        {"type": ("scar_type",), "map": ("map_x", "map_y", "map_view")},
        {"created_at": "bookkeeping"},
    ),
    "visits": (
        "visits",
        {"date": ("scheduled_on",), "time": ("scheduled_time",), "treated_scar_ids": ()},
        {"created_at": "bookkeeping"},
    ),
    "ratings": ("ratings", {"date": ("rated_on",)}, {"recorded_at": "bookkeeping"}),
    "photos": (
        "photos",
        {"file": ("relative_path",)},
        {"imported_at": "bookkeeping"},
    ),
    "alignments": ("photo_alignments", {}, {}),
}
NOT_ARCHIVED_TABLES = {
    "visit_scars": "in visits as treated_scar_ids",
    "aftercare_items": "in aftercare, a list of texts",
    "diary_identity": "the diary's own id for calendar events: a copy is another diary",
    "reminder_states": "dismissed and snoozed reminders belong to one computer",
    "inbox_photos": "photos waiting for a scar are not yet the diary's; they are still on the "
    "phone or in the watched folder (backups keep them, an archive does not)",
}


def _properties(record: str) -> dict[str, Any]:
    node = SCHEMA["properties"][record]
    node = node.get("items", node)
    return dict(node["properties"])


@pytest.mark.parametrize("record", sorted(RECORDS))
def test_every_column_is_archived_or_left_out_on_purpose(record: str) -> None:
    table_name, renamed, left_out = RECORDS[record]
    table = Base.metadata.tables[table_name]
    mapped = {column for columns in renamed.values() for column in columns}
    plain = {name for name in _properties(record) if name not in renamed}
    assert plain | mapped | set(left_out) == set(table.columns.keys())
    assert not (plain | mapped) & set(left_out)


def test_every_table_is_in_the_archive_or_left_out_on_purpose() -> None:
    archived = {table for table, _, _ in RECORDS.values()}
    assert archived | set(NOT_ARCHIVED_TABLES) == set(Base.metadata.tables)


def test_the_archive_writes_exactly_what_its_schema_describes(
    sample: Diary, tmp_path: Path
) -> None:
    import zipfile

    archive = export_archive(sample.db, tmp_path / "a.zip")
    with zipfile.ZipFile(archive) as opened:
        document = json.loads(opened.read("diary.json"))
    for record in RECORDS:
        written = document[record]
        for entry in written if isinstance(written, list) else [written]:
            assert set(entry) == set(_properties(record)), record
    assert set(document) == set(SCHEMA["properties"])


def test_the_schema_bounds_are_the_limits() -> None:
    settings = _properties("settings")
    for name, limit in SETTINGS_LIMITS.items():
        assert (settings[name]["minimum"], settings[name]["maximum"]) == (limit.low, limit.high)
    score = SCHEMA["$defs"]["score"]
    assert (score["minimum"], score["maximum"]) == (limits.SCORE.low, limits.SCORE.high)


def _database() -> Any:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    return engine


@pytest.mark.parametrize("column", sorted(SETTINGS_LIMITS))
def test_the_database_refuses_what_the_limits_refuse(column: str) -> None:
    limit = SETTINGS_LIMITS[column]
    engine = _database()
    settings = Base.metadata.tables["settings"]
    with engine.begin() as conn:
        defaults = ProtocolSettings()
        conn.execute(
            settings.insert().values(
                id=1, **{name: getattr(defaults, name) for name in SETTINGS_LIMITS}
            )
        )
    # the shortest may not be longer than the longest: give the partner room
    partner = {
        "interval_min_days": ("interval_max_days", limit.high),
        "interval_max_days": ("interval_min_days", limit.low),
        "series_min": ("series_max", limit.high),
        "series_max": ("series_min", limit.low),
    }.get(column)
    if partner is not None:
        with engine.begin() as conn:
            conn.execute(text(f"UPDATE settings SET {partner[0]} = :v"), {"v": partner[1]})
    for value, allowed in ((limit.low, True), (limit.high, True), (limit.low - 1, False),
                           (limit.high + 1, False)):  # fmt: skip
        try:
            with engine.begin() as conn:
                conn.execute(text(f"UPDATE settings SET {column} = :v"), {"v": value})
            refused = False
        except IntegrityError:
            refused = True
        assert refused is not allowed, (column, value)
    assert column in {c["name"] for c in inspect(engine).get_columns("settings")}


@pytest.mark.parametrize("column", ["depth", "softening", "visibility"])
def test_scores_outside_the_scale_are_refused_by_the_database(column: str) -> None:
    engine = _database()
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO scars (id, label, region, scar_type, map_view, notes, "
                          "archived, created_at) VALUES (1, 'a', 'chin', 'rolling', 'front', "
                          "'', 0, '2026-01-01T00:00:00Z')"))  # fmt: skip
    for value, allowed in ((limits.SCORE.low, True), (limits.SCORE.high, True),
                           (limits.SCORE.high + 1, False), (limits.SCORE.low - 1, False)):  # fmt: skip
        scores = {"depth": 5, "softening": 5, "visibility": None, column: value}
        try:
            with engine.begin() as conn:
                conn.execute(
                    text("INSERT INTO ratings (scar_id, rated_on, depth, softening, visibility, "
                         "note, recorded_at) VALUES (1, '2026-01-02', :depth, :softening, "
                         ":visibility, '', '2026-01-02T00:00:00Z')"),
                    scores,
                )  # fmt: skip
            refused = False
        except IntegrityError:
            refused = True
        assert refused is not allowed, (column, value)


def test_the_settings_spin_boxes_are_the_limits(qtbot: QtBot, ui_settings: QSettings) -> None:
    from scar_diary.ui.settings.page import SettingsPage

    page = SettingsPage(ui_settings)
    qtbot.addWidget(page)
    spins: dict[QSpinBox | QDoubleSpinBox, limits.Limit] = {
        page.prep_days: limits.PREP_DAYS,
        page.interval_min: limits.INTERVAL_DAYS,
        page.interval_max: limits.INTERVAL_DAYS,
        page.series_min: limits.SERIES_SESSIONS,
        page.series_max: limits.SERIES_SESSIONS,
        page.threshold: limits.NO_IMPROVEMENT_PCT,
        page.boosts: limits.BOOSTS_PER_YEAR,
        page.pause_days: limits.RETINOID_PAUSE_DAYS,
        page.resume_days: limits.RETINOID_RESUME_DAYS,
        page.swelling: limits.SWELLING_DAYS,
    }
    for spin, limit in spins.items():
        assert (spin.minimum(), spin.maximum()) == (limit.low, limit.high), spin
