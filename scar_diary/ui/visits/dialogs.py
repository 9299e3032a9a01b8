"""Booking (or moving) a visit with a live check of the date against the visits before and
after it, marking one done (or recording one that happened), and ending the series."""

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

from scar_diary.domain.entities import DiaryFacts, Scar, SeriesEnd, Visit, VisitKind
from scar_diary.domain.protocol import CandidateCheck, VisitFlag, check_candidate
from scar_diary.ui.guarded_dialog import GuardedDialog
from scar_diary.ui.theme import tone_color
from scar_diary.wording.dates import edit_format, long_date
from scar_diary.wording.scars import type_name
from scar_diary.wording.status import flag_text, visit_name
from scar_diary.wording.tone import Tone


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


def _date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(edit_format())
    return edit


class BookDialog(GuardedDialog):
    """Pick a date and time; the dialog says at once whether the protocol allows it, and
    whether it would make the visit after it too early. Saving is always possible: the
    doctor decides."""

    def __init__(
        self,
        parent: QWidget | None,
        facts: DiaryFacts,
        today: dt.date,
        start: dt.date,
        visit: Visit | None = None,
        kind: VisitKind = VisitKind.SESSION,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookDialog")
        self.facts, self.visit, self.today = facts, visit, today
        self.kind = visit.kind if visit is not None else kind
        boost = self.kind is VisitKind.BOOST
        if visit is not None:
            self.setWindowTitle(self.tr("Move Boost") if boost else self.tr("Move Session"))
        else:
            self.setWindowTitle(self.tr("Book a Boost") if boost else self.tr("Book a Session"))
        self.date_edit = _date_edit(self, max(start, today))
        self.date_edit.setMinimumDate(qdate(today))  # a past day is marked done instead
        self.date_edit.setObjectName("bookDate")
        self.has_time = QCheckBox(self.tr("At a set &time"), self)
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
        self.check.setMinimumWidth(420)
        self.later = QLabel(self)
        self.later.setObjectName("laterCheck")
        self.later.setWordWrap(True)
        self.later.setStyleSheet(f"color: {tone_color(Tone.WARN).name()};")
        form = QFormLayout(self)
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)
        form.addRow(self.has_time, self.time_edit)
        form.addRow(self.check)
        form.addRow(self.later)
        self.buttons = _buttons(self, self.tr("Move") if visit else self.tr("Book"))
        form.addRow(self.buttons)
        self.date_edit.dateChanged.connect(self._update_check)
        self._update_check()
        self.remember_answers()

    def answers(self) -> object:
        return (self.day, self.time)

    @property
    def day(self) -> dt.date:
        return pydate(self.date_edit.date())

    @property
    def time(self) -> dt.time | None:
        if not self.has_time.isChecked():
            return None
        t = self.time_edit.time()
        return dt.time(t.hour(), t.minute())

    def checked(self) -> CandidateCheck:
        return check_candidate(
            self.facts,
            self.day,
            self.today,
            kind=self.kind,
            replacing=self.visit.id if self.visit else None,
        )

    def flag(self) -> VisitFlag:
        return self.checked().candidate.flag

    def _update_check(self) -> None:
        result = self.checked()
        line = flag_text(result.candidate, self.facts.settings)
        text = line.text
        problem = result.candidate.flag not in (VisitFlag.OK, VisitFlag.OVERDUE)
        if result.upset is not None:
            upset = result.upset
            self.later.setText(
                self.tr(
                    "This makes the visit after it too early: {name} on {date} would be only "
                    "{days} days after this one."
                ).format(
                    name=visit_name(upset),
                    date=long_date(upset.visit.scheduled_on),
                    days=(upset.visit.scheduled_on - self.day).days,
                )
            )
            self.later.setVisible(True)
            problem = True
        else:
            self.later.setVisible(False)
        if problem:
            text += " " + self.tr("You can still save it: your doctor decides.")
        self.check.setText(text)
        self.check.setStyleSheet(f"color: {tone_color(line.tone).name()};")
        self.adjustSize()  # the explanation may need more lines


class DoneDialog(GuardedDialog):
    """The day a visit really happened, which scars were treated, and how it went. Used to
    mark a booking done and to record a visit afterwards (`visit` None)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        scars: list[Scar],
        today: dt.date,
        visit: Visit | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("doneDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        booked_on = visit.scheduled_on if visit is not None else today
        self.date_edit = _date_edit(self, min(booked_on, today))
        self.date_edit.setMaximumDate(qdate(today))
        self.date_edit.setObjectName("doneDate")
        self.scar_list = QListWidget(self)
        self.scar_list.setObjectName("treatedScars")
        for scar in scars:
            item = QListWidgetItem(f"{scar.label} ({type_name(scar.scar_type)})")
            item.setData(Qt.ItemDataRole.UserRole, scar.id)
            item.setToolTip(item.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.scar_list.addItem(item)
        # wide enough for the scars' names, which are never cut off ("Right c…")
        self.scar_list.setMinimumWidth(min(max(self.scar_list.sizeHintForColumn(0) + 48, 320), 900))
        self.notes = QPlainTextEdit(visit.notes if visit else "", self)
        self.notes.setPlaceholderText(self.tr("How did it go? Anything the doctor said?"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        form = QFormLayout()
        date_label = QLabel(self.tr("It &happened on:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        treated = QLabel(self.tr("&Scars treated this time:"), self)
        treated.setBuddy(self.scar_list)
        layout.addWidget(treated)
        layout.addWidget(self.scar_list)
        notes = QLabel(self.tr("&Notes:"), self)
        notes.setBuddy(self.notes)
        layout.addWidget(notes)
        layout.addWidget(self.notes)
        layout.addWidget(_buttons(self, self.tr("Mark Done")))
        self.remember_answers()

    @property
    def day(self) -> dt.date:
        return pydate(self.date_edit.date())

    def treated(self) -> list[int]:
        return [
            int(self.scar_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.scar_list.count())
            if self.scar_list.item(i).checkState() is Qt.CheckState.Checked
        ]

    def answers(self) -> tuple[dt.date, tuple[int, ...], str]:
        return self.day, tuple(self.treated()), self.notes.toPlainText()

    def discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Close without marking the visit done?"),
            self.tr("The date, scars and notes you entered will be lost."),
        )


class EndSeriesDialog(GuardedDialog):
    def __init__(
        self, parent: QWidget | None, today: dt.date, *, suggest_stopped: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("endSeriesDialog")
        self.setWindowTitle(self.tr("End the Series"))
        self.completed = QRadioButton(self.tr("&Completed: the planned sessions are done"), self)
        self.stopped = QRadioButton(
            self.tr("&Stopped early (for example on the doctor's advice)"), self
        )
        (self.stopped if suggest_stopped else self.completed).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.completed)
        group.addButton(self.stopped)
        self.date_edit = _date_edit(self, today)
        self.date_edit.setMaximumDate(qdate(today))
        layout = QVBoxLayout(self)
        layout.addWidget(self.completed)
        layout.addWidget(self.stopped)
        form = QFormLayout()
        on_label = QLabel(self.tr("&On:"), self)
        on_label.setBuddy(self.date_edit)
        form.addRow(on_label, self.date_edit)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "When the series helped, whether completed or stopped, the diary suggests "
                "maintenance sessions (boosts) at the rate set in Settings, counted from this day."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(_buttons(self, self.tr("End Series")))
        self.remember_answers()

    def answers(self) -> object:
        return (self.reason(), self.day())

    def reason(self) -> SeriesEnd:
        return SeriesEnd.COMPLETED if self.completed.isChecked() else SeriesEnd.STOPPED

    def day(self) -> dt.date:
        return pydate(self.date_edit.date())
