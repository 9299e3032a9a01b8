"""Settings for photos that come in by themselves: the name and PIN phones see when this
computer receives over LocalSend, plain HTTP for a phone that cannot do HTTPS (off by
default), and a watched folder (off by default)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from scar_diary.ui import dialogs
from scar_diary.ui.enabling import set_enabled
from scar_diary.ui.preferences import (
    RECEIVER_ALLOW_HTTP,
    RECEIVER_NAME,
    RECEIVER_PIN,
    WATCHED_FOLDER,
    WATCHED_SEEN,
)


class PhoneBox(QGroupBox):
    folder_changed = Signal(str)  # the watched folder, or "" for none

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Photos from your phone"), parent)
        self.setObjectName("phoneBox")
        self.settings = settings
        self.name = QLineEdit(RECEIVER_NAME.get(settings), self)
        self.name.setMaxLength(60)
        self.name.setObjectName("receiverName")
        # saved as typed (nothing waits for the field to lose focus, nor is lost on quitting)
        self.name.textChanged.connect(lambda text: RECEIVER_NAME.set(settings, text.strip()))
        self.pin = QLineEdit(RECEIVER_PIN.get(settings), self)
        self.pin.setObjectName("receiverPin")
        self.pin.setPlaceholderText(self.tr("none"))
        self.pin.setValidator(QRegularExpressionValidator(r"[0-9A-Za-z]{0,12}", self.pin))
        self.pin.textChanged.connect(lambda text: RECEIVER_PIN.set(settings, text))
        self.plain = QCheckBox(
            self.tr("Let a phone that cannot encrypt send over plain HTTP (not recommended)"), self
        )
        self.plain.setObjectName("receiverPlainHttp")
        self.plain.setChecked(RECEIVER_ALLOW_HTTP.get(settings))
        self.plain.toggled.connect(lambda on: RECEIVER_ALLOW_HTTP.set(settings, on))

        self.folder = QLabel(self)
        self.folder.setObjectName("watchedFolder")
        self.folder.setWordWrap(True)
        self.choose = QPushButton(self.tr("C&hoose Folder…"), self)
        self.choose.clicked.connect(self._choose)
        self.stop = QPushButton(self.tr("Stop &Watching"), self)
        self.stop.clicked.connect(lambda: self.set_folder(""))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        row.addWidget(self.stop)
        note = QLabel(
            self.tr(
                "New photos in the watched folder (one your phone's sync app fills, such as "
                "Syncthing or Nextcloud) wait in the Inbox. The folder itself is only read."
            ),
            self,
        )
        note.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("Name phones see:"), self.name)
        form.addRow(self.tr("PIN phones must give:"), self.pin)
        form.addRow(self.plain)
        form.addRow(self.tr("Watched folder:"), row)
        form.addRow(note)
        self._show_folder()

    def _show_folder(self) -> None:
        chosen = WATCHED_FOLDER.get(self.settings)
        self.folder.setText(chosen or self.tr("None"))
        set_enabled(self.stop, bool(chosen), self.tr("No folder is watched."))

    def _choose(self) -> None:
        dialogs.choose_folder(self, self.tr("Choose the Folder to Watch"), self.set_folder)

    def set_folder(self, folder: str) -> None:
        if folder != WATCHED_FOLDER.get(self.settings):
            WATCHED_SEEN.set(self.settings, [])  # what was taken is per folder
        WATCHED_FOLDER.set(self.settings, folder)
        self._show_folder()
        self.folder_changed.emit(folder)
