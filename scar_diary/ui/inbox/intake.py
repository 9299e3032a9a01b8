"""Where photos come in besides a drop: the Receive from Phone window and the watched
folder. Both hand photos to one `Arrivals`; the window is refreshed once a burst of photos
has been kept (not once per photo)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from scar_diary.domain.changes import Changed
from scar_diary.ui.inbox.arrivals import Arrivals
from scar_diary.ui.inbox.folder_watcher import FolderWatcher
from scar_diary.ui.preferences import WATCHED_FOLDER

if TYPE_CHECKING:
    from scar_diary.ui.inbox.receive_window import ReceiveWindow
    from scar_diary.ui.main_window import MainWindow

REFRESH_AFTER_MS = 250  # photos arriving one after the other refresh the window once


class Intake(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.arrivals = Arrivals(window.runner, lambda: window.diary, self)
        self.receiver: ReceiveWindow | None = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_AFTER_MS)
        self._refresh.timeout.connect(lambda: window.refresh(Changed.INBOX))
        self.arrivals.kept.connect(lambda _name: self._refresh.start())
        self.arrivals.refused.connect(self._refused)
        self.folder = FolderWatcher(window.runner, self.arrivals, window.ui_settings, self)

    def _refused(self, name: str, reason: str) -> None:
        """A photo not kept is named: in the Receive from Phone window when it is open (it
        lists every photo), else in the status bar (the watched folder's)."""
        if self.receiver is None:
            self.window.statusBar().showMessage(
                self.tr("{name} was not put in the inbox: {reason}").format(
                    name=name, reason=reason
                ),
                15_000,
            )

    def watch_folder(self) -> None:
        """Watch the folder chosen in Settings, while a diary is open."""
        diary = self.window.diary
        if diary is None:
            self.folder.stop()
            return
        cipher = diary.db.cipher
        marks = None
        if cipher is not None:  # the settings file never says what went into the diary
            from scar_diary.storage.crypto import keyed_hash

            marks = partial(keyed_hash, cipher.subkey(b"watched folder"))
        self.folder.start(WATCHED_FOLDER.get(self.window.ui_settings), marks)

    def open_receiver(self) -> ReceiveWindow | None:
        """The Receive from Phone window (brought forward when open); None without a diary."""
        if self.window.diary is None:
            return None
        if self.receiver is not None:
            self.receiver.activateWindow()
            return self.receiver
        from scar_diary.ui.inbox.receive_window import ReceiveWindow

        self.receiver = receiver = ReceiveWindow(
            self.arrivals, self.window.ui_settings, self.window
        )
        receiver.closed.connect(lambda: self._forget(receiver))
        receiver.show()
        receiver.start()
        return receiver

    def _forget(self, receiver: ReceiveWindow) -> None:
        if self.receiver is receiver:
            self.receiver = None
            receiver.deleteLater()

    def stop_receiving(self) -> None:
        """The diary closes or locks: nothing comes in for it any more (phone, folder)."""
        if self.receiver is not None:
            self.receiver.close()
        self.folder.stop()
