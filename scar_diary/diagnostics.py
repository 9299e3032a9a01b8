"""The log: what went wrong, for a bug report, and nothing about the user's health.

A rotating file in the diary folder (`logs/scar-diary.log`) records the type of each error
and where in the code it happened; never an error's message, which may quote a scar's name,
a note or a file name. Unexpected errors anywhere (the GUI thread, worker threads, the
command line) end up here.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

LOG_DIRNAME = "logs"
LOG_NAME = "scar-diary.log"
MAX_BYTES = 256 * 1024
KEEP = 3

log = logging.getLogger("scar_diary")
# A log that cannot be written (a full disk, a read-only folder) is no reason to show a
# traceback or to stop: the logging module then stays silent instead of printing one.
logging.raiseExceptions = False


def where(error: BaseException) -> str:
    """The error's type and the code it passed through: file, line and function only."""
    frames = traceback.extract_tb(error.__traceback__)
    path = " <- ".join(
        f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-8:])
    )
    return f"{type(error).__module__}.{type(error).__qualname__} at {path or '?'}"


class _NoMessages(logging.Formatter):
    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        return where(ei[1]) if ei[1] is not None else ""


def log_file(data_dir: Path) -> Path:
    return data_dir / LOG_DIRNAME / LOG_NAME


def start_logging(data_dir: Path) -> Path | None:
    """Log to the diary folder; returns the file, or None when it cannot be written (then
    nothing is logged, and the app goes on)."""
    import logging.handlers  # after the first paint: it brings in sockets and pickle

    target = log_file(data_dir)
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(_NoMessages("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return target


def record(error: BaseException, context: str) -> None:
    """Log an unexpected error: its type and place, and what the app was doing."""
    log.error("%s: %s", context, where(error))
