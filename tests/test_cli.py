from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from scar_diary.cli import main
from scar_diary.storage.database import DB_FILENAME
from tests.images import photo


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point, in its own process, as a user's shell would run it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "scar_diary", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def demo_dir(sample_dir: Path) -> Path:
    """A copy of the sample diary (the `demo` command itself is tested below)."""
    return sample_dir


def status_json(folder: Path, today: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["status", "--data-dir", str(folder), "--today", today, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


class TestStatus:
    def test_json_for_the_demo(self, demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        capsys.readouterr()
        data = status_json(demo_dir, "2026-11-25", capsys)
        assert data["prep"] == {
            "started_on": "2026-08-28",
            "days_done": 89,
            "ready_on": "2026-09-11",
            "complete": True,
            "acne_clear": True,
            "acne_clear_on": "2026-08-22",
            "acne_flared_on": None,
        }
        assert data["series_state"] == "in_series"
        assert data["awaiting_confirmation"] == []
        assert data["boosts_done"] == 0
        assert data["visits_done"] == 5
        assert data["planned"] == {"min": 6, "max": 8}
        assert data["next_window"] == {"earliest": "2026-12-06", "latest": "2026-12-13"}
        assert [(b["date"], b["time"], b["flag"]) for b in data["booked"]] == [
            ("2026-12-08", "10:30", "ok")
        ]
        assert data["aftercare"] == {"session": 5, "day": 3, "kind": "session"}
        assert data["stop_rule"] == "continue"
        assert data["maintenance_due_on"] is None
        assert len(data["improvement"]) == 6
        assert sorted(data["improvement"].values()) == [0.0, 20.0, 25.0, 40.0, 50.0, 57.1]
        # the ice-pick scar (0%) is not expected to respond and is counted apart
        assert data["mean_improvement"] == 38.4
        assert data["poor_responders_mean_improvement"] == 0.0

    def test_another_day_changes_the_answer(
        self, demo_dir: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        capsys.readouterr()
        data = status_json(demo_dir, "2026-12-20", capsys)
        assert data["aftercare"] is None
        # session 6 was booked for 8 December and nobody said whether it happened
        assert data["booked"] == []
        assert data["awaiting_confirmation"] == [
            {"id": 6, "kind": "session", "date": "2026-12-08", "time": "10:30"}
        ]
        assert data["visits_done"] == 5
        assert data["next_window"] == {"earliest": "2026-12-06", "latest": "2026-12-13"}

    def test_text_matches_the_today_page(
        self, demo_dir: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        capsys.readouterr()
        assert main(["status", "--data-dir", str(demo_dir), "--today", "2026-11-25"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("Today, Wednesday, 25 November 2026\n")
        for expected in (
            "Series: 5 of 6–8 sessions done",
            "Session 6 is booked",
            "  Inside the allowed window.",
            "Aftercare: day 3 after session 5",
            "  • Touch the treated places as little as you can.",
        ):
            assert expected in out


class TestDemo:
    def test_demo_writes_the_sample(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        folder = tmp_path / "demo"
        assert main(["demo", "--data-dir", str(folder), "--today", "2026-11-25"]) == 0
        assert capsys.readouterr().out == f"Sample diary written to {folder}\n"
        assert main(["scars", "--data-dir", str(folder), "--json"]) == 0
        scars = json.loads(capsys.readouterr().out)
        assert [s["photo_count"] for s in scars] == [3] * 6

    def test_demo_refuses_a_folder_with_a_real_diary(
        self, demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (demo_dir / "SAMPLE-DIARY.txt").unlink()
        assert main(["demo", "--data-dir", str(demo_dir)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("scar-diary: ") and "already holds a diary" in err


class TestErrors:
    def test_missing_folder(self, tmp_path: Path) -> None:
        result = run_module("status", "--data-dir", str(tmp_path / "nowhere"))
        assert result.returncode == 2
        assert result.stderr.strip() == f"scar-diary: there is no diary in {tmp_path / 'nowhere'}"
        assert "Traceback" not in result.stderr and not (tmp_path / "nowhere").exists()

    def test_newer_database(self, demo_dir: Path) -> None:
        with closing(sqlite3.connect(demo_dir / DB_FILENAME)) as conn:
            conn.execute("UPDATE alembic_version SET version_num = 'zzzz_newer'")
            conn.commit()
        result = run_module("status", "--data-dir", str(demo_dir))
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1
        assert "newer version of Scar Diary" in result.stderr

    def test_an_older_diary_is_updated_then_answered(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        folder = tmp_path / "older"
        folder.mkdir()
        fixture = Path(__file__).parent / "fixtures" / "diary-0004_lifecycle.sqlite3"
        shutil.copy(fixture, folder / DB_FILENAME)
        data = status_json(folder, "2026-11-25", capsys)
        assert data["today"] == "2026-11-25"
        assert [p.name for p in (folder / "backups").glob("*before-0004*")]  # kept first

    def test_status_reads_without_sqlalchemy(self, demo_dir: Path) -> None:
        """The quick answer: an up-to-date diary is read with plain sqlite3."""
        code = (
            "import sys; from scar_diary.cli import main; "
            f"main(['status', '--json', '--data-dir', {str(demo_dir)!r}]); "
            "print('sqlalchemy' in sys.modules, 'PySide6.QtWidgets' in sys.modules, "
            "file=sys.stderr)"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stderr.split() == ["False", "False"]
        assert json.loads(result.stdout)["series_state"]

    def test_corrupt_file(self, tmp_path: Path) -> None:
        folder = tmp_path / "broken"
        folder.mkdir()
        (folder / DB_FILENAME).write_bytes(b"\x00garbage" * 512)
        result = run_module("status", "--data-dir", str(folder), "--json")
        assert result.returncode == 2 and result.stdout == ""
        assert "is damaged" in result.stderr and "Traceback" not in result.stderr

    def test_impossible_date(self, demo_dir: Path) -> None:
        result = run_module("status", "--data-dir", str(demo_dir), "--today", "2026-02-30")
        assert result.returncode == 2
        assert "not a date in YYYY-MM-DD form: '2026-02-30'" in result.stderr

    def test_version_and_help(self) -> None:
        result = run_module("--help")
        assert result.returncode == 0 and "demo" in result.stdout and "status" in result.stdout


class TestPhotosAndScars:
    def test_add_photos_prints_the_summary(
        self, demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        good = photo(tmp_path / "cheek.jpg")
        twin = tmp_path / "cheek-again.jpg"
        twin.write_bytes(good.read_bytes())
        broken = tmp_path / "notes.jpg"
        broken.write_text("hello")
        capsys.readouterr()
        code = main(
            [
                "add-photos",
                "--data-dir",
                str(demo_dir),
                "--scar",
                "1",
                str(good),
                str(twin),
                str(broken),
            ]
        )
        out = capsys.readouterr().out.splitlines()
        assert code == 0
        assert out[0] == "imported         cheek.jpg"
        assert out[1] == "already present  cheek-again.jpg"
        assert out[2].startswith("rejected         notes.jpg: not an image")
        assert out[3] == "1 imported, 1 already present, 1 rejected"

    def test_all_rejected_exits_non_zero(self, demo_dir: Path, tmp_path: Path) -> None:
        empty = tmp_path / "empty.png"
        empty.write_bytes(b"")
        result = run_module("add-photos", "--data-dir", str(demo_dir), "--scar", "1", str(empty))
        assert result.returncode == 2 and "0 imported" in result.stdout

    def test_unknown_scar(self, demo_dir: Path, tmp_path: Path) -> None:
        result = run_module(
            "add-photos",
            "--data-dir",
            str(demo_dir),
            "--scar",
            "99",
            str(photo(tmp_path / "a.jpg")),
        )
        assert result.returncode == 2
        assert result.stderr.strip() == "scar-diary: There is no scar with id 99."

    def test_scars_json(
        self, demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        main(
            [
                "add-photos",
                "--data-dir",
                str(demo_dir),
                "--scar",
                "6",
                str(photo(tmp_path / "a.jpg")),
            ]
        )
        capsys.readouterr()
        assert main(["scars", "--data-dir", str(demo_dir), "--json"]) == 0
        scars = json.loads(capsys.readouterr().out)
        assert len(scars) == 6
        chin = scars[5]
        assert (chin["id"], chin["label"], chin["region"], chin["type"]) == (
            6,
            "Chin",
            "chin",
            "ice_pick",
        )
        assert chin["expected_response"] == "poor" and chin["photo_count"] == 4
        assert chin["latest"] == {
            "rated_on": "2026-11-25",
            "depth": 8,
            "softening": 2,
            "visibility": 8,
        }


class TestCalendarAndFlags:
    def test_calendar_command(self, demo_dir: Path, tmp_path: Path) -> None:
        from icalendar import Calendar

        out = tmp_path / "diary.ics"
        result = run_module(
            "calendar",
            "--data-dir",
            str(demo_dir),
            "--out",
            str(out),
            "--today",
            "2026-11-25",
            "--full-text",
        )
        assert result.returncode == 0 and result.stdout.strip() == f"Calendar written to {out}"
        summaries = sorted(
            str(e["summary"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        )
        assert summaries == ["Saline session 6 (Scar Diary)", "Window for saline session 6"]

    def test_calendar_to_an_impossible_place(self, demo_dir: Path, tmp_path: Path) -> None:
        result = run_module(
            "calendar",
            "--data-dir",
            str(demo_dir),
            "--out",
            str(tmp_path / "no" / "such" / "dir.ics"),
        )
        assert result.returncode == 2 and result.stderr.startswith("scar-diary: Cannot write")

    def test_every_booking_flag_in_status(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        import datetime as dt

        from scar_diary.services.diary import Diary

        day = dt.date(2026, 1, 1)
        diary = Diary.open(tmp_path / "flags")
        diary.series.start(day)
        diary.series.book(day + dt.timedelta(days=5))  # before prep is complete
        diary.close()
        first = status_json(tmp_path / "flags", "2026-01-02", capsys)["booked"][0]
        assert first["flags"] == ["prep_incomplete", "acne_not_clear"]
        diary = Diary.open(tmp_path / "flags")
        diary.series.confirm_acne_clear(day)
        (visit,) = diary.facts().visits
        diary.series.reschedule(visit.id, day + dt.timedelta(days=20), None)
        diary.series.complete(visit.id)
        diary.series.book(day + dt.timedelta(days=30))
        diary.series.book(day + dt.timedelta(days=60))
        diary.close()
        data = status_json(tmp_path / "flags", "2026-01-25", capsys)
        assert [b["flag"] for b in data["booked"]] == ["too_early", "overdue"]
        assert data["next_window"] == {"earliest": "2026-02-04", "latest": "2026-02-11"}
        assert data["visits_done"] == 1 and data["stop_rule"] == "continue"
