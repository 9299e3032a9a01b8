"""Small editors: a photo's date, one rating from the history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from scar_diary.domain.entities import Rating
from scar_diary.services.ratings import RatingInput
from scar_diary.ui.guarded_dialog import GuardedDialog
from scar_diary.wording.dates import edit_time_format


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PhotoDateDialog(GuardedDialog):
    """When the photo was taken, in local time; the latest allowed moment is now."""

    def __init__(self, parent: QWidget | None, taken_at: dt.datetime, now: dt.datetime) -> None:
        super().__init__(parent)
        self.setObjectName("photoDateDialog")
        self.setWindowTitle(self.tr("Photo Date"))
        local = taken_at.astimezone()
        self.edit = QDateTimeEdit(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)),
            self,
        )
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(edit_time_format())
        now_local = now.astimezone()
        self.edit.setMaximumDateTime(
            QDateTime(QDate(now_local.year, now_local.month, now_local.day), QTime(23, 59))
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Taken on:"), self.edit)
        form.addRow(_buttons(self))
        self.remember_answers()

    def answers(self) -> object:
        return self.edit.dateTime()

    def taken_at(self) -> dt.datetime:
        value = self.edit.dateTime()
        date, time = value.date(), value.time()
        local = dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
        return local.astimezone(dt.UTC)


class RatingDialog(GuardedDialog):
    def __init__(self, parent: QWidget | None, rating: Rating, today: dt.date) -> None:
        super().__init__(parent)
        self.setObjectName("ratingDialog")
        self.setWindowTitle(self.tr("Edit Rating"))
        self.rating = rating
        self.date = QDateEdit(
            QDate(rating.rated_on.year, rating.rated_on.month, rating.rated_on.day), self
        )
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.depth_box, self.softening_box, self.visibility_box = (QSpinBox(self) for _ in range(3))
        for box in (self.depth_box, self.softening_box, self.visibility_box):
            box.setRange(0, 10)
        self.depth_box.setValue(rating.depth)
        self.softening_box.setValue(rating.softening)
        self.visibility_box.setValue(rating.visibility or 0)
        self.has_visibility = QCheckBox(self.tr("rated"), self)
        self.has_visibility.setChecked(rating.visibility is not None)
        self.visibility_box.setEnabled(self.has_visibility.isChecked())
        self.has_visibility.toggled.connect(self.visibility_box.setEnabled)
        self.note = QLineEdit(rating.note, self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("D&epth (0 = level with the skin):"), self.depth_box)
        form.addRow(self.tr("&Softening (10 = soft, moves freely):"), self.softening_box)
        form.addRow(self.tr("&Visibility:"), self.visibility_box)
        form.addRow("", self.has_visibility)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(_buttons(self))
        self.remember_answers()

    def answers(self) -> object:
        return (self.rated_on(), self.entry())

    def rated_on(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def entry(self) -> RatingInput:
        return RatingInput(
            self.rating.scar_id,
            self.depth_box.value(),
            self.softening_box.value(),
            self.visibility_box.value() if self.has_visibility.isChecked() else None,
            self.note.text().strip(),
        )
