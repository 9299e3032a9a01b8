from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from scar_diary.domain.alignment import Warp
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
from scar_diary.ui.compare.compare_dialog import OVERLAY, SIDE_BY_SIDE, SWIPE, CompareDialog
from scar_diary.ui.compare.views import ZoomView
from scar_diary.ui.tasks import TaskRunner

FEATURES = ((50, 40), (150, 110))
SHIFT = (10, 5)  # the later photo's content sits this far right and down


def skin_with_features(path: Path, offset: tuple[int, int], taken: str) -> Path:
    image = Image.new("RGB", (200, 150), (220, 180, 150))
    draw = ImageDraw.Draw(image)
    for x, y in FEATURES:
        cx, cy = x + offset[0], y + offset[1]
        draw.ellipse((cx - 3, cy - 3, cx + 3, cy + 3), fill=(90, 50, 40))
    exif = Image.Exif()
    exif[0x8769] = {36867: taken, 36881: "+00:00"}
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


@pytest.fixture
def scar_with_photos(diary: Diary, tmp_path: Path) -> int:
    scar_id = diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    diary.photos.import_files(
        scar_id,
        [
            skin_with_features(tmp_path / "before.jpg", (0, 0), "2026:09:01 09:00:00"),
            skin_with_features(tmp_path / "after.jpg", SHIFT, "2026:11:01 09:00:00"),
        ],
    )
    return scar_id


def open_dialog(qtbot: QtBot, diary: Diary, runner: TaskRunner, scar_id: int) -> CompareDialog:
    dialog = CompareDialog(
        None, diary, runner, diary.scars.get(scar_id), diary.photos.for_scar(scar_id)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    return dialog


def click_scene(qtbot: QtBot, view: ZoomView, x: float, y: float) -> None:
    pos = view.mapFromScene(QPointF(x, y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


class TestModes:
    def test_baseline_and_latest_are_the_default_pair(
        self, qtbot: QtBot, diary: Diary, runner: TaskRunner, scar_with_photos: int
    ) -> None:
        dialog = open_dialog(qtbot, diary, runner, scar_with_photos)
        assert dialog.earlier_combo.currentText().startswith(
            "1 Sept 2026 · Before the first session"
        )
        assert dialog.later_combo.currentText().startswith("1 Nov 2026")
        assert dialog.status.text().startswith("Not aligned.")

    def test_three_modes(
        self, qtbot: QtBot, diary: Diary, runner: TaskRunner, scar_with_photos: int
    ) -> None:
        dialog = open_dialog(qtbot, diary, runner, scar_with_photos)
        assert dialog.stack.currentIndex() == 0 and not dialog.opacity.isVisible()
        qtbot.mouseClick(dialog.mode_buttons.button(OVERLAY), Qt.MouseButton.LeftButton)
        assert dialog.stack.currentIndex() == 1 and dialog.opacity.isVisible()
        dialog.opacity.setValue(30)
        assert dialog.mixed_layer.opacity() == pytest.approx(0.3)
        qtbot.mouseClick(dialog.mode_buttons.button(SWIPE), Qt.MouseButton.LeftButton)
        assert dialog.divider.isVisible() and not dialog.opacity.isVisible()
        dialog.divider.setValue(25)
        assert dialog.clip.rect().left() == pytest.approx(50.0)
        assert dialog.mixed_layer.opacity() == 1.0 and dialog.divider_line.isVisible()
        qtbot.mouseClick(dialog.mode_buttons.button(SIDE_BY_SIDE), Qt.MouseButton.LeftButton)
        assert dialog.stack.currentIndex() == 0

    def test_side_by_side_zoom_and_pan_are_linked(
        self, qtbot: QtBot, diary: Diary, runner: TaskRunner, scar_with_photos: int
    ) -> None:
        dialog = open_dialog(qtbot, diary, runner, scar_with_photos)
        left, right = dialog.left_view, dialog.right_view
        before, before_left = right.transform().m11(), left.transform().m11()
        wheel = QWheelEvent(
            QPointF(50, 50),
            QPointF(50, 50),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(left.viewport(), wheel)
        # each side zooms by the same step from its own fit (the panes may differ by a pixel)
        assert left.transform().m11() == pytest.approx(before_left * 1.15)
        assert right.transform().m11() == pytest.approx(before * 1.15, rel=0.01)
        left.horizontalScrollBar().setValue(left.horizontalScrollBar().maximum())
        assert right.horizontalScrollBar().value() > 0

        def centre(view: ZoomView) -> QPointF:
            return view.mapToScene(view.viewport().rect().center())

        assert (centre(right) - centre(left)).manhattanLength() < 2  # the same place


class TestAlignment:
    def test_match_two_points_then_save_and_reuse(
        self, qtbot: QtBot, diary: Diary, runner: TaskRunner, scar_with_photos: int
    ) -> None:
        dialog = open_dialog(qtbot, diary, runner, scar_with_photos)
        qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text().startswith("Click a small, sharp feature on the earlier photo")
        (ax, ay), (bx, by) = FEATURES
        click_scene(qtbot, dialog.left_view, ax, ay)
        assert dialog.status.text().startswith("Now click the same feature on the later photo")
        click_scene(qtbot, dialog.right_view, ax + SHIFT[0], ay + SHIFT[1])
        click_scene(qtbot, dialog.left_view, bx, by)
        click_scene(qtbot, dialog.right_view, bx + SHIFT[0], by + SHIFT[1])
        placed = dialog.alignment
        found = placed.local((0, 0))  # a similarity: the same move, turn and scale anywhere
        assert found.scale == pytest.approx(1.0, abs=0.03)
        assert found.angle_deg == pytest.approx(0.0, abs=1.5)
        assert (found.dx, found.dy) == pytest.approx((-SHIFT[0], -SHIFT[1]), abs=2.5)
        assert dialog.status.text().startswith("Aligned on the two points.")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        (fixed, moving) = diary.photos.for_scar(scar_with_photos)
        saved = diary.photos.alignment(fixed.id, moving.id)
        assert saved is not None and saved.warp == placed and not saved.automatic
        dialog.close()

        again = open_dialog(qtbot, diary, runner, scar_with_photos)
        assert again.alignment == placed
        assert again.status.text() == "The saved alignment is used here and in the doctor summary."

    def test_align_by_hand_drag_moves_the_later_photo(
        self, qtbot: QtBot, diary: Diary, runner: TaskRunner, scar_with_photos: int
    ) -> None:
        dialog = open_dialog(qtbot, diary, runner, scar_with_photos)
        qtbot.mouseClick(dialog.align_button, Qt.MouseButton.LeftButton)
        assert dialog.mode == OVERLAY and dialog.mixed_view.aligning
        view = dialog.mixed_view
        start = view.mapFromScene(QPointF(100, 75))
        end = view.mapFromScene(QPointF(80, 65))
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), pos=end)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
        moved = dialog.alignment.local((0, 0))
        assert (moved.dx, moved.dy) == pytest.approx((-20, -10), abs=2)
        assert dialog.status.text().startswith("Drag to move the later photo")
        dialog.scale_spin.setValue(110)
        dialog.scale_spin.editingFinished.emit()
        assert dialog.alignment.local((0, 0)).scale == pytest.approx(1.1)
        qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
        assert dialog.alignment == Warp()


class TestFit:
    def test_an_800_and_a_4032_px_photo_both_show_whole_and_1_to_1_on_demand(
        self, qtbot: QtBot, diary: Diary, runner: TaskRunner, tmp_path: Path
    ) -> None:
        scar_id = diary.scars.add("chin", FaceRegion.CHIN, ScarType.ROLLING)
        small = Image.new("RGB", (800, 600), (220, 180, 150))
        large = Image.new("RGB", (4032, 3024), (210, 170, 140))
        for image, name, taken in (
            (small, "small.jpg", "2026:09:01 09:00:00"),
            (large, "large.jpg", "2026:11:01 09:00:00"),
        ):
            exif = Image.Exif()
            exif[0x8769] = {36867: taken, 36881: "+00:00"}
            image.save(tmp_path / name, "JPEG", exif=exif.tobytes())
        diary.photos.import_files(scar_id, [tmp_path / "small.jpg", tmp_path / "large.jpg"])
        dialog = open_dialog(qtbot, diary, runner, scar_id)
        dialog.resize(1000, 700)
        qtbot.waitUntil(lambda: dialog.right_view.viewport().width() < 500)
        dialog.fit_photos()
        for view, (width, height) in (
            (dialog.left_view, (800, 600)),
            (dialog.right_view, (4032, 3024)),
        ):
            seen = view.mapToScene(view.viewport().rect()).boundingRect()
            assert seen.width() >= width - 1 and seen.height() >= height - 1  # whole
            assert seen.width() < width * 1.6 or seen.height() < height * 1.6  # and filling
        # the far corner of the large photo can be clicked without panning
        corner = dialog.right_view.mapFromScene(QPointF(4000, 3000))
        assert dialog.right_view.viewport().rect().contains(corner)
        assert dialog.actual_button.shortcut().toString() == "Ctrl+1"
        assert dialog.fit_button.shortcut().toString() == "Ctrl+0"
        qtbot.mouseClick(dialog.actual_button, Qt.MouseButton.LeftButton)
        assert dialog.left_view.transform().m11() == pytest.approx(1.0)
        assert dialog.right_view.transform().m11() == pytest.approx(1.0)
        qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
        assert dialog.right_view.transform().m11() < 0.2
