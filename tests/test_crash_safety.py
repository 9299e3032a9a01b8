"""Killing the app at random moments must never corrupt the diary or lose what was saved.

A child process records ratings and imports photos in a loop, printing each one after its
save has returned; the test kills it with SIGKILL at random times, many times, and then checks
the file and every reported save."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scar_diary.services.diary import Diary
from scar_diary.storage.sqlite_files import integrity_problems

WORKER = r"""
import datetime as dt, io, sys, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PIL import Image
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
folder, tmp, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
diary = Diary.open(folder)
scars = diary.scars.all()
scar = scars[0].id if scars else diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
today = dt.date(2026, 11, 25)
n = 0
while True:
    n += 1
    rid = diary.ratings.record(scar, today, n % 11, (n * 3) % 11, today=today, note=f"{seed}-{n}")
    print(f"rating {rid} {seed}-{n}", flush=True)
    if n % 3 == 0:
        image = Image.new("RGB", (300, 200), (seed % 256, n % 256, 120))
        source = tmp / f"p-{seed}-{n}.png"
        image.save(source)
        summary = diary.photos.import_files(scar, [source])
        print(f"photo {summary.imported}", flush=True)
"""


@pytest.mark.parametrize("rounds", [12])
def test_sigkill_at_random_moments(tmp_path: Path, rounds: int) -> None:
    folder = tmp_path / "diary"
    rng = random.Random(20261125)
    saved: list[str] = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for round_number in range(rounds):
        with subprocess.Popen(
            [sys.executable, "-c", WORKER, str(folder), str(tmp_path), str(round_number)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        ) as child:
            assert child.stdout is not None
            # let it get going (the first start migrates), then kill it somewhere in its work
            first = child.stdout.readline()
            assert first.startswith("rating"), first
            saved.append(first.split()[2])
            deadline = time.monotonic() + rng.uniform(0.05, 0.6)
            while time.monotonic() < deadline:
                line = child.stdout.readline()
                if line.startswith("rating"):
                    saved.append(line.split()[2])
            child.send_signal(signal.SIGKILL)
            for line in child.stdout:  # whatever it reported before dying
                if line.startswith("rating"):
                    saved.append(line.split()[2])

    assert integrity_problems(folder / "diary.sqlite3") == []
    diary = Diary.open(folder)
    try:
        notes = {r.note for r in diary.facts().ratings}
        assert set(saved) <= notes  # every rating whose save returned is there
        for photo in diary.photos.for_scar(diary.scars.all()[0].id):
            data = diary.photos.file(photo).read_bytes()  # no row without its whole file
            assert hashlib.sha256(data).hexdigest() == photo.sha256
    finally:
        diary.close()
    assert len(saved) > rounds
