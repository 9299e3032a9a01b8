"""Running the real command line in its own process, as a user's shell would, with the limits
a hostile machine sets (a file size limit standing in for a full disk, another user)."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}


def run(
    *args: str,
    umask: int | None = None,
    max_file_bytes: int | None = None,
    user: int | None = None,
    stdin: int | None = None,
    timeout: float = 120,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    def limits() -> None:
        if umask is not None:
            os.umask(umask)
        if max_file_bytes is not None:
            # Writes past the limit fail with EFBIG instead of killing the process: the same
            # as a disk that fills up while a file is written.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))
        if user is not None:
            os.setgroups([])
            os.setgid(user)
            os.setuid(user)

    preexec: Callable[[], None] | None = limits
    if umask is None and max_file_bytes is None and user is None:
        preexec = None
    return subprocess.run(
        [sys.executable, "-m", "scar_diary", *args],
        capture_output=True,
        text=True,
        env=env or ENV,
        timeout=timeout,
        check=False,
        preexec_fn=preexec,
        stdin=stdin,
    )


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    """The error a user sees: exactly one line, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("scar-diary: ")
    return lines[0]


def tree_modes(folder: Path) -> dict[str, int]:
    return {
        str(p.relative_to(folder)): p.stat().st_mode & 0o777
        for p in sorted(folder.rglob("*"))
        if not p.is_symlink()
    }
