"""No copy of an unlocked key in a core dump: once a protected diary's key is in memory,
this process may not write core dumps (`RLIMIT_CORE` 0) and, on Linux, is not dumpable
(`PR_SET_DUMPABLE` 0, as KeePassXC does: no core file, and other programs of the same user
cannot read its memory through /proc or a debugger). Python gives no way to wipe every copy
of a key it has handled; keeping it out of files is what can be promised."""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def keep_keys_out_of_dumps() -> None:
    if sys.platform == "win32":
        return  # Windows writes no core files unless a debugger or WER is set up to
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _prctl(PR_SET_DUMPABLE, 0)


def dumpable() -> bool | None:
    """Whether the process may be dumped (Linux); None where it cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_prctl(PR_GET_DUMPABLE, 0))


def _prctl(option: int, value: int) -> int:
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    result: int = libc.prctl(option, value, 0, 0, 0)
    return result
