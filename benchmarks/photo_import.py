"""Importing a folder of phone-sized photos through the GUI path, against two baselines
measured in the same run:

- time: the import's wall time as a ratio to decoding the same files with Pillow, one by one;
- responsiveness: the longest the GUI event loop was late (a 10 ms timer's worst delay) during
  the import, against the same timer while the loop is idle.

Run: `.venv/bin/python benchmarks/photo_import.py [--count 200] [--size 2000x1500]`
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
from scar_diary.services.tasks import TaskRunner
from scar_diary.ui.scars.photo_import import PhotoImport


def make_photos(folder: Path, count: int, size: tuple[int, int]) -> list[Path]:
    files = []
    for index in range(count):
        image = Image.new("RGB", size, (210, 170, 150))
        draw = ImageDraw.Draw(image)
        draw.ellipse((index % 300, 100, 600 + index % 300, 500), fill=(150, 100, 90))
        path = folder / f"IMG_{index:04d}.jpg"
        image.save(path, "JPEG", quality=90)
        files.append(path)
    return files


class LagProbe:
    """A 10 ms repeating timer that records how late each tick is."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.clock = QElapsedTimer()
        self.worst = 0.0
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst = 0.0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        late = self.clock.restart() - 10
        self.worst = max(self.worst, late)

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--size", default="2000x1500")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        files = make_photos(Path(tmp), args.count, (size[0], size[1]))

        started = time.perf_counter()
        for path in files:
            with Image.open(path) as image:
                image.load()
        raw = time.perf_counter() - started

        probe = LagProbe()
        probe.start()
        deadline = time.perf_counter() + 1.0
        while time.perf_counter() < deadline:
            app.processEvents()
        idle_lag = probe.stop()

        diary = Diary.open(Path(tmp) / "diary")
        scar = diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        window = QWidget()
        runner = TaskRunner()
        job = PhotoImport(window, diary, runner, scar, files)
        done: list[object] = []
        job.finished.connect(done.append)
        probe.start()
        started = time.perf_counter()
        job.start()
        while not done:
            app.processEvents()
        elapsed = time.perf_counter() - started
        import_lag = probe.stop()
        runner.shutdown()
        diary.close()

    print(f"{args.count} photos of {size[0]}×{size[1]}")
    print(f"raw Pillow decode, one by one   {raw:7.2f} s")
    print(f"GUI import (2 workers)          {elapsed:7.2f} s   ratio {elapsed / raw:5.2f}x")
    print(f"event loop worst delay, idle    {idle_lag:7.0f} ms")
    print(f"event loop worst delay, import  {import_lag:7.0f} ms")


if __name__ == "__main__":
    main()
