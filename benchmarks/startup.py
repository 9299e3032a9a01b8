"""Start-up time of Scar Diary on the sample diary, as a ratio to a bare Qt window.

Both are measured in the same run, each in fresh processes (imports included), from process
start until the window has been painted once. Run: `.venv/bin/python benchmarks/startup.py`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(980, 720)
window.show()
app.processEvents()
window.grab()
"""

FIRST_PAINT = """
import sys
from pathlib import Path
from scar_diary.ui.app import start_app
app, window = start_app(Path(sys.argv[1]))
assert window is not None
window.grab()
"""

CONTENT_READY = (
    FIRST_PAINT
    + """
while window.diary is None:
    app.processEvents()
window.grab()
"""
)


def time_process(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        diary = Path(tmp) / "sample"
        subprocess.run(
            [sys.executable, "-m", "scar_diary", "demo", "--data-dir", str(diary)],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        cases = {
            "bare Qt window": (BARE,),
            "Scar Diary, first paint": (FIRST_PAINT, str(diary)),
            "Scar Diary, Today page filled": (CONTENT_READY, str(diary)),
        }
        for args in cases.values():  # warm the file cache for all
            time_process(*args)
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(runs):  # interleaved, so machine noise hits all alike
            for name, args in cases.items():
                times[name].append(time_process(*args))
    baseline = statistics.median(times["bare Qt window"])
    for name, samples in times.items():
        median = statistics.median(samples)
        print(
            f"{name:30} median {median * 1000:6.0f} ms  ratio {median / baseline:5.2f}x"
            f"  ({runs} runs)"
        )


if __name__ == "__main__":
    main()
