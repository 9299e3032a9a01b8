"""The Scars page: the face map, the list of scars, and the selected scar's photos and
ratings. This module connects the views to the diary; the views only lay out and signal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain.entities import FaceRegion, MapView, Rating
from scar_diary.domain.scores import swollen_rating_ids
from scar_diary.services.diary import Diary
from scar_diary.services.errors import InvalidInput
from scar_diary.services.photo_import import FILE_DIALOG_PATTERNS
from scar_diary.services.photos import ImportSummary
from scar_diary.services.tasks import TaskRunner
from scar_diary.ui import dialogs
from scar_diary.ui.scars.edit_dialogs import PhotoDateDialog, RatingDialog
from scar_diary.ui.scars.face_map import FaceMap
from scar_diary.ui.scars.photo_guide import PhotoGuide
from scar_diary.ui.scars.photo_import import PhotoImport
from scar_diary.ui.scars.scar_detail import ScarDetail
from scar_diary.ui.scars.scar_dialog import ScarDialog
from scar_diary.ui.scars.scar_list import ScarList
from scar_diary.ui.scars.undo import ArchiveScar, DeleteRating, MoveScar
from scar_diary.ui.thumbnails import ThumbnailLoader, placeholder
from scar_diary.wording.scars import view_name

GUIDE_SEEN_KEY = "photoGuide/seen"


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
        self.diary: Diary | None = None
        self.runner = runner
        self.undo_stack = undo_stack
        self.settings = settings
        self.today = today
        self.thumbnails = ThumbnailLoader(runner, self)
        self._placeholder_small = placeholder(48)
        self._placeholder_large = placeholder(120)
        self.imports: list[PhotoImport] = []

        self.map = FaceMap(self)
        self.list = ScarList(self)
        self.detail = ScarDetail(self)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.list_hint = QLabel(
            self.tr(
                "Click the face map where a scar is to add it. Pins of types that rarely respond "
                "are grey."
            ),
            self,
        )
        self.list_hint.setWordWrap(True)

        toolbar = QHBoxLayout()
        add = QPushButton(self.tr("&Add Scar…"), self)
        add.clicked.connect(
            lambda: self.add_scar(MapView(self.map.view), None, None, FaceRegion.OTHER)
        )
        rate = QPushButton(self.tr("&Rate My Scars…"), self)
        rate.setObjectName("rateButton")
        rate.clicked.connect(self.rate_requested)
        guide = QPushButton(self.tr("Photo &Guide"), self)
        guide.clicked.connect(self.show_guide)
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
        self.map.add_requested.connect(
            lambda view, x, y, region: self.add_scar(MapView(view), x, y, FaceRegion(region))
        )
        self.map.scar_moved.connect(self._moved)
        self.map.photos_dropped.connect(self.import_photos)
        self.list.itemSelectionChanged.connect(lambda: self.select(self.list.selected_id()))
        self.list.itemActivated.connect(lambda _item, _col: self.edit_scar())
        self.list.photos_dropped.connect(self.import_photos)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        d = self.detail
        d.edit_requested.connect(self.edit_scar)
        d.archive_requested.connect(self.toggle_archive)
        d.delete_requested.connect(self.delete_scar)
        d.import_requested.connect(self.choose_photos)
        d.compare_requested.connect(self.compare)
        d.photo_date_requested.connect(self.change_photo_date)
        d.photo_delete_requested.connect(self.remove_photo)
        d.rating_edit_requested.connect(self.edit_rating)
        d.rating_delete_requested.connect(self.delete_rating)

    # --- loading -----------------------------------------------------------------------
    def set_diary(self, diary: Diary | None) -> None:
        self.diary = diary
        self.thumbnails.clear()
        self.undo_stack.clear()
        self.reload()

    def reload(self) -> None:
        if self.diary is None:
            return
        diary = self.diary
        facts = diary.facts()
        shown = [s for s in facts.scars if self.show_archived.isChecked() or not s.archived]
        latest: dict[int, Rating] = {}
        for rating in sorted(facts.ratings, key=lambda r: (r.rated_on, r.id)):
            latest[rating.scar_id] = rating
        self.list.show_scars(shown, latest, diary.photos.counts(), self._placeholder_small)
        self.list_hint.setVisible(not facts.scars)
        self.map.set_scars(list(facts.scars))
        for scar in shown:
            photos = diary.photos.for_scar(scar.id)
            if photos:
                self.thumbnails.request(
                    diary,
                    photos[-1],
                    partial(self.list.set_thumbnail, scar.id),
                )
        current = self.detail.scar
        ids = {s.id for s in shown}
        if current is not None and current.id in ids:
            self._show_detail(current.id)
        elif shown:
            self.select(shown[0].id)  # a page that opens on something, not on nothing
        else:
            self.detail.clear()

    def select_scar(self, scar_id: int) -> None:
        self.select(scar_id)

    def select(self, scar_id: int | None) -> None:
        if scar_id is None or self.diary is None:
            return
        self.map.select(scar_id)
        if self.list.selected_id() != scar_id:
            self.list.select(scar_id)
        self._show_detail(scar_id)

    def _show_detail(self, scar_id: int) -> None:
        assert self.diary is not None
        diary = self.diary
        scar = diary.scars.get(scar_id)
        photos = diary.photos.for_scar(scar_id)
        facts = diary.facts()
        self.detail.show_scar(
            scar,
            photos,
            diary.ratings.for_scar(scar_id),
            facts.treatment_days(),
            self._placeholder_large,
            swollen_rating_ids(facts),
        )
        for photo in photos:
            self.thumbnails.request(
                diary,
                photo,
                partial(self.detail.set_photo_thumbnail, photo.id),
            )

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    # --- scars -------------------------------------------------------------------------
    def add_scar(
        self, view: MapView, x: float | None, y: float | None, region: FaceRegion
    ) -> ScarDialog:
        dialog = ScarDialog(self, region=region)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            assert self.diary is not None
            form = dialog.form()
            try:
                scar_id = self.diary.scars.add(
                    form.label,
                    form.region,
                    form.scar_type,
                    map_x=x,
                    map_y=y,
                    map_view=view,
                    notes=form.notes,
                )
            except InvalidInput as exc:
                dialogs.error(self, self.tr("Scar Not Saved"), str(exc))
                return
            self._changed()
            self.select(scar_id)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_scar(self) -> ScarDialog | None:
        scar = self.detail.scar
        if scar is None or self.diary is None:
            return None
        dialog = ScarDialog(self, scar=scar)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            assert self.diary is not None
            form = dialog.form()
            try:
                self.diary.scars.update(
                    scar.id, form.label, form.region, form.scar_type, form.notes
                )
            except InvalidInput as exc:
                dialogs.error(self, self.tr("Scar Not Saved"), str(exc))
                return
            self._changed()

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def _moved(self, scar_id: int, view: str, x: float, y: float) -> None:
        assert self.diary is not None
        before = self.diary.scars.get(scar_id)
        self.undo_stack.push(
            MoveScar(
                self.diary,
                self._changed,
                scar_id,
                (before.map_view, before.map_x, before.map_y),
                (MapView(view), x, y),
            )
        )

    def toggle_archive(self) -> None:
        scar = self.detail.scar
        if scar is None or self.diary is None:
            return
        self.undo_stack.push(ArchiveScar(self.diary, self._changed, scar.id, not scar.archived))

    def delete_scar(self) -> None:
        scar = self.detail.scar
        if scar is None or self.diary is None:
            return
        counts = self.diary.scars.dependents(scar.id)

        def delete() -> None:
            assert self.diary is not None
            unused = self.diary.photos.unused_files(self.diary.scars.delete(scar.id))
            self._remove_files(unused)
            self.undo_stack.clear()  # earlier steps may refer to the deleted scar
            self.detail.clear()
            self._changed()

        dialogs.confirm(
            self,
            self.tr("Delete Scar"),
            self.tr("Delete “{label}” with its {photos} photos and {ratings} ratings?").format(
                label=scar.label, photos=counts.photos, ratings=counts.ratings
            ),
            informative=self.tr(
                "This cannot be undone. To hide the scar but keep its history, archive it instead."
            ),
            confirm_text=self.tr("Delete Scar"),
            on_confirm=delete,
        )

    # --- photos ------------------------------------------------------------------------
    def show_guide(self) -> PhotoGuide:
        guide = PhotoGuide(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.open()
        self.settings.setValue(GUIDE_SEEN_KEY, True)
        return guide

    def choose_photos(self) -> None:
        scar = self.detail.scar
        if scar is None:
            return

        def choose() -> None:
            dialogs.open_files(
                self,
                self.tr("Import Photos of “{label}”").format(label=scar.label),
                self.tr("Photos ({patterns})").format(patterns=FILE_DIALOG_PATTERNS),
                partial(self._import_chosen, scar.id),
            )

        if not self.settings.value(GUIDE_SEEN_KEY, False, type=bool):
            self.show_guide().finished.connect(lambda _r: choose())
        else:
            choose()

    def _import_chosen(self, scar_id: int, files: list[str]) -> None:
        self.import_photos(scar_id, [Path(f) for f in files])

    def import_photos(self, scar_id: int, files: list[Path]) -> PhotoImport | None:
        if self.diary is None or not files:
            return None
        job = PhotoImport(self.window(), self.diary, self.runner, scar_id, files)
        self.imports.append(job)
        job.finished.connect(lambda summary, job=job: self._imported(job, summary))
        job.start()
        return job

    def _imported(self, job: PhotoImport, summary: ImportSummary) -> None:
        self.imports.remove(job)
        self._changed()
        self.select(job.scar_id)

    def change_photo_date(self, photo_id: int) -> None:
        assert self.diary is not None
        photo = self.diary.photos.get(photo_id)
        dialog = PhotoDateDialog(self, photo.taken_at, dt.datetime.now(dt.UTC))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            assert self.diary is not None
            self.diary.photos.set_taken_at(photo_id, dialog.taken_at())
            self._changed()

        dialog.accepted.connect(save)
        dialog.open()

    def _remove_files(self, relatives: list[str]) -> None:
        """The rows are gone; the files go on the background helper."""
        if self.diary is None or not relatives:
            return
        photos = self.diary.photos
        self.runner.run(lambda: photos.remove_files(relatives), lambda _done: None)

    def remove_photo(self, photo_id: int) -> None:
        def remove() -> None:
            assert self.diary is not None
            self._remove_files(self.diary.photos.delete(photo_id))
            self._changed()

        dialogs.confirm(
            self,
            self.tr("Remove Photo"),
            self.tr("Remove this photo from the diary?"),
            informative=self.tr("The original file where you imported it from is not touched."),
            confirm_text=self.tr("Remove Photo"),
            on_confirm=remove,
        )

    def compare(self) -> QDialog | None:
        scar = self.detail.scar
        if scar is None or self.diary is None:
            return None
        photos = self.diary.photos.for_scar(scar.id)
        if len(photos) < 2:
            return None
        from scar_diary.ui.compare.compare_dialog import CompareDialog

        dialog = CompareDialog(self, self.diary, self.runner, scar, photos)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- ratings -----------------------------------------------------------------------
    def edit_rating(self, rating_id: int) -> None:
        assert self.diary is not None
        scar = self.detail.scar
        assert scar is not None
        rating = next(r for r in self.diary.ratings.for_scar(scar.id) if r.id == rating_id)
        today = self.today()
        dialog = RatingDialog(self, rating, today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            assert self.diary is not None
            try:
                self.diary.ratings.update(rating_id, dialog.rated_on(), dialog.entry(), today=today)
            except InvalidInput as exc:
                dialogs.error(self, self.tr("Rating Not Saved"), str(exc))
                return
            self._changed()

        dialog.accepted.connect(save)
        dialog.open()

    def delete_rating(self, rating_id: int) -> None:
        assert self.diary is not None
        scar = self.detail.scar
        assert scar is not None
        rating = next(r for r in self.diary.ratings.for_scar(scar.id) if r.id == rating_id)
        self.undo_stack.push(DeleteRating(self.diary, self._changed, rating))
