"""The Inbox page: photos from the phone or the watched folder, each waiting for its scar.

Each photo shows its thumbnail, its date and where it came from, and a scar to give it:
suggested when the automatic alignment finds the scar it shows (its newest photo lines up
with the new one), else chosen by the patient. "Add to Chosen Scars" imports every photo
with a scar chosen exactly as a drop on the scar would, and lines each one up with the
scar's photo before it; "Discard…" takes the selected ones out.
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import Scar, scar_numbers
from scar_diary.services.diary import Diary
from scar_diary.services.inbox import InboxPhoto
from scar_diary.services.inbox_matching import Suggestion
from scar_diary.services.match_child import MatchRequest
from scar_diary.ui import dialogs, problems
from scar_diary.ui.enabling import set_enabled
from scar_diary.ui.icons import icon
from scar_diary.ui.inbox.suggestions_process import SuggestionsProcess
from scar_diary.ui.labels import paragraph
from scar_diary.ui.scars.import_alignment import ImportAlignment
from scar_diary.ui.tasks import Lane, TaskRunner
from scar_diary.ui.thumbnail_loader import ThumbnailLoader
from scar_diary.wording import inbox as words
from scar_diary.wording.dates import medium_date

THUMB = 72
ROWS_PER_TURN = 4
ID_ROLE = Qt.ItemDataRole.UserRole


class InboxPage(QWidget):
    changed = Signal()  # photos were given their scars, or discarded
    receive_requested = Signal()
    message = Signal(str)  # for the status bar

    def __init__(self, runner: TaskRunner, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inboxPage")
        self.runner = runner
        self.settings = settings
        self.diary: Diary | None = None
        self.thumbnails = ThumbnailLoader(runner, self, side=THUMB)
        self.photos: list[InboxPhoto] = []
        self.scars: list[Scar] = []
        self.suggestions: dict[int, Suggestion] = {}
        self.matching = SuggestionsProcess(self)
        self.matching.suggested.connect(self._suggested)
        self.matching.finished.connect(self._batch_done)
        self._matching: set[int] = set()
        self._rows: dict[int, tuple[QTreeWidgetItem, QComboBox]] = {}
        self._choices: list[tuple[str, int]] = []  # each scar chooser's entries
        self._adding = False
        self._pending: list[InboxPhoto] = []  # rows still to be made
        self._chosen_before: dict[int, int] = {}
        self.alignments: list[ImportAlignment] = []

        self.intro = paragraph(
            self.tr(
                "Photos you send from your phone (Receive from Phone) or that appear in your "
                "watched folder wait here. Give each one its scar: the diary suggests the scar "
                "whose newest photo shows the same skin."
            ),
            self,
        )
        self.receive_button = QPushButton(self.tr("&Receive from Phone…"), self)
        self.receive_button.setIcon(icon("import"))
        self.receive_button.clicked.connect(self.receive_requested)
        self.add_button = QPushButton(self.tr("&Add to Chosen Scars"), self)
        self.add_button.setIcon(icon("done"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_chosen)
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        self.discard_button.setIcon(icon("delete"))
        self.discard_button.clicked.connect(self.discard_selected)

        self.box = QGroupBox(self.tr("Waiting for a scar"), self)
        self.list = QTreeWidget(self.box)
        self.list.setObjectName("inboxList")
        self.list.setAccessibleName(self.tr("Photos waiting for a scar"))
        self.list.setHeaderLabels(
            [
                self.tr("Photo"),
                self.tr("Taken"),
                self.tr("From"),
                self.tr("Scar"),
                self.tr("Suggestion"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = paragraph(
            self.tr(
                "No photos are waiting. Open Receive from Phone and send photos with LocalSend "
                "on your phone, or choose a watched folder in Settings."
            ),
            self.box,
        )
        self.empty.setObjectName("inboxEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.empty)
        box_layout.addWidget(self.list, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.receive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.box, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.discard_selected)

    # --- loading -----------------------------------------------------------------------------
    def set_diary(self, diary: Diary | None) -> None:
        if diary is not self.diary:  # another diary's photos and scars: nothing of them stays
            self.thumbnails.clear()
            self.suggestions.clear()
            self.matching.stop()
            self._matching = set()
            self.list.clear()
            self._rows.clear()
            self._pending = []
            self._choices = []
        self.diary = diary
        self.reload()

    def reload(self, changed: Changed = Changed.EVERYTHING) -> None:
        """Rows for the photos waiting now: new ones added, gone ones taken out, the others
        kept as they are (with the patient's choice) unless the scars changed."""
        diary = self.diary
        if diary is None:
            return
        if changed & (Changed.PHOTOS | Changed.SCARS):
            self.matching.stop()  # a scar's newest photo may be another one now
            self._matching = set()
            self.suggestions.clear()
        chosen = self.chosen()
        self.photos = diary.inbox.waiting()
        facts = diary.facts()
        scars = list(facts.active_scars)
        numbers = scar_numbers(facts.scars)
        choices = [(f"{numbers.get(s.id, '')} {s.label}".strip(), s.id) for s in scars]
        if choices != self._choices:  # every row's chooser lists the scars: made again
            self.list.clear()
            self._rows.clear()
            self._choices = choices
        self.scars = scars
        waiting_ids = {waiting.id for waiting in self.photos}
        for gone in [inbox_id for inbox_id in self._rows if inbox_id not in waiting_ids]:
            item, _ = self._rows.pop(gone)
            self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
        self._pending = [w for w in self.photos if w.id not in self._rows]
        self._chosen_before = chosen
        self._add_some_rows()
        self.empty.setVisible(not self.photos)
        self.list.setVisible(bool(self.photos))
        self._update_buttons()
        self._suggest()

    def _add_some_rows(self) -> None:
        """A few rows per turn of the event loop: fifty photos arriving at once never hold
        the window while their rows (each with its scar chooser) are made."""
        diary = self.diary
        if diary is None or not self._pending:
            return
        order = {waiting.id: row for row, waiting in enumerate(self.photos)}
        batch, self._pending = self._pending[:ROWS_PER_TURN], self._pending[ROWS_PER_TURN:]
        for waiting in batch:
            if waiting.id in self._rows or waiting.id not in order:
                continue
            row = sum(1 for shown in self._rows if order.get(shown, -1) < order[waiting.id])
            self._add_row(diary, row, waiting, self._chosen_before.get(waiting.id))
        self._update_buttons()
        if self._pending:
            QTimer.singleShot(0, self._add_some_rows)

    def _add_row(self, diary: Diary, row: int, waiting: InboxPhoto, chosen: int | None) -> None:
        item = QTreeWidgetItem(
            [
                waiting.original_name,
                medium_date(waiting.taken_at.astimezone().date()),
                waiting.source,
                "",
                "",
            ]
        )
        item.setData(0, ID_ROLE, waiting.id)
        item.setSizeHint(0, QSize(0, THUMB + 6))
        self.list.insertTopLevelItem(row, item)
        combo = QComboBox(self.list)
        combo.setAccessibleName(self.tr("Scar for {name}").format(name=waiting.original_name))
        combo.addItem(self.tr("Choose a scar…"), None)
        for text, scar_id in self._choices:
            combo.addItem(text, scar_id)
        combo.currentIndexChanged.connect(lambda _index: self._update_buttons())
        holder = QWidget(self.list)  # the choice at its natural height, in the row's middle
        centred = QVBoxLayout(holder)
        centred.setContentsMargins(2, 0, 2, 0)
        centred.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
        self.list.setItemWidget(item, 3, holder)
        self._rows[waiting.id] = (item, combo)
        suggestion = self.suggestions.get(waiting.id)
        if chosen is not None:
            self._choose(combo, chosen)
        elif suggestion is not None and suggestion.scar_id is not None:
            self._choose(combo, suggestion.scar_id)
        self._show_suggestion(item, combo, waiting.id)
        self.thumbnails.request(
            diary.read, waiting.as_photo(), partial(self._thumbnail, waiting.id)
        )

    def _thumbnail(self, inbox_id: int, pixmap: QPixmap) -> None:
        item = self._item(inbox_id)
        if item is not None:
            item.setIcon(0, pixmap)

    def _item(self, inbox_id: int) -> QTreeWidgetItem | None:
        found = self._rows.get(inbox_id)
        return found[0] if found is not None else None

    def combo(self, inbox_id: int) -> QComboBox | None:
        found = self._rows.get(inbox_id)
        return found[1] if found is not None else None

    @staticmethod
    def _choose(combo: QComboBox, scar_id: int) -> None:
        index = combo.findData(scar_id)
        if index >= 0:
            combo.setCurrentIndex(index)

    def chosen(self) -> dict[int, int]:
        """Inbox photo id → the scar chosen for it (suggested, or the patient's), in the
        order the photos are listed."""
        found = {}
        for waiting in self.photos:
            row = self._rows.get(waiting.id)
            if row is not None and row[1].currentData() is not None:
                found[waiting.id] = int(row[1].currentData())
        return found

    # --- suggestions -------------------------------------------------------------------------
    def _suggest(self) -> None:
        """Ask for suggestions for the photos that have none yet, in one batch in a process
        of its own (photos that arrive meanwhile go in the next batch)."""
        diary = self.diary
        if diary is None or not self.scars or self.matching.running:
            return
        needed = tuple(
            waiting.id
            for waiting in self.photos
            if waiting.id not in self.suggestions and waiting.id not in self._matching
        )
        if not needed:
            return
        self._matching = set(needed)
        cipher = diary.db.cipher
        self.matching.start(
            MatchRequest(diary.data_dir, needed, cipher.key if cipher is not None else None)
        )

    def _batch_done(self) -> None:
        self._matching = set()
        self._suggest()  # photos that arrived meanwhile

    def _suggested(self, inbox_id: int, suggestion: Suggestion) -> None:
        self.suggestions[inbox_id] = suggestion
        item, combo = self._item(inbox_id), self.combo(inbox_id)
        if item is None or combo is None:
            return
        if suggestion.scar_id is not None and combo.currentData() is None:
            self._choose(combo, suggestion.scar_id)
        self._show_suggestion(item, combo, inbox_id)
        self._update_buttons()

    def _show_suggestion(self, item: QTreeWidgetItem, combo: QComboBox, inbox_id: int) -> None:
        suggestion = self.suggestions.get(inbox_id)
        if suggestion is None:
            text = self.tr("Looking…") if self.scars else self.tr("Add a scar first")
        elif suggestion.scar_id is None:
            text = self.tr("No match: choose")
        else:
            name = combo.itemText(max(combo.findData(suggestion.scar_id), 0))
            text = (
                self.tr("{scar} ({percent} % sure)")
                if suggestion.sure
                else self.tr("{scar}? Check it ({percent} %)")
            ).format(scar=name, percent=round(suggestion.confidence * 100))
        item.setText(4, text)

    # --- actions -----------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        if self._adding:
            return
        waiting_with_scar = len(self.chosen())
        set_enabled(
            self.add_button,
            waiting_with_scar > 0,
            self.tr("Choose a scar for a photo first.")
            if self.photos
            else self.tr("No photos are waiting."),
        )
        self.add_button.setText(
            words.add_button(waiting_with_scar)
            if waiting_with_scar
            else self.tr("&Add to Chosen Scars")
        )
        set_enabled(
            self.discard_button,
            bool(self.list.selectedItems()),
            self.tr("Select the photos to discard first."),
        )

    def add_chosen(self) -> None:
        diary = self.diary
        assignments = self.chosen()
        if diary is None or not assignments or self._adding:
            return
        self._adding = True
        set_enabled(self.add_button, False, self.tr("Adding the photos…"))
        self.runner.run(
            partial(diary.inbox.accept, assignments),
            partial(self._added, diary, assignments),
            self._not_added,
            lane=Lane.DIARY,  # one write for all; never on the GUI thread
            owner=self,
        )

    def _added(
        self, diary: Diary, assignments: dict[int, int], results: list[tuple[int, bool]]
    ) -> None:
        self._adding = False
        by_scar: dict[int, set[int]] = defaultdict(set)
        for scar_id, (photo_id, new) in zip(assignments.values(), results, strict=True):
            if new:
                by_scar[scar_id].add(photo_id)
        self.message.emit(words.added(sum(len(ids) for ids in by_scar.values())))
        self.reload(Changed.INBOX)
        self.changed.emit()
        self._line_up(diary, by_scar)

    def _not_added(self, error: BaseException) -> None:
        self._adding = False
        self._update_buttons()
        if not problems.tell(
            self, error, "giving inbox photos their scars", kept=problems.still_here()
        ):
            raise error

    def _line_up(self, diary: Diary, by_scar: dict[int, set[int]]) -> None:
        """Each added photo lined up with its scar's photo before it, in the background."""

        for scar_id, new in by_scar.items():  # each reads its scar on the diary lane
            aligning = ImportAlignment(self, diary, self.runner, scar_id, new)
            self.alignments.append(aligning)
            aligning.finished.connect(
                lambda aligned, _tried, aligning=aligning: self._lined_up(aligning, aligned)
            )
            aligning.start()

    def _lined_up(self, aligning: ImportAlignment, aligned: int) -> None:
        self.alignments.remove(aligning)
        if aligned:
            self.changed.emit()

    def discard_selected(self) -> None:
        diary = self.diary
        ids = [int(item.data(0, ID_ROLE)) for item in self.list.selectedItems()]
        if diary is None or not ids:
            return

        def discard() -> None:
            if problems.attempt(self, "discarding inbox photos", lambda: diary.inbox.discard(ids)):
                self.reload(Changed.INBOX)
                self.changed.emit()

        dialogs.confirm(
            self,
            self.tr("Discard Photos"),
            words.discard_question(len(ids)),
            informative=self.tr(
                "They are not added to any scar. The photos on your phone or in the watched "
                "folder stay where they are."
            ),
            confirm_text=words.discard_button(len(ids)),
            on_confirm=discard,
        )
