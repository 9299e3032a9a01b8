"""The Visits page: setting up the series (preparation, acne, planned length), a calendar of
the series, and the list of visits with booking, moving, cancelling, marking done and
recording a past visit. A running series' form saves as it is changed, as Settings does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain import limits
from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import ProtocolSettings, Series, VisitStatus
from scar_diary.domain.protocol import ClassifiedVisit, SeriesState, VisitFlag
from scar_diary.domain.status import DiaryStatus, diary_status
from scar_diary.services.diary import Diary
from scar_diary.ui import problems
from scar_diary.ui.enabling import set_enabled
from scar_diary.ui.icons import icon
from scar_diary.ui.theme import tone_color
from scar_diary.ui.visits.actions import VisitActions
from scar_diary.ui.visits.calendar import (
    AWAITING,
    BOOKED,
    DONE,
    PREP,
    WINDOW,
    CalendarMarks,
    SeriesCalendar,
)
from scar_diary.ui.visits.dialogs import BookDialog, DoneDialog, pydate, qdate
from scar_diary.wording.dates import clock_time, edit_format, medium_date
from scar_diary.wording.status import (
    ended_outcome_text,
    flag_text,
    flag_texts,
    planned_text,
    previous_series_note,
    window_closed_line,
)
from scar_diary.wording.tone import Tone

# A change in the series form is saved once typing pauses this long (or at once on Enter,
# Tab or leaving the page): a date typed digit by digit is not saved at every digit.
SAVE_PAUSE_MS = 700


class VisitsPage(QWidget):
    def __init__(
        self,
        today: Callable[[], dt.date],
        visit_actions: VisitActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitsPage")
        self.today = today
        self.visit_actions = visit_actions
        self.diary: Diary | None = None
        self.status: DiaryStatus | None = None
        self._shown_today = False
        self._picked: dt.date | None = None  # the calendar day the user clicked
        self._running = False  # a series is running: its form saves as it is changed

        # --- series set-up ---
        self.setup = QGroupBox(self.tr("Your series"), self)
        self.prep_start = QDateEdit(self)
        self.prep_start.setCalendarPopup(True)
        self.prep_start.setDisplayFormat(edit_format())
        self.acne_clear = QCheckBox(self.tr("My acne is &fully clear"), self)
        self.acne_date = QDateEdit(self)
        self.acne_date.setCalendarPopup(True)
        self.acne_date.setDisplayFormat(edit_format())
        self.acne_state = QLabel(self)
        self.acne_state.setObjectName("acneState")
        self.flare_button = QPushButton(self.tr("My Acne Has F&lared…"), self)
        self.flare_button.setObjectName("acneFlared")
        self.clear_again_button = QPushButton(self.tr("My Acne Is &Clear Again"), self)
        self.clear_again_button.setObjectName("acneClearAgain")
        self.planned = QSpinBox(self)
        self.planned.setRange(0, limits.SERIES_SESSIONS.high)
        self.planned.setSpecialValueText(self.tr("as in Settings"))
        self.start_button = QPushButton(self.tr("&Start Preparation"), self)
        self.start_button.setObjectName("startSeries")
        # A running series' form saves as Settings does: each change at once (after a short
        # pause while typing), and a change that cannot be saved says so beside the form.
        self._save_soon = QTimer(self)
        self._save_soon.setSingleShot(True)
        self._save_soon.setInterval(SAVE_PAUSE_MS)
        self._save_soon.timeout.connect(self.save_series)
        self.not_saved = QLabel(self)
        self.not_saved.setObjectName("seriesNotSaved")
        self.not_saved.setWordWrap(True)
        self.not_saved.setStyleSheet(f"color: {tone_color(Tone.WARN).name()};")
        self.not_saved.hide()
        self.end_button = QPushButton(self.tr("&End Series…"), self)
        self.end_button.setObjectName("endSeries")
        self.series_note = QLabel(self)
        self.series_note.setObjectName("seriesNote")
        self.series_note.setWordWrap(True)
        acne_row = QHBoxLayout()
        for widget in (
            self.acne_clear,
            self.acne_date,
            self.acne_state,
            self.flare_button,
            self.clear_again_button,
        ):
            acne_row.addWidget(widget)
        acne_row.addStretch(1)
        form = QFormLayout(self.setup)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        prep_label = QLabel(self.tr("&Preparation (tretinoin) started on:"), self)
        prep_label.setBuddy(self.prep_start)
        form.addRow(prep_label, self.prep_start)
        form.addRow(self.tr("Acne:"), acne_row)
        planned_label = QLabel(self.tr("Planned &sessions:"), self)
        planned_label.setBuddy(self.planned)
        form.addRow(planned_label, self.planned)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.not_saved)
        form.addRow(self.series_note)
        self.acne_clear.toggled.connect(self._show_acne_date)
        self.start_button.clicked.connect(self.start_series)
        for edit in (self.prep_start, self.acne_date):
            edit.dateChanged.connect(self._edited)
            edit.editingFinished.connect(self.save_pending)
        self.acne_clear.toggled.connect(self._edited)
        self.planned.valueChanged.connect(self._edited)
        self.planned.editingFinished.connect(self.save_pending)
        self.end_button.clicked.connect(self.visit_actions.end_series)
        self.flare_button.clicked.connect(self.visit_actions.report_flare)
        self.clear_again_button.clicked.connect(self.visit_actions.confirm_clear)

        # --- calendar ---
        self.calendar = SeriesCalendar(self)
        self.calendar.clicked.connect(self._pick_day)
        self.calendar.activated.connect(self._book_on)
        legend = QLabel(self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        legend.setText(
            " ".join(
                f"<span style='background:{c.name(c.NameFormat.HexArgb) if c.alpha() < 255 else c.name()}'>"
                f"&nbsp;&nbsp;&nbsp;</span>&nbsp;{t}&nbsp;&nbsp;"
                for c, t in (
                    (PREP, self.tr("preparation")),
                    (WINDOW, self.tr("next allowed window")),
                    (DONE, self.tr("done (filled)")),
                    (BOOKED, self.tr("booked (ring)")),
                    (AWAITING, self.tr("not confirmed (?)")),
                )
            )
        )
        hint = QLabel(self.tr("Double-click a day to book a visit on it."), self)
        hint.setEnabled(False)
        calendar_box = QWidget(self)
        calendar_layout = QVBoxLayout(calendar_box)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        calendar_layout.addWidget(self.calendar, 1)
        calendar_layout.addWidget(legend)
        calendar_layout.addWidget(hint)

        # --- visits ---
        self.visit_list = QTreeWidget(self)
        self.visit_list.setObjectName("sessionList")
        self.visit_list.setAccessibleName(self.tr("Visits of this series"))
        self.visit_list.setRootIsDecorated(False)
        self.visit_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visit_list.setHeaderLabels(
            [
                self.tr("Visit"),
                self.tr("Date"),
                self.tr("Interval"),
                self.tr("Status"),
                self.tr("Check"),
            ]
        )
        header = self.visit_list.header()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.visit_list.setWordWrap(True)
        self.book_button = QPushButton(self.tr("&Book…"), self)
        self.book_button.setIcon(icon("book"))
        self.book_button.setObjectName("bookSession")
        self.move_button = QPushButton(self.tr("&Move…"), self)
        self.move_button.setObjectName("moveSession")
        self.cancel_button = QPushButton(self.tr("&Cancel Visit…"), self)
        self.cancel_button.setObjectName("cancelSession")
        self.done_button = QPushButton(self.tr("Mark &Done…"), self)
        self.done_button.setIcon(icon("done"))
        self.done_button.setObjectName("markDone")
        self.past_button = QPushButton(self.tr("&Record a Past Visit…"), self)
        self.past_button.setObjectName("recordPast")
        # two rows: the page stays narrow enough for a small screen in any language
        session_buttons = QGridLayout()
        for index, button in enumerate(
            (
                self.book_button,
                self.done_button,
                self.past_button,
                self.move_button,
                self.cancel_button,
            )
        ):
            session_buttons.addWidget(button, index // 3, index % 3)
        session_buttons.setColumnStretch(3, 1)
        self.book_button.clicked.connect(self.book_session)
        self.move_button.clicked.connect(self.move_session)
        self.cancel_button.clicked.connect(self.cancel_session)
        self.done_button.clicked.connect(self.mark_done)
        self.past_button.clicked.connect(self.visit_actions.record_past)
        self.visit_list.itemSelectionChanged.connect(self._update_buttons)
        sessions_box = QWidget(self)
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        self.window_label = QLabel(self)
        self.window_label.setObjectName("windowLabel")
        self.window_label.setWordWrap(True)
        sessions_layout.addWidget(self.window_label)
        sessions_layout.addWidget(self.visit_list, 1)
        sessions_layout.addLayout(session_buttons)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(calendar_box)
        split.addWidget(sessions_box)
        split.setSizes([420, 580])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.setup)
        layout.addWidget(split, 1)

    # --- loading -----------------------------------------------------------------------
    def set_diary(self, diary: Diary | None) -> None:
        self.diary = diary
        self.reload()

    def reload(self, changed: Changed = Changed.EVERYTHING) -> None:
        """Everything the page shows is read again, whatever `changed` says."""
        if self.diary is None:
            return
        today = self.today()
        facts = self.diary.facts()
        self.status = status = diary_status(facts, today)
        series = status.series
        running = series is not None and series.ended_on is None
        self.save_pending(announce=False)  # a change still waiting is stored first
        # what was typed and could not be saved stays on screen, with its note
        keep_typed = running and self._running and not self.not_saved.isHidden()
        self._running = running
        if not keep_typed:
            self.not_saved.hide()
            with (
                QSignalBlocker(self.prep_start),
                QSignalBlocker(self.acne_date),
                QSignalBlocker(self.acne_clear),
                QSignalBlocker(self.planned),
            ):
                self._fill_form(series if running else None, today)
        self._show_acne(status, running)
        self.start_button.setVisible(not running)
        self.end_button.setVisible(running)
        no_series = self.tr("Start the series first (Start Preparation, above).")
        set_enabled(self.book_button, series is not None, no_series)
        set_enabled(self.past_button, series is not None, no_series)
        self.book_button.setText(
            self.tr("&Book a Boost…") if status.series_ended else self.tr("&Book…")
        )
        self.series_note.setText(self._series_note(status, facts.settings))
        self.calendar.set_marks(CalendarMarks.of(status))
        if not self._shown_today:
            self.calendar.setSelectedDate(qdate(today))  # open on this month, not the clock's
            self._shown_today = True
        self._fill_sessions(status, facts.settings)
        self._update_window_label(status)
        self._update_buttons()

    def _fill_form(self, series: Series | None, today: dt.date) -> None:
        """The form as stored (a running series), or ready to start one."""
        self.prep_start.setMaximumDate(qdate(today + dt.timedelta(days=365)))
        self.acne_date.setMaximumDate(qdate(today))
        if series is None:
            self.prep_start.setDate(qdate(today))
            self.acne_clear.setChecked(False)
            self.acne_date.setDate(qdate(today))
            self.planned.setValue(0)
        else:
            self.prep_start.setDate(qdate(series.prep_started_on or today))
            self.acne_clear.setChecked(series.acne_clear_on is not None)
            self.acne_date.setDate(qdate(series.acne_clear_on or today))
            self.planned.setValue(series.planned_sessions or 0)

    def _show_acne(self, status: DiaryStatus, running: bool) -> None:
        """Before the first session: a tick box and its date. Once the series has begun:
        how things stand, and "My acne has flared" (or "…is clear again")."""
        begun = running and status.state is not SeriesState.PREPARING
        flared = status.prep.acne_flared_on is not None
        self.acne_clear.setVisible(not begun and not flared)
        self.acne_date.setVisible(not begun and not flared)
        self._show_acne_date(self.acne_clear.isChecked())
        self.acne_state.setVisible(begun or flared)
        self.flare_button.setVisible(running and (begun or status.prep.acne_clear) and not flared)
        self.clear_again_button.setVisible(running and flared)
        prep = status.prep
        if flared and prep.acne_flared_on is not None:
            self.acne_state.setText(
                self.tr("Flared on {date}: not confirmed clear").format(
                    date=medium_date(prep.acne_flared_on)
                )
            )
            self.acne_state.setStyleSheet(f"color: {tone_color(Tone.WARN).name()};")
        elif prep.acne_clear_on is not None:
            self.acne_state.setText(
                self.tr("Confirmed clear on {date}").format(date=medium_date(prep.acne_clear_on))
            )
            self.acne_state.setStyleSheet("")
        else:
            self.acne_state.setText(self.tr("Not confirmed clear"))
            self.acne_state.setStyleSheet(f"color: {tone_color(Tone.WARN).name()};")

    def _series_note(self, status: DiaryStatus, settings: ProtocolSettings) -> str:
        series = status.series
        if series is None:
            if not settings.prep_days:
                return self.tr(
                    "Start when your doctor has planned the series. Your settings ask for no "
                    "preparation before the first session."
                )
            return self.tr(
                "Start when your doctor has planned the series: from that day, apply tretinoin "
                "(vitamin A acid) to the scars as prescribed, for at least {days} days before the "
                "first session."
            ).format(days=settings.prep_days)
        if status.state is SeriesState.ENDED:
            note = self.tr(
                "This series ended on {date}. Maintenance boosts are booked here; start a new "
                "series only when your doctor plans one."
            ).format(date=medium_date(series.ended_on or self.today()))
            if status.outcome is not None and not status.improved:
                note += "\n" + ended_outcome_text(status)
            return note
        if status.state is SeriesState.PREPARING and status.previous_outcome is not None:
            return previous_series_note(status.previous_outcome)
        if status.window_closed_on is not None:
            return window_closed_line(status).text
        return ""

    def _fill_sessions(self, status: DiaryStatus, settings: ProtocolSettings) -> None:
        current = self.selected()
        self.visit_list.clear()
        for c in status.visits:
            visit = c.visit
            when = medium_date(visit.scheduled_on)
            if visit.scheduled_time is not None:
                when += " " + clock_time(visit.scheduled_time)
            interval = (
                "" if c.interval_days is None else self.tr("{n} days").format(n=c.interval_days)
            )
            if c.awaiting:
                state = self.tr("did it happen?")
            else:
                state = {
                    VisitStatus.DONE: self.tr("done"),
                    VisitStatus.BOOKED: self.tr("booked"),
                }.get(visit.status, "")
            check = flag_text(c, settings).text
            item = QTreeWidgetItem([self._name(c), when, interval, state, check])
            item.setData(0, Qt.ItemDataRole.UserRole, visit.id)
            # every flag the visit has, not only the most important one
            item.setToolTip(4, "\n".join(line.text for line in flag_texts(c, settings)))
            if c.flag not in (VisitFlag.OK, VisitFlag.OVERDUE, VisitFlag.BEYOND_PLAN):
                item.setForeground(4, tone_color(Tone.WARN))
            self.visit_list.addTopLevelItem(item)
        if current is not None:
            self.select_visit(current.visit.id)

    def _name(self, c: ClassifiedVisit) -> str:
        if c.number is None:
            return "–"
        return (self.tr("Boost {n}") if c.is_boost else self.tr("Session {n}")).format(n=c.number)

    def _update_window_label(self, status: DiaryStatus) -> None:
        window = status.next_window
        progress = status.progress
        parts = [
            self.tr("{done} of {planned} sessions done.").format(
                done=progress.done, planned=planned_text(status.planned)
            )
        ]
        if status.state is SeriesState.COMPLETE:
            parts.append(
                self.tr(
                    "The planned length is reached, so no further window is shown; your doctor "
                    "decides about more."
                )
            )
        elif status.state is SeriesState.ENDED:
            parts.append(self.tr("Boosts done: {n}.").format(n=status.boosts_done))
            if status.maintenance_due_on is not None:
                parts.append(
                    self.tr("Next boost suggested around {date}.").format(
                        date=medium_date(status.maintenance_due_on)
                    )
                )
        elif window is not None and window.earliest is not None:
            if window.latest is None:
                parts.append(
                    self.tr("The first session can be from {date}.").format(
                        date=medium_date(window.earliest)
                    )
                )
            else:
                parts.append(
                    self.tr("Session {n} may be from {earliest} to {latest}.").format(
                        n=window.after_session + 1,
                        earliest=medium_date(window.earliest),
                        latest=medium_date(window.latest),
                    )
                )
        if status.awaiting:
            parts.append(
                self.tr("Say what happened to the visits whose day has passed (marked –).")
            )
        self.window_label.setText(" ".join(parts))

    def selected(self) -> ClassifiedVisit | None:
        items = self.visit_list.selectedItems()
        if not items or self.status is None:
            return None
        visit_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.status.visits if c.visit.id == visit_id), None)

    def select_visit(self, visit_id: int) -> None:
        for index in range(self.visit_list.topLevelItemCount()):
            item = self.visit_list.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == visit_id:
                self.visit_list.setCurrentItem(item)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        booked = chosen is not None and chosen.visit.status is VisitStatus.BOOKED
        for button in (self.move_button, self.cancel_button, self.done_button):
            set_enabled(button, booked, self.tr("Choose a booked visit in the list first."))

    def _show_acne_date(self, clear: bool) -> None:
        set_enabled(self.acne_date, clear, self.tr('Tick "My acne is fully clear" first.'))

    # --- series ------------------------------------------------------------------------
    def _try(self, action: Callable[[], object]) -> bool:
        if not problems.attempt(self, "starting a series", action):
            return False
        self.visit_actions.changed.emit()
        return True

    def start_series(self) -> None:
        assert self.diary is not None
        diary = self.diary
        acne = pydate(self.acne_date.date()) if self.acne_clear.isChecked() else None
        planned = self.planned.value() or None
        self._try(
            lambda: diary.series.start(
                pydate(self.prep_start.date()), acne_clear_on=acne, planned_sessions=planned
            )
        )

    def _edited(self) -> None:
        if self._running:
            self._save_soon.start()

    def save_pending(self, *, announce: bool = True) -> None:
        """Save a change still waiting (the page is left, the diary closes, Enter or Tab);
        `announce`: let the window refresh (not while the diary is closing)."""
        if self._save_soon.isActive():
            self._save_soon.stop()
            self.save_series(announce=announce)

    def save_series(self, *, announce: bool = True) -> None:
        """Save the running series' form; what cannot be saved stays on screen, marked
        "Not saved" with the reason, until it is corrected."""
        if self.diary is None or not self._running:
            return
        diary = self.diary
        status = self.status
        before_first = status is not None and status.state is SeriesState.PREPARING
        flared = status is not None and status.prep.acne_flared_on is not None
        acne = pydate(self.acne_date.date()) if self.acne_clear.isChecked() else None

        def save() -> None:
            series = diary.facts().series
            diary.series.update(
                pydate(self.prep_start.date()),
                self.planned.value() or None,
                series.notes if series else "",
            )
            if before_first and not flared:  # later, the flare buttons say it
                diary.series.confirm_acne_clear(acne)

        try:
            save()
        except Exception as exc:  # a user's problem is said beside the form; a bug goes on
            words = problems.logged_sentence(exc, "saving the series")
            if words is None:
                raise
            self.not_saved.setText(self.tr("Not saved: {reason}").format(reason=words))
            self.not_saved.show()
            return
        self.not_saved.hide()
        if announce:
            self.visit_actions.changed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_pending()  # another page is shown, or the window closes
        super().hideEvent(event)

    # --- visits ------------------------------------------------------------------------
    def _pick_day(self, day: QDate) -> None:
        self._picked = pydate(day)

    def _book_on(self, day: QDate) -> None:
        self._picked = pydate(day)
        self.book_session()

    def book_session(self) -> BookDialog | None:
        """Opens on the calendar day the user clicked, if any, else the first allowed day."""
        return self.visit_actions.book(self._picked)

    def move_session(self) -> BookDialog | None:
        chosen = self.selected()
        return None if chosen is None else self.visit_actions.move(chosen.visit.id)

    def cancel_session(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.visit_actions.cancel(chosen.visit.id)

    def mark_done(self) -> DoneDialog | None:
        chosen = self.selected()
        return None if chosen is None else self.visit_actions.mark_done(chosen.visit.id)
