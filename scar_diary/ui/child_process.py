"""The app started again in a helper role (`--report-child`, `--match-child`): the bundle's
program, or this Python with the package."""

from __future__ import annotations

import sys


def child_command(role: str) -> tuple[str, list[str]]:
    if getattr(sys, "frozen", False):
        return sys.executable, [role]
    return sys.executable, ["-m", "scar_diary", role]
