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

    def announce(
        self,
        reminders: Sequence[Reminder],
        *,
        neutral: bool,
        names: Sequence[str] | None = None,
    ) -> list[Reminder]:
        """Show the reminders not announced before; returns them. `names` are what is kept
        in the settings to remember them by (a protected diary's are keyed hashes: the
        settings file holds no dates or stop-rule outcomes in clear); their keys otherwise."""
        notified = NOTIFIED.get(self.settings)
        kept = list(names) if names is not None else [r.key for r in reminders]
        fresh_names = [n for n in kept if n not in notified]
        fresh = [r for r, n in zip(reminders, kept, strict=True) if n not in notified]
        if not fresh:
            return []
        if self.tray is not None:
            if neutral:
                title, text = neutral_text()
            else:
                title = "Scar Diary"
                text = "\n".join(reminder_text(r) for r in fresh[:3])
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        notified = [*notified, *fresh_names][-REMEMBERED:]
        NOTIFIED.set(self.settings, notified)
        return fresh
