"""Settings → Backups: the list of backups, "Back Up Now", "Restore…" and "Open Folder"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scar_diary.services.backups import Backup, backups_dir, list_backups
from scar_diary.services.diary import Diary
from scar_diary.ui import dialogs
from scar_diary.ui.enabling import set_enabled
from scar_diary.ui.icons import icon
from scar_diary.wording.dates import date_and_time
from scar_diary.wording.error_messages import backup_reason


class BackupsBox(QGroupBox):
    restore_requested = Signal(object)  # Backup
    backup_requested = Signal()
    repair_requested = Signal()
    move_requested = Signal(object)  # Path: keep the backups there from now on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.setObjectName("backupsBox")
        self.diary: Diary | None = None
        self.backups: list[Backup] = []
        note = QLabel(
            self.tr(
                "A backup is made automatically once a day, and before every import, restore and "
                "update. Older ones are thinned out: the last 7 days, 4 weeks and 12 months are "
                "kept. Each backup folder holds the photos its backups need, so it is complete "
                "on another disk too."
            ),
            self,
        )
        note.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Contents")]
        )
        self.list.setMinimumHeight(140)
        header = self.list.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.now_button = QPushButton(self.tr("Back &Up Now"), self)
        self.now_button.setIcon(icon("backup"))
        self.now_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.folder_button = QPushButton(self.tr("&Open Folder"), self)
        self.move_button = QPushButton(self.tr("C&hange Folder…"), self)
        self.move_button.setObjectName("changeBackupFolder")
        self.move_button.clicked.connect(self.choose_folder)
        self.repair_button = QPushButton(self.tr("Re&pair Photos"), self)
        self.repair_button.setObjectName("repairPhotos")
        self.repair_button.setToolTip(
            self.tr("Bring back damaged or missing photos from the backups' good copies.")
        )
        self.repair_button.clicked.connect(self.repair_requested)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setWordWrap(True)
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.folder_button.clicked.connect(self.open_folder)
        self.list.itemSelectionChanged.connect(self._update_restore)
        row = QHBoxLayout()
        for button in (
            self.now_button,
            self.restore_button,
            self.repair_button,
            self.folder_button,
            self.move_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)

    def set_diary(self, diary: Diary | None) -> None:
        self.diary = diary
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.diary is None:
            return
        self.backups = list_backups(self.diary.data_dir)
        self.folder_label.setText(
            self.tr("Kept in {folder}").format(folder=backups_dir(self.diary.data_dir))
        )
        locale = QLocale()
        for backup in self.backups:
            made = date_and_time(backup.made_at)
            if backup.dated_in_future():
                made = self.tr("{date} (dated in the future)").format(date=made)
            item = QTreeWidgetItem(
                [
                    made,
                    backup_reason(backup.reason),
                    locale.formattedDataSize(backup.size),
                    self.tr("scars: {scars}, ratings: {ratings}, photos: {photos}").format(
                        scars=backup.scars, ratings=backup.ratings, photos=len(backup.photos)
                    ),
                ]
            )
            self.list.addTopLevelItem(item)
        self._update_restore()
        sample = self.tr("The sample diary is not backed up; open your own diary for that.")
        set_enabled(self.now_button, not self.diary.is_sample, sample)
        set_enabled(self.repair_button, not self.diary.is_sample, sample)

    def _update_restore(self) -> None:
        set_enabled(
            self.restore_button,
            self.selected() is not None,
            self.tr("Choose a backup in the list first."),
        )

    def selected(self) -> Backup | None:
        item = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self.backups[index] if 0 <= index < len(self.backups) else None

    def back_up_now(self) -> None:
        if self.diary is not None:
            self.backup_requested.emit()

    def ask_restore(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        made = date_and_time(backup.made_at)
        dialogs.confirm(
            self,
            self.tr("Restore Backup"),
            self.tr("Go back to the diary as it was on {made}?").format(made=made),
            informative=self.tr(
                "Your diary as it is now is backed up first, so this can be "
                "undone by restoring that backup."
            ),
            confirm_text=self.tr("Restore"),
            on_confirm=lambda: self.restore_requested.emit(backup),
            destructive=False,
        )

    def choose_folder(self) -> None:
        dialogs.choose_folder(self, self.tr("Keep Backups In"), self.move_to)

    def move_to(self, folder: str) -> None:
        """Keep backups in `folder` from now on; the existing ones move there too."""
        if self.diary is not None:
            self.move_requested.emit(Path(folder))

    def open_folder(self) -> None:
        if self.diary is not None:
            folder = backups_dir(self.diary.data_dir)
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
