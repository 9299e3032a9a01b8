"""The benchmarks still run: `make bench`'s command on tiny data, once (its figures mean
nothing; timings are never asserted in the test suite)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.cases import ALL

ROOT = Path(__file__).resolve().parents[1]


def test_every_benchmark_runs_on_tiny_data() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--tiny"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    table = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert len(table) >= 2 + len(ALL)  # a header, its rule and at least a row per benchmark
    for line in table[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        assert cells[4] in ("yes", "no"), line  # every row says whether its target is met
    assert "targets met" in result.stdout
