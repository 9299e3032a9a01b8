"""Photos with odd EXIF and unsupported kinds (add-photos and import share one set of checks),
and every command met with a user's mistakes: a closed pipe, a folder that is a file, an
empty or missing diary file. One sentence each; no traceback; nothing lost."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from scar_diary.services.diary import Diary
from scar_diary.storage.database import DB_FILENAME
from tests.hostile.cli import ENV, one_sentence, run
from tests.images import photo

COMMANDS = [
    ("status",),
    ("status", "--json"),
    ("scars",),
    ("add-photos", "--scar", "1", "x.jpg"),
    ("calendar", "--out", "{tmp}/a.ics"),
    ("report", "--out", "{tmp}/a.pdf"),
    ("export-csv", "--out", "{tmp}/csv"),
    ("export", "--out", "{tmp}/a.zip"),
    ("backup",),
    ("backups",),
    ("restore", "latest"),
]


class TestPhotos:
    @pytest.mark.parametrize(
        ("taken", "offset"),
        [
            ("0001:01:01 00:00:00", "-12:00"),
            ("9999:12:31 23:59:59", "+14:00"),
            ("2026:11:20 10:00:00", "+99:00"),
            ("2026:13:45 99:99:99", None),
            ("not a date", None),
        ],
    )
    def test_odd_exif_dates_fall_back_to_the_files_time(
        self, sample_dir: Path, tmp_path: Path, taken: str, offset: str | None
    ) -> None:
        odd = photo(tmp_path / "odd.jpg", taken=taken, offset=offset, color=(1, 2, 3))
        good = photo(tmp_path / "good.jpg", taken="2026:11:20 10:00:00", color=(4, 5, 6))
        stamp = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC).timestamp()
        os.utime(odd, (stamp, stamp))
        result = run(
            "add-photos", "--data-dir", str(sample_dir), "--scar", "1", str(odd), str(good)
        )
        assert result.returncode == 0 and "2 imported" in result.stdout, result.stderr
        diary = Diary.open(sample_dir)
        try:
            mine = {p.original_name: p for p in diary.photos.for_scar(1)}
        finally:
            diary.close()
        assert mine["odd.jpg"].taken_at == dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)

    def test_one_bad_file_never_stops_the_batch(self, sample_dir: Path, tmp_path: Path) -> None:
        lab = tmp_path / "lab.tif"
        Image.new("LAB", (16, 16)).save(lab)
        bomb = tmp_path / "bomb.png"
        Image.new("L", (12_000, 12_000)).save(bomb)
        text = tmp_path / "notes.jpg"
        text.write_text("not a picture")
        heic = photo(tmp_path / "phone.heic", format="HEIF", color=(9, 9, 9))
        result = run(
            "add-photos",
            "--data-dir",
            str(sample_dir),
            "--scar",
            "2",
            str(lab),
            str(bomb),
            str(text),
            str(heic),
        )
        assert result.returncode == 0, result.stderr
        out = result.stdout
        assert "imported         phone.heic" in out
        assert "rejected         lab.tif: unsupported colour mode (LAB)" in out
        assert "rejected         bomb.png: the image is too large" in out
        assert "rejected         notes.jpg: not an image" in out
        assert "1 imported, 0 already present, 3 rejected" in out


class TestCommands:
    def test_a_closed_pipe_is_no_error(self, sample_dir: Path) -> None:
        shell = subprocess.run(
            f"'{sys.executable}' -m scar_diary status --data-dir '{sample_dir}' --json | head -1",
            shell=True,
            capture_output=True,
            text=True,
            env=ENV,
            check=False,
        )
        assert shell.stdout == "{\n" and "Traceback" not in shell.stderr
        assert shell.stderr == ""

    @pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
    def test_a_data_dir_that_is_a_file(self, tmp_path: Path, command: tuple[str, ...]) -> None:
        afile = tmp_path / "notes.txt"
        afile.write_text("mine")
        args = [a.format(tmp=tmp_path) for a in command]
        line = one_sentence(run(*args, "--data-dir", str(afile)))
        assert "is a file, not a diary folder" in line or "there is no diary" in line
        assert afile.read_text() == "mine"

    @pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
    def test_an_empty_diary_file_is_damaged_not_new(
        self, sample_dir: Path, tmp_path: Path, command: tuple[str, ...]
    ) -> None:
        assert run("backup", "--data-dir", str(sample_dir)).returncode == 0
        (sample_dir / DB_FILENAME).write_bytes(b"")
        for extra in sample_dir.glob(DB_FILENAME + "-*"):
            extra.unlink()
        args = [a.format(tmp=tmp_path) for a in command]
        result = run(*args, "--data-dir", str(sample_dir))
        if command == ("restore", "latest"):
            assert result.returncode == 0, result.stderr  # the way back
            diary = Diary.open(sample_dir)
            try:
                assert len(diary.scars.all()) == 6
            finally:
                diary.close()
            return
        if command == ("backups",):
            assert result.returncode == 0 and "manual" in result.stdout
            return
        line = one_sentence(result)
        assert "missing or empty" in line or "empty" in line
        assert (sample_dir / DB_FILENAME).read_bytes() == b""  # never started over

    def test_an_empty_diary_file_in_a_new_folder_is_refused_in_true_words(
        self, tmp_path: Path
    ) -> None:
        # no photos, no backups: the sentence must not claim they exist
        folder = tmp_path / "diary"
        folder.mkdir()
        (folder / DB_FILENAME).write_bytes(b"")
        line = one_sentence(run("status", "--data-dir", str(folder)))
        assert "is empty" in line and "move the empty file away" in line
        assert "photos or backups" not in line
        assert (folder / DB_FILENAME).read_bytes() == b""

    def test_a_missing_diary_where_photos_are_is_missing_not_new(self, sample_dir: Path) -> None:
        (sample_dir / DB_FILENAME).unlink()
        for extra in sample_dir.glob(DB_FILENAME + "-*"):
            extra.unlink()
        line = one_sentence(run("status", "--data-dir", str(sample_dir)))
        assert "missing" in line and "restore" in line
        assert not (sample_dir / DB_FILENAME).exists()

    def test_an_unexpected_error_names_the_log_without_health_data(self, sample_dir: Path) -> None:
        # a diary whose ratings table was changed behind the app's back: a bug-like failure
        import sqlite3
        from contextlib import closing

        with closing(sqlite3.connect(sample_dir / DB_FILENAME)) as conn:
            conn.execute("UPDATE ratings SET rated_on = 'Chin: secret note' WHERE id = 1")
            conn.commit()
        result = run("status", "--data-dir", str(sample_dir))
        assert result.returncode == 70 and "Traceback" not in result.stderr
        assert "details are in" in result.stderr
        log = (sample_dir / "logs" / "scar-diary.log").read_text()
        assert "command status" in log and "secret" not in log and "Chin" not in log
