"""Booking (or moving) a session with a live check of the date, marking one done, and ending
the series."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain.entities import DiaryFacts, Scar, SeriesEnd, Visit
from scar_diary.domain.protocol import VisitFlag, classify_candidate
from scar_diary.ui.theme import tone_color
from scar_diary.wording.scars import type_name
from scar_diary.wording.status import flag_text


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class BookDialog(QDialog):
    """Pick a date and time; the dialog says at once whether the protocol allows it and, if
    not, why and from when. Saving is always possible: the doctor decides."""

    def __init__(
        self, parent: QWidget | None, facts: DiaryFacts, start: dt.date, visit: Visit | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookDialog")
        self.facts, self.visit = facts, visit
        self.setWindowTitle(self.tr("Move Session") if visit else self.tr("Book a Session"))
        self.date_edit = QDateEdit(qdate(visit.scheduled_on if visit else start), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.has_time = QCheckBox(self.tr("At a set time"), self)
        self.time_edit = QTimeEdit(QTime(10, 0), self)
        if visit is not None and visit.scheduled_time is not None:
            self.time_edit.setTime(QTime(visit.scheduled_time.hour, visit.scheduled_time.minute))
            self.has_time.setChecked(True)
        else:
            self.has_time.setChecked(visit is None)
        self.time_edit.setEnabled(self.has_time.isChecked())
        self.has_time.toggled.connect(self.time_edit.setEnabled)
        self.check = QLabel(self)
        self.check.setObjectName("dateCheck")
        self.check.setWordWrap(True)
        self.check.setMinimumWidth(380)
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.has_time, self.time_edit)
        form.addRow(self.check)
        self.buttons = _buttons(self, self.tr("Move") if visit else self.tr("Book"))
        form.addRow(self.buttons)
        self.date_edit.dateChanged.connect(self._update_check)
        self._update_check()

    @property
    def day(self) -> dt.date:
        return pydate(self.date_edit.date())

    @property
    def time(self) -> dt.time | None:
        if not self.has_time.isChecked():
            return None
        t = self.time_edit.time()
        return dt.time(t.hour(), t.minute())

    def flag(self) -> VisitFlag:
        return classify_candidate(
            self.facts, self.day, replacing=self.visit.id if self.visit else None
        ).flag

    def _update_check(self) -> None:
        classified = classify_candidate(
            self.facts, self.day, replacing=self.visit.id if self.visit else None
        )
        line = flag_text(classified, self.facts.settings)
        text = line.text
        if classified.flag is not VisitFlag.OK:
            text += " " + self.tr("You can still save it.")
        self.check.setText(text)
        self.check.setStyleSheet(f"color: {tone_color(line.tone).name()};")
        self.adjustSize()  # the explanation may need more lines


class DoneDialog(QDialog):
    """Which scars were treated, and how it went."""

    def __init__(
        self, parent: QWidget | None, visit: Visit, number: int, scars: list[Scar]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("doneDialog")
        self.setWindowTitle(self.tr("Session {n} Done").format(n=number))
        self.scar_list = QListWidget(self)
        for scar in scars:
            item = QListWidgetItem(f"{scar.label} ({type_name(scar.scar_type)})")
            item.setData(Qt.ItemDataRole.UserRole, scar.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.scar_list.addItem(item)
        self.notes = QPlainTextEdit(visit.notes, self)
        self.notes.setPlaceholderText(self.tr("How did it go? Anything the doctor said?"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Scars treated this time:"), self))
        layout.addWidget(self.scar_list)
        layout.addWidget(QLabel(self.tr("Notes:"), self))
        layout.addWidget(self.notes)
        layout.addWidget(_buttons(self, self.tr("Mark Done")))

    def treated(self) -> list[int]:
        return [
            int(self.scar_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.scar_list.count())
            if self.scar_list.item(i).checkState() is Qt.CheckState.Checked
        ]


class EndSeriesDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: dt.date) -> None:
        super().__init__(parent)
        self.setObjectName("endSeriesDialog")
        self.setWindowTitle(self.tr("End the Series"))
        self.completed = QRadioButton(self.tr("Completed: the planned sessions are done"), self)
        self.stopped = QRadioButton(
            self.tr("Stopped early (for example on the doctor's advice)"), self
        )
        self.completed.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.completed)
        group.addButton(self.stopped)
        self.date_edit = QDateEdit(qdate(today), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(qdate(today))
        layout = QVBoxLayout(self)
        layout.addWidget(self.completed)
        layout.addWidget(self.stopped)
        form = QFormLayout()
        form.addRow(self.tr("&On:"), self.date_edit)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "After a completed series that helped, the diary suggests occasional maintenance "
                "sessions at the rate set in Settings."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(_buttons(self, self.tr("End Series")))

    def reason(self) -> SeriesEnd:
        return SeriesEnd.COMPLETED if self.completed.isChecked() else SeriesEnd.STOPPED

    def day(self) -> dt.date:
        return pydate(self.date_edit.date())
