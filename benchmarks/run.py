"""`make bench`: every benchmark on generated data, one table with targets.

    python -m benchmarks.run [--tiny] [--runs N] [--only NAME ...]

`--tiny` runs everything on tiny data once, to check the benchmarks still work (the test
suite does this); its figures mean nothing.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time

from benchmarks import data
from benchmarks.cases import ALL, Row


def _value(row: Row) -> str:
    if row.unit == "x":
        return f"{row.value:.2f}x"
    if row.unit == "x faster":
        return f"{row.value:.1f}x faster"
    if row.unit == "MB more":
        return f"+{row.value:.0f} MB"
    return f"{row.value:.1f} {row.unit}"


HEADER = (
    "| benchmark | baseline in the same run | measured | target | met | |\n"
    "|---|---|---|---|---|---|"
)


def table_row(row: Row) -> str:
    return (
        f"| {row.name} | {row.baseline} | {_value(row)} | {row.target} | "
        f"{'yes' if row.met else 'no'} | {row.note} |"
    )


def machine() -> str:
    import os

    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}"
    )


def compile_the_app() -> None:
    """The app's bytecode, as an installed app has it (pip compiles at install, a bundle
    carries it; PySide6 in the baseline has its own): a run under PYTHONDONTWRITEBYTECODE
    would otherwise compile every module of ours at every start and time the compiler."""
    import compileall

    import scar_diary

    compileall.compile_dir(next(iter(scar_diary.__path__)), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tiny", action="store_true", help="tiny data, one run: a smoke test")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*", choices=sorted(ALL), help="some benchmarks only")
    args = parser.parse_args()
    runs = 1 if args.tiny else args.runs
    started = time.perf_counter()
    paths = data.ensure(data.TINY if args.tiny else data.FULL)
    compile_the_app()
    print(f"Machine: {machine()}; {runs} runs each, medians.\n")
    print(HEADER, flush=True)
    rows: list[Row] = []
    failed: list[str] = []
    for name, case in ALL.items():
        if args.only and name not in args.only:
            continue
        try:
            found = case(paths, runs)
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            failed.append(f"{name}: {exc}")
            continue
        rows.extend(found)
        for row in found:
            print(table_row(row), flush=True)
    print(
        f"\n{sum(r.met for r in rows)} of {len(rows)} targets met "
        f"({time.perf_counter() - started:.0f} s)."
    )
    for problem in failed:
        print(f"\nFAILED {problem}", file=sys.stderr)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
