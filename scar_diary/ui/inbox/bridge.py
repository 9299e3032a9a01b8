"""The receiver's events, called on its network threads, as signals the GUI thread gets
(queued: the bridge lives on the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from scar_diary.receiving.localsend import Answer, Asked
from scar_diary.receiving.offers import Offer, Sender


class ReceiverBridge(QObject):
    asked = Signal(object, object)  # Asked, Answer
    arrived_photo = Signal(object, object, object)  # Sender, Offer, bytes
    ended = Signal(object, bool)  # Sender, complete
    idle_closed = Signal()

    # --- scar_diary.receiving.localsend.Events, on the receiver's threads -------------------
    def ask(self, asked: Asked, answer: Answer) -> None:
        self.asked.emit(asked, answer)

    def arrived(self, sender: Sender, offer: Offer, data: bytes) -> None:
        self.arrived_photo.emit(sender, offer, data)

    def session_ended(self, sender: Sender, complete: bool) -> None:
        self.ended.emit(sender, complete)

    def closed_idle(self) -> None:
        self.idle_closed.emit()
