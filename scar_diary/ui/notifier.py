"""System-tray notifications for reminders that become due while the app runs. Optional:
without a system tray nothing is shown and nothing else changes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from scar_diary.domain.reminders import Reminder
from scar_diary.ui import dialogs
from scar_diary.ui.preferences import NOTIFIED
from scar_diary.wording.reminders import neutral_text, reminder_text

REMEMBERED = 300  # keys kept, so a reminder is announced once, not at every start


class ReminderNotifier(QObject):
    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.settings = settings
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon() or QIcon(), self)
            self.tray.setToolTip("Scar Diary")
            self.tray.activated.connect(lambda _reason: dialogs.bring_forward(window))
            self.tray.show()

    def announce(self, reminders: Sequence[Reminder], *, neutral: bool) -> list[Reminder]:
        """Show the reminders not announced before; returns them."""
        notified = NOTIFIED.get(self.settings)
        fresh = [r for r in reminders if r.key not in notified]
        if not fresh:
            return []
        if self.tray is not None:
            if neutral:
                title, text = neutral_text()
            else:
                title = "Scar Diary"
                text = "\n".join(reminder_text(r) for r in fresh[:3])
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        notified = [*notified, *(r.key for r in fresh)][-REMEMBERED:]
        NOTIFIED.set(self.settings, notified)
        return fresh
