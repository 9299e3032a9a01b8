"""Owner-only files, CSV cells that spreadsheets cannot run, file names that cannot rewrite a
terminal, outputs that are whole or absent (a full disk), never into the diary itself, and a
read-only diary met with one sentence."""

from __future__ import annotations

import csv
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.csv_export import export_csv
from scar_diary.services.diary import Diary
from scar_diary.storage.database import DB_FILENAME
from tests.conftest import TODAY
from tests.hostile.cli import one_sentence, run, tree_modes
from tests.images import photo


@pytest.fixture
def open_folder(tmp_path: Path) -> Path:
    """A diary folder someone made readable by everyone, with a backups folder likewise."""
    folder = tmp_path / "diary"
    (folder / "backups").mkdir(parents=True)
    folder.chmod(0o755)
    (folder / "backups").chmod(0o755)
    return folder


class TestOwnerOnly:
    def test_everything_the_app_writes_is_the_owners_only(
        self, open_folder: Path, tmp_path: Path
    ) -> None:
        out = tmp_path / "exports"
        out.mkdir()
        loose = 0o022  # the usual umask: files readable by all
        assert (
            run(
                "demo", "--data-dir", str(open_folder), "--today", "2026-11-25", umask=loose
            ).returncode
            == 0
        )
        for args in (
            ("backup",),
            ("export", "--out", str(out / "diary.zip")),
            ("calendar", "--out", str(out / "dates.ics")),
            ("export-csv", "--out", str(out / "csv")),
            ("report", "--out", str(out / "summary.pdf"), "--no-photos"),
        ):
            result = run(*args, "--data-dir", str(open_folder), umask=loose)
            assert result.returncode == 0, result.stderr
        written = {**tree_modes(open_folder), **{f"out/{k}": v for k, v in tree_modes(out).items()}}
        assert written
        for name, mode in written.items():
            path = open_folder / name if not name.startswith("out/") else out / name[4:]
            expected = 0o700 if path.is_dir() else 0o600
            assert mode == expected, (name, oct(mode))
        assert stat.S_IMODE(open_folder.stat().st_mode) == 0o700  # tightened


class TestCsvCells:
    @pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
    def test_formula_starts_become_text(self, diary: Diary, tmp_path: Path, start: str) -> None:
        scar = diary.scars.add("Chin", FaceRegion.CHIN, ScarType.ROLLING)
        diary.ratings.record(scar, TODAY, 5, 5, today=TODAY, note=f"{start}cmd|' /C calc'!A0")
        ratings, _ = export_csv(diary.facts(), tmp_path, today=TODAY)
        with ratings.open(encoding="utf-8", newline="") as handle:
            (row,) = list(csv.DictReader(handle))
        # a carriage return is a line break in the file (domain/text.py): still text
        assert row["note"] == f"'{start.replace(chr(13), chr(10))}cmd|' /C calc'!A0"
        assert row["depth (0-10, 0 = level with the skin)"] == "5"  # numbers stay numbers

    def test_labels_are_covered_too(self, diary: Diary, tmp_path: Path) -> None:
        diary.ratings.record(
            diary.scars.add('=HYPERLINK("http://x")', FaceRegion.CHIN, ScarType.ROLLING),
            TODAY,
            5,
            5,
            today=TODAY,
        )
        ratings, _ = export_csv(diary.facts(), tmp_path, today=TODAY)
        with ratings.open(encoding="utf-8", newline="") as handle:
            (row,) = list(csv.DictReader(handle))
        assert row["scar_label"] == '\'=HYPERLINK("http://x")'


class TestTerminal:
    @pytest.mark.parametrize(
        ("name", "shown"),
        [
            ("red\x1b[31mcolour.jpg", "red\\x1b[31mcolour.jpg"),
            ("bell\x07.jpg", "bell\\x07.jpg"),
            ("flip\u202egpj.exe.jpg", "flip\\u202egpj.exe.jpg"),
        ],
    )
    def test_control_characters_in_file_names_are_escaped(
        self, sample_dir: Path, tmp_path: Path, name: str, shown: str
    ) -> None:
        source = photo(tmp_path / "plain.jpg")
        hostile = tmp_path / name
        source.rename(hostile)
        result = run("add-photos", "--data-dir", str(sample_dir), "--scar", "1", str(hostile))
        assert result.returncode == 0, result.stderr
        assert shown in result.stdout and name not in result.stdout


OLD = b"an older file the user keeps"


@pytest.fixture
def full_disk(tiny_disk: Path) -> Path:
    """The tiny disk, filled to the last block after an older file the user keeps (one for
    each kind of export) was put on it."""
    (tiny_disk / "csv").mkdir()
    for name in ("summary.pdf", "diary.zip", "dates.ics", "csv/ratings.csv"):
        (tiny_disk / name).write_bytes(OLD)
    with (tiny_disk / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 1024)
        except OSError:
            pass  # full to the last block
    return tiny_disk


class TestFullDisk:
    @pytest.mark.parametrize(
        ("command", "target"),
        [("report", "summary.pdf"), ("export", "diary.zip"), ("calendar", "dates.ics")],
    )
    def test_a_full_disk_leaves_the_older_file(
        self, sample_dir: Path, full_disk: Path, command: str, target: str
    ) -> None:
        out = full_disk / target
        result = run(command, "--data-dir", str(sample_dir), "--out", str(out))
        line = one_sentence(result)
        assert "not enough free space" in line and "nothing was changed" in line
        assert out.read_bytes() == OLD
        assert not [p for p in full_disk.iterdir() if p.name.startswith(".partial-")]

    def test_a_full_disk_during_csv_export(self, sample_dir: Path, full_disk: Path) -> None:
        result = run("export-csv", "--data-dir", str(sample_dir), "--out", str(full_disk / "csv"))
        assert "not enough free space" in one_sentence(result)
        assert (full_disk / "csv" / "ratings.csv").read_bytes() == OLD


class TestNotIntoTheDiary:
    @pytest.mark.parametrize(
        ("command", "target"),
        [
            ("export", DB_FILENAME),
            ("export", "photos/x.zip"),
            ("report", "summary.pdf"),
            ("calendar", "backups/x.ics"),
            ("export-csv", "."),
        ],
    )
    def test_an_output_inside_the_diary_folder_is_refused(
        self, sample_dir: Path, command: str, target: str
    ) -> None:
        before = (sample_dir / DB_FILENAME).read_bytes()
        result = run(command, "--data-dir", str(sample_dir), "--out", str(sample_dir / target))
        assert "inside the diary's own folder" in one_sentence(result)
        assert (sample_dir / DB_FILENAME).read_bytes() == before


def _immutable(paths: list[Path], on: bool) -> bool:
    flag = "+i" if on else "-i"
    done = subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True, check=False)
    return done.returncode == 0


class TestReadOnly:
    def test_a_read_only_diary_gets_one_sentence_and_keeps_its_modes(
        self, sample_template: Path, tmp_path: Path
    ) -> None:
        folder = tmp_path / "diary"
        shutil.copytree(sample_template, folder)
        diary_file = folder / DB_FILENAME
        diary_file.chmod(0o400)
        folder.chmod(0o500)
        locked = [diary_file, folder]
        # root writes through modes: make the file and folder immutable instead
        if os.geteuid() == 0 and not _immutable(locked, True):
            if os.environ.get("SCAR_DIARY_CI"):
                pytest.fail("CI's file system can make files immutable (chattr +i)")
            pytest.skip("this file system cannot make files read-only for root")
        try:
            result = run("status", "--data-dir", str(folder))
        finally:
            if os.geteuid() == 0:
                _immutable(locked, False)
        assert "read-only" in one_sentence(result)
        assert stat.S_IMODE(folder.stat().st_mode) == 0o500
        assert stat.S_IMODE(diary_file.stat().st_mode) == 0o400
        folder.chmod(0o700)
