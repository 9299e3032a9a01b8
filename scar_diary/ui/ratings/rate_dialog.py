"""Rate my scars: depth, softening and (optionally) visibility for every active scar at once,
fully usable from the keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
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
from scar_diary.services.ratings import RatingInput
from scar_diary.ui import dialogs, problems
from scar_diary.ui.enabling import set_enabled
from scar_diary.ui.guarded_dialog import GuardedDialog
from scar_diary.ui.ratings.score_slider import ScoreSlider
from scar_diary.wording.dates import edit_format, medium_date
from scar_diary.wording.ratings import rating_day_hint, scales
from scar_diary.wording.scars import type_name


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ScarRatingRow(QGroupBox):
    """The three scales and a note for one scar. Every scale starts empty ("not rated"); the
    previous answer is shown beside it as a hint, never as the starting value."""

    changed = Signal()

    def __init__(self, scar: Scar, previous: Rating | None, parent: QWidget | None = None) -> None:
        super().__init__(f"{scar.label} — {type_name(scar.scar_type)}", parent)
        self.scar = scar
        self.setObjectName(f"rateScar{scar.id}")
        grid = QGridLayout(self)
        depth_scale, softening_scale, visibility_scale = scales()
        self.depth_slider = ScoreSlider(self)
        self.softening_slider = ScoreSlider(self)
        self.visibility_slider = ScoreSlider(self)
        self.rate_visibility = QCheckBox(self.tr("Also rate &visibility"), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setAccessibleName(self.tr("Note on {scar}").format(scar=scar.label))
        self.values: dict[str, QLabel] = {}
        row = 0
        for key, scale, slider in (
            ("depth", depth_scale, self.depth_slider),
            ("softening", softening_scale, self.softening_slider),
            ("visibility", visibility_scale, self.visibility_slider),
        ):
            question = QLabel(scale.question, self)
            question.setBuddy(slider)
            grid.addWidget(question, row, 0, 1, 3)
            prior = getattr(previous, key) if previous else None
            slider.setAccessibleName(f"{scar.label}: {scale.question}")
            for column, text in ((0, scale.low), (2, scale.high)):
                end = QLabel(text, self)
                end.setWordWrap(True)  # long in some languages: two lines, not a wider dialog
                end.setMaximumWidth(150)
                grid.addWidget(end, row + 1, column)
            grid.addWidget(slider, row + 1, 1)
            value = QLabel(self)
            value.setObjectName(f"value:{key}")
            value.setMinimumWidth(70)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.values[key] = value
            slider.score_changed.connect(lambda s=slider, label=value: self._show_value(s, label))
            slider.score_changed.connect(self.changed)
            grid.addWidget(value, row + 1, 3)
            if previous is not None and prior is not None:
                before = QLabel(
                    self.tr("last time: {value} ({date})").format(
                        value=prior, date=medium_date(previous.rated_on)
                    ),
                    self,
                )
                before.setEnabled(False)
                # beside the question, not after the scale: the dialog stays narrow
                grid.addWidget(before, row, 3, 1, 2, Qt.AlignmentFlag.AlignRight)
            row += 2
        self.rate_visibility.setChecked(previous is not None and previous.visibility is not None)
        self._show_visibility(self.rate_visibility.isChecked())
        self.rate_visibility.toggled.connect(self._show_visibility)
        self.rate_visibility.toggled.connect(
            lambda _on: self._show_value(self.visibility_slider, self.values["visibility"])
        )
        for key, slider in self._sliders():
            self._show_value(slider, self.values[key])
        grid.addWidget(self.rate_visibility, row, 0, 1, 2)
        grid.addWidget(self.note, row + 1, 0, 1, 5)
        grid.setColumnStretch(1, 1)

    def _sliders(self) -> tuple[tuple[str, ScoreSlider], ...]:
        return (
            ("depth", self.depth_slider),
            ("softening", self.softening_slider),
            ("visibility", self.visibility_slider),
        )

    def _show_visibility(self, on: bool) -> None:
        set_enabled(
            self.visibility_slider, on, self.tr("Tick the box above to rate how visible it is.")
        )

    def _show_value(self, slider: ScoreSlider, label: QLabel) -> None:
        """The number, "not rated", or nothing at all for a scale that is switched off."""
        score = slider.score()
        if not slider.isEnabled():
            label.setText("")
        elif score is None:
            label.setText(self.tr("not rated"))
        else:
            label.setText(f"<b>{score}</b>")
        slider.setAccessibleDescription(label.text() if score is None else str(score))

    @property
    def complete(self) -> bool:
        return self.depth_slider.rated and self.softening_slider.rated

    @property
    def started(self) -> bool:
        """Something was rated for this scar (a half-rated scar cannot be saved)."""
        return self.depth_slider.rated or self.softening_slider.rated

    def entry(self) -> RatingInput:
        depth, softening = self.depth_slider.score(), self.softening_slider.score()
        assert depth is not None and softening is not None, "only complete rows are saved"
        return RatingInput(
            self.scar.id,
            depth,
            softening,
            self.visibility_slider.score() if self.rate_visibility.isChecked() else None,
            self.note.text().strip(),
        )


class RateDialog(GuardedDialog):
    def __init__(self, parent: QWidget | None, diary: Diary, today: dt.date) -> None:
        super().__init__(parent)
        self.diary = diary
        self.today = today
        self.setObjectName("rateDialog")
        self.setWindowTitle(self.tr("Rate My Scars"))
        dialogs.fit_to_screen(self, 860, 680)
        facts = diary.facts()

        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDisplayFormat(edit_format())
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

        self.facts = facts
        self.rows = [ScarRatingRow(s, _latest(facts, s.id), self) for s in facts.active_scars]
        self.missing = QLabel(self)
        self.missing.setObjectName("ratingMissing")
        self.missing.setWordWrap(True)
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
                "Tip: Tab moves between scales; the number keys 0–9 set a value (+ for 10), "
                "arrow keys move it, Delete clears it. Scars you leave unrated are not saved. "
                "Rate in the same light each time."
            ),
            self,
        )
        tip.setWordWrap(True)
        tip.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(tip)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self.date_edit.dateChanged.connect(self._update_hint)
        for row in self.rows:
            row.changed.connect(self._update_save)
        self._update_hint()
        self._update_save()
        if self.rows:
            self.rows[0].depth_slider.setFocus()
        self.remember_answers()

    def answers(self) -> tuple[object, ...]:
        return (
            self.rated_on,
            *(
                (r.depth_slider.score(), r.softening_slider.score(), r.visibility_slider.score(),
                 r.rate_visibility.isChecked(), r.note.text())
                for r in self.rows
            ),
        )  # fmt: skip

    def discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Close without saving these ratings?"),
            self.tr("The scores and notes you entered will be lost."),
        )

    @property
    def rated_on(self) -> dt.date:
        return _to_date(self.date_edit.date())

    def _update_hint(self) -> None:
        self.baseline_hint.setText(rating_day_hint(self.facts, self.rated_on))

    def _update_save(self) -> None:
        half = [row.scar.label for row in self.rows if row.started and not row.complete]
        ready = [row for row in self.rows if row.complete]
        if half:
            self.missing.setText(
                self.tr("Rate both depth and softening for: {scars}.").format(scars=", ".join(half))
            )
        elif not ready:
            self.missing.setText(
                self.tr("Rate the depth and softening of at least one scar to save.")
                if self.rows
                else ""
            )
        else:
            self.missing.setText("")
        set_enabled(
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
            bool(ready) and not half,
            self.missing.text(),
        )

    def save(self) -> None:
        entries = [row.entry() for row in self.rows if row.complete]
        if not entries:
            return
        if problems.attempt(
            self,
            "saving ratings",
            lambda: self.diary.ratings.record_many(self.rated_on, entries, today=self.today),
            title=self.tr("Ratings Not Saved"),
            kept=self.tr("Your ratings are still here."),
        ):
            self.accept()


def _latest(facts: DiaryFacts, scar_id: int) -> Rating | None:
    mine = [r for r in facts.ratings if r.scar_id == scar_id]
    return max(mine, key=lambda r: (r.rated_on, r.id)) if mine else None
