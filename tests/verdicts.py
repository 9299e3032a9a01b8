"""Diaries as a user's data would arrive: written as an archive (the current format) and
brought in with `scar-diary import`, then read back through the command line's `status`,
`status --json`, `report`, `export-csv` and `calendar`. Days are counted from TODAY."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from scar_diary.archive.format import FORMAT, VERSION
from scar_diary.cli import main
from scar_diary.domain.entities import DiaryFacts, ProtocolSettings
from scar_diary.services.diary import Diary
from tests.conftest import TODAY
from tests.hostile.forge import pack


def on(days: int) -> str:
    """The ISO date `days` from TODAY (negative: before)."""
    return (TODAY + dt.timedelta(days=days)).isoformat()


@dataclass
class Scenario:
    """What a patient's diary holds; `add_*` return the new record's id."""

    settings: dict[str, Any] = field(default_factory=dict)
    series: list[dict[str, Any]] = field(default_factory=list)
    scars: list[dict[str, Any]] = field(default_factory=list)
    visits: list[dict[str, Any]] = field(default_factory=list)
    ratings: list[dict[str, Any]] = field(default_factory=list)
    diary_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def add_series(
        self,
        prep: int | None,
        *,
        acne_clear: int | None = None,
        planned: int | None = None,
        ended: int | None = None,
        reason: str = "completed",
    ) -> int:
        number = len(self.series) + 1
        self.series.append(
            {
                "id": str(number),
                "prep_started_on": None if prep is None else on(prep),
                "acne_clear_on": None if acne_clear is None else on(acne_clear),
                "acne_flared_on": None,
                "planned_sessions": planned,
                "ended_on": None if ended is None else on(ended),
                "end_reason": None if ended is None else reason,
                "notes": "",
            }
        )
        return number

    def add_scar(self, label: str, kind: str = "rolling") -> int:
        number = len(self.scars) + 1
        self.scars.append(
            {
                "id": str(number),
                "label": label,
                "region": "left_cheek",
                "type": kind,
                "map": {"view": "front", "x": None, "y": None},
                "notes": "",
                "archived": False,
            }
        )
        return number

    def add_visit(
        self, day: int, status: str = "done", kind: str = "session", series: int | None = None
    ) -> int:
        number = len(self.visits) + 1
        self.visits.append(
            {
                "id": str(number),
                "series_id": str(series or len(self.series)),
                "kind": kind,
                "date": on(day),
                "time": None,
                "status": status,
                "treated_scar_ids": [],
                "notes": "",
            }
        )
        return number

    def sessions(self, first: int, count: int, every: int = 16) -> list[int]:
        """`count` done sessions `every` days apart from day `first`; their days."""
        days = [first + every * n for n in range(count)]
        for day in days:
            self.add_visit(day)
        return days

    def rate(self, scar: int, day: int, depth: int, softening: int = 5) -> None:
        self.ratings.append(
            {
                "id": str(len(self.ratings) + 1),
                "scar_id": str(scar),
                "date": on(day),
                "depth": depth,
                "softening": softening,
                "visibility": None,
                "note": "",
            }
        )

    def document(self) -> dict[str, Any]:
        defaults = ProtocolSettings()
        settings = {
            "prep_days": defaults.prep_days,
            "interval_min_days": defaults.interval_min_days,
            "interval_max_days": defaults.interval_max_days,
            "series_min": defaults.series_min,
            "series_max": defaults.series_max,
            "no_improvement_pct": defaults.no_improvement_pct,
            "boosts_per_year": defaults.boosts_per_year,
            "prep_reminder": True,
            "retinoid_pause_days": 0,
            "retinoid_resume_days": 2,
            "swelling_days": defaults.swelling_days,
            "boost_needs_prep": False,
            "fresh_rating_sessions": defaults.fresh_rating_sessions,
            "lapse_days": defaults.lapse_days,
            "neutral_notifications": True,
            "calendar_full_text": True,
            "strip_photo_metadata": True,
            **self.settings,
        }
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": f"{TODAY.isoformat()}T12:00:00Z",
            "diary_id": self.diary_id,
            "profile": {"display_name": "Sam", "doctor": "", "clinic": "", "questions": ""},
            "settings": settings,
            "aftercare": [],
            "series": self.series,
            "scars": self.scars,
            "visits": self.visits,
            "ratings": self.ratings,
            "photos": [],
            "alignments": [],
        }


class Imported:
    """A diary folder filled from a scenario through `scar-diary import`."""

    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder = folder
        self.capsys = capsys

    def run(self, *args: str) -> str:
        self.capsys.readouterr()
        code = main([*args, "--data-dir", str(self.folder), "--today", TODAY.isoformat()])
        out = self.capsys.readouterr()
        assert code == 0, out.err
        return out.out

    def status_text(self) -> str:
        return " ".join(self.run("status").split())

    def status_json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.run("status", "--json"))
        return data

    def facts(self) -> DiaryFacts:
        diary = Diary.open(self.folder)
        try:
            return diary.facts()
        finally:
            diary.close()

    def report_text(self, *extra: str) -> str:
        pdf = self.folder.parent / "summary.pdf"
        self.run("report", "--out", str(pdf), *extra)
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        return " ".join(text.split())

    def sessions_csv(self) -> list[dict[str, str]]:
        out = self.folder.parent / "csv"
        out.mkdir(exist_ok=True)
        self.run("export-csv", "--out", str(out))
        with (out / "sessions.csv").open(encoding="utf-8") as f:
            return list(csv.DictReader(f))

    def calendar(self) -> str:
        ics = self.folder.parent / "dates.ics"
        self.run("calendar", "--out", str(ics))
        return ics.read_text(encoding="utf-8")


def imported(scenario: Scenario, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Imported:
    archive = pack(tmp_path / "diary-archive.zip", scenario.document(), {})
    folder = tmp_path / "diary"
    capsys.readouterr()
    code = main(["import", str(archive), "--data-dir", str(folder)])
    assert code == 0, capsys.readouterr().err
    return Imported(folder, capsys)
