"""The Today page: what the diary says about today, or a welcome when it is empty."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from scar_diary.ui.labels import paragraph

# The window paints before the rules and their wording load: they are imported when the
# page is first filled, a moment after.
if TYPE_CHECKING:
    from scar_diary.domain.entities import ProtocolSettings
    from scar_diary.domain.reminders import Reminder
    from scar_diary.domain.status import DiaryStatus
    from scar_diary.ui.cards import CardWidget
    from scar_diary.ui.reminder_card import ReminderCard
    from scar_diary.wording.status import Card


def _heading(text: str, scale: float, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class TodayPage(QScrollArea):
    """Shows one of three states: the status cards, a welcome for an empty diary, or the
    reason the diary could not be opened."""

    sample_requested = Signal()
    own_diary_requested = Signal()
    series_requested = Signal()  # go to the Visits page
    scars_requested = Signal()  # go to the Scars page
    reminder_dismissed = Signal(str)
    restore_requested = Signal()  # the diary is damaged: bring back the latest backup
    reminder_snoozed = Signal(str)
    action_requested = Signal(str, int)  # a card's or reminder's button: Action value, visit id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: list[CardWidget] = []
        self.reminder_card: ReminderCard | None = None
        self._content: QWidget | None = None

    def _new_content(self) -> QVBoxLayout:
        from scar_diary.ui.theme import card_style

        content = QWidget(self)
        content.setStyleSheet(card_style())
        outer = QHBoxLayout(content)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.setContentsMargins(24, 20, 24, 24)
        holder = QWidget(content)
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addWidget(holder, 100)
        outer.addStretch(1)
        self.setWidget(content)  # deletes the previous content
        self._content = content
        self.cards = []
        self.reminder_card = None
        return column

    def clear(self) -> None:
        """Nothing of the diary on the page (it locked): the cards go with their texts."""
        self._new_content()

    def _sample_banner(self, column: QVBoxLayout) -> None:
        banner = QFrame(self._content)
        banner.setObjectName("banner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 8, 8, 8)
        row.addWidget(
            paragraph(
                self.tr("Sample diary: made-up data to explore. Nothing here is yours."), banner
            ),
            1,
        )
        back = QPushButton(self.tr("&Back to My Diary"), banner)
        back.setObjectName("backToMyDiary")
        back.clicked.connect(self.own_diary_requested)
        row.addWidget(back)
        column.addWidget(banner)

    def show_status(
        self,
        status: DiaryStatus,
        settings: ProtocolSettings,
        *,
        is_sample: bool,
        reminders: Sequence[Reminder] = (),
        inbox_waiting: int = 0,
    ) -> None:
        from scar_diary.domain.reminders import ReminderKind
        from scar_diary.ui.reminder_card import ReminderCard
        from scar_diary.wording.status import status_cards, today_heading

        column = self._new_content()
        if is_sample:
            self._sample_banner(column)
        if status.is_empty:
            self._welcome(column)
            return
        column.addWidget(_heading(today_heading(status.today), 1.4, self._content or self))
        cards = status_cards(status, settings)
        # Past bookings are asked about first, in their own cards with their actions.
        for card in cards:
            if card.key.startswith("awaiting:"):
                self._add_card(card, column)
        if inbox_waiting:
            from scar_diary.wording.inbox import waiting_card

            self._add_card(waiting_card(inbox_waiting), column)
        # their own cards say these; the aftercare card is itself a reminder (dismissing it
        # hides it for that day)
        shown_as_cards = (
            ReminderKind.AFTERCARE,
            ReminderKind.CONFIRM_VISIT,
            ReminderKind.STOP_RULE,
        )
        listed = [r for r in reminders if r.kind not in shown_as_cards]
        self.reminder_card = ReminderCard(listed, self._content) if listed else None
        if self.reminder_card is not None:
            self.reminder_card.dismissed.connect(self.reminder_dismissed)
            self.reminder_card.snoozed.connect(self.reminder_snoozed)
            self.reminder_card.action_requested.connect(self.action_requested)
            column.addWidget(self.reminder_card)
        aftercare_shown = any(r.kind is ReminderKind.AFTERCARE for r in reminders)
        for card in cards:
            if card.key.startswith("awaiting:") or (
                card.key == "aftercare" and not aftercare_shown
            ):
                continue
            self._add_card(card, column)
        column.addStretch(1)

    def _add_card(self, card: Card, column: QVBoxLayout) -> None:
        from scar_diary.ui.cards import CardWidget

        widget = CardWidget(card, self._content)
        widget.action_requested.connect(self.action_requested)
        self.cards.append(widget)
        column.addWidget(widget)

    def show_inbox(self, count: int) -> bool:
        """The inbox card says `count` again; False when the card must come or go (a full
        refresh places it)."""
        from scar_diary.ui.cards import CardWidget
        from scar_diary.wording.inbox import waiting_card

        shown = self.card("inbox")
        if shown is None or not count:
            return shown is None and not count
        holder = shown.parentWidget()
        column = holder.layout() if holder is not None else None
        if not isinstance(column, QVBoxLayout):
            return False
        index = column.indexOf(shown)
        self.cards.remove(shown)
        shown.deleteLater()
        widget = CardWidget(waiting_card(count), holder)
        widget.action_requested.connect(self.action_requested)
        self.cards.append(widget)
        column.insertWidget(index, widget)
        return True

    def card(self, key: str) -> CardWidget | None:
        return next((c for c in self.cards if c.card.key == key), None)

    def _welcome(self, column: QVBoxLayout) -> None:
        from scar_diary.ui.icons import icon
        from scar_diary.wording.safety import injection_warning

        parent = self._content or self
        column.addWidget(_heading(self.tr("Welcome to Scar Diary"), 1.6, parent))
        for text in (
            self.tr(
                "Scar Diary keeps track of a series of saline injections for acne scars: the "
                "preparation before the first session, when the next session may be, what to do "
                "in the days after, and whether your scars are improving."
            ),
            self.tr(
                "Everything you record stays on this computer. The diary follows the protocol "
                "your clinic uses; your doctor makes the decisions."
            ),
            self.tr(
                "Start with your series when your doctor has planned it, and put your scars on "
                "the face map. To see how it all works first, open the sample diary."
            ),
        ):
            column.addWidget(paragraph(text, parent))
        warning = paragraph(injection_warning(), parent)
        warning.setObjectName("injectionWarning")
        column.addWidget(warning)
        start = QPushButton(self.tr("Set &Up My Series"), parent)
        start.setIcon(icon("visits"))
        start.setObjectName("setUpSeries")
        start.clicked.connect(self.series_requested)
        scars = QPushButton(self.tr("Add My &Scars"), parent)
        scars.setIcon(icon("scars"))
        scars.setObjectName("addScars")
        scars.clicked.connect(self.scars_requested)
        row = QHBoxLayout()
        row.addWidget(start)
        row.addWidget(scars)
        row.addStretch(1)
        column.addLayout(row)
        self._sample_button(column, parent)

    def show_problem(self, message: str, *, can_restore: bool = False) -> None:
        """The diary could not be opened: say why and offer the way forward."""
        from PySide6.QtCore import Qt

        column = self._new_content()
        parent = self._content or self
        column.addWidget(_heading(self.tr("Your diary could not be opened"), 1.4, parent))
        problem = paragraph(message, parent)
        problem.setObjectName("problemText")
        problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(problem)
        column.addWidget(
            paragraph(
                self.tr("Nothing was changed. You can look around in the sample diary meanwhile."),
                parent,
            )
        )
        if can_restore:
            restore = QPushButton(self.tr("Restore the Latest Backup"), parent)
            restore.setObjectName("restoreLatest")
            restore.clicked.connect(self.restore_requested)
            column.addWidget(
                paragraph(
                    self.tr(
                        "The damaged file is kept aside, never overwritten; the most recent good backup "
                        "takes its place."
                    ),
                    parent,
                )
            )
            row = QHBoxLayout()
            row.addWidget(restore)
            row.addStretch(1)
            column.addLayout(row)
        self._sample_button(column, parent)

    def _sample_button(self, column: QVBoxLayout, parent: QWidget) -> None:
        button = QPushButton(self.tr("Open a Sa&mple Diary"), parent)
        button.setObjectName("openSample")
        button.setDefault(True)
        button.clicked.connect(self.sample_requested)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)

    def visible_texts(self) -> list[str]:
        """All label texts on the page, top to bottom (for tests and screen readers)."""
        if self._content is None:
            return []
        return [label.text() for label in self._content.findChildren(QLabel)]
