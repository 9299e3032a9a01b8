"""The recovery key, shown once: large, selectable, with Copy and Print. Closing asks the
user to say they have kept it, since there is no second chance."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scar_diary import APP_NAME
from scar_diary.ui.enabling import set_enabled
from scar_diary.wording import protection as words


class RecoveryKeyDialog(QDialog):
    CLIPBOARD_SECONDS = 30  # a copied key is taken off the clipboard after this long

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your Recovery Key"))
        self.recovery_key = recovery_key
        advice = QLabel(words.recovery_advice(), self)
        advice.setWordWrap(True)
        advice.setMinimumWidth(460)
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setMinimumHeight(48)
        copy = QPushButton(self.tr("&Copy"), self)
        copy.setObjectName("copyRecoveryKey")
        print_button = QPushButton(self.tr("&Print…"), self)
        print_button.setObjectName("printRecoveryKey")
        copy.clicked.connect(self.copy)
        self.copied_note = QLabel(self)
        self.copied_note.setObjectName("recoveryKeyCopied")
        self.copied_note.setWordWrap(True)

        print_button.clicked.connect(self.print_key)
        self.kept = QCheckBox(self.tr("I have written down or printed the recovery key"), self)
        self.kept.setObjectName("recoveryKeyKept")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self._show_close(False)
        self.kept.toggled.connect(self._show_close)
        buttons.rejected.connect(self._close_when_kept)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        row.addWidget(print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addWidget(self.copied_note)
        layout.addWidget(self.kept)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.copied_note.setText(
            self.tr(
                "Copied. Paste it where you keep it safe now: it is taken off the clipboard in "
                "{seconds} seconds."
            ).format(seconds=self.CLIPBOARD_SECONDS)
        )
        # on the application, so it fires even when this dialog has closed before
        app = QGuiApplication.instance()
        key = self.recovery_key
        if app is not None:
            QTimer.singleShot(self.CLIPBOARD_SECONDS * 1000, app, lambda: clear_clipboard(key))

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the Recovery Key"))

        def print_it() -> None:
            page = QTextDocument()
            page.setPlainText(
                "\n\n".join(
                    (
                        self.tr("{app} recovery key").format(app=APP_NAME),
                        self.recovery_key,
                        words.recovery_advice(),
                    )
                )
            )
            page.print_(printer)

        dialog.accepted.connect(print_it)
        dialog.setModal(True)
        dialog.show()

    def _show_close(self, kept: bool) -> None:
        set_enabled(self.close_button, kept, self.tr("First tick that you have kept the key."))

    def _close_when_kept(self) -> None:
        if self.kept.isChecked():
            self.accept()

    def reject(self) -> None:  # Escape: only once the key is kept
        self._close_when_kept()


def clear_clipboard(key: str) -> None:
    """Take the key off the clipboard, if it is still what the dialog put there (anything
    the user copied since is left alone)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.text() == key:
        clipboard.clear()
