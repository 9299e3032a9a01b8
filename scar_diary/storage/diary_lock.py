"""Who has a diary open: an advisory lock held by the operating system on a file in the
diary folder. The system lets go of it when its holder ends in any way (a crash, a kill, a
power cut), so a lock can never be left stranded, whatever became of the host name or the
holder's process id."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

LOCK_NAME = ".scar-diary.lock"

# The diary folders whose lock this process holds. The OS lock is per open file, so a second
# DiaryLock in the same process would be refused: code that must act only as the lock's
# holder (finishing a conversion) asks here first.
_HELD: set[str] = set()


def _key(data_dir: Path) -> str:
    return os.path.realpath(data_dir)


def held_here(data_dir: Path) -> bool:
    """Whether this process holds the diary's lock."""
    return _key(data_dir) in _HELD


class DiaryLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another program holds it."""
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle = self.path.open("a+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())  # for a person looking; never trusted
        handle.flush()
        self._handle = handle
        _HELD.add(_key(self.path.parent))
        return True

    def release(self) -> None:
        if self._handle is None:
            return
        _HELD.discard(_key(self.path.parent))
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> DiaryLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def in_use(data_dir: Path) -> bool:
    """Whether another program (the app) has this diary open right now."""
    probe = DiaryLock(data_dir)
    if not probe.path.exists():
        return False
    if probe.acquire():
        probe.release()
        return False
    return True


if sys.platform == "win32":  # the Windows bundle
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
