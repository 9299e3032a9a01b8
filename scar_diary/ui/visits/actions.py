"""What can be done with the series and its visits, from wherever it is asked for: the
Visits page's buttons and calendar, and the Today page's cards ("did it happen?", "add a
session anyway", "book a boost"). Each action opens its dialog, saves through the services
and says `changed` when the diary changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from scar_diary.domain.entities import VisitKind
from scar_diary.domain.protocol import ClassifiedVisit, StopRule
from scar_diary.domain.status import DiaryStatus, diary_status
from scar_diary.services.diary import Diary
from scar_diary.ui import dialogs, problems
from scar_diary.ui.guarded_dialog import GuardedDialog
from scar_diary.ui.visits.dialogs import BookDialog, DoneDialog, EndSeriesDialog
from scar_diary.wording.dates import long_date
from scar_diary.wording.status import visit_name


class VisitActions(QObject):
    changed = Signal()
    rate_requested = Signal()

    def __init__(
        self,
        parent: QWidget,
        diary: Callable[[], Diary | None],
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._diary = diary
        self._today = today

    # --- helpers ---------------------------------------------------------------------------
    def _status(self) -> tuple[Diary, DiaryStatus] | None:
        diary = self._diary()
        if diary is None:
            return None
        return diary, diary_status(diary.facts(), self._today())

    def _find(self, status: DiaryStatus, visit_id: int) -> ClassifiedVisit | None:
        return next((c for c in status.visits if c.visit.id == visit_id), None)

    def _try(self, action: Callable[[], object], place: str = "a visit action") -> bool:
        """A write without a dialog of its own (a confirmation's answer, say)."""
        if not problems.attempt(self._window, place, action):
            return False
        self.changed.emit()
        return True

    def _saves(
        self, dialog: GuardedDialog, write: Callable[[], object], place: str
    ) -> Callable[[], None]:
        """The dialog's OK writes first and closes only once that is done."""

        def save() -> None:
            write()
            self.changed.emit()

        dialog.saves_with(save, place)
        return save

    def _show(self, dialog: BookDialog | DoneDialog | EndSeriesDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- booking -----------------------------------------------------------------------------
    def book(self, on: dt.date | None = None) -> BookDialog | None:
        """Book the next visit: a session while the series runs, a boost after it ended. The
        dialog opens on `on` (the day clicked in the calendar), else the first allowed day."""
        found = self._status()
        if found is None:
            return None
        diary, status = found
        if status.series is None:
            return None
        kind = VisitKind.BOOST if status.series_ended else VisitKind.SESSION
        today = self._today()
        if on is None:
            window = status.next_window
            if kind is VisitKind.BOOST and status.maintenance_due_on is not None:
                on = status.maintenance_due_on
            else:
                on = window.earliest if window and window.earliest else today
        dialog = BookDialog(self._window, diary.facts(), today, max(on, today), kind=kind)

        self._saves(
            dialog, lambda: diary.series.book(dialog.day, dialog.time, kind=kind), "booking"
        )
        self._show(dialog)
        return dialog

    def move(self, visit_id: int) -> BookDialog | None:
        found = self._status()
        if found is None:
            return None
        diary, status = found
        chosen = self._find(status, visit_id)
        if chosen is None:
            return None
        today = self._today()
        start = max(chosen.visit.scheduled_on, today)
        dialog = BookDialog(self._window, diary.facts(), today, start, chosen.visit)

        self._saves(
            dialog,
            lambda: diary.series.reschedule(visit_id, dialog.day, dialog.time),
            "moving a visit",
        )
        self._show(dialog)
        return dialog

    def cancel(self, visit_id: int) -> None:
        found = self._status()
        if found is None:
            return
        diary, status = found
        chosen = self._find(status, visit_id)
        if chosen is None:
            return
        dialogs.confirm(
            self._window,
            self.tr("Cancel Visit"),
            self.tr("Cancel the visit on {date}?").format(
                date=long_date(chosen.visit.scheduled_on)
            ),
            informative=self.tr("It stays in the list as cancelled and counts for nothing."),
            confirm_text=self.tr("Cancel Visit"),
            cancel_text=self.tr("Keep Visit"),
            on_confirm=lambda: self._try(lambda: diary.series.cancel(visit_id)),
        )

    # --- done -------------------------------------------------------------------------------
    def mark_done(self, visit_id: int) -> DoneDialog | None:
        found = self._status()
        if found is None:
            return None
        diary, status = found
        chosen = self._find(status, visit_id)
        if chosen is None:
            return None
        if chosen.number is None:  # awaiting: its number comes with the answer
            title = (
                self.tr("Mark the Boost Done")
                if chosen.is_boost
                else self.tr("Mark the Session Done")
            )
        else:
            title = self.tr("{name} Done").format(name=visit_name(chosen))
        today = self._today()
        dialog = DoneDialog(
            self._window, title, list(diary.facts().active_scars), today, chosen.visit
        )

        self._saves(
            dialog,
            lambda: diary.series.complete(
                visit_id,
                dialog.treated(),
                dialog.notes.toPlainText().strip(),
                on=dialog.day,
                today=today,
            ),
            "marking a visit done",
        )
        dialog.accepted.connect(lambda: self._recorded(self._recorded_text(visit_id)))
        self._show(dialog)
        return dialog

    def record_past(self) -> DoneDialog | None:
        """Enter a visit that already happened (one that was never booked here)."""
        found = self._status()
        if found is None:
            return None
        diary, status = found
        if status.series is None:
            return None
        today = self._today()
        boost = status.series_ended
        title = self.tr("Record a Past Boost") if boost else self.tr("Record a Past Session")
        dialog = DoneDialog(self._window, title, list(diary.facts().active_scars), today)

        self._saves(
            dialog,
            lambda: diary.series.record_done(
                dialog.day, dialog.treated(), dialog.notes.toPlainText().strip(), today=today
            ),
            "recording a past visit",
        )
        dialog.accepted.connect(lambda: self._recorded(self.tr("The visit is in your diary.")))
        self._show(dialog)
        return dialog

    def _recorded_text(self, visit_id: int) -> str:
        found = self._status()
        now = self._find(found[1], visit_id) if found is not None else None
        if now is None:
            return self.tr("The visit is in your diary.")
        return self.tr("{name} is in your diary.").format(name=visit_name(now))

    def _recorded(self, what: str) -> None:
        dialogs.confirm(
            self._window,
            self.tr("Visit Recorded"),
            what + " " + self.tr("Aftercare for the coming days is on the Today page."),
            informative=self.tr(
                "Rate your scars on the day of a session, before it, or once the first days of "
                "possible swelling have passed; a reminder will come."
            ),
            confirm_text=self.tr("Rate Now"),
            cancel_text=self.tr("Later"),
            on_confirm=self.rate_requested.emit,
            destructive=False,
        )

    # --- the series ---------------------------------------------------------------------------
    def end_series(self) -> EndSeriesDialog | None:
        found = self._status()
        if found is None:
            return None
        diary, status = found
        suggest_stopped = status.stop_rule in (
            StopRule.DISCUSS_STOPPING,
            StopRule.NOT_EXPECTED_TO_HELP,
        )
        dialog = EndSeriesDialog(self._window, self._today(), suggest_stopped=suggest_stopped)

        self._saves(
            dialog, lambda: diary.series.end(dialog.day(), dialog.reason()), "ending the series"
        )
        self._show(dialog)
        return dialog

    def report_flare(self) -> None:
        diary = self._diary()
        if diary is None:
            return
        today = self._today()
        dialogs.confirm(
            self._window,
            self.tr("Acne Flare"),
            self.tr("Has your acne flared up again?"),
            informative=self.tr(
                "Your acne is then no longer confirmed clear: booked sessions are flagged until "
                "you confirm it is clear again. Your doctor decides whether a session goes ahead."
            ),
            confirm_text=self.tr("My Acne Has Flared"),
            on_confirm=lambda: self._try(lambda: diary.series.report_flare(today)),
            destructive=False,
        )

    def confirm_clear(self) -> None:
        diary = self._diary()
        if diary is not None:
            today = self._today()
            self._try(lambda: diary.series.confirm_acne_clear(today))
