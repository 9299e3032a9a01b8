"""The Scars page: the face map, the list of scars, and the selected scar's photos and
ratings. This module connects the views to the diary; the views only lay out and signal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import (
    DiaryFacts,
    FaceRegion,
    MapView,
    Photo,
    Rating,
    scar_numbers,
)
from scar_diary.domain.scores import swollen_rating_ids
from scar_diary.storage.reader import DiaryReader
from scar_diary.ui.icons import icon
from scar_diary.ui.scars.face_map import FaceMap
from scar_diary.ui.scars.scar_detail import ScarDetail
from scar_diary.ui.scars.scar_list import ScarList
from scar_diary.ui.tasks import TaskRunner
from scar_diary.ui.thumbnail_loader import ThumbnailLoader, placeholder
from scar_diary.wording.scars import view_name

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary
    from scar_diary.ui.scars.scar_actions import ScarActions


class ScarsPage(QWidget):
    changed = Signal()  # the diary changed here; other pages refresh
    rate_requested = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        settings: QSettings,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scarsPage")
        self.diary: Diary | None = None  # for changes
        self.reader: DiaryReader | None = None  # for what is shown
        # The photos as last read (the newest of each scar; the shown scar's): a refresh for
        # a change that touched no photo and no scar (a rating) shows them without a re-read.
        self._newest_photos: dict[int, tuple[Photo, int]] | None = None
        self._detail_photos: tuple[int, list[Photo]] | None = None
        self.runner = runner
        self.undo_stack = undo_stack
        self.settings = settings
        self.today = today
        self.thumbnails = ThumbnailLoader(runner, self)
        self._placeholder_small = placeholder(48)
        self._actions: ScarActions | None = None

        self.map = FaceMap(self)
        self.list = ScarList(self)
        self.detail = ScarDetail(self.thumbnails, self)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.list_hint = QLabel(
            self.tr(
                "Click the face map where a scar is to add it. Scars of types that rarely respond "
                "have grey square pins."
            ),
            self,
        )
        self.list_hint.setWordWrap(True)

        toolbar = QHBoxLayout()
        add = QPushButton(self.tr("&Add Scar…"), self)
        add.setIcon(icon("add"))
        add.clicked.connect(
            lambda: self.edits.add_scar(MapView(self.map.view), None, None, FaceRegion.OTHER)
        )
        rate = QPushButton(self.tr("&Rate My Scars…"), self)
        rate.setIcon(icon("rate"))
        rate.setObjectName("rateButton")
        rate.clicked.connect(self.rate_requested)
        guide = QPushButton(self.tr("Photo &Guide"), self)
        guide.setIcon(icon("camera"))
        guide.clicked.connect(lambda: self.edits.show_guide())
        for button in (add, rate, guide):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        self.view_buttons = QButtonGroup(self)
        for index, view in enumerate(MapView):
            button = QPushButton(view_name(view), self)
            button.setCheckable(True)
            button.setChecked(view is MapView.FRONT)
            button.setObjectName(f"view_{view.value}")
            self.view_buttons.addButton(button, index)
            toolbar.addWidget(button)
        self.view_buttons.idClicked.connect(lambda i: self.map.set_view(list(MapView)[i]))

        right = QSplitter(Qt.Orientation.Vertical, self)
        list_box = QWidget(right)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_hint)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.show_archived)
        right.addWidget(list_box)
        right.addWidget(self.detail)
        right.setSizes([260, 420])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.map)
        split.addWidget(right)
        split.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(toolbar)
        layout.addWidget(split, 1)

        self.map.scar_selected.connect(self.select)
        self.map.scar_activated.connect(lambda _scar: self.edits.edit_scar())
        self.map.add_requested.connect(
            lambda view, x, y, region: self.edits.add_scar(MapView(view), x, y, FaceRegion(region))
        )
        self.map.scar_moved.connect(lambda *moved: self.edits.move_scar(*moved))
        self.map.photos_dropped.connect(lambda scar, files: self.edits.offer_import(scar, files))
        self.list.itemSelectionChanged.connect(lambda: self.select(self.list.selected_id()))
        self.list.itemActivated.connect(lambda _item, _col: self.edits.edit_scar())
        self.list.photos_dropped.connect(lambda scar, files: self.edits.offer_import(scar, files))
        self.show_archived.toggled.connect(lambda _on: self.reload())
        d = self.detail
        for signal, action in (
            (d.edit_requested, "edit_scar"),
            (d.archive_requested, "toggle_archive"),
            (d.delete_requested, "delete_scar"),
            (d.import_requested, "choose_photos"),
            (d.compare_requested, "compare"),
        ):
            signal.connect(lambda name=action: getattr(self.edits, name)())
        for with_id, action in (
            (d.photo_date_requested, "change_photo_date"),
            (d.photo_delete_requested, "remove_photo"),
            (d.rating_edit_requested, "edit_rating"),
            (d.rating_delete_requested, "delete_rating"),
        ):
            with_id.connect(lambda item_id, name=action: getattr(self.edits, name)(item_id))

    @property
    def edits(self) -> ScarActions:
        """Adding, editing, importing, deleting: loaded on first use (the page shows the
        diary before the services that change it have loaded)."""
        if self._actions is None:
            from scar_diary.ui.scars.scar_actions import ScarActions

            self._actions = ScarActions(self)
        return self._actions

    # --- loading -----------------------------------------------------------------------
    def set_diary(self, diary: Diary | None) -> None:
        self.diary = diary
        self.undo_stack.clear()
        self.show_from(diary.read if diary is not None else None)

    def show_from(self, reader: DiaryReader | None) -> None:
        """Show what `reader` reads: the open diary's, or the file's before it is open (the
        actions wait for the diary itself)."""
        if reader is None or self.reader is None or reader.data_dir != self.reader.data_dir:
            self.thumbnails.clear()
        self.reader = reader
        self.reload()  # everything: another reader may show another file's photos

    def reload(self, changed: Changed = Changed.EVERYTHING) -> None:
        reader = self.reader
        if reader is None:
            return
        if changed & (Changed.PHOTOS | Changed.SCARS):
            self._newest_photos = self._detail_photos = None
        facts = reader.facts()
        shown = [s for s in facts.scars if self.show_archived.isChecked() or not s.archived]
        latest: dict[int, Rating] = {}
        for rating in sorted(facts.ratings, key=lambda r: (r.rated_on, r.id)):
            latest[rating.scar_id] = rating
        if self._newest_photos is None:
            self._newest_photos = reader.latest_photos()
        newest_photos = self._newest_photos
        counts = {scar_id: count for scar_id, (_, count) in newest_photos.items()}
        with QSignalBlocker(self.list):  # the detail is shown once, below
            self.list.show_scars(
                shown, latest, counts, self._placeholder_small, scar_numbers(facts.scars)
            )
        self.list_hint.setVisible(not facts.scars)
        self.map.set_scars(list(facts.scars))
        current = self.detail.scar
        ids = {s.id for s in shown}
        if current is not None and current.id in ids:
            self._show_detail(current.id, facts)
        elif shown:  # a page that opens on something, not on nothing
            self.select(shown[0].id, facts)
        else:
            self.detail.clear()
        # after the detail: their decoding on the workers would slow its reading
        for scar in shown:
            if scar.id in newest_photos:
                self.thumbnails.request(
                    reader, newest_photos[scar.id][0], partial(self.list.set_thumbnail, scar.id)
                )

    def select_scar(self, scar_id: int) -> None:
        self.select(scar_id)

    def select(self, scar_id: int | None, facts: DiaryFacts | None = None) -> None:
        if scar_id is None or self.reader is None:
            return
        self.map.select(scar_id)
        if self.list.selected_id() != scar_id:
            with QSignalBlocker(self.list):  # its selection signal would show the scar again
                self.list.select(scar_id)
            self.list.viewport().update()
        self._show_detail(scar_id, facts)

    def _show_detail(self, scar_id: int, facts: DiaryFacts | None = None) -> None:
        reader = self.reader
        assert reader is not None
        facts = facts or reader.facts()
        scar = next((s for s in facts.scars if s.id == scar_id), None)
        if scar is None:
            self.detail.clear()
            return
        if self._detail_photos is None or self._detail_photos[0] != scar_id:
            self._detail_photos = (scar_id, reader.photos_for_scar(scar_id))
        self.detail.show_scar(
            reader,
            scar,
            self._detail_photos[1],
            sorted(  # newest first
                (r for r in facts.ratings if r.scar_id == scar_id),
                key=lambda r: (r.rated_on, r.id),
                reverse=True,
            ),
            facts.treatment_days(),
            swollen_rating_ids(facts),
        )

    def changed_here(self) -> None:
        """Something was changed on this page: show it, and let the other pages know (the
        services recorded what changed)."""
        self.reload()
        self.changed.emit()
