"""Keeps the Today page true: filled from the diary (or, while it opens, from its file),
again after every change and just after midnight, and its buttons routed to what they do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer

from scar_diary.ui import problems
from scar_diary.ui.today_page import TodayPage

if TYPE_CHECKING:
    from scar_diary.domain.reminders import Reminder
    from scar_diary.services.diary import Diary
    from scar_diary.storage.reader import DiaryReader
    from scar_diary.ui.notifier import ReminderNotifier
    from scar_diary.ui.visits.actions import VisitActions


class TodayUpdates(QObject):
    def __init__(
        self,
        page: TodayPage,
        settings: QSettings,
        today: Callable[[], dt.date],
        visit_actions: Callable[[], VisitActions],
        go_to: Callable[[str], None],
        rate: Callable[[], object],
    ) -> None:
        super().__init__(page)
        self.page = page
        self._settings = settings
        self._today = today
        self._visit_actions = visit_actions
        self._go_to = go_to
        self._rate = rate
        self.diary: Diary | None = None
        self.reader: DiaryReader | None = None
        self.notifier: ReminderNotifier | None = None
        # While a protected diary is locked nothing of it can be read: the reminders of the
        # coming days are kept (in memory) when it locks, and announced neutrally when due.
        self.while_locked: dict[dt.date, list[tuple[Reminder, str]]] = {}
        # Refresh just after midnight, so "day 3 after session 5" never goes stale overnight.
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh)
        page.reminder_dismissed.connect(self._dismiss)
        page.reminder_snoozed.connect(self._snooze)
        page.action_requested.connect(self._act)

    def show_from(self, reader: DiaryReader | None, diary: Diary | None = None) -> None:
        """What to show: the open diary (which can be changed), or only its file's content
        while the diary opens."""
        self.reader, self.diary = reader, diary
        if reader is not None:
            self.while_locked = {}
        if diary is not None and self.notifier is None:
            from scar_diary.ui.notifier import ReminderNotifier

            self.notifier = ReminderNotifier(self.page.window(), self._settings)
        self.refresh()

    def refresh(self) -> None:
        from scar_diary.domain.status import diary_status  # after the first paint

        if self.reader is None:
            self._announce_while_locked()
            return
        facts = self.reader.facts()
        status = diary_status(facts, self._today())
        reminders = self.reader.visible_reminders(facts, status)
        self.page.show_status(
            status,
            facts.settings,
            is_sample=self.reader.is_sample,
            reminders=reminders,
            inbox_waiting=self.diary.inbox.count() if self.diary is not None else 0,
        )
        if self.notifier is not None and self.diary is not None:
            neutral = self.diary.profile.preferences().neutral_notifications
            names = [self._name(r) for r in reminders]
            self.notifier.announce(reminders, neutral=neutral, names=names)
        self._schedule_midnight_refresh()

    def keep_for_the_lock(self, days: int = 14) -> None:
        """The diary is about to lock: note which reminders fall due on the coming days."""
        from scar_diary.domain.reminders import reminders, visible
        from scar_diary.domain.status import diary_status

        if self.reader is None:
            return
        facts, states = self.reader.facts(), self.reader.reminder_states()
        today = self._today()
        self.while_locked = {}
        for ahead in range(1, days + 1):
            day = today + dt.timedelta(days=ahead)
            due = visible(reminders(facts, diary_status(facts, day)), states, day)
            # named now, while the key is there: nothing of it is kept while locked
            self.while_locked[day] = [(r, self._name(r)) for r in due]

    def _name(self, reminder: Reminder) -> str:
        """What the settings remember an announced reminder by: its key, or for a protected
        diary a keyed hash of it (the settings file then holds no dates or outcomes)."""
        cipher = self.diary.db.cipher if self.diary is not None else None
        if cipher is None:
            return reminder.key
        from scar_diary.storage.crypto import keyed_hash

        return keyed_hash(cipher.subkey(b"reminder names"), reminder.key)[:32]

    def _announce_while_locked(self) -> None:
        due = self.while_locked.pop(self._today(), [])
        if due and self.notifier is not None:
            self.notifier.announce(  # never a word about treatment
                [r for r, _ in due], neutral=True, names=[n for _, n in due]
            )
        if self.while_locked:
            self._schedule_midnight_refresh()

    def stop(self) -> None:
        self._midnight.stop()

    def _schedule_midnight_refresh(self) -> None:
        now = dt.datetime.now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 5))
        self._midnight.start(int((midnight - now).total_seconds() * 1000))

    def _dismiss(self, key: str) -> None:
        diary = self.diary
        if diary is not None and problems.attempt(
            self.page, "dismissing a reminder", lambda: diary.reminders.dismiss(key)
        ):
            self.refresh()

    def _snooze(self, key: str) -> None:
        diary, tomorrow = self.diary, self._today() + dt.timedelta(days=1)
        if diary is not None and problems.attempt(
            self.page, "snoozing a reminder", lambda: diary.reminders.snooze(key, tomorrow)
        ):
            self.refresh()

    def _act(self, action: str, visit_id: int) -> None:
        """A card's button. While the diary is still opening nothing can change yet; the
        buttons work a moment later."""
        from scar_diary.wording.status import Action

        if self.diary is None:
            return
        chosen = Action(action)
        if chosen is Action.SET_UP_SERIES:
            self._go_to("visits")
        elif chosen is Action.RATE:
            self._rate()
        elif chosen is Action.OPEN_INBOX:
            self._go_to("inbox")
        else:
            actions = self._visit_actions()
            {
                Action.CONFIRM_DONE: lambda: actions.mark_done(visit_id),
                Action.CONFIRM_MOVED: lambda: actions.move(visit_id),
                Action.CONFIRM_CANCELLED: lambda: actions.cancel(visit_id),
                Action.BOOK: actions.book,
                Action.BOOK_ANYWAY: actions.book,
                Action.BOOK_BOOST: actions.book,
                Action.END_SERIES: actions.end_series,
            }[chosen]()
