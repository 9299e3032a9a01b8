"""Asking for passphrases: a new one (typed twice), the current one, or both to change it.
The dialog checks what it can itself (length, the two the same); whether the current one is
right is checked by the caller, off the GUI thread."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from scar_diary.ui.theme import tone_color
from scar_diary.wording import protection as words
from scar_diary.wording.tone import Tone


class Ask(Enum):
    NEW = "new"  # turning protection on
    CURRENT = "current"  # turning it off
    CHANGE = "change"  # the current one, and a new one twice
    ARCHIVE = "archive"  # an encrypted archive's, to import it


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(300)
    return field


class PassphraseDialog(QDialog):
    def __init__(self, ask: Ask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.ask = ask
        titles = {
            Ask.NEW: self.tr("Protect This Diary"),
            Ask.CURRENT: self.tr("Remove Protection"),
            Ask.CHANGE: self.tr("Change Passphrase"),
            Ask.ARCHIVE: self.tr("Encrypted Archive"),
        }
        self.setWindowTitle(titles[ask])
        self.current = password_field("currentPassphrase")
        self.new = password_field("newPassphrase")
        self.repeat = password_field("repeatPassphrase")
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {tone_color(Tone.WARN).name()};")

        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(
            {
                Ask.NEW: words.explanation(),
                Ask.CURRENT: self.tr(
                    "The diary, its photos and backups will be stored unencrypted again, "
                    "readable by anyone who gets the files. A backup is made first. Type the "
                    "passphrase (or the recovery key) to go on."
                ),
                Ask.CHANGE: self.tr(
                    "The diary, its photos and backups are encrypted again under a new key, "
                    "after a backup, and you get a new recovery key: an old copy of the key "
                    "file, or the old recovery key, then opens nothing of the diary as it is."
                ),
                Ask.ARCHIVE: self.tr(
                    "This archive is encrypted. Type the passphrase (or the recovery key) of "
                    "the diary it was made from."
                ),
            }[ask]
        )
        intro.setMinimumWidth(440)
        layout.addWidget(intro)
        form = QFormLayout()
        if ask in (Ask.CURRENT, Ask.CHANGE):
            form.addRow(self.tr("&Current passphrase:"), self.current)
        if ask is Ask.ARCHIVE:
            form.addRow(self.tr("&Passphrase:"), self.current)
        if ask in (Ask.NEW, Ask.CHANGE):
            form.addRow(self.tr("&New passphrase:"), self.new)
            form.addRow(self.tr("&Repeat it:"), self.repeat)
        self.keep_key = QCheckBox(
            self.tr(
                "&Quick change: keep the key, change only the passphrase (the recovery key "
                "keeps working)"
            ),
            self,
        )
        self.keep_key.setObjectName("keepKey")
        if ask is Ask.CHANGE:
            form.addRow(self.keep_key)
        else:
            self.keep_key.hide()
        layout.addLayout(form)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            {
                Ask.NEW: self.tr("&Protect Diary"),
                Ask.CURRENT: self.tr("&Remove Protection"),
                Ask.CHANGE: self.tr("C&hange Passphrase"),
                Ask.ARCHIVE: self.tr("&Open Archive"),
            }[ask]
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def problem_text(self) -> str:
        if self.ask is not Ask.NEW and not self.current.text():
            return self.tr("Type the passphrase.")
        if self.ask in (Ask.NEW, Ask.CHANGE):
            if len(self.new.text()) < words.MIN_PASSPHRASE:
                return words.too_short()
            if self.new.text() != self.repeat.text():
                return words.differ()
        return ""

    def accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            return
        super().accept()

    def clear_secrets(self) -> None:
        """Empty every passphrase field (once their text has been taken)."""
        for field in (self.current, self.new, self.repeat):
            field.clear()
