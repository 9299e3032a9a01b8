"""One writer at a time, and a lock that cannot strand the user: two command-line writers
both finish, a writer that cannot get in says so in one sentence, a crashed app's lock is
free again whatever its host name or process id said, and whole-diary replacements refuse
while the app has the diary open."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
from scar_diary.storage.database import DB_FILENAME
from scar_diary.storage.diary_lock import LOCK_NAME, DiaryLock, in_use
from tests.conftest import TODAY
from tests.hostile.cli import ENV, one_sentence, run
from tests.images import photo

WRITER = """
import sys
from pathlib import Path
from scar_diary.services.diary import Diary
diary = Diary.open(Path(sys.argv[1]))
scar = int(sys.argv[2])
import datetime as dt
for n in range(40):
    diary.ratings.record(scar, dt.date(2026, 11, 25), n % 11, 5, today=dt.date(2026, 11, 25))
diary.close()
"""


class TestOneWriter:
    def test_two_writers_at_once_both_finish(self, diary: Diary) -> None:
        scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        folder = diary.data_dir
        diary.close()
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, str(folder), str(scar)],
                env=ENV,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        for writer in writers:
            _, errors = writer.communicate(timeout=120)
            assert writer.returncode == 0, errors
        again = Diary.open(folder)
        try:
            assert len(again.facts().ratings) == 80
        finally:
            again.close()

    def test_a_writer_that_cannot_get_in_says_so(self, sample_dir: Path, tmp_path: Path) -> None:
        with closing(sqlite3.connect(sample_dir / DB_FILENAME)) as holder:
            holder.execute("BEGIN IMMEDIATE")  # another program holds the diary for writing
            result = run(
                "add-photos",
                "--data-dir",
                str(sample_dir),
                "--scar",
                "1",
                str(photo(tmp_path / "new.jpg", color=(10, 20, 30))),
                env={**ENV, "SCAR_DIARY_BUSY_TIMEOUT_MS": "300"},
            )
            holder.rollback()
        assert "the diary is busy" in one_sentence(result)


class TestLock:
    def test_a_lock_held_by_a_killed_app_is_free(self, tmp_path: Path) -> None:
        holder = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys, time; from pathlib import Path; "
                "from scar_diary.storage.diary_lock import DiaryLock; "
                "lock = DiaryLock(Path(sys.argv[1])); lock.acquire(); "
                "print('held', flush=True); time.sleep(60)",
                str(tmp_path),
            ],
            stdout=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert in_use(tmp_path)
        holder.kill()
        holder.communicate()  # reaps it and closes its pipe
        assert not in_use(tmp_path)
        with DiaryLock(tmp_path) as lock:
            assert lock.acquire()

    @pytest.mark.parametrize(
        "left_behind",
        [
            f"{os.getpid()}\nscar-diary\nsome-other-host\n",  # a live process id, another host
            f"{os.getpid()}\nscar-diary\n{socket.gethostname()}\n",  # a reused process id
            "not a lock file at all",
        ],
    )
    def test_what_a_lock_file_says_is_never_trusted(self, tmp_path: Path, left_behind: str) -> None:
        (tmp_path / LOCK_NAME).write_text(left_behind)
        with DiaryLock(tmp_path) as lock:
            assert lock.acquire()

    @pytest.mark.parametrize(
        "command", [("import", "{archive}", "--replace"), ("restore", "latest")]
    )
    def test_replacing_the_whole_diary_waits_for_the_app(
        self, sample_dir: Path, tmp_path: Path, command: tuple[str, ...]
    ) -> None:
        assert run("backup", "--data-dir", str(sample_dir)).returncode == 0
        archive = tmp_path / "a.zip"
        assert run("export", "--data-dir", str(sample_dir), "--out", str(archive)).returncode == 0
        before = (sample_dir / DB_FILENAME).read_bytes()
        app = DiaryLock(sample_dir)
        assert app.acquire()  # the app has the diary open
        try:
            args = [a.format(archive=archive) for a in command]
            result = run(*args, "--data-dir", str(sample_dir))
        finally:
            app.release()
        assert "Scar Diary has this diary open" in one_sentence(result)
        assert (sample_dir / DB_FILENAME).read_bytes() == before
        listed = json.loads(run("backups", "--data-dir", str(sample_dir), "--json").stdout)
        assert [b["reason"] for b in listed] == ["manual"]  # no backup was made either

    def test_restore_works_once_the_app_is_closed(self, sample_dir: Path) -> None:
        assert run("backup", "--data-dir", str(sample_dir)).returncode == 0
        diary = Diary.open(sample_dir)
        diary.scars.add("added later", FaceRegion.CHIN, ScarType.ROLLING)
        diary.ratings.record(diary.scars.all()[-1].id, TODAY, 4, 4, today=TODAY)
        diary.close()
        result = run("restore", "latest", "--data-dir", str(sample_dir))
        assert result.returncode == 0, result.stderr
        assert "Restored" in result.stdout and "backed up in" in result.stdout
        again = Diary.open(sample_dir)
        try:
            assert "added later" not in [s.label for s in again.scars.all()]
        finally:
            again.close()


def test_a_failed_write_is_said_in_words_not_in_sqlite_s() -> None:
    # what a photo import lists beside each photo it could not record
    import errno

    from scar_diary.storage.database import DiaryBusy, ReadOnlyDiary
    from scar_diary.wording.error_messages import write_error_message

    assert write_error_message(DiaryBusy("database is locked")) == (
        "the diary is busy: another program is writing to it; try again in a moment"
    )
    full = write_error_message(OSError(errno.ENOSPC, "No space left on device"))
    assert full == "No space left on device"
    read_only = write_error_message(ReadOnlyDiary(Path("/d/diary.sqlite3"), "readonly"))
    assert "read-only" in read_only and "does not change its permissions" in read_only
