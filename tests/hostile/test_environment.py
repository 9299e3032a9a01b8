"""The environment, named truly: a full disk is a full disk (never a damaged diary), a log
that cannot be written stops nothing, a terminal that is not UTF-8 gets what it can show,
dates at the calendar's edge and paths too long for SQLite get a sentence, and a backups
folder that is a link keeps its own permissions."""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
from scar_diary.services.errors import InvalidInput
from tests.conftest import TODAY
from tests.hostile.cli import ENV, one_sentence, run
from tests.hostile.conftest import mount_tiny_disk
from tests.hostile.forge import pack, unpack


@pytest.fixture
def full_disk_with_a_diary(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "disk"
    if not mount_tiny_disk(mount_point, "2m"):
        if os.environ.get("SCAR_DIARY_CI"):
            pytest.fail("CI runs as root and can mount a test file system")
        pytest.skip("a small test file system cannot be mounted here")
    folder = mount_point / "diary"
    diary = Diary.open(folder)
    scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    diary.ratings.record(scar, TODAY, 5, 5, today=TODAY)
    diary.close()
    with (mount_point / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
        except OSError:
            pass
    yield folder
    subprocess.run(["umount", str(mount_point)], check=False)


def test_a_full_disk_is_never_called_a_damaged_diary(full_disk_with_a_diary: Path) -> None:
    folder = full_disk_with_a_diary
    for command in (
        ["status"],
        ["scars"],
        ["backup"],
        ["report", "--out", str(folder.parent.parent / "r.pdf")],
    ):
        sentence = one_sentence(run(*command, "--data-dir", str(folder)))
        assert "not enough free space" in sentence, (command, sentence)
        assert "damaged" not in sentence and "failed its check" not in sentence


def test_a_log_that_cannot_be_written_stops_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from scar_diary.diagnostics import log, record, start_logging

    folder = tmp_path / "diary"
    folder.mkdir()
    (folder / "logs").write_text("a file where the folder would be")
    assert start_logging(folder) is None  # nothing to log to: the app goes on
    record(RuntimeError("x"), "a test")
    handler = logging.StreamHandler(Path(os.devnull).open("w"))  # noqa: SIM115
    handler.stream.close()  # writing to it fails, as a full disk's file does
    log.addHandler(handler)
    try:
        record(RuntimeError("x"), "a test")
    finally:
        log.removeHandler(handler)
    assert "Traceback" not in capsys.readouterr().err


def test_a_terminal_that_is_not_utf8_gets_what_it_can_show(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    diary = Diary.open(folder)
    diary.scars.add("Wang – ✓ “links”", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    diary.close()
    env = {**ENV, "PYTHONIOENCODING": "iso-8859-1"}
    for command in (["status"], ["scars"]):
        result = run(*command, "--data-dir", str(folder), env=env)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    assert "Wang" in run("scars", "--data-dir", str(folder), env=env).stdout


def test_dates_at_the_calendars_edge_get_a_sentence(diary: Diary, tmp_path: Path) -> None:
    diary.series.start(TODAY - dt.timedelta(days=30), acne_clear_on=TODAY)
    with pytest.raises(InvalidInput, match="outside the years a diary keeps"):
        diary.series.book(dt.date(9999, 12, 31))
    scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    with pytest.raises(InvalidInput, match="outside the years a diary keeps"):
        diary.ratings.record(scar, dt.date(1, 1, 1), 5, 5, today=TODAY)
    from scar_diary.archive.export import export_archive

    document, files = unpack(export_archive(diary.db, tmp_path / "a.zip"))
    document["exported_at"] = "9999-12-31T23:00:00Z"
    archive = pack(tmp_path / "edge.zip", document, files)
    sentence = one_sentence(run("import", str(archive), "--data-dir", str(tmp_path / "new")))
    assert "outside the years a diary keeps" in sentence


def test_a_folder_path_too_long_for_sqlite_gets_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path.joinpath(*(["x" * 200] * 3))
    sentence = one_sentence(run("demo", "--data-dir", str(folder), "--today", "2026-11-25"))
    assert "path is too long" in sentence
    assert "sqlalche" not in sentence and "backup copy" not in sentence


def test_a_backups_folder_that_is_a_link_keeps_its_permissions(tmp_path: Path) -> None:
    elsewhere = tmp_path / "usb-stick" / "backups"
    elsewhere.mkdir(parents=True)
    elsewhere.chmod(0o755)
    folder = tmp_path / "diary"
    diary = Diary.open(folder)
    diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    diary.close()
    (folder / "backups").symlink_to(elsewhere, target_is_directory=True)
    result = run("backup", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert list(elsewhere.glob("diary-*.sqlite3"))  # used
    assert elsewhere.stat().st_mode & 0o777 == 0o755  # its permissions left alone
