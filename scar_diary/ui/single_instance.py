"""One Scar Diary per diary folder: a second launch asks the running one to come to the front
instead of opening the database twice. Who runs is decided by the operating system's file
lock (storage/diary_lock.py), which a crashed holder cannot leave behind; a local socket
carries the "come forward" request."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from scar_diary.storage.diary_lock import LOCK_NAME, DiaryLock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise"

__all__ = ["LOCK_NAME", "SingleInstance", "server_name"]


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"scar-diary-{digest}"


class SingleInstance(QObject):
    activated = Signal()  # another launch asked this one to come forward

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.name = server_name(data_dir)
        self.lock = DiaryLock(data_dir)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the only instance. Call `listen` soon after (the window's
        first paint does not wait for the socket)."""
        return self.lock.acquire()

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)

    def notify_running(self, timeout_ms: int = 2000) -> bool:
        """Ask the running instance to come forward; it may be starting still, so keep
        trying until the timeout."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            socket = QLocalSocket(self)
            socket.connectToServer(self.name)
            if socket.waitForConnected(timeout_ms):
                break
            socket.deleteLater()
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE):
            self.activated.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.release()
