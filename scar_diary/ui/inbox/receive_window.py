"""Receive from Phone: while this window is open, and only then, the diary is a LocalSend
device on the local network. Each phone's request is asked about here (who, how many
photos, how large); accepted photos go to the inbox as they arrive."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scar_diary.ui.inbox.arrivals import Arrivals
from scar_diary.ui.inbox.bridge import ReceiverBridge
from scar_diary.ui.labels import paragraph
from scar_diary.ui.preferences import RECEIVER_ALLOW_HTTP, RECEIVER_NAME, RECEIVER_PIN
from scar_diary.wording import inbox as words
from scar_diary.wording.dates import decimal

if TYPE_CHECKING:
    from scar_diary.receiving.announce import Announcer
    from scar_diary.receiving.localsend import Answer, Asked, Receiver
    from scar_diary.receiving.offers import Offer, Sender


def local_addresses() -> list[str]:
    """This computer's addresses on its private networks, for a phone that does not find it
    by itself (LocalSend can add a device by its address)."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    from scar_diary.receiving.guards import is_private_peer

    found = []
    for address in QNetworkInterface.allAddresses():
        if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
            continue
        text = address.toString()
        if is_private_peer(text) and not address.isLoopback():
            found.append(text)
    return found or ["127.0.0.1"]


def megabytes(size: int) -> str:
    return decimal(size / 1_000_000, 1)


class ReceiveWindow(QDialog):
    closed = Signal()

    def __init__(
        self, arrivals: Arrivals, settings: QSettings, parent: QWidget, *, port: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receiveWindow")
        self.setWindowTitle(self.tr("Receive from Phone"))
        self.arrivals = arrivals
        self.settings = settings
        self.bridge = ReceiverBridge(self)
        self.receiver: Receiver | None = None
        self.announcer: Announcer | None = None
        self.answer: Answer | None = None
        self.asked: Asked | None = None
        self._port = port

        self.intro = paragraph("", self)
        self.details = QFormLayout()
        self.name_label, self.address_label = QLabel(self), QLabel(self)
        self.security_label, self.pin_label = paragraph("", self), paragraph("", self)
        for label in (self.name_label, self.address_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.addRow(self.tr("Name:"), self.name_label)
        self.details.addRow(self.tr("Address:"), self.address_label)
        self.details.addRow(self.tr("Security:"), self.security_label)
        self.details.addRow(self.tr("PIN:"), self.pin_label)
        self.status = paragraph("", self)
        self.status.setObjectName("receiveStatus")

        self.request = QFrame(self)
        self.request.setObjectName("phoneRequest")
        self.request.setFrameShape(QFrame.Shape.StyledPanel)
        self.request_text = paragraph("", self.request)
        self.request_files = QListWidget(self.request)
        self.request_files.setMaximumHeight(110)
        self.accept_button = QPushButton(self.tr("&Accept"), self.request)
        self.decline_button = QPushButton(self.tr("&Decline"), self.request)
        self.accept_button.clicked.connect(lambda: self._answer(accept=True))
        self.decline_button.clicked.connect(lambda: self._answer(accept=False))
        request_layout = QVBoxLayout(self.request)
        request_layout.addWidget(self.request_text)
        request_layout.addWidget(self.request_files)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.decline_button)
        row.addWidget(self.accept_button)
        request_layout.addLayout(row)
        self.request.hide()

        self.received = QListWidget(self)
        self.received.setObjectName("receivedPhotos")
        self.received.setAccessibleName(self.tr("Photos received"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.details)
        layout.addWidget(self.status)
        layout.addWidget(self.request)
        layout.addWidget(QLabel(self.tr("Received this time:"), self))
        layout.addWidget(self.received, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 560)

        self.bridge.asked.connect(self._asked)
        self.bridge.arrived_photo.connect(self._arrived)
        self.bridge.ended.connect(self._ended)
        self.bridge.idle_closed.connect(self._idle)
        self.arrivals.kept.connect(self._kept)
        self.arrivals.refused.connect(self._refused)
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.timeout.connect(lambda: self._answer(accept=False))

    # --- the receiver's life: this window's ------------------------------------------------
    def start(self) -> bool:
        """Listen; False (and said why) when this computer does not allow it."""
        from scar_diary.paths import receiver_dir
        from scar_diary.receiving.announce import Announcer
        from scar_diary.receiving.certificate import load_or_make
        from scar_diary.receiving.localsend import DEFAULT_PORT, Receiver, Rules

        name = RECEIVER_NAME.get(self.settings).strip() or "Scar Diary"
        pin = RECEIVER_PIN.get(self.settings).strip()
        plain = RECEIVER_ALLOW_HTTP.get(self.settings)
        try:
            certificate = None if plain else load_or_make(receiver_dir())
            rules = Rules(pin=pin)
            ports = [self._port] if self._port is not None else [DEFAULT_PORT, 0]
            for index, port in enumerate(ports):
                try:
                    self.receiver = Receiver(name, self.bridge, rules, certificate, port=port)
                    break
                except OSError:  # LocalSend itself may hold its port on this computer
                    if index == len(ports) - 1:
                        raise
        except OSError as exc:
            self.status.setText(
                self.tr("Phones cannot send to this computer now: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
            return False
        assert self.receiver is not None
        self.receiver.start()
        self.announcer = Announcer(self.receiver.identity.info())
        found = self.announcer.start()
        self._describe(name, pin, certificate is not None, found)
        return True

    def _describe(self, name: str, pin: str, https: bool, announced: bool) -> None:
        assert self.receiver is not None
        self.intro.setText(
            self.tr(
                "On your phone, open LocalSend and send your scar photos to “{name}”. The "
                "phone and this computer must be on the same network (the same Wi-Fi). "
                "Nothing is received once this window is closed."
            ).format(name=name)
        )
        self.name_label.setText(name)
        self.address_label.setText(
            ", ".join(f"{address}:{self.receiver.port}" for address in local_addresses())
        )
        fingerprint = self.receiver.identity.fingerprint
        self.security_label.setText(
            self.tr("Encrypted (HTTPS). This computer's certificate begins {start}.").format(
                start=fingerprint[:8].upper()
            )
            if https
            else self.tr("Not encrypted (plain HTTP, allowed in Settings).")
        )
        self.pin_label.setText(
            pin
            if pin
            else self.tr("None. You still accept each transfer here before anything arrives.")
        )
        self.status.setText(
            self.tr("Waiting for a phone…")
            if announced
            else self.tr(
                "Waiting for a phone… This network does not let phones find the computer by "
                "themselves: in LocalSend, add it by its address above."
            )
        )

    def stop(self) -> None:
        if self.answer is not None:
            self.answer.give(set())
            self.answer = None
        receiver, announcer = self.receiver, self.announcer
        self.receiver = self.announcer = None
        if receiver is not None or announcer is not None:
            # closing the sockets waits up to half a second: not on the GUI thread
            threading.Thread(
                target=lambda: [part.stop() for part in (receiver, announcer) if part],
                name="receiver-stop",
                daemon=True,
            ).start()

    @property
    def listening(self) -> bool:
        return self.receiver is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        self.closed.emit()
        super().closeEvent(event)

    def reject(self) -> None:  # Esc closes too, and stops the receiver
        self.close()

    # --- a phone asks ----------------------------------------------------------------------
    def _asked(self, asked: Asked, answer: Answer) -> None:
        self.asked, self.answer = asked, answer
        total = sum(offer.size for offer in asked.offers)
        who = asked.sender.alias or asked.sender.address
        text = words.wants_to_send(who, len(asked.offers), megabytes(total))
        if asked.refused:
            text += " " + words.left_out(len(asked.refused))
        self.request_text.setText(text)
        self.request_files.clear()
        for offer in asked.offers:
            self.request_files.addItem(f"{offer.name} ({megabytes(offer.size)} MB)")
        self.request.show()
        self.accept_button.setFocus()
        assert self.receiver is not None
        self._answer_timer.start(int(self.receiver.rules.answer_seconds * 1000) - 2000)
        QApplication.alert(self)  # the taskbar says a phone is waiting for an answer

    def _answer(self, *, accept: bool) -> None:
        self._answer_timer.stop()
        if self.answer is None or self.asked is None:
            return
        self.answer.give({o.file_id for o in self.asked.offers} if accept else set())
        self.status.setText(
            self.tr("Receiving…") if accept else self.tr("Declined. Waiting for a phone…")
        )
        self.answer = self.asked = None
        self.request.hide()

    def _arrived(self, sender: Sender, offer: Offer, data: bytes) -> None:
        self.arrivals.take(data, offer.name, sender.alias or sender.address, offer.modified)

    def _kept(self, name: str) -> None:
        self.received.addItem(self.tr("{name}: in the inbox").format(name=name))

    def _refused(self, name: str, reason: str) -> None:
        self.received.addItem(
            self.tr("{name}: not kept ({reason})").format(name=name, reason=reason)
        )

    def _ended(self, _sender: Sender, complete: bool) -> None:
        self.status.setText(
            self.tr("Done. Waiting for a phone…")
            if complete
            else self.tr("The phone stopped sending. Waiting for a phone…")
        )

    def _idle(self) -> None:
        self.receiver = None
        if self.announcer is not None:
            threading.Thread(target=self.announcer.stop, daemon=True).start()
            self.announcer = None
        self.status.setText(
            self.tr(
                "Stopped receiving after 10 minutes without a phone. Close this window and "
                "open it again to receive more."
            )
        )
