"""The Visits page: setting up the series (preparation, acne confirmation, planned length),
a calendar of the series, and the list of sessions with booking, moving, cancelling and
marking done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
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

from scar_diary.domain.entities import ProtocolSettings, VisitStatus
from scar_diary.domain.protocol import ClassifiedVisit, VisitFlag
from scar_diary.domain.status import DiaryStatus, diary_status
from scar_diary.services.diary import Diary
from scar_diary.services.errors import InvalidInput
from scar_diary.ui import dialogs
from scar_diary.ui.theme import tone_color
from scar_diary.ui.visits.calendar import BOOKED, DONE, PREP, WINDOW, CalendarMarks, SeriesCalendar
from scar_diary.ui.visits.dialogs import BookDialog, DoneDialog, EndSeriesDialog, pydate, qdate
from scar_diary.wording.dates import clock_time, short_date
from scar_diary.wording.status import Tone, flag_text


class VisitsPage(QWidget):
    changed = Signal()
    rate_requested = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsPage")
        self.today = today
        self.diary: Diary | None = None
        self.status: DiaryStatus | None = None
        self._shown_today = False

        # --- series set-up ---
        self.setup = QGroupBox(self.tr("Your series"), self)
        self.prep_start = QDateEdit(self)
        self.prep_start.setCalendarPopup(True)
        self.prep_start.setDisplayFormat("d MMM yyyy")
        self.acne_clear = QCheckBox(self.tr("My acne is fully clear"), self)
        self.acne_date = QDateEdit(self)
        self.acne_date.setCalendarPopup(True)
        self.acne_date.setDisplayFormat("d MMM yyyy")
        self.planned = QSpinBox(self)
        self.planned.setRange(0, 50)
        self.planned.setSpecialValueText(self.tr("as in Settings"))
        self.start_button = QPushButton(self.tr("&Start Preparation"), self)
        self.start_button.setObjectName("startSeries")
        self.save_button = QPushButton(self.tr("Save Changes"), self)
        self.save_button.setObjectName("saveSeries")
        self.end_button = QPushButton(self.tr("&End Series…"), self)
        self.series_note = QLabel(self)
        self.series_note.setWordWrap(True)
        acne_row = QHBoxLayout()
        acne_row.addWidget(self.acne_clear)
        acne_row.addWidget(self.acne_date)
        acne_row.addStretch(1)
        form = QFormLayout(self.setup)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Preparation (vitamin A acid) started on:"), self.prep_start)
        form.addRow(self.tr("Acne:"), acne_row)
        form.addRow(self.tr("Planned sessions:"), self.planned)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.save_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.series_note)
        self.acne_clear.toggled.connect(self.acne_date.setEnabled)
        self.start_button.clicked.connect(self.start_series)
        self.save_button.clicked.connect(self.save_series)
        self.end_button.clicked.connect(self.end_series)

        # --- calendar ---
        self.calendar = SeriesCalendar(self)
        legend = QLabel(self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setText(
            " ".join(
                f"<span style='background:{c.name(c.NameFormat.HexArgb) if c.alpha() < 255 else c.name()}'>"
                f"&nbsp;&nbsp;&nbsp;</span>&nbsp;{t}&nbsp;&nbsp;"
                for c, t in (
                    (PREP, self.tr("preparation")),
                    (WINDOW, self.tr("next allowed window")),
                    (DONE, self.tr("done")),
                    (BOOKED, self.tr("booked")),
                )
            )
        )
        calendar_box = QWidget(self)
        calendar_layout = QVBoxLayout(calendar_box)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        calendar_layout.addWidget(self.calendar, 1)
        calendar_layout.addWidget(legend)

        # --- sessions ---
        self.sessions = QTreeWidget(self)
        self.sessions.setObjectName("sessionList")
        self.sessions.setRootIsDecorated(False)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setHeaderLabels(
            [
                self.tr("#"),
                self.tr("Date"),
                self.tr("Interval"),
                self.tr("Status"),
                self.tr("Check"),
            ]
        )
        header = self.sessions.header()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions.setWordWrap(True)
        self.book_button = QPushButton(self.tr("&Book…"), self)
        self.book_button.setObjectName("bookSession")
        self.move_button = QPushButton(self.tr("&Move…"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel Session…"), self)
        self.done_button = QPushButton(self.tr("Mark &Done…"), self)
        self.done_button.setObjectName("markDone")
        session_buttons = QHBoxLayout()
        for button in (self.book_button, self.move_button, self.cancel_button, self.done_button):
            session_buttons.addWidget(button)
        session_buttons.addStretch(1)
        self.book_button.clicked.connect(self.book_session)
        self.move_button.clicked.connect(self.move_session)
        self.cancel_button.clicked.connect(self.cancel_session)
        self.done_button.clicked.connect(self.mark_done)
        self.sessions.itemSelectionChanged.connect(self._update_buttons)
        sessions_box = QWidget(self)
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        self.window_label = QLabel(self)
        self.window_label.setObjectName("windowLabel")
        self.window_label.setWordWrap(True)
        sessions_layout.addWidget(self.window_label)
        sessions_layout.addWidget(self.sessions, 1)
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

    def reload(self) -> None:
        if self.diary is None:
            return
        today = self.today()
        facts = self.diary.facts()
        self.status = status = diary_status(facts, today)
        series = status.series
        running = series is not None and series.ended_on is None
        self.prep_start.setMaximumDate(qdate(today + dt.timedelta(days=365)))
        self.acne_date.setMaximumDate(qdate(today))
        if series is None or not running:
            self.prep_start.setDate(qdate(today))
            self.acne_clear.setChecked(False)
            self.acne_date.setDate(qdate(today))
            self.planned.setValue(0)
        else:
            self.prep_start.setDate(qdate(series.prep_started_on or today))
            self.acne_clear.setChecked(series.acne_clear_on is not None)
            self.acne_date.setDate(qdate(series.acne_clear_on or today))
            self.planned.setValue(series.planned_sessions or 0)
        self.acne_date.setEnabled(self.acne_clear.isChecked())
        self.start_button.setVisible(not running)
        self.save_button.setVisible(running)
        self.end_button.setVisible(running)
        self.book_button.setEnabled(running)
        if series is None:
            self.series_note.setText(
                self.tr(
                    "Start when your doctor has planned the series: from that day, apply the vitamin A "
                    "acid (tretinoin) to the scars as prescribed, for at least {days} days before the "
                    "first session."
                ).format(days=facts.settings.prep_days)
            )
        elif not running:
            self.series_note.setText(
                self.tr(
                    "The last series ended on {date}. Start a new one when your doctor plans it."
                ).format(date=short_date(series.ended_on or today))
            )
        else:
            self.series_note.setText("")
        self.calendar.set_marks(CalendarMarks.of(status))
        if not self._shown_today:
            self.calendar.setSelectedDate(qdate(today))  # open on this month, not the clock's
            self._shown_today = True
        self._fill_sessions(status, facts.settings)
        self._update_window_label(status)
        self._update_buttons()

    def _fill_sessions(self, status: DiaryStatus, settings: ProtocolSettings) -> None:
        self.sessions.clear()
        for c in status.sessions:
            visit = c.visit
            when = short_date(visit.scheduled_on)
            if visit.scheduled_time is not None:
                when += " " + clock_time(visit.scheduled_time)
            interval = (
                "" if c.interval_days is None else self.tr("{n} days").format(n=c.interval_days)
            )
            state = {VisitStatus.DONE: self.tr("done"), VisitStatus.BOOKED: self.tr("booked")}.get(
                visit.status, ""
            )
            check = flag_text(c, settings).text
            item = QTreeWidgetItem([str(c.number), when, interval, state, check])
            item.setData(0, Qt.ItemDataRole.UserRole, visit.id)
            item.setToolTip(4, check)
            if c.flag is not VisitFlag.OK:
                item.setForeground(4, tone_color(Tone.WARN))
            self.sessions.addTopLevelItem(item)

    def _update_window_label(self, status: DiaryStatus) -> None:
        window = status.next_window
        progress = status.progress
        planned = (
            str(progress.planned_min)
            if progress.planned_min == progress.planned_max
            else f"{progress.planned_min}–{progress.planned_max}"
        )
        parts = [
            self.tr("{done} of {planned} sessions done.").format(
                done=progress.done, planned=planned
            )
        ]
        if window is not None and window.earliest is not None:
            if window.latest is None:
                parts.append(
                    self.tr("The first session can be from {date}.").format(
                        date=short_date(window.earliest)
                    )
                )
            else:
                parts.append(
                    self.tr("Session {n} may be from {earliest} to {latest}.").format(
                        n=window.after_session + 1,
                        earliest=short_date(window.earliest),
                        latest=short_date(window.latest),
                    )
                )
        self.window_label.setText(" ".join(parts))

    def selected(self) -> ClassifiedVisit | None:
        items = self.sessions.selectedItems()
        if not items or self.status is None:
            return None
        visit_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.status.sessions if c.visit.id == visit_id), None)

    def select_visit(self, visit_id: int) -> None:
        for index in range(self.sessions.topLevelItemCount()):
            item = self.sessions.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == visit_id:
                self.sessions.setCurrentItem(item)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        booked = chosen is not None and chosen.visit.status is VisitStatus.BOOKED
        for button in (self.move_button, self.cancel_button, self.done_button):
            button.setEnabled(booked)

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def _try(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except InvalidInput as exc:
            dialogs.error(self, self.tr("Not Saved"), str(exc))
            return False
        return True

    # --- series ------------------------------------------------------------------------
    def start_series(self) -> None:
        assert self.diary is not None
        diary = self.diary
        acne = pydate(self.acne_date.date()) if self.acne_clear.isChecked() else None
        planned = self.planned.value() or None
        if self._try(
            lambda: diary.series.start(
                pydate(self.prep_start.date()), acne_clear_on=acne, planned_sessions=planned
            )
        ):
            self._changed()

    def save_series(self) -> None:
        assert self.diary is not None
        diary = self.diary
        acne = pydate(self.acne_date.date()) if self.acne_clear.isChecked() else None

        def save() -> None:
            series = diary.facts().series
            diary.series.update(
                pydate(self.prep_start.date()),
                self.planned.value() or None,
                series.notes if series else "",
            )
            diary.series.confirm_acne_clear(acne)

        if self._try(save):
            self._changed()

    def end_series(self) -> EndSeriesDialog:
        dialog = EndSeriesDialog(self, self.today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def end() -> None:
            assert self.diary is not None
            diary = self.diary
            if self._try(lambda: diary.series.end(dialog.day(), dialog.reason())):
                self._changed()

        dialog.accepted.connect(end)
        dialog.open()
        return dialog

    # --- sessions ----------------------------------------------------------------------
    def book_session(self) -> BookDialog | None:
        if self.diary is None or self.status is None:
            return None
        window = self.status.next_window
        start = window.earliest if window and window.earliest else self.today()
        dialog = BookDialog(self, self.diary.facts(), max(start, self.today()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            assert self.diary is not None
            diary = self.diary
            if self._try(lambda: diary.series.book(dialog.day, dialog.time)):
                self._changed()

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def move_session(self) -> BookDialog | None:
        chosen = self.selected()
        if chosen is None or self.diary is None:
            return None
        dialog = BookDialog(self, self.diary.facts(), chosen.visit.scheduled_on, chosen.visit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            assert self.diary is not None
            diary = self.diary
            if self._try(lambda: diary.series.reschedule(chosen.visit.id, dialog.day, dialog.time)):
                self._changed()

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def cancel_session(self) -> None:
        chosen = self.selected()
        if chosen is None or self.diary is None:
            return
        diary = self.diary

        def cancel() -> None:
            diary.series.cancel(chosen.visit.id)
            self._changed()

        dialogs.confirm(
            self,
            self.tr("Cancel Session"),
            self.tr("Cancel session {n} on {date}?").format(
                n=chosen.number, date=short_date(chosen.visit.scheduled_on)
            ),
            confirm_text=self.tr("Cancel Session"),
            on_confirm=cancel,
        )

    def mark_done(self) -> DoneDialog | None:
        chosen = self.selected()
        if chosen is None or self.diary is None:
            return None
        diary = self.diary
        scars = list(diary.facts().active_scars)
        dialog = DoneDialog(self, chosen.visit, chosen.number, scars)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            notes = dialog.notes.toPlainText().strip()
            if not self._try(
                lambda: diary.series.complete(chosen.visit.id, dialog.treated(), notes)
            ):
                return
            self._changed()
            dialogs.confirm(
                self,
                self.tr("Session Recorded"),
                self.tr(
                    "Session {n} is in your diary. Aftercare for the coming days is on the "
                    "Today page."
                ).format(n=chosen.number),
                informative=self.tr(
                    "Rate your scars now, or in a few days once any swelling "
                    "has gone down; a reminder will come."
                ),
                confirm_text=self.tr("Rate Now"),
                on_confirm=self.rate_requested.emit,
                destructive=False,
            )

        dialog.accepted.connect(done)
        dialog.open()
        return dialog
