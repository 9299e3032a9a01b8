"""Settings: the protocol numbers (the article's values are the named default), reminders and
privacy, the clinic's own aftercare instructions, and the names on the doctor summary.
Every change is saved at once and every flag is evaluated again."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain import limits
from scar_diary.domain.aftercare import AftercareTip
from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import ProtocolSettings
from scar_diary.services.diary import Diary
from scar_diary.services.profile import Preferences, Profile
from scar_diary.ui import problems
from scar_diary.ui.count_spin import CountSpin
from scar_diary.ui.enabling import set_enabled
from scar_diary.ui.icons import icon
from scar_diary.ui.preferences import (
    AUTO_ALIGN_IMPORTS,
    LANGUAGE,
    LOCK_MINUTES,
    LOCK_WHEN_MINIMISED,
    OLD_STRIP_METADATA,
)
from scar_diary.ui.settings.backups_box import BackupsBox
from scar_diary.ui.settings.phone_box import PhoneBox
from scar_diary.ui.settings.protection_box import ProtectionBox
from scar_diary.ui.theme import tone_color
from scar_diary.wording.aftercare import tip_text
from scar_diary.wording.status import days_text
from scar_diary.wording.tone import Tone

# Where earlier versions kept "remove photo metadata" (window settings); carried into the
# diary once, where it travels with archives and the command line sees it.


def _spin(limit: limits.Limit, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(limit.low, limit.high)
    box.setSuffix(suffix)
    return box


def _count(limit: limits.Limit, one: str, many: str) -> CountSpin:
    return CountSpin(limit.low, limit.high, one, many)


class SettingsPage(QScrollArea):
    changed = Signal()  # something was saved here (the services recorded what)

    def __init__(self, ui_settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.ui_settings = ui_settings
        self.setWidgetResizable(True)
        self.diary: Diary | None = None
        self._loading = False
        content = QWidget(self)
        days = (self.tr(" day"), self.tr(" days"))

        # protocol
        self.prep_days = _count(limits.PREP_DAYS, *days)
        self.interval_min = _count(limits.INTERVAL_DAYS, *days)
        self.interval_max = _count(limits.INTERVAL_DAYS, *days)
        self.series_min = _spin(limits.SERIES_SESSIONS)
        self.series_max = _spin(limits.SERIES_SESSIONS)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(limits.NO_IMPROVEMENT_PCT.low, limits.NO_IMPROVEMENT_PCT.high)
        self.threshold.setSuffix(" %")
        self.threshold.setDecimals(0)
        self.boosts = _spin(limits.BOOSTS_PER_YEAR, self.tr(" a year"))
        self.swelling = _count(limits.SWELLING_DAYS, *days)
        self.boost_prep = QCheckBox(self.tr("A boost needs the preparation again"))
        self.fresh_rating = QComboBox()
        self.fresh_rating.addItem(self.tr("after the last session"), 0)
        self.fresh_rating.addItem(self.tr("after the last session or the one before it"), 1)
        self.lapse_days = _count(limits.LAPSE_DAYS, *days)
        self.swelling_warning = QLabel()
        self.swelling_warning.setObjectName("swellingWarning")
        self.swelling_warning.setWordWrap(True)
        self.swelling_warning.setStyleSheet(f"color: {tone_color(Tone.WARN).name()};")
        self.problem = QLabel()
        self.problem.setObjectName("settingsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {tone_color(Tone.WARN).name()};")
        self.defaults_button = QPushButton(self.tr("Use the &Article's Values"))
        self.defaults_button.setObjectName("protocolDefaults")
        protocol = QGroupBox(self.tr("Protocol"))
        form = QFormLayout(protocol)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        intro = QLabel(
            self.tr(
                "Clinics differ. Set these as your clinic does; the defaults are the values of the "
                "patient article this diary follows (14 days of preparation, sessions 14–21 days "
                "apart, a series of 6–8)."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Preparation before the first session:"), self.prep_days)
        interval = QHBoxLayout()
        interval.addWidget(self.interval_min)
        interval.addWidget(QLabel(self.tr("to")))
        interval.addWidget(self.interval_max)
        interval.addStretch(1)
        form.addRow(self.tr("Time between sessions:"), interval)
        series = QHBoxLayout()
        series.addWidget(self.series_min)
        series.addWidget(QLabel(self.tr("to")))
        series.addWidget(self.series_max)
        series.addStretch(1)
        form.addRow(self.tr("Sessions in a series:"), series)
        form.addRow(self.tr("“No improvement” means less than:"), self.threshold)
        form.addRow(self.tr("Maintenance sessions after a series:"), self.boosts)
        form.addRow(self.boost_prep)
        form.addRow(self.tr("Ratings may show swelling for (after a visit):"), self.swelling)
        form.addRow(self.swelling_warning)
        form.addRow(self.tr("The stop rule needs a rating made:"), self.fresh_rating)
        form.addRow(self.tr("A series has lapsed when nothing is booked for:"), self.lapse_days)
        lapse_note = QLabel(
            self.tr("(counted from the day the window for the next session closed)")
        )
        lapse_note.setWordWrap(True)
        form.addRow(lapse_note)
        form.addRow(self.problem)
        defaults_row = QHBoxLayout()
        defaults_row.addWidget(self.defaults_button)
        defaults_row.addStretch(1)
        form.addRow(defaults_row)

        # reminders and privacy
        self.prep_reminder = QCheckBox(
            self.tr("Remind me of the tretinoin preparation before the first session")
        )
        self.pause_days = _count(limits.RETINOID_PAUSE_DAYS, *days)
        self.pause_days.setSpecialValueText(self.tr("off"))
        self.resume_days = _count(
            limits.RETINOID_RESUME_DAYS, self.tr(" day after it"), self.tr(" days after it")
        )
        self.resume_days.setSpecialValueText(self.tr("the same day"))
        self.neutral = QCheckBox(
            self.tr("Notifications only say “You have a reminder” (nothing about treatment)")
        )
        self.full_text = QCheckBox(
            self.tr("Calendar export says what each event is (otherwise “Appointment”)")
        )
        reminders = QGroupBox(self.tr("Reminders and privacy"))
        reminder_form = QFormLayout(reminders)
        reminder_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        reminder_form.addRow(self.prep_reminder)
        reminder_form.addRow(
            self.tr("Pause retinoids before each session (if your clinic asks):"), self.pause_days
        )
        reminder_form.addRow(self.tr("…and resume them:"), self.resume_days)
        self.pause_days.valueChanged.connect(self._show_resume)
        reminder_form.addRow(self.neutral)
        reminder_form.addRow(self.full_text)
        self.strip_exports = QCheckBox(
            self.tr("Remove photo metadata (EXIF, GPS) from exported copies")
        )
        self.strip_exports.setObjectName("stripExports")
        self.strip_exports.toggled.connect(self._save_preferences)
        reminder_form.addRow(self.strip_exports)
        self.auto_align = QCheckBox(
            self.tr("Line up each imported photo with the scar’s previous photo automatically")
        )
        self.auto_align.setObjectName("autoAlignImports")
        self.auto_align.setToolTip(
            self.tr(
                "Done on this computer after each import. Photos that cannot be lined up "
                "safely are left as they are; Compare says why."
            )
        )
        self.auto_align.setChecked(AUTO_ALIGN_IMPORTS.get(ui_settings))
        self.auto_align.toggled.connect(lambda on: AUTO_ALIGN_IMPORTS.set(self.ui_settings, on))
        reminder_form.addRow(self.auto_align)

        # aftercare
        self.aftercare = QListWidget()
        self.aftercare.setObjectName("aftercareList")
        self.aftercare.setWordWrap(True)
        self.aftercare_note = QLabel()
        self.aftercare_note.setWordWrap(True)
        add = QPushButton(self.tr("A&dd Instruction"))
        add.setIcon(icon("add"))
        remove = QPushButton(self.tr("Re&move"))
        builtin = QPushButton(self.tr("Use the &Built-in Guidance"))
        builtin.setObjectName("aftercareBuiltin")
        add.clicked.connect(self._add_instruction)
        remove.clicked.connect(self._remove_instruction)
        builtin.clicked.connect(self._use_builtin)
        self.aftercare.itemChanged.connect(lambda _item: self._save_aftercare())
        aftercare_box = QGroupBox(self.tr("Aftercare instructions"))
        aftercare_layout = QVBoxLayout(aftercare_box)
        aftercare_layout.addWidget(self.aftercare_note)
        aftercare_layout.addWidget(self.aftercare)
        row = QHBoxLayout()
        for button in (add, remove, builtin):
            row.addWidget(button)
        row.addStretch(1)
        aftercare_layout.addLayout(row)

        # profile
        self.name = QLineEdit()
        self.doctor = QLineEdit()
        self.clinic = QLineEdit()
        profile = QGroupBox(self.tr("On the doctor summary"))
        profile_form = QFormLayout(profile)
        for edit in (self.name, self.doctor, self.clinic):
            edit.setMinimumWidth(320)
        profile_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        profile_form.addRow(self.tr("Your &name:"), self.name)
        profile_form.addRow(self.tr("&Doctor:"), self.doctor)
        profile_form.addRow(self.tr("Cli&nic:"), self.clinic)

        # language
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in (("", self.tr("As the system")), ("en", "English"), ("nl", "Nederlands")):
            self.language.addItem(name, code)
        chosen = self.language.findData(LANGUAGE.get(ui_settings))
        self.language.setCurrentIndex(max(chosen, 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(
            self.tr("Scar Diary speaks the chosen language from its next start.")
        )
        self.language_note.setWordWrap(True)
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("&Language:"), self.language)
        language_form.addRow(self.language_note)

        # created without a parent, like the boxes above, so Tab goes through the page in
        # the order it reads
        self.backups = BackupsBox()
        self.protection = ProtectionBox()
        self.phone = PhoneBox(ui_settings)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 16)
        for box in (
            protocol,
            reminders,
            self.phone,
            self.protection,
            aftercare_box,
            profile,
            language_box,
            self.backups,
        ):
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(content)

        for spin in (
            self.prep_days,
            self.interval_min,
            self.interval_max,
            self.series_min,
            self.series_max,
            self.boosts,
            self.pause_days,
            self.resume_days,
            self.swelling,
            self.lapse_days,
        ):
            spin.valueChanged.connect(self._save_protocol)
        self.fresh_rating.currentIndexChanged.connect(self._save_protocol)
        self.boost_prep.toggled.connect(self._save_protocol)
        self.threshold.valueChanged.connect(self._save_protocol)
        self.prep_reminder.toggled.connect(self._save_protocol)
        self.neutral.toggled.connect(self._save_preferences)
        self.full_text.toggled.connect(self._save_preferences)
        for edit in (self.name, self.doctor, self.clinic):
            edit.editingFinished.connect(self._save_profile)
        self.defaults_button.clicked.connect(self.use_article_values)

    def _language_chosen(self) -> None:
        LANGUAGE.set(self.ui_settings, str(self.language.currentData()))

    # --- loading -----------------------------------------------------------------------
    def set_diary(self, diary: Diary | None) -> None:
        self.diary = diary
        if diary is not None and self.ui_settings.contains(OLD_STRIP_METADATA.key):
            keep = not OLD_STRIP_METADATA.get(self.ui_settings)
            if keep:
                current = diary.profile.preferences()
                diary.profile.save_preferences(
                    dataclasses.replace(current, strip_photo_metadata=False)
                )
            self.ui_settings.remove(OLD_STRIP_METADATA.key)
        self.backups.set_diary(diary)
        self.reload()

    def reload(self, changed: Changed = Changed.EVERYTHING) -> None:
        """Everything the page shows is read again, whatever `changed` says."""
        if self.diary is None:
            return
        self._loading = True
        try:
            self._show_protocol(self.diary.settings())
            preferences = self.diary.profile.preferences()
            self.neutral.setChecked(preferences.neutral_notifications)
            self.full_text.setChecked(preferences.calendar_full_text)
            self.strip_exports.setChecked(preferences.strip_photo_metadata)
            profile = self.diary.profile.get()
            self.name.setText(profile.display_name)
            self.doctor.setText(profile.doctor)
            self.clinic.setText(profile.clinic)
            self._show_aftercare(self.diary.profile.aftercare_texts())
            self.protection.show_state(
                protected=self.diary.db.cipher is not None,
                sample=self.diary.is_sample,
                idle_minutes=LOCK_MINUTES.get(self.ui_settings),
                when_minimised=LOCK_WHEN_MINIMISED.get(self.ui_settings),
            )
        finally:
            self._loading = False

    def _show_protocol(self, settings: ProtocolSettings) -> None:
        self.prep_days.setValue(settings.prep_days)
        self.interval_min.setValue(settings.interval_min_days)
        self.interval_max.setValue(settings.interval_max_days)
        self.series_min.setValue(settings.series_min)
        self.series_max.setValue(settings.series_max)
        self.threshold.setValue(settings.no_improvement_pct)
        self.boosts.setValue(settings.boosts_per_year)
        self.prep_reminder.setChecked(settings.prep_reminder)
        self.pause_days.setValue(settings.retinoid_pause_days)
        self.resume_days.setValue(settings.retinoid_resume_days)
        self._show_resume(settings.retinoid_pause_days)
        self.swelling.setValue(settings.swelling_days)
        self.boost_prep.setChecked(settings.boost_needs_prep)
        self.fresh_rating.setCurrentIndex(
            self.fresh_rating.findData(settings.fresh_rating_sessions)
        )
        self.lapse_days.setValue(settings.lapse_days)
        self.problem.setText("")
        self._show_swelling_warning(settings)

    def _show_swelling_warning(self, settings: ProtocolSettings) -> None:
        """Allowed, but said: with swelling days reaching the next session no rating made
        after a session ever counts, only one made on a session day before the injection."""
        self.swelling_warning.setText(
            self.tr(
                "With {swelling} of swelling and sessions {interval} apart, every rating made "
                "after a session falls in its swelling days and is never used to measure "
                "improvement. Rate on the day of a session, before the injection, to be measured."
            ).format(
                swelling=days_text(settings.swelling_days),
                interval=days_text(settings.interval_min_days),
            )
            if settings.ratings_never_count
            else ""
        )
        self.swelling_warning.setVisible(settings.ratings_never_count)

    def _show_aftercare(self, texts: list[str]) -> None:
        self.aftercare.blockSignals(True)
        self.aftercare.clear()
        own = bool(texts)
        for text in texts or [tip_text(tip) for tip in AftercareTip]:
            item = QListWidgetItem(text)
            if own:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.aftercare.addItem(item)
        self.aftercare.setEnabled(True)
        self.aftercare_note.setText(
            self.tr(
                "Your clinic's instructions, shown every day of the week after a session. "
                "Double-click one to change it."
            )
            if own
            else self.tr(
                "The built-in guidance, shown day by day after a session. Add an "
                "instruction to replace it with your clinic's own list."
            )
        )
        self.aftercare.blockSignals(False)
        self._own_aftercare = own

    # --- saving --------------------------------------------------------------------------
    def form_settings(self) -> ProtocolSettings:
        return ProtocolSettings(
            prep_days=self.prep_days.value(),
            interval_min_days=self.interval_min.value(),
            interval_max_days=self.interval_max.value(),
            series_min=self.series_min.value(),
            series_max=self.series_max.value(),
            no_improvement_pct=float(self.threshold.value()),
            boosts_per_year=self.boosts.value(),
            prep_reminder=self.prep_reminder.isChecked(),
            retinoid_pause_days=self.pause_days.value(),
            retinoid_resume_days=self.resume_days.value(),
            swelling_days=self.swelling.value(),
            boost_needs_prep=self.boost_prep.isChecked(),
            fresh_rating_sessions=int(self.fresh_rating.currentData()),
            lapse_days=self.lapse_days.value(),
        )

    def _show_resume(self, pause_days: int) -> None:
        set_enabled(
            self.resume_days,
            pause_days > 0,
            self.tr("Only when retinoids are paused before each session (set the days above)."),
        )

    def _save_protocol(self) -> None:
        if self._loading or self.diary is None:
            return
        settings = self.form_settings()
        if settings.problems():
            self.problem.setText(
                self.tr(
                    "Not saved yet: the shortest time between sessions must not be longer than the "
                    "usual longest, nor the shortest series longer than the longest."
                )
            )
            return
        self.problem.setText("")
        self._show_swelling_warning(settings)
        diary = self.diary
        self._write("saving settings", lambda: diary.profile.save_settings(settings))

    def use_article_values(self) -> None:
        current = self.form_settings()
        article = ProtocolSettings()
        # the article says nothing of these: they stay as the clinic set them
        keep = {
            "prep_reminder": current.prep_reminder,
            "retinoid_pause_days": current.retinoid_pause_days,
            "retinoid_resume_days": current.retinoid_resume_days,
            "swelling_days": current.swelling_days,
            "boost_needs_prep": current.boost_needs_prep,
            "fresh_rating_sessions": current.fresh_rating_sessions,
            "lapse_days": current.lapse_days,
        }
        self._loading = True
        try:
            self._show_protocol(dataclasses.replace(article, **keep))  # type: ignore[arg-type]
        finally:
            self._loading = False
        self._save_protocol()

    def _save_preferences(self) -> None:
        if self._loading or self.diary is None:
            return
        diary, chosen = (
            self.diary,
            Preferences(
                self.neutral.isChecked(),
                self.full_text.isChecked(),
                self.strip_exports.isChecked(),
            ),
        )
        self._write("saving preferences", lambda: diary.profile.save_preferences(chosen))

    def _save_profile(self) -> None:
        if self._loading or self.diary is None:
            return
        diary, profile = (
            self.diary,
            Profile(
                self.name.text().strip(), self.doctor.text().strip(), self.clinic.text().strip()
            ),
        )
        self._write("saving the profile", lambda: diary.profile.save(profile))

    def _aftercare_texts(self) -> list[str]:
        return [self.aftercare.item(i).text() for i in range(self.aftercare.count())]

    def _save_aftercare(self) -> None:
        if self._loading or self.diary is None:
            return
        self._write_aftercare(self._aftercare_texts())

    def _add_instruction(self) -> None:
        if self.diary is None:
            return
        texts = self._aftercare_texts() if self._own_aftercare else []
        if not self._write_aftercare([*texts, self.tr("New instruction")]):
            return
        item = self.aftercare.item(self.aftercare.count() - 1)
        self.aftercare.setCurrentItem(item)
        self.aftercare.editItem(item)

    def _remove_instruction(self) -> None:
        row = self.aftercare.currentRow()
        if self.diary is None or not self._own_aftercare or row < 0:
            return
        texts = self._aftercare_texts()
        del texts[row]
        self._write_aftercare(texts)

    def _use_builtin(self) -> None:
        if self.diary is None:
            return
        self._write_aftercare([])

    def _write(self, place: str, action: Callable[[], object]) -> bool:
        """Every change here is saved at once, through the one path for problems: a busy or
        read-only diary says so, and the form keeps what was entered to try again."""
        if not problems.attempt(self, place, action):
            return False
        self.changed.emit()
        return True

    def _write_aftercare(self, texts: list[str]) -> bool:
        diary = self.diary
        assert diary is not None
        if not self._write("saving aftercare", lambda: diary.profile.save_aftercare_texts(texts)):
            return False
        self._show_aftercare(diary.profile.aftercare_texts())
        return True
