from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from scar_diary.domain.entities import FaceRegion, MapView, ScarType
from scar_diary.services.diary import Diary
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.preferences import PHOTO_GUIDE_SEEN
from scar_diary.ui.ratings.rate_dialog import RateDialog
from scar_diary.ui.scars.edit_dialogs import PhotoDateDialog
from scar_diary.ui.scars.face_map import FaceMap
from scar_diary.ui.scars.page import ScarsPage
from scar_diary.ui.scars.photo_guide import PhotoGuide
from scar_diary.ui.scars.photo_timeline import PhotoTimeline
from scar_diary.ui.scars.scar_dialog import ScarDialog
from tests.conftest import TODAY
from tests.images import photo
from tests.ui.conftest import MakeWindow, opened

T = TypeVar("T", bound=QWidget)


@pytest.fixture
def window(make_window: MakeWindow, ui_settings: QSettings) -> MainWindow:
    PHOTO_GUIDE_SEEN.set(ui_settings, True)
    made = make_window()
    made.show_page(made.scars_holder)
    return made


def page(window: MainWindow) -> ScarsPage:
    page = window.built(ScarsPage)
    assert page is not None
    return page


def diary(window: MainWindow) -> Diary:
    assert window.diary is not None
    return window.diary


def visible(window: MainWindow, kind: type[T]) -> list[T]:
    """Open windows of a kind, whether parented to the main window or top-level."""
    found = {
        id(w): w
        for w in [*QApplication.topLevelWidgets(), *window.findChildren(kind)]
        if isinstance(w, kind) and w.isVisible()
    }
    return list(found.values())


def row(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(index)
    assert item is not None
    return item


def map_point(face_map: FaceMap, x: float, y: float) -> QPoint:
    box = face_map._box()
    return QPointF(box.left() + x * box.width(), box.top() + y * box.height()).toPoint()


def add_scar(
    window: MainWindow,
    qtbot: QtBot,
    x: float,
    y: float,
    label: str,
    scar_type: ScarType = ScarType.ROLLING,
) -> int:
    face_map = page(window).map
    qtbot.mouseClick(face_map, Qt.MouseButton.LeftButton, pos=map_point(face_map, x, y))
    (dialog,) = visible(window, ScarDialog)
    qtbot.keyClicks(dialog.label_edit, label)
    dialog.select_type(scar_type)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return max(s.id for s in diary(window).scars.all())


class TestNothingTypedIsDropped:
    def test_escape_in_the_scar_dialog_asks_before_the_name_is_lost(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        face_map = page(window).map
        qtbot.mouseClick(face_map, Qt.MouseButton.LeftButton, pos=map_point(face_map, 0.3, 0.55))
        (dialog,) = visible(window, ScarDialog)
        qtbot.keyClicks(dialog.label_edit, "Left cheek")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        (box,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        assert box.text() == "Close without saving this scar?"
        next(b for b in box.buttons() if b.text() == "Keep Editing").click()
        assert dialog.isVisible() and dialog.label_edit.text() == "Left cheek"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert [s.label for s in diary(window).scars.all()] == ["Left cheek"]


class TestFaceMap:
    def test_click_on_a_cheek_adds_a_scar_there(self, window: MainWindow, qtbot: QtBot) -> None:
        scar_id = add_scar(window, qtbot, 0.27, 0.55, "Left cheek, low")
        scar = diary(window).scars.get(scar_id)
        assert scar.region is FaceRegion.LEFT_CHEEK and scar.map_view is MapView.FRONT
        assert scar.map_x == pytest.approx(0.27, abs=0.01)
        assert row(page(window).list, 0).text(0) == "1. Left cheek, low"  # its own number
        shown = page(window).detail.scar
        assert shown is not None and shown.id == scar_id
        assert "Scars on the cheeks usually respond best." in page(window).detail.note.text()

    def test_ice_pick_warning_while_choosing_the_type(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        face_map = page(window).map
        qtbot.mouseClick(face_map, Qt.MouseButton.LeftButton, pos=map_point(face_map, 0.5, 0.9))
        (dialog,) = visible(window, ScarDialog)
        assert dialog.region_combo.currentData() == FaceRegion.CHIN.value
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled()  # a scar needs a name
        dialog.select_type(ScarType.ICE_PICK)
        assert "Ice-pick scars hardly respond to saline injections" in dialog.advice.text()
        assert "doctor can advise" in dialog.advice.text()
        dialog.select_type(ScarType.DEEP_BOXCAR)
        assert "Deep boxcar scars hardly respond" in dialog.advice.text()
        dialog.reject()

    def test_side_views_have_their_own_pins(self, window: MainWindow, qtbot: QtBot) -> None:
        right = page(window).findChild(QPushButton, "view_right")
        assert right is not None
        qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
        scar_id = add_scar(window, qtbot, 0.55, 0.55, "Near the ear")
        scar = diary(window).scars.get(scar_id)
        assert scar.map_view is MapView.RIGHT and scar.region is FaceRegion.RIGHT_CHEEK
        # each view says what the others hold: no view looks like a diary without scars
        front = page(window).findChild(QPushButton, "view_front")
        assert front is not None
        qtbot.mouseClick(front, Qt.MouseButton.LeftButton)
        face_map = page(window).map
        face_map.select(None)
        assert face_map.elsewhere_text() == "Also: 1 on the right side."
        assert face_map.accessibleDescription().endswith("Also: 1 on the right side.")

    def test_a_scar_has_one_number_on_every_view_and_in_the_list(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        front = add_scar(window, qtbot, 0.30, 0.55, "Cheek")
        right = page(window).findChild(QPushButton, "view_right")
        assert right is not None
        qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
        side = add_scar(window, qtbot, 0.55, 0.55, "Near the ear")
        face_map = page(window).map
        assert face_map.numbers == {front: 1, side: 2}
        face_map.select(side)  # the only pin on this view is still scar 2, not 1
        assert face_map.accessibleDescription().startswith("Scar 2 of 2: Near the ear")
        texts = [row(page(window).list, i).text(0) for i in range(2)]
        assert sorted(texts) == ["1. Cheek", "2. Near the ear"]

    def test_drag_a_pin_and_undo(self, window: MainWindow, qtbot: QtBot) -> None:
        scar_id = add_scar(window, qtbot, 0.30, 0.55, "Cheek")
        face_map = page(window).map
        start, end = map_point(face_map, 0.30, 0.55), map_point(face_map, 0.35, 0.62)
        qtbot.mousePress(face_map, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(face_map, pos=QPoint(start.x() + 10, start.y() + 10))
        qtbot.mouseMove(face_map, pos=end)
        qtbot.mouseRelease(face_map, Qt.MouseButton.LeftButton, pos=end)
        moved = diary(window).scars.get(scar_id)
        assert (moved.map_x, moved.map_y) == pytest.approx((0.35, 0.62), abs=0.01)
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        back = diary(window).scars.get(scar_id)
        assert (back.map_x, back.map_y) == pytest.approx((0.30, 0.55), abs=0.01)

    def test_hovering_a_pin_finds_its_scar(self, window: MainWindow, qtbot: QtBot) -> None:
        scar_id = add_scar(window, qtbot, 0.7, 0.5, "Right cheek")
        face_map = page(window).map
        found = face_map.scar_at(QPointF(map_point(face_map, 0.7, 0.5)))
        assert found is not None and found.id == scar_id and found.label == "Right cheek"
        assert face_map.scar_at(QPointF(map_point(face_map, 0.2, 0.2))) is None


class TestArchiveAndDelete:
    def test_archive_hides_and_undo_restores(self, window: MainWindow, qtbot: QtBot) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        qtbot.mouseClick(page(window).detail.archive_button, Qt.MouseButton.LeftButton)
        assert diary(window).scars.get(scar_id).archived
        assert page(window).list.topLevelItemCount() == 0 and page(window).map.scars == []
        page(window).show_archived.setChecked(True)
        assert row(page(window).list, 0).text(0) == "1. Cheek (archived)"
        window.undo_stack.undo()
        assert not diary(window).scars.get(scar_id).archived

    def test_delete_asks_with_counts(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        d = diary(window)
        d.ratings.record(scar_id, TODAY, 5, 5, today=TODAY)
        d.photos.import_files(
            scar_id, [photo(tmp_path / "a.jpg"), photo(tmp_path / "b.png", color=(9, 9, 9))]
        )
        page(window).reload()
        qtbot.mouseClick(page(window).detail.delete_button, Qt.MouseButton.LeftButton)
        box = next(b for b in visible(window, QMessageBox) if b.objectName() == "confirmBox")
        assert box.text() == "Delete “Cheek” with its 2 photos and 1 ratings?"
        assert "archive it instead" in box.informativeText()
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert d.scars.all() != []
        qtbot.mouseClick(page(window).detail.delete_button, Qt.MouseButton.LeftButton)
        box = next(b for b in visible(window, QMessageBox) if b.objectName() == "confirmBox")
        delete = next(b for b in box.buttons() if b.text() == "Delete Scar")
        delete.click()
        assert d.scars.all() == [] and d.facts().ratings == ()
        # the files go on the background helper
        qtbot.waitUntil(lambda: not any(p.is_file() for p in (d.data_dir / "photos").rglob("*")))
        assert page(window).detail.scar is None


class TestRating:
    def test_rate_all_scars_from_the_keyboard(self, window: MainWindow, qtbot: QtBot) -> None:
        first = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        second = add_scar(window, qtbot, 0.5, 0.9, "Chin", ScarType.ICE_PICK)
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        (dialog,) = visible(window, RateDialog)
        assert (
            dialog.baseline_hint.text()
            == "Ratings made before your first session are your baseline."
        )
        assert dialog.date_edit.maximumDate().toPython() == TODAY
        row1, row2 = dialog.rows
        qtbot.waitUntil(lambda: QApplication.focusWidget() is row1.depth_slider)
        qtbot.keyClick(row1.depth_slider, Qt.Key.Key_7)
        qtbot.keyClick(row1.depth_slider, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is row1.softening_slider
        qtbot.keyClick(row1.softening_slider, Qt.Key.Key_2)
        qtbot.keyClick(row1.softening_slider, Qt.Key.Key_Right)
        qtbot.keyClick(row2.depth_slider, Qt.Key.Key_Plus)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled()  # the chin has a depth but no softening yet
        assert dialog.missing.text() == "Rate both depth and softening for: Chin."
        qtbot.keyClick(row2.softening_slider, Qt.Key.Key_1)
        assert save.isEnabled() and dialog.missing.text() == ""
        row2.rate_visibility.setChecked(True)
        qtbot.keyClick(row2.visibility_slider, Qt.Key.Key_9)
        qtbot.keyClicks(row2.note, "side light")
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(-3))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        ratings = {r.scar_id: r for r in diary(window).facts().ratings}
        assert (ratings[first].depth, ratings[first].softening, ratings[first].visibility) == (
            7,
            3,
            None,
        )
        assert (ratings[second].depth, ratings[second].visibility, ratings[second].note) == (
            10,
            9,
            "side light",
        )
        assert ratings[first].rated_on == TODAY - dt.timedelta(days=3)
        assert row(page(window).list, 0).text(3) == "7"

    def test_the_date_cannot_go_past_today(self, window: MainWindow, qtbot: QtBot) -> None:
        add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        dialog = window.commands.rate_scars()
        assert dialog is not None
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(5))
        assert dialog.rated_on == TODAY

    def test_previous_values_are_shown_but_not_prefilled(
        self, window: MainWindow, qtbot: QtBot
    ) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        diary(window).ratings.record(scar_id, TODAY - dt.timedelta(days=2), 6, 4, today=TODAY)
        dialog = window.commands.rate_scars()
        assert dialog is not None
        (row,) = dialog.rows
        assert row.depth_slider.score() is None and row.softening_slider.score() is None
        assert row.values["depth"].text() == "not rated"
        texts = [label.text() for label in row.findChildren(type(dialog.baseline_hint))]
        assert "last time: 6 (23 Nov 2026)" in texts

    def test_history_delete_and_undo(self, window: MainWindow, qtbot: QtBot) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        diary(window).ratings.record(scar_id, TODAY, 6, 4, today=TODAY, note="first")
        page(window).reload()
        history = page(window).detail.ratings
        assert history.topLevelItemCount() == 1
        delete = page(window).detail.findChild(QPushButton, "deleteRating")
        edit = page(window).detail.findChild(QPushButton, "editRating")
        assert delete is not None and edit is not None
        for button in (edit, delete):  # nothing selected: off, and says why
            assert not button.isEnabled()
            assert button.toolTip() == button.accessibleDescription() != ""
        history.setCurrentItem(row(history, 0))
        assert delete.isEnabled() and edit.isEnabled() and delete.toolTip() == ""
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
        assert diary(window).facts().ratings == () and history.topLevelItemCount() == 0
        window.undo_stack.undo()
        (restored,) = diary(window).facts().ratings
        assert (restored.depth, restored.softening, restored.note) == (6, 4, "first")


class TestPhotos:
    def test_import_with_bad_files_shows_a_summary_and_thumbnails(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        files = [
            photo(
                tmp_path / f"{i}.jpg", color=(200, 120 + i, 100), taken=f"2026:11:0{i + 1} 09:00:00"
            )
            for i in range(3)
        ]
        files.append(photo(tmp_path / "phone.heic", format="HEIF", orientation=6))
        empty = tmp_path / "empty.jpg"
        empty.write_bytes(b"")
        job = page(window).edits.import_photos(scar_id, [*files, empty])
        assert job is not None
        with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
            pass
        summary = blocker.args[0]
        assert len(summary.imported) == 4 and [r.name for r in summary.rejected] == ["empty.jpg"]
        box = next(b for b in visible(window, QMessageBox) if b.objectName() == "importSummary")
        assert box.text() == "4 imported, 1 not imported (empty.jpg)."
        assert "empty.jpg: the file is empty" in box.detailedText()
        timeline = page(window).detail.photos
        assert timeline.count() == 4
        assert timeline.caption(0).startswith("1 Nov 2026\nBefore the first session")
        loader = page(window).thumbnails
        for row in range(timeline.count()):  # each photo, the HEIC too, scrolled into view
            timeline.scrollTo(timeline.timeline.index(row))
            shown = timeline.timeline.photos[row].sha256
            qtbot.waitUntil(lambda: loader.cached(shown) is not None, timeout=10000)  # noqa: B023

    def test_a_clean_import_says_so_in_passing(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        job = page(window).edits.import_photos(scar_id, [photo(tmp_path / "a.jpg")])
        assert job is not None
        with qtbot.waitSignal(job.finished, timeout=20000):
            pass
        assert window.statusBar().currentMessage() == "1 imported."
        assert not [b for b in visible(window, QMessageBox) if b.objectName() == "importSummary"]

    def test_photos_that_cannot_be_recorded_are_listed_with_the_reason(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        # the records are written on the diary lane; a write that fails ends the import
        # with a summary, not with an error dialog or a progress bar that never ends
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        files = [photo(tmp_path / f"{i}.jpg", color=(200, 120 + i, 100)) for i in range(3)]
        job = page(window).edits.import_photos(scar_id, files)
        assert job is not None
        diary(window).scars.delete(scar_id)  # before any photo is ready to be recorded
        with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
            pass
        summary = blocker.args[0]
        assert summary.imported == [] and len(summary.rejected) == 3
        assert all(r.reason.startswith("not recorded in the diary: ") for r in summary.rejected)
        box = next(b for b in visible(window, QMessageBox) if b.objectName() == "importSummary")
        assert box.text() == "0 imported, 3 not imported (0.jpg, 1.jpg, 2.jpg)."

    def test_cancel_leaves_no_half_import(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        files = [
            photo(tmp_path / f"{i}.png", format="PNG", size=(400, 300), color=(i, 100, 100))
            for i in range(40)
        ]
        job = page(window).edits.import_photos(scar_id, files)
        assert job is not None
        cancel = job.progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        with qtbot.waitSignal(job.finished, timeout=30000) as blocker:
            cancel.click()
        summary = blocker.args[0]
        assert summary.cancelled and len(summary.imported) < 40
        d = diary(window)
        stored = {
            p.relative_to(d.data_dir).as_posix() for p in (d.data_dir / "photos").rglob("*.png")
        }
        recorded = {p.relative_path for p in d.photos.for_scar(scar_id)}
        assert stored == recorded  # every finished file is in the diary, nothing half-done
        assert not list((d.data_dir / "photos").rglob(".partial-*"))

    def test_closing_the_window_mid_import_records_what_was_stored_then_closes(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path, own_dir: Path
    ) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        files = [
            photo(tmp_path / f"{i}.png", format="PNG", size=(400, 300), color=(i, 90, 90))
            for i in range(40)
        ]
        originals = {f: f.read_bytes() for f in files}
        job = page(window).edits.import_photos(scar_id, files)
        assert job is not None
        with qtbot.waitSignal(job.finished, timeout=30000):
            window.close()  # returns at once; the import ends first, quietly
            assert window.isVisible()
            assert "closes when it is done" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
        assert not [b for b in visible(window, QMessageBox) if b.objectName() == "importSummary"]
        reopened = Diary.open(own_dir)
        try:
            stored = {
                p.relative_to(own_dir).as_posix() for p in (own_dir / "photos").rglob("*.png")
            }
            recorded = {p.relative_path for p in reopened.photos.for_scar(scar_id)}
        finally:
            reopened.close()
        assert stored == recorded  # every photo stored is in the diary: none half-imported
        assert all(f.read_bytes() == data for f, data in originals.items())

    def test_drop_photos_on_a_scar_in_the_list(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        scar_list = page(window).list
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(photo(tmp_path / "dropped.jpg")))])
        target = QPointF(scar_list.visualItemRect(row(scar_list, 0)).center())
        with qtbot.waitSignal(scar_list.photos_dropped) as dropped:
            event = QDropEvent(
                target,
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
            scar_list.dropEvent(event)
        assert dropped.args[0] == scar_id
        box = small_photos_question(window, qtbot)  # 64×48: too small to compare well
        assert box.text() == "1 of the photos is smaller than 400 pixels (dropped.jpg)."
        next(b for b in box.buttons() if b.text() == "Import All").click()
        job = page(window).edits.imports[0]
        with qtbot.waitSignal(job.finished, timeout=10000):
            pass
        assert [p.original_name for p in diary(window).photos.for_scar(scar_id)] == ["dropped.jpg"]

    def test_small_photos_are_asked_about_before_they_are_kept(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        files = [
            photo(tmp_path / "thumb.jpg", size=(320, 240)),
            photo(tmp_path / "phone.jpg", size=(800, 600)),
            photo(tmp_path / "crop.png", size=(1200, 300), format="PNG"),
        ]
        page(window).edits.offer_import(scar_id, files)
        box = small_photos_question(window, qtbot)
        assert box.text() == "2 of the photos are smaller than 400 pixels (thumb.jpg, crop.png)."
        assert [b.text() for b in box.buttons()] == ["Import All", "Leave Them Out", "Cancel"]
        next(b for b in box.buttons() if b.text() == "Leave Them Out").click()
        job = page(window).edits.imports[0]
        with qtbot.waitSignal(job.finished, timeout=10000):
            pass
        assert [p.original_name for p in diary(window).photos.for_scar(scar_id)] == ["phone.jpg"]
        assert all(f.is_file() for f in files)  # the files left out stay where they are

    def test_photos_large_enough_are_imported_without_a_question(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        edits = page(window).edits
        edits.offer_import(scar_id, [photo(tmp_path / "a.jpg", size=(640, 480))])
        qtbot.waitUntil(lambda: bool(edits.imports), timeout=10000)
        with qtbot.waitSignal(edits.imports[0].finished, timeout=10000):
            pass
        assert not visible(window, QMessageBox)

    def test_the_guide_comes_before_the_first_import(
        self, make_window: MakeWindow, qtbot: QtBot, ui_settings: QSettings
    ) -> None:
        window = make_window()
        window.show_page(window.scars_holder)
        add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        page(window).edits.choose_photos()
        (guide,) = visible(window, PhotoGuide)
        assert "Photos only show change when they are taken the same way each time." in [
            label.text() for label in guide.findChildren(type(page(window).list_hint))
        ]
        assert PHOTO_GUIDE_SEEN.get(ui_settings)
        guide.accept()
        qtbot.waitUntil(
            lambda: any(d.objectName() == "openFilesDialog" for d in visible(window, QFileDialog))
        )


class TestEditing:
    def test_edit_a_scar(self, window: MainWindow, qtbot: QtBot) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        qtbot.mouseClick(page(window).detail.edit_button, Qt.MouseButton.LeftButton)
        (dialog,) = visible(window, ScarDialog)
        assert dialog.windowTitle() == "Edit Scar" and dialog.label_edit.text() == "Cheek"
        dialog.label_edit.setText("Cheek, by the nose")
        dialog.select_type(ScarType.SHALLOW_BOXCAR)
        qtbot.keyClicks(dialog.notes_edit, "since 2019")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        scar = diary(window).scars.get(scar_id)
        assert (scar.label, scar.scar_type, scar.notes) == (
            "Cheek, by the nose",
            ScarType.SHALLOW_BOXCAR,
            "since 2019",
        )
        assert page(window).detail.title.text() == "Cheek, by the nose — Shallow boxcar, Left cheek"

    def test_change_a_photo_date_and_remove_a_photo(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
        diary(window).photos.import_files(
            scar_id, [photo(tmp_path / "a.jpg", taken="2026:10:01 09:00:00", offset="+00:00")]
        )
        page(window).reload()
        timeline = page(window).detail.photos
        timeline.setCurrentRow(0)
        date_button = next(
            b for b in page(window).detail.photo_buttons if b.text() == "Change Da&te…"
        )
        qtbot.mouseClick(date_button, Qt.MouseButton.LeftButton)
        (dialog,) = visible(window, PhotoDateDialog)
        dialog.edit.setDateTime(dialog.edit.dateTime().addDays(-10))
        dialog.accept()
        (moved,) = diary(window).photos.for_scar(scar_id)
        assert moved.taken_at.date() == dt.date(2026, 9, 21)
        assert timeline.caption(0).startswith("21 Sept 2026")

        timeline.setCurrentRow(0)
        remove = next(b for b in page(window).detail.photo_buttons if b.text() == "Re&move Photo…")
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
        box = next(b for b in visible(window, QMessageBox) if b.objectName() == "confirmBox")
        assert "original file" in box.informativeText()
        next(b for b in box.buttons() if b.text() == "Remove Photo").click()
        assert diary(window).photos.for_scar(scar_id) == []
        assert (tmp_path / "a.jpg").exists()  # the original is never touched


def small_photos_question(window: MainWindow, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(
        lambda: any(b.windowTitle() == "Small Photos" for b in visible(window, QMessageBox)),
        timeout=10000,
    )
    return next(b for b in visible(window, QMessageBox) if b.windowTitle() == "Small Photos")


class TestTimelineFirstDisplay:
    """Right after start, the sample diary's first scar shows every caption whole and every
    thumbnail whole, also lined up (captions of four lines) and in a font twice as large."""

    @staticmethod
    def cut_short(timeline: PhotoTimeline) -> list[str]:
        from PySide6.QtCore import QRect

        grid, metrics = timeline.gridSize(), timeline.fontMetrics()
        problems = []
        for row in timeline.rows_in_view():
            text = metrics.boundingRect(
                QRect(0, 0, grid.width() - 8, 10_000),
                int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter),
                timeline.caption(row),
            )
            shown = timeline.visualRect(timeline.timeline.index(row))
            needed = timeline.iconSize().height() + text.height()
            if shown.height() < needed or text.width() > grid.width():
                problems.append(f"row {row}: {shown.height()} < {needed}")
        return problems

    def test_whole_captions_and_thumbnails(
        self, make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot
    ) -> None:
        from scar_diary.ui.preferences import LAST_PAGE

        LAST_PAGE.set(ui_settings, 1)  # the app starts on the Scars page
        window = make_window()
        opened(qtbot, window, window.open_sample)
        timeline = page(window).detail.photos
        qtbot.waitUntil(
            lambda: timeline.count() > 0 and timeline.thumbnails_shown(), timeout=20_000
        )
        assert self.cut_short(timeline) == []
        page(window).detail.line_up.setChecked(True)
        qtbot.waitUntil(timeline.thumbnails_shown, timeout=20_000)
        assert all(len(timeline.caption(r).splitlines()) == 3 for r in range(1, timeline.count()))
        assert self.cut_short(timeline) == []
        font = timeline.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        timeline.setFont(font)
        assert self.cut_short(timeline) == []


def test_a_photo_that_cannot_be_shown_is_a_crossed_tile_with_its_reason(
    make_window: MakeWindow,
    ui_settings: QSettings,
    qtbot: QtBot,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A stored photo damaged on disk (and no thumbnail kept): its place in the timeline says
    why, in the app's sentence for a damaged photo, and the log has the error's type."""
    from scar_diary.services.thumbnails import thumbnail_path, thumbs_dir

    PHOTO_GUIDE_SEEN.set(ui_settings, True)
    window = make_window()
    window.show_page(window.scars_holder)
    scar_id = add_scar(window, qtbot, 0.3, 0.55, "Cheek")
    job = page(window).edits.import_photos(scar_id, [photo(tmp_path / "a.jpg", size=(640, 480))])
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    d = diary(window)
    (stored,) = d.photos.for_scar(scar_id)
    file = d.data_dir / stored.relative_path
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    file.write_bytes(bytes(data))
    thumbnail_path(thumbs_dir(d.data_dir), stored.sha256).unlink(missing_ok=True)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    again = make_window()  # the next start: no thumbnail in memory or on disk
    again.show_page(again.scars_holder)
    page(again).select(scar_id)
    timeline = page(again).detail.photos
    loader = page(again).thumbnails
    with caplog.at_level("ERROR", logger="scar_diary"):
        qtbot.waitUntil(lambda: stored.sha256 in loader.failures, timeout=20000)
    assert "ThumbnailLoader._failed: " in caplog.text and "DamagedPhoto" in caplog.text
    tip = timeline.timeline.data(timeline.timeline.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "cannot be read" in tip and stored.relative_path in tip
    qtbot.waitUntil(timeline.thumbnails_shown, timeout=20000)  # a tile, not an endless "…"
