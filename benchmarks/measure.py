"""How the benchmarks measure: whole processes timed from start to a condition, peak memory
from the process itself, medians over several runs taken in turns (so machine noise hits the
case and its baseline alike), and the event loop's worst delay."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    report: dict[str, float]  # whatever the script printed as JSON on its last line


def run_script(code: str, *args: str) -> Run:
    """A fresh Python process (imports included) from start to its end, or to the moment
    it reports as "at" (time.time()); the script may print a JSON object on its last line
    with its own figures."""
    with tempfile.TemporaryDirectory(prefix="scar-diary-bench-run-") as run_folder:
        # Each run starts with the window settings of a new user (the Today page in view):
        # one run's last page or window size must not change what the next one shows. Its
        # temporary files (copies of the large diary: gigabytes) go when it ends.
        settings, scratch = Path(run_folder) / "config", Path(run_folder) / "tmp"
        scratch.mkdir()
        env = {**ENV, "XDG_CONFIG_HOME": str(settings), "TMPDIR": str(scratch)}
        launched = time.time()  # wall clock: the script reports when it got there the same way
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"benchmark script failed:\n{done.stderr[-3000:]}")
    lines = done.stdout.strip().splitlines()
    report = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    peak = float(report.get("peak_mb", 0.0))
    if "at" in report:  # start to the moment measured, not to the end of the process
        elapsed = report["at"] - launched
    return Run(elapsed, peak, report)


def medians(cases: dict[str, Callable[[], float]], runs: int) -> dict[str, float]:
    """Each case `runs` times, in turns, after one warm-up round (file caches)."""
    for case in cases.values():
        case()
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, case in cases.items():
            samples[name].append(case())
    return {name: statistics.median(values) for name, values in samples.items()}


def median_of(values: Sequence[float]) -> float:
    return statistics.median(values)


# Pasted into benchmark scripts: the process's peak memory, and an event-loop probe.
PROBE = """
import json, resource, time
from PySide6.QtCore import QElapsedTimer, QTimer

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

class Heartbeat:
    '''A 5 ms timer: its worst lateness is the longest the GUI thread was busy.'''
    def __init__(self):
        self.timer = QTimer(); self.timer.setInterval(5)
        self.clock = QElapsedTimer(); self.worst = 0
        self.timer.timeout.connect(self.tick)
    def start(self):
        self.worst = 0; self.clock.start(); self.timer.start()
    def tick(self):
        self.worst = max(self.worst, self.clock.restart() - 5)
    def stop(self):
        self.timer.stop(); return self.worst

def until(app, condition, limit=600):
    # the event loop as the app's own runs it: asleep between events, not spinning a core
    # the workers need; a 5 ms tick checks the condition
    from PySide6.QtCore import QEventLoop
    tick = QTimer(); tick.start(5)
    deadline = time.perf_counter() + limit
    while not condition():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() > deadline:
            raise SystemExit('timed out')
    tick.stop()
"""


@dataclass(frozen=True)
class Row:
    name: str
    baseline: str
    value: float  # a ratio, or a figure in `unit`
    unit: str  # "x" for ratios, "ms", "MB", "x faster"
    target: str
    met: bool
    note: str = ""
