"""Ratings and sessions as CSV files for spreadsheets: a header row with units, ISO dates,
UTF-8 (with a byte-order mark when asked, which Excel needs to read it as UTF-8)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

from scar_diary.domain.entities import DiaryFacts
from scar_diary.domain.protocol import classify_visits
from scar_diary.domain.text import clean_text
from scar_diary.storage.files import write_atomically

RATINGS_FILE = "ratings.csv"
SESSIONS_FILE = "sessions.csv"

RATING_COLUMNS = (
    "scar_id",
    "scar_label",
    "region",
    "scar_type",
    "rated_on (YYYY-MM-DD)",
    "depth (0-10, 0 = level with the skin)",
    "softening (0-10, 10 = fully soft)",
    "visibility (0-10, blank = not rated)",
    "note",
)
SESSION_COLUMNS = (
    "series (1 = the first)",
    "kind (session or boost)",
    "number (blank = not confirmed)",
    "date (YYYY-MM-DD)",
    "time (HH:MM, local)",
    "status",
    "days_since_previous",
    "protocol_check",
    "notes",
)


# A spreadsheet reads a cell that starts with one of these as a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe, which
    spreadsheets show as plain text; line separators become line breaks and control codes
    go (domain/text.py); numbers and dates stay as they are."""
    if not isinstance(value, str):
        return value
    value = clean_text(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _csv_bytes(header: tuple[str, ...], rows: list[list[object]], bom: bool) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig" if bom else "utf-8")


def export_csv(facts: DiaryFacts, folder: Path, *, today: dt.date, bom: bool = False) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    scars = {s.id: s for s in facts.scars}
    ratings = sorted(facts.ratings, key=lambda r: (r.rated_on, r.scar_id, r.id))
    rating_rows: list[list[object]] = [
        [
            r.scar_id,
            scars[r.scar_id].label,
            scars[r.scar_id].region.value,
            scars[r.scar_id].scar_type.value,
            r.rated_on.isoformat(),
            r.depth,
            r.softening,
            "" if r.visibility is None else r.visibility,
            r.note,
        ]
        for r in ratings
        if r.scar_id in scars
    ]
    session_rows: list[list[object]] = []
    every_series = [
        replace(facts, series=e.series, visits=e.visits, earlier=()) for e in facts.earlier
    ]
    for number, one in enumerate([*every_series, facts], start=1):
        session_rows += _session_rows(one, number, today)
    written = []
    for name, header, rows in (
        (RATINGS_FILE, RATING_COLUMNS, rating_rows),
        (SESSIONS_FILE, SESSION_COLUMNS, session_rows),
    ):
        target = folder / name
        write_atomically(target, _csv_bytes(header, rows, bom))
        written.append(target)
    return written


def _session_rows(facts: DiaryFacts, series_number: int, today: dt.date) -> list[list[object]]:
    """One series' visits, each with every protocol flag it has ("ok" when none)."""
    classified = {c.visit.id: c for c in classify_visits(facts, today)}
    session_rows: list[list[object]] = []
    for visit in sorted(facts.visits, key=lambda v: (v.scheduled_on, v.id)):
        c = classified.get(visit.id)
        session_rows.append(
            [
                series_number,
                visit.kind.value,
                "" if c is None or c.number is None else c.number,
                visit.scheduled_on.isoformat(),
                visit.scheduled_time.strftime("%H:%M") if visit.scheduled_time else "",
                visit.status.value,
                "" if c is None or c.interval_days is None else c.interval_days,
                "; ".join(flag.value for flag in c.flags) if c else "",
                visit.notes,
            ]
        )
    return session_rows
