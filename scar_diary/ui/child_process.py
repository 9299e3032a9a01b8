"""The app started again in a helper role (`--report-child`, `--match-child`): the bundle's
program, or this Python with the package; its one request written to its standard input,
an inherited pipe (the only way a protected diary's key travels to it)."""

from __future__ import annotations

import pickle
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment


def child_command(role: str) -> tuple[str, list[str]]:
    if getattr(sys, "frozen", False):
        return sys.executable, [role]
    return sys.executable, ["-m", "scar_diary", role]


def start_child(
    owner: QObject,
    role: str,
    request: object,
    wire: Callable[[QProcess], None],
    *,
    offscreen: bool = False,
) -> QProcess:
    """Start the app in `role`, with `wire` connecting the process's signals first, and hand
    it `request`; `offscreen`: it draws, it shows nothing."""
    process = QProcess(owner)
    if offscreen:
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("QT_QPA_PLATFORM", "offscreen")
        process.setProcessEnvironment(environment)
    process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
    wire(process)
    program, arguments = child_command(role)
    process.start(program, arguments)
    process.write(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
    process.closeWriteChannel()  # the key, if any, is now only in the child
    return process
