"""Backups from the command line when photos are damaged or a backup is dated in the
future: the good copy is kept, the damaged photo is named, `repair-photos` brings it back,
and `restore latest` never takes a backup from the future silently."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from scar_diary.storage.backup_store import make_backup
from tests.hostile.cli import one_sentence, run


def _photo_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "photos").rglob("*.jpg"))


def test_a_damaged_photo_is_named_and_repaired(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    assert run("demo", "--data-dir", str(folder), "--today", "2026-11-25").returncode == 0
    assert run("backup", "--data-dir", str(folder)).returncode == 0
    photo = _photo_files(folder)[0]
    backup_copy = folder / "backups" / photo.relative_to(folder)
    good = photo.read_bytes()
    backup_copy.unlink()  # the backups on another disk: a copy, not a link
    backup_copy.write_bytes(good)
    photo.unlink()
    photo.write_bytes(good[: len(good) // 2])  # cut short
    made = run("backup", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    assert f"damaged photo    {photo.relative_to(folder).as_posix()}" in made.stdout
    assert "which keep a good copy of it" in made.stdout
    assert backup_copy.read_bytes() == good  # the good copy kept
    repaired = run("repair-photos", "--data-dir", str(folder))
    assert repaired.returncode == 0, repaired.stderr
    assert "repaired" in repaired.stdout and photo.read_bytes() == good
    again = run("repair-photos", "--data-dir", str(folder))
    assert "Every photo of the diary is whole." in again.stdout


def test_a_photo_with_no_good_copy_anywhere_is_said(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    assert run("demo", "--data-dir", str(folder), "--today", "2026-11-25").returncode == 0
    photo = _photo_files(folder)[0]
    photo.write_bytes(b"\xff\xd8 not a photo any more")
    result = run("repair-photos", "--data-dir", str(folder))
    assert "no good copy" in result.stdout
    assert "have no good copy of them" in one_sentence(result)


def test_restore_latest_never_takes_a_backup_from_the_future(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    assert run("demo", "--data-dir", str(folder), "--today", "2026-11-25").returncode == 0
    make_backup(folder, "manual", dt.datetime.now(dt.UTC) + dt.timedelta(days=365))
    listed = run("backups", "--data-dir", str(folder))
    assert "(dated in the future: restore it by its name)" in listed.stdout
    data = json.loads(run("backups", "--data-dir", str(folder), "--json").stdout)
    assert [b["dated_in_future"] for b in data] == [True]
    result = run("restore", "latest", "--data-dir", str(folder))
    assert "dated in the future" in one_sentence(result)
    assert run("backup", "--data-dir", str(folder)).returncode == 0  # a real one, made now
    restored = run("restore", "latest", "--data-dir", str(folder))
    assert restored.returncode == 0, restored.stderr
    assert "future" not in restored.stdout
