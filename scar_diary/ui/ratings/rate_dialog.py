"""Rate my scars: depth, softening and (optionally) visibility for every active scar at once,
fully usable from the keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain.entities import DiaryFacts, Rating, Scar
from scar_diary.services.diary import Diary
from scar_diary.services.errors import InvalidInput
from scar_diary.services.ratings import RatingInput
from scar_diary.ui import dialogs
from scar_diary.ui.ratings.score_slider import ScoreSlider
from scar_diary.wording.dates import short_date
from scar_diary.wording.ratings import scales
from scar_diary.wording.scars import type_name

DEFAULT_SCORE = 5


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ScarRatingRow(QGroupBox):
    """The three scales and a note for one scar."""

    def __init__(self, scar: Scar, previous: Rating | None, parent: QWidget | None = None) -> None:
        super().__init__(f"{scar.label} — {type_name(scar.scar_type)}", parent)
        self.scar = scar
        self.setObjectName(f"rateScar{scar.id}")
        grid = QGridLayout(self)
        depth_scale, softening_scale, visibility_scale = scales()
        self.depth_slider = ScoreSlider(self)
        self.softening_slider = ScoreSlider(self)
        self.visibility_slider = ScoreSlider(self)
        self.rate_visibility = QCheckBox(self.tr("Also rate visibility"), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.values: dict[str, QLabel] = {}
        row = 0
        for key, scale, slider in (
            ("depth", depth_scale, self.depth_slider),
            ("softening", softening_scale, self.softening_slider),
            ("visibility", visibility_scale, self.visibility_slider),
        ):
            question = QLabel(scale.question, self)
            question.setBuddy(slider)
            grid.addWidget(question, row, 0, 1, 4)
            prior = getattr(previous, key) if previous else None
            slider.setValue(prior if prior is not None else DEFAULT_SCORE)
            slider.setAccessibleName(scale.question)
            grid.addWidget(QLabel(scale.low, self), row + 1, 0)
            grid.addWidget(slider, row + 1, 1)
            grid.addWidget(QLabel(scale.high, self), row + 1, 2)
            value = QLabel(self)
            value.setMinimumWidth(28)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.values[key] = value
            slider.valueChanged.connect(lambda v, label=value: label.setText(f"<b>{v}</b>"))
            value.setText(f"<b>{slider.value()}</b>")
            grid.addWidget(value, row + 1, 3)
            if previous is not None and prior is not None:
                before = QLabel(
                    self.tr("last time: {value} ({date})").format(
                        value=prior, date=short_date(previous.rated_on)
                    ),
                    self,
                )
                before.setEnabled(False)
                grid.addWidget(before, row + 1, 4)
            row += 2
        self.rate_visibility.setChecked(previous is not None and previous.visibility is not None)
        self.visibility_slider.setEnabled(self.rate_visibility.isChecked())
        self.rate_visibility.toggled.connect(self.visibility_slider.setEnabled)
        grid.addWidget(self.rate_visibility, row, 0, 1, 2)
        grid.addWidget(self.note, row + 1, 0, 1, 5)
        grid.setColumnStretch(1, 1)

    def entry(self) -> RatingInput:
        return RatingInput(
            self.scar.id,
            self.depth_slider.value(),
            self.softening_slider.value(),
            self.visibility_slider.value() if self.rate_visibility.isChecked() else None,
            self.note.text().strip(),
        )


class RateDialog(QDialog):
    def __init__(self, parent: QWidget | None, diary: Diary, today: dt.date) -> None:
        super().__init__(parent)
        self.diary = diary
        self.today = today
        self.setObjectName("rateDialog")
        self.setWindowTitle(self.tr("Rate My Scars"))
        self.resize(760, 640)
        facts = diary.facts()
        done = facts.done_visits()
        self._first_session = done[0].scheduled_on if done else None

        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setObjectName("ratingDate")
        self.baseline_hint = QLabel(self)
        self.baseline_hint.setObjectName("baselineHint")
        self.baseline_hint.setWordWrap(True)
        header = QHBoxLayout()
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date_edit)
        header.addWidget(date_label)
        header.addWidget(self.date_edit)
        header.addWidget(self.baseline_hint, 1)

        self.rows = [ScarRatingRow(s, _latest(facts, s.id), self) for s in facts.active_scars]
        content = QWidget(self)
        column = QVBoxLayout(content)
        for row in self.rows:
            column.addWidget(row)
        if not self.rows:
            column.addWidget(QLabel(self.tr("Add a scar on the Scars page first."), content))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        tip = QLabel(
            self.tr(
                "Tip: Tab moves between scales; arrow keys or the number keys 0–9 set a value "
                "(+ for 10). Rate in the same light each time."
            ),
            self,
        )
        tip.setWordWrap(True)
        tip.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.rows))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(tip)
        layout.addWidget(self.buttons)
        self.date_edit.dateChanged.connect(self._update_hint)
        self._update_hint()
        if self.rows:
            self.rows[0].depth_slider.setFocus()

    @property
    def rated_on(self) -> dt.date:
        return _to_date(self.date_edit.date())

    def _update_hint(self) -> None:
        is_baseline = self._first_session is None or self.rated_on < self._first_session
        self.baseline_hint.setText(
            self.tr("Ratings made before your first session are your baseline.")
            if is_baseline
            else ""
        )

    def save(self) -> None:
        try:
            self.diary.ratings.record_many(
                self.rated_on, [row.entry() for row in self.rows], today=self.today
            )
        except InvalidInput as exc:
            dialogs.error(self, self.tr("Ratings Not Saved"), str(exc))
            return
        self.accept()


def _latest(facts: DiaryFacts, scar_id: int) -> Rating | None:
    mine = [r for r in facts.ratings if r.scar_id == scar_id]
    return max(mine, key=lambda r: (r.rated_on, r.id)) if mine else None
