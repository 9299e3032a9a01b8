"""What the window shows while a protected diary is locked: nothing of the diary, only a
field for the passphrase (or the recovery key) and why it is asked for."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from scar_diary.ui.theme import tone_color
from scar_diary.wording.tone import Tone


class LockScreen(QWidget):
    unlock_requested = Signal(str)  # what was typed: the passphrase or the recovery key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("This diary is locked"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.note = QLabel(
            self.tr(
                "It is protected with a passphrase. Type it to open the diary; the recovery "
                "key works here too."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase or recovery key"))
        self.field.setMinimumWidth(320)
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("unlockProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {tone_color(Tone.WARN).name()};")

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        self.icon = QLabel(self)
        self.icon.setObjectName("lockIcon")
        column = QVBoxLayout()
        column.addWidget(self.icon)
        column.addWidget(title)
        column.addWidget(self.note)
        column.addSpacing(8)
        column.addLayout(row)
        column.addWidget(self.problem)
        self.box = QWidget(self)
        self.box.setLayout(column)
        # A fixed width lets the wrapped note take the height it needs (a centred box
        # with only a maximum width squeezes it).
        self.box.setFixedWidth(480)
        centred = QHBoxLayout()  # not an alignment flag: an aligned item's height ignores
        centred.addStretch(1)  # the wrapped note's height for its width
        centred.addWidget(self.box)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)

        self.button.clicked.connect(self._submit)
        self.field.returnPressed.connect(self._submit)
        self.field.textChanged.connect(lambda _text: self.problem.clear())

    def _submit(self) -> None:
        secret = self.field.text()
        if secret and self.button.isEnabled():
            self.field.clear()  # the passphrase stays in the field no longer than needed
            self.unlock_requested.emit(secret)

    def showEvent(self, event: QShowEvent) -> None:
        self._show_icon()
        super().showEvent(event)

    def _show_icon(self) -> None:
        icon = self.window().windowIcon()
        self.icon.setPixmap(icon.pixmap(64, 64) if not icon.isNull() else QPixmap())
        self.icon.setVisible(not icon.isNull())

    def reset(self) -> None:
        self.field.clear()
        self.problem.clear()
        self.set_busy(False)
        self.field.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.field.setEnabled(not busy)
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))

    def refuse(self, text: str) -> None:
        self.set_busy(False)
        self.problem.setText(text)
        self.field.setFocus()
