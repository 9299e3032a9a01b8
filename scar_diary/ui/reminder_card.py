"""The reminder centre on the Today page: each reminder with Snooze and Dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QToolButton, QWidget

from scar_diary.domain.reminders import Reminder
from scar_diary.ui.cards import NO_VISIT
from scar_diary.wording.reminders import reminder_action, reminder_text


class ReminderCard(QFrame):
    dismissed = Signal(str)  # reminder key
    snoozed = Signal(str)
    action_requested = Signal(str, int)  # as CardWidget's

    def __init__(self, reminders: list[Reminder], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("tone", "info")
        self.setAccessibleName(self.tr("Reminders"))
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 12, 12)
        title = QLabel(self.tr("Reminders"), self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        grid.addWidget(title, 0, 0, 1, 4)
        self.rows: dict[str, QLabel] = {}
        for row, reminder in enumerate(reminders, start=1):
            text = QLabel(reminder_text(reminder), self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setObjectName(f"reminder:{reminder.key}")
            self.rows[reminder.key] = text
            snooze = QToolButton(self)
            snooze.setText(self.tr("Remind Tomorrow"))
            snooze.setToolTip(self.tr("Remind me again tomorrow"))
            snooze.setObjectName(f"snooze:{reminder.key}")
            snooze.clicked.connect(lambda _c=False, key=reminder.key: self.snoozed.emit(key))
            dismiss = QToolButton(self)
            dismiss.setText(self.tr("Dismiss"))
            dismiss.setObjectName(f"dismiss:{reminder.key}")
            dismiss.clicked.connect(lambda _c=False, key=reminder.key: self.dismissed.emit(key))
            grid.addWidget(text, row, 0)
            action = reminder_action(reminder)
            if action is not None:
                act = QToolButton(self)
                act.setText(action.label)
                act.setObjectName(f"act:{reminder.key}")
                visit_id = NO_VISIT if action.visit_id is None else action.visit_id
                act.clicked.connect(
                    lambda _c=False, a=action.action.value, v=visit_id: self.action_requested.emit(
                        a, v
                    )
                )
                grid.addWidget(act, row, 1)
            grid.addWidget(snooze, row, 2)
            grid.addWidget(dismiss, row, 3)
        grid.setColumnStretch(0, 1)

    def texts(self) -> list[str]:
        return [label.text() for label in self.rows.values()]
