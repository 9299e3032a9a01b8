"""What can be done on the Scars page: add, edit, move, archive and delete scars; import,
re-date and remove photos; compare them; edit and delete ratings. Each action asks what it
needs, changes the diary through its services, and tells the page it changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMainWindow

from scar_diary.domain.entities import FaceRegion, MapView
from scar_diary.domain.limits import SMALL_PHOTO_SIDE
from scar_diary.services.photo_import import FILE_DIALOG_PATTERNS
from scar_diary.services.photos import ImportSummary
from scar_diary.ui import dialogs, problems
from scar_diary.ui.preferences import AUTO_ALIGN_IMPORTS, PHOTO_GUIDE_SEEN
from scar_diary.ui.scars import undo
from scar_diary.ui.scars.edit_dialogs import PhotoDateDialog, RatingDialog
from scar_diary.ui.scars.import_alignment import ImportAlignment
from scar_diary.ui.scars.photo_guide import PhotoGuide
from scar_diary.ui.scars.photo_import_job import PhotoImport
from scar_diary.ui.scars.scar_dialog import ScarDialog
from scar_diary.ui.scars.undo import ArchiveScar, DeleteRating, MoveScar
from scar_diary.ui.tasks import Lane

if TYPE_CHECKING:
    from scar_diary.ui.scars.page import ScarsPage


class ScarActions(QObject):
    def __init__(self, page: ScarsPage) -> None:
        super().__init__(page)
        self.page = page
        self.imports: list[PhotoImport] = []
        self.alignments: list[ImportAlignment] = []
        self._after_imports: Callable[[], object] | None = None

    # --- scars -------------------------------------------------------------------------
    def add_scar(
        self, view: MapView, x: float | None, y: float | None, region: FaceRegion
    ) -> ScarDialog:
        dialog = ScarDialog(self.page, region=region)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            assert self.page.diary is not None
            form = dialog.form()
            scar_id = self.page.diary.scars.add(
                form.label,
                form.region,
                form.scar_type,
                map_x=x,
                map_y=y,
                map_view=view,
                notes=form.notes,
            )
            self.page.changed_here()
            self.page.select(scar_id)

        dialog.saves_with(save, "adding a scar", self.tr("Scar Not Saved"))
        dialog.open()
        return dialog

    def edit_scar(self) -> ScarDialog | None:
        scar = self.page.detail.scar
        if scar is None or self.page.diary is None:
            return None
        dialog = ScarDialog(self.page, scar=scar)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            assert self.page.diary is not None
            form = dialog.form()
            self.page.diary.scars.update(
                scar.id, form.label, form.region, form.scar_type, form.notes
            )
            self.page.changed_here()

        dialog.saves_with(save, "editing a scar", self.tr("Scar Not Saved"))
        dialog.open()
        return dialog

    def move_scar(self, scar_id: int, view: str, x: float, y: float) -> None:
        if self.page.diary is None:  # still opening: nothing can change yet
            return
        before = self.page.diary.scars.get(scar_id)
        moved = MoveScar(
            self.page.diary,
            self.page.changed_here,
            scar_id,
            (before.map_view, before.map_x, before.map_y),
            (MapView(view), x, y),
        )
        if not undo.do(self.page.undo_stack, moved, self.page, "moving a scar"):
            self.page.changed_here()  # the pin goes back to where the diary has it

    def toggle_archive(self) -> None:
        scar = self.page.detail.scar
        if scar is None or self.page.diary is None:
            return
        change = ArchiveScar(self.page.diary, self.page.changed_here, scar.id, not scar.archived)
        undo.do(self.page.undo_stack, change, self.page, "archiving a scar")

    def delete_scar(self) -> None:
        scar = self.page.detail.scar
        if scar is None or self.page.diary is None:
            return
        counts = self.page.diary.scars.dependents(scar.id)

        def delete() -> None:
            diary = self.page.diary
            assert diary is not None
            deleted: list[str] = []
            if not problems.attempt(
                self.page,
                "deleting a scar",
                lambda: deleted.extend(diary.photos.unused_files(diary.scars.delete(scar.id))),
            ):
                return
            self._remove_files(deleted)
            self.page.undo_stack.clear()  # earlier steps may refer to the deleted scar
            self.page.detail.clear()
            self.page.changed_here()

        dialogs.confirm(
            self.page,
            self.tr("Delete Scar"),
            self.tr("Delete “{label}” with its {photos} photos and {ratings} ratings?").format(
                label=scar.label, photos=counts.photos, ratings=counts.ratings
            ),
            informative=self.tr(
                "This cannot be undone. To hide the scar but keep its history, archive it instead."
            ),
            confirm_text=self.tr("Delete Scar"),
            cancel_text=self.tr("Keep Scar"),
            on_confirm=delete,
        )

    # --- photos ------------------------------------------------------------------------
    def show_guide(self) -> PhotoGuide:
        guide = PhotoGuide(self.page)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.open()
        PHOTO_GUIDE_SEEN.set(self.page.settings, True)
        return guide

    def choose_photos(self) -> None:
        scar = self.page.detail.scar
        if scar is None:
            return

        def choose() -> None:
            dialogs.open_files(
                self.page,
                self.tr("Import Photos of “{label}”").format(label=scar.label),
                self.tr("Photos ({patterns})").format(patterns=FILE_DIALOG_PATTERNS),
                partial(self._import_chosen, scar.id),
            )

        if not PHOTO_GUIDE_SEEN.get(self.page.settings):
            self.show_guide().finished.connect(lambda _r: choose())
        else:
            choose()

    def _import_chosen(self, scar_id: int, files: list[str]) -> None:
        self.offer_import(scar_id, [Path(f) for f in files])

    def offer_import(self, scar_id: int, files: list[Path]) -> None:
        """Photos chosen or dropped: first their sizes, read from their headers in the
        background; photos too small to compare are imported only if the user says so."""
        if self.page.diary is None or not files:
            return
        from scar_diary.services.image_checks import too_small

        self.page.runner.run(
            lambda: too_small(files),
            lambda small: self._ask_about_small(scar_id, files, small),
            lane=Lane.IMAGES,
            owner=self.page,
        )

    def _ask_about_small(self, scar_id: int, files: list[Path], small: Sequence[Path]) -> None:
        if not small:
            self.import_photos(scar_id, files)
            return
        rest = [f for f in files if f not in small]
        names = ", ".join(p.name for p in small[:3]) + ("…" if len(small) > 3 else "")
        choices: list[tuple[str, Callable[[], object]]] = [
            (self.tr("Import All"), lambda: self.import_photos(scar_id, files))
        ]
        if rest:
            choices.append((self.tr("Leave Them Out"), lambda: self.import_photos(scar_id, rest)))
        dialogs.choose(
            self.page,
            self.tr("Small Photos"),
            (
                self.tr("{count} of the photos is smaller than {side} pixels ({names}).")
                if len(small) == 1
                else self.tr("{count} of the photos are smaller than {side} pixels ({names}).")
            ).format(count=len(small), side=SMALL_PHOTO_SIDE, names=names),
            choices,
            informative=self.tr(
                "Photos this small show too little of the scar to compare well with the "
                "others. Import them anyway, or leave them out (the files stay where they are)?"
            ),
        )

    def import_photos(self, scar_id: int, files: list[Path]) -> PhotoImport | None:
        if self.page.diary is None or not files:
            return None
        job = PhotoImport(self.page.window(), self.page.diary, self.page.runner, scar_id, files)
        self.imports.append(job)
        job.finished.connect(lambda summary, job=job: self._imported(job, summary))
        job.start()
        return job

    def _imported(self, job: PhotoImport, summary: ImportSummary) -> None:
        self.imports.remove(job)
        self.page.changed_here()
        self.page.select(job.scar_id)
        if (
            summary.imported_ids
            and self.page.diary is not None
            and AUTO_ALIGN_IMPORTS.get(self.page.settings)
        ):
            self.align_new_photos(job.scar_id, set(summary.imported_ids))
        if not self.imports and self._after_imports is not None:
            then, self._after_imports = self._after_imports, None
            QTimer.singleShot(0, then)

    def align_new_photos(self, scar_id: int, new: set[int]) -> ImportAlignment | None:
        """Line each new photo up with the one before it, in the background; the status line
        says how many were aligned."""
        if self.page.diary is None:
            return None
        aligning = ImportAlignment(self.page, self.page.diary, self.page.runner, scar_id, new)
        self.alignments.append(aligning)
        aligning.finished.connect(
            lambda aligned, tried, aligning=aligning: self._aligned(aligning, aligned, tried)
        )
        aligning.start()
        return aligning

    def _aligned(self, aligning: ImportAlignment, aligned: int, tried: int) -> None:
        self.alignments.remove(aligning)
        aligning.deleteLater()
        if tried:
            self.page.changed_here()
            window = self.page.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    self.tr("Lined up {aligned} of {tried} new photos automatically.").format(
                        aligned=aligned, tried=tried
                    ),
                    8000,
                )

    def finish_imports(self, then: Callable[[], object]) -> bool:
        """For closing the window: every running import stops what has not started and
        records what has (no photo half-imported); `then` is called once all have ended.
        False when no import runs."""
        if not self.imports:
            return False
        for job in self.imports:
            job.cancel(quietly=True)
        self._after_imports = then
        return True

    def change_photo_date(self, photo_id: int) -> None:
        if self.page.diary is None:  # still opening: nothing can change yet
            return
        photo = self.page.diary.photos.get(photo_id)
        dialog = PhotoDateDialog(self.page, photo.taken_at, dt.datetime.now(dt.UTC))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            assert self.page.diary is not None
            self.page.diary.photos.set_taken_at(photo_id, dialog.taken_at())
            self.page.changed_here()

        dialog.saves_with(save, "changing a photo's date")
        dialog.open()

    def _remove_files(self, relatives: list[str]) -> None:
        """The rows are gone; the files go on the background helper."""
        if self.page.diary is None or not relatives:
            return
        photos = self.page.diary.photos
        self.page.runner.run(
            lambda: photos.remove_files(relatives),
            lambda _done: None,
            # left on disk, no photo refers to them: harmless; the helper logs it, and the
            # user is not asked anything
            lambda _error: None,
            lane=Lane.DIARY,
        )

    def remove_photo(self, photo_id: int) -> None:
        def remove() -> None:
            diary = self.page.diary
            assert diary is not None
            if problems.attempt(
                self.page,
                "removing a photo",
                lambda: self._remove_files(diary.photos.delete(photo_id)),
            ):
                self.page.changed_here()

        dialogs.confirm(
            self.page,
            self.tr("Remove Photo"),
            self.tr("Remove this photo from the diary?"),
            informative=self.tr("The original file where you imported it from is not touched."),
            confirm_text=self.tr("Remove Photo"),
            cancel_text=self.tr("Keep Photo"),
            on_confirm=remove,
        )

    def compare(self) -> QDialog | None:
        scar = self.page.detail.scar
        if scar is None or self.page.diary is None:
            return None
        photos = self.page.diary.photos.for_scar(scar.id)
        if len(photos) < 2:
            return None
        from scar_diary.ui.compare.compare_dialog import CompareDialog

        dialog = CompareDialog(self.page, self.page.diary, self.page.runner, scar, photos)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- ratings -----------------------------------------------------------------------
    def edit_rating(self, rating_id: int) -> None:
        if self.page.diary is None:  # still opening: nothing can change yet
            return
        scar = self.page.detail.scar
        assert scar is not None
        rating = next(r for r in self.page.diary.ratings.for_scar(scar.id) if r.id == rating_id)
        today = self.page.today()
        dialog = RatingDialog(self.page, rating, today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            assert self.page.diary is not None
            self.page.diary.ratings.update(
                rating_id, dialog.rated_on(), dialog.entry(), today=today
            )
            self.page.changed_here()

        dialog.saves_with(save, "editing a rating", self.tr("Rating Not Saved"))
        dialog.open()

    def delete_rating(self, rating_id: int) -> None:
        if self.page.diary is None:  # still opening: nothing can change yet
            return
        scar = self.page.detail.scar
        assert scar is not None
        rating = next(r for r in self.page.diary.ratings.for_scar(scar.id) if r.id == rating_id)
        change = DeleteRating(self.page.diary, self.page.changed_here, rating)
        undo.do(self.page.undo_stack, change, self.page, "deleting a rating")
