"""The first-run guide: what Scar Diary is (and is not), who should inject, optional name and
doctor, where the user is in their treatment (about to start, already in a series with past
sessions, or not planned yet), then the way to the scars and their baseline rating — or the
sample diary to look around first. Every step can be skipped; nothing is a dead end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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
from scar_diary.services.errors import InvalidInput
from scar_diary.services.profile import Profile
from scar_diary.ui import dialogs
from scar_diary.ui.labels import paragraph
from scar_diary.ui.preferences import FIRST_RUN_DONE
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

    def _save(self) -> None:
        try:
            save_answers(self.diary, self.answers(), self.today)
        except InvalidInput as exc:
            dialogs.error(self.parentWidget(), self.tr("Getting Started"), str(exc))
            return
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
    guide.finished.connect(lambda _result: FIRST_RUN_DONE.set(window.ui_settings, True))

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


__all__ = [
    "Answers",
    "FirstRunGuide",
    "Next",
    "Stage",
    "guide_window",
    "save_answers",
    "show_first_run",
]
