"""The first-run guide: what Scar Diary is (and is not), who should inject, optional name and
doctor, where the user is in their treatment (about to start, already in a series with past
sessions, or not planned yet), then the way to the scars and their baseline rating — or the
sample diary to look around first. Every step can be skipped; nothing is a dead end."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import astuple, dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from scar_diary.services.diary import Diary
from scar_diary.services.profile import Profile
from scar_diary.ui import dialogs, problems
from scar_diary.ui.labels import paragraph
from scar_diary.ui.preferences import FIRST_RUN_DONE, FIRST_RUN_DRAFT
from scar_diary.ui.protection.passphrase_dialog import password_field
from scar_diary.ui.visits.dialogs import pydate, qdate
from scar_diary.wording import protection as protection_words
from scar_diary.wording.dates import edit_format, medium_date
from scar_diary.wording.safety import injection_warning, not_advice

if TYPE_CHECKING:
    from scar_diary.ui.main_window import MainWindow


class Stage(Enum):
    STARTING = "starting"  # about to start preparing, or preparing now
    IN_SERIES = "in_series"  # sessions have already happened
    NOT_YET = "not_yet"  # nothing planned yet


class Next(Enum):
    SCARS = "scars"  # put the scars on the map, then rate them
    SAMPLE = "sample"  # look around in the sample diary first


@dataclass
class Answers:
    profile: Profile = field(default_factory=Profile)
    stage: Stage = Stage.NOT_YET
    prep_started_on: dt.date | None = None
    acne_clear_on: dt.date | None = None
    past_sessions: list[dt.date] = field(default_factory=list)


class _Welcome(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Scar Diary"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Scar Diary is a private diary for a series of saline injections for acne "
                    "scars. It counts down your preparation, says when your next session may "
                    "be and what to do after one, and shows whether your scars are improving, "
                    "from your photos and your own ratings."
                ),
                self,
            )
        )
        layout.addWidget(paragraph(not_advice(), self))
        warning = paragraph(injection_warning(), self)
        warning.setObjectName("injectionWarning")
        layout.addWidget(warning)
        layout.addWidget(
            paragraph(
                self.tr("Everything stays on this computer. Each step here can be skipped."),
                self,
            )
        )
        layout.addStretch(1)


class _AboutYou(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("About you (optional)"))
        self.setSubTitle(self.tr("Printed on the summary you can give your doctor."))
        self.name = QLineEdit(self)
        self.doctor = QLineEdit(self)
        self.clinic = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Your &doctor:"), self.doctor)
        form.addRow(self.tr("&Clinic:"), self.clinic)

    def profile(self) -> Profile:
        return Profile(
            self.name.text().strip(), self.doctor.text().strip(), self.clinic.text().strip()
        )


class _Privacy(QWizardPage):
    """Protection is offered, never pressed: off unless the user turns it on."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("A passphrase (optional)"))
        self.protect = QCheckBox(self.tr("&Protect this diary with a passphrase"), self)
        self.protect.setObjectName("guideProtect")
        self.new = password_field("guidePassphrase")
        self.repeat = password_field("guideRepeat")
        self.problem = paragraph("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(protection_words.explanation(), self))
        layout.addWidget(self.protect)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.new)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.protect.toggled.connect(self._show_fields)
        self._show_fields(False)

    def _show_fields(self, on: bool) -> None:
        self.new.setEnabled(on)
        self.repeat.setEnabled(on)
        self.problem.clear()

    def passphrase(self) -> str:
        return self.new.text() if self.protect.isChecked() else ""

    def validatePage(self) -> bool:
        if not self.protect.isChecked():
            return True
        if len(self.new.text()) < protection_words.MIN_PASSPHRASE:
            self.problem.setText(protection_words.too_short())
            return False
        if self.new.text() != self.repeat.text():
            self.problem.setText(protection_words.differ())
            return False
        return True


class _WhereAreYou(QWizardPage):
    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.today = today
        self.setTitle(self.tr("Where are you in your treatment?"))
        self.starting = QRadioButton(self.tr("I am about to &start (or preparing now)"), self)
        self.in_series = QRadioButton(self.tr("I have &already had sessions"), self)
        self.not_yet = QRadioButton(self.tr("Nothing is &planned yet"), self)
        self.choice = QButtonGroup(self)
        for index, button in enumerate((self.starting, self.in_series, self.not_yet)):
            self.choice.addButton(button, index)
        self.not_yet.setChecked(True)

        self.prep = QDateEdit(qdate(today), self)
        self.prep.setCalendarPopup(True)
        self.prep.setDisplayFormat(edit_format())
        self.prep.setMaximumDate(qdate(today + dt.timedelta(days=365)))
        self.prep.setAccessibleName(self.tr("Preparation started on"))
        self.acne_clear = QCheckBox(self.tr("My acne is fully &gone"), self)

        self.session_day = QDateEdit(qdate(today), self)
        self.session_day.setCalendarPopup(True)
        self.session_day.setDisplayFormat(edit_format())
        self.session_day.setMaximumDate(qdate(today))
        self.session_day.setAccessibleName(self.tr("Date of a past session"))
        self.add_session = QPushButton(self.tr("A&dd Session"), self)
        self.add_session.clicked.connect(self._add_session)
        self.remove_session = QPushButton(self.tr("Re&move"), self)
        self.remove_session.clicked.connect(self._remove_session)
        self.sessions = QListWidget(self)
        self.sessions.setAccessibleName(self.tr("Past sessions"))
        self.sessions.setMaximumHeight(110)

        form = QFormLayout()
        form.addRow(self.tr("Preparation (tretinoin) started or starts on:"), self.prep)
        form.addRow("", self.acne_clear)
        self.past = QWidget(self)
        past_row = QHBoxLayout()
        past_row.addWidget(self.session_day)
        past_row.addWidget(self.add_session)
        past_row.addWidget(self.remove_session)
        past_row.addStretch(1)
        past_layout = QVBoxLayout(self.past)
        past_layout.setContentsMargins(0, 0, 0, 0)
        past_layout.addWidget(paragraph(self.tr("The sessions you have had so far:"), self.past))
        past_layout.addLayout(past_row)
        past_layout.addWidget(self.sessions)
        layout = QVBoxLayout(self)
        for button in (self.starting, self.in_series, self.not_yet):
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(self.past)
        layout.addStretch(1)
        self.choice.idToggled.connect(lambda _id, _on: self._show_parts())
        self._show_parts()

    def set_stage(self, stage: Stage) -> None:
        {Stage.STARTING: self.starting, Stage.IN_SERIES: self.in_series}.get(
            stage, self.not_yet
        ).setChecked(True)

    def set_past_sessions(self, days: list[dt.date]) -> None:
        self.sessions.clear()
        for day in days:
            self.session_day.setDate(qdate(day))
            self._add_session()
        self.session_day.setDate(qdate(self.today))

    def stage(self) -> Stage:
        return [Stage.STARTING, Stage.IN_SERIES, Stage.NOT_YET][self.choice.checkedId()]

    def _show_parts(self) -> None:
        stage = self.stage()
        self.prep.setEnabled(stage is not Stage.NOT_YET)
        self.acne_clear.setEnabled(stage is not Stage.NOT_YET)
        self.past.setVisible(stage is Stage.IN_SERIES)

    def _add_session(self) -> None:
        day = pydate(self.session_day.date())
        if day in self.past_sessions():
            return
        item = QListWidgetItem(medium_date(day))
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.sessions.addItem(item)
        self.sessions.sortItems()

    def _remove_session(self) -> None:
        for item in self.sessions.selectedItems():
            self.sessions.takeItem(self.sessions.row(item))

    def past_sessions(self) -> list[dt.date]:
        days = [
            dt.date.fromisoformat(str(self.sessions.item(i).data(Qt.ItemDataRole.UserRole)))
            for i in range(self.sessions.count())
        ]
        return sorted(days)

    def validatePage(self) -> bool:
        sessions = self.past_sessions()
        prep = pydate(self.prep.date())
        if self.stage() is Stage.IN_SERIES and sessions and prep > sessions[0]:
            dialogs.error(
                self,
                self.tr("Check the Dates"),
                self.tr("The preparation must have started before the first session."),
            )
            return False
        return True


class _NextSteps(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your scars"))
        self.to_scars = QRadioButton(
            self.tr("Put my scars on the &face map now, then rate them"), self
        )
        self.to_sample = QRadioButton(
            self.tr("Look around in a &sample diary first (your own diary stays as set up)"),
            self,
        )
        self.to_scars.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Click the face map where each treated scar is and say what type it is; "
                    "the diary tells you which types usually respond. Then rate each one "
                    "(depth and softening, 0 to 10) and take a photo: made before the first "
                    "session, these are the baseline your improvement is measured against."
                ),
                self,
            )
        )
        layout.addWidget(self.to_scars)
        layout.addWidget(self.to_sample)
        layout.addStretch(1)

    def next_step(self) -> Next:
        return Next.SCARS if self.to_scars.isChecked() else Next.SAMPLE

    def set_next_step(self, step: Next) -> None:
        (self.to_scars if step is Next.SCARS else self.to_sample).setChecked(True)


class FirstRunGuide(QWizard):
    finished_with = Signal(object)  # Next, once the answers are saved

    def __init__(self, parent: QWidget, diary: Diary, today: dt.date) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunGuide")
        self.setWindowTitle(self.tr("Getting Started"))
        self.diary, self.today = diary, today
        self.where = _WhereAreYou(today)
        self.about = _AboutYou()
        self.next_steps = _NextSteps()
        self.privacy = _Privacy()
        for page in (_Welcome(), self.about, self.where, self.privacy, self.next_steps):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.accepted.connect(self._save)
        self._untouched = self.draft()
        self._closing_confirmed = False
        self.left_for_later = False  # closed with "Finish Later" (or with the app)
        self.left_draft: dict[str, object] = {}

    # -- what was entered so far: kept when the guide is left for later --------------------

    def draft(self) -> dict[str, object]:
        """Everything entered so far and the page it was on; never the passphrase."""
        where = self.where
        return {
            "page": max(self.currentId(), 0),
            "profile": list(astuple(self.about.profile())),
            "stage": where.stage().value,
            "prep": pydate(where.prep.date()).isoformat(),
            "acne_clear": where.acne_clear.isChecked(),
            "sessions": [day.isoformat() for day in where.past_sessions()],
            "next": self.next_steps.next_step().value,
        }

    def restore(self, draft: dict[str, object]) -> None:
        """Back to where the guide was left, with what had been entered. A damaged draft
        is ignored: the guide then starts as new."""
        try:
            read = _DraftReader(draft)
            name, doctor, clinic = read.texts("profile", 3)
            stage = Stage(read.text("stage", Stage.NOT_YET.value))
            prep = dt.date.fromisoformat(read.text("prep", self.today.isoformat()))
            sessions = [dt.date.fromisoformat(day) for day in read.texts("sessions")]
            step = Next(read.text("next", Next.SCARS.value))
        except ValueError:
            return
        self.about.name.setText(name)
        self.about.doctor.setText(doctor)
        self.about.clinic.setText(clinic)
        self.where.set_stage(stage)
        self.where.prep.setDate(qdate(prep))
        self.where.acne_clear.setChecked(draft.get("acne_clear") is True)
        self.where.set_past_sessions(sessions)
        self.next_steps.set_next_step(step)
        page = draft.get("page", 0)
        for _ in range(min(page, len(self.pageIds()) - 1) if isinstance(page, int) else 0):
            self.next()

    @property
    def changed(self) -> bool:
        """Anything entered, or the guide moved on from its first page."""
        return self.draft() != self._untouched

    def reject(self) -> None:
        """Leaving with answers asks: finish later (the guide comes back where it was),
        discard them, or keep going. Leaving an untouched guide skips it."""
        if self._closing_confirmed or not self.changed:
            super().reject()
            return

        def leave(keep: bool) -> None:
            self.let_go(for_later=keep)
            self.reject()

        dialogs.choose(
            self,
            self.tr("Leave Getting Started"),
            self.tr("Leave the guide now?"),
            [
                (self.tr("Finish Later"), lambda: leave(True)),
                (self.tr("Discard Answers"), lambda: leave(False)),
            ],
            informative=self.tr(
                "Finish Later keeps what you entered: the guide opens again where you left "
                "it the next time you start Scar Diary (or from Help → Getting Started). "
                "Your passphrase is never kept."
            ),
            cancel_text=self.tr("Keep Editing"),
        )

    def let_go(self, *, for_later: bool) -> None:
        """Closing needs no more questions; `for_later` keeps the answers to resume."""
        self.left_for_later = for_later
        self._closing_confirmed = True
        self.left_draft = self.draft()  # now: a closed wizard forgets its page

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_confirmed or not self.changed:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def passphrase(self) -> str:
        """The passphrase to protect the diary with; empty when the user chose not to."""
        return self.privacy.passphrase()

    def answers(self) -> Answers:
        stage = self.where.stage()
        return Answers(
            profile=self.about.profile(),
            stage=stage,
            prep_started_on=pydate(self.where.prep.date()) if stage is not Stage.NOT_YET else None,
            acne_clear_on=self._acne_clear_on(stage),
            past_sessions=self.where.past_sessions() if stage is Stage.IN_SERIES else [],
        )

    def _acne_clear_on(self, stage: Stage) -> dt.date | None:
        """Only what the patient ticked: the guide never records a fact it was not told."""
        if stage is Stage.NOT_YET or not self.where.acne_clear.isChecked():
            return None
        if stage is Stage.IN_SERIES:  # ticked while in a series: clear since it began
            return pydate(self.where.prep.date())
        return self.today

    def accept(self) -> None:
        """The answers are written first; the guide closes only once they are in the
        diary (a busy diary keeps it open, with everything entered)."""
        answers = self.answers()
        if not problems.attempt(
            self,
            "first-run guide",
            lambda: save_answers(self.diary, answers, self.today),
            title=self.tr("Getting Started"),
            kept=problems.still_here(),
        ):
            return
        self.let_go(for_later=False)
        super().accept()

    def _save(self) -> None:
        self.finished_with.emit(self.next_steps.next_step())


def save_answers(diary: Diary, answers: Answers, today: dt.date) -> None:
    """Write what the guide was told: the profile, and the series with its past sessions."""
    if answers.profile != Profile():
        diary.profile.save(answers.profile)
    if answers.stage is Stage.NOT_YET or answers.prep_started_on is None:
        return
    diary.series.start(answers.prep_started_on, acne_clear_on=answers.acne_clear_on)
    for day in answers.past_sessions:
        diary.series.record_done(day, today=today)


def show_first_run(parent: QWidget, diary: Diary, today: dt.date) -> FirstRunGuide:
    guide = FirstRunGuide(parent, diary, today)
    dialogs.closes_itself(guide)
    guide.open()
    return guide


def guide_window(window: MainWindow) -> FirstRunGuide | None:
    """The guide over the window's diary; afterwards the passphrase it was given protects
    the diary, then the window goes where the user chose (the scars, or the sample)."""
    if window.diary is None:
        return None
    guide = show_first_run(window, window.diary, window.today_fn())
    guide.restore(read_draft(window.ui_settings))

    def ended(_result: int) -> None:
        keep = guide.left_for_later
        FIRST_RUN_DONE.set(window.ui_settings, not keep)
        if keep:
            keep_draft(window.ui_settings, guide)
        else:
            window.ui_settings.remove(FIRST_RUN_DRAFT.key)

    guide.finished.connect(ended)

    def then(chosen: Next) -> None:
        window.refresh()
        go_on: Callable[[], object] = (
            window.open_sample
            if chosen is Next.SAMPLE
            else lambda: window.show_page(window.holders["scars"])
        )
        passphrase = guide.passphrase()
        job = window.guard.protect(passphrase) if passphrase else None
        if job is None:
            go_on()
        else:  # the sample opens only once the own diary is protected
            job.finished.connect(lambda _ok: go_on())

    guide.finished_with.connect(then)
    return guide


class _DraftReader:
    """Typed reads from a stored draft; anything of the wrong kind is a ValueError."""

    def __init__(self, draft: dict[str, object]) -> None:
        self.draft = draft

    def text(self, key: str, default: str) -> str:
        value = self.draft.get(key, default)
        if not isinstance(value, str):
            raise ValueError(key)
        return value

    def texts(self, key: str, count: int | None = None) -> list[str]:
        value = self.draft.get(key, [""] * (count or 0))
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(key)
        if count is not None and len(value) != count:
            raise ValueError(key)
        return [str(v) for v in value]


def read_draft(store: QSettings) -> dict[str, object]:
    try:
        draft = json.loads(FIRST_RUN_DRAFT.get(store) or "{}")
    except ValueError:
        return {}
    return draft if isinstance(draft, dict) else {}


def keep_draft(store: QSettings, guide: FirstRunGuide) -> None:
    """Kept in the window's settings until the guide is finished or discarded: the diary
    is still empty and unprotected while the guide runs (it protects only at its end)."""
    FIRST_RUN_DRAFT.set(store, json.dumps(guide.left_draft or guide.draft()))


__all__ = [
    "Answers",
    "FirstRunGuide",
    "Next",
    "Stage",
    "guide_window",
    "keep_draft",
    "save_answers",
    "show_first_run",
]
