"""Auto-align in the compare dialog: on a worker, its tier and confidence shown, a refusal
that says why and opens two-point matching, Undo, Adjust, and an unsaved change that asks
before it is dropped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from scar_diary.domain.alignment import SavedAlignment, Warp
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
from scar_diary.ui.compare.compare_dialog import OVERLAY, CompareDialog
from scar_diary.ui.preferences import AUTO_ALIGN_IMPORTS, PHOTO_GUIDE_SEEN
from scar_diary.ui.scars.page import ScarsPage
from scar_diary.ui.settings.page import SettingsPage
from scar_diary.ui.tasks import TaskRunner
from tests.alignment_pairs import Kind, make_pair
from tests.ui.conftest import MakeWindow
from tests.ui.test_compare import open_dialog


def dated(data: bytes, path: Path, taken: str) -> Path:
    image = Image.open(io.BytesIO(data))
    exif = Image.Exif()
    exif[0x8769] = {36867: taken, 36881: "+00:00"}
    image.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


def scar_with_pair(diary: Diary, tmp_path: Path, kind: Kind, seed: int = 5) -> int:
    pair = make_pair(seed, kind)
    scar_id = diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    diary.photos.import_files(
        scar_id,
        [
            dated(pair.reference, tmp_path / "before.jpg", "2026:09:01 09:00:00"),
            dated(pair.later, tmp_path / "after.jpg", "2026:11:01 09:00:00"),
        ],
    )
    return scar_id


def auto_align(qtbot: QtBot, dialog: CompareDialog) -> None:
    qtbot.mouseClick(dialog.auto_button, Qt.MouseButton.LeftButton)
    assert not dialog.auto_button.isEnabled()  # working, on the image lane
    assert dialog.status.text() == "Aligning automatically…"
    qtbot.waitUntil(lambda: dialog.auto_button.isEnabled(), timeout=20000)


def test_auto_align_saves_the_result_with_its_tier_and_undo_goes_back(
    qtbot: QtBot, diary: Diary, runner: TaskRunner, tmp_path: Path
) -> None:
    scar_id = scar_with_pair(diary, tmp_path, "textured")
    fixed, moving = diary.photos.for_scar(scar_id)
    dialog = open_dialog(qtbot, diary, runner, scar_id)
    assert not dialog.undo_button.isEnabled() and dialog.undo_button.accessibleDescription()
    assert not dialog.adjust_button.isEnabled()
    auto_align(qtbot, dialog)
    saved = diary.photos.alignment(fixed.id, moving.id)
    assert saved is not None and saved.automatic and saved.tier == "aligned"
    assert saved.confidence is not None and saved.confidence > 0.5
    assert dialog.alignment == saved.warp and dialog.mode == OVERLAY
    assert dialog.status.text().startswith("Aligned automatically (")
    assert "% confidence" in dialog.status.text()
    assert not dialog.save_button.isEnabled()  # nothing unsaved

    qtbot.mouseClick(dialog.adjust_button, Qt.MouseButton.LeftButton)
    assert dialog.align_button.isChecked() and dialog.mixed_view.aligning
    assert dialog.alignment == saved.warp  # adjusting starts from the automatic result
    qtbot.mouseClick(dialog.align_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert diary.photos.alignment(fixed.id, moving.id) is None
    assert dialog.alignment == Warp() and dialog.status.text().startswith("Not aligned.")
    assert not dialog.undo_button.isEnabled()


def test_undo_returns_to_the_hand_alignment_made_before(
    qtbot: QtBot, diary: Diary, runner: TaskRunner, tmp_path: Path
) -> None:
    scar_id = scar_with_pair(diary, tmp_path, "textured")
    fixed, moving = diary.photos.for_scar(scar_id)
    by_hand = SavedAlignment(Warp().moved(12, -7))
    diary.photos.save_alignment(fixed.id, moving.id, by_hand)
    dialog = open_dialog(qtbot, diary, runner, scar_id)
    auto_align(qtbot, dialog)
    assert diary.photos.alignment(fixed.id, moving.id).automatic  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    back = diary.photos.alignment(fixed.id, moving.id)
    assert back is not None and back.warp == by_hand.warp and not back.automatic
    assert dialog.alignment == by_hand.warp


def test_a_refusal_says_why_and_opens_two_point_matching(
    qtbot: QtBot, diary: Diary, runner: TaskRunner, tmp_path: Path
) -> None:
    scar_id = scar_with_pair(diary, tmp_path, "different")
    fixed, moving = diary.photos.for_scar(scar_id)
    dialog = open_dialog(qtbot, diary, runner, scar_id)
    auto_align(qtbot, dialog)
    assert dialog.status.text().startswith("Could not align. Too few details are the same")
    assert "Match two points instead" in dialog.status.text()
    assert dialog.matching and dialog.alignment == Warp()
    assert diary.photos.alignment(fixed.id, moving.id) is None
    assert not dialog.undo_button.isEnabled()


def test_a_mirrored_selfie_is_named(
    qtbot: QtBot, diary: Diary, runner: TaskRunner, tmp_path: Path
) -> None:
    scar_id = scar_with_pair(diary, tmp_path, "mirrored")
    dialog = open_dialog(qtbot, diary, runner, scar_id)
    auto_align(qtbot, dialog)
    assert "looks mirrored" in dialog.status.text()


def test_an_approximate_alignment_says_check_the_edges(
    qtbot: QtBot, diary: Diary, runner: TaskRunner, tmp_path: Path
) -> None:
    scar_id = scar_with_pair(diary, tmp_path, "textured")
    fixed, moving = diary.photos.for_scar(scar_id)
    approximate = SavedAlignment(
        Warp().moved(3, 4), "orb-ransac-homography", 1, "approximate", 0.41
    )
    diary.photos.save_alignment(fixed.id, moving.id, approximate)
    dialog = open_dialog(qtbot, diary, runner, scar_id)
    assert dialog.status.text().startswith(
        "Approximately aligned automatically (41% confidence): check the edges"
    )
    assert dialog.adjust_button.isEnabled()


def test_closing_with_an_unsaved_alignment_asks_first(
    qtbot: QtBot, diary: Diary, runner: TaskRunner, tmp_path: Path
) -> None:
    scar_id = scar_with_pair(diary, tmp_path, "different")
    dialog = open_dialog(qtbot, diary, runner, scar_id)
    dialog.scale_spin.setValue(120)
    dialog.scale_spin.editingFinished.emit()
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    def asked() -> QMessageBox:
        box = dialog.findChild(QMessageBox)
        assert box is not None and box.isVisible()
        return box  # waitUntil retries while it raises

    qtbot.waitUntil(lambda: bool(asked()))
    box = asked()
    assert box.text() == "Close without saving the alignment?"
    keep = next(b for b in box.buttons() if b.text() == "Keep Editing")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_imported_photos_are_lined_up_with_the_one_before_when_chosen(
    make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot, tmp_path: Path
) -> None:
    PHOTO_GUIDE_SEEN.set(ui_settings, True)
    window = make_window()
    window.show_page(window.settings_holder)
    settings_page = window.built(SettingsPage)
    assert settings_page is not None and not settings_page.auto_align.isChecked()
    qtbot.mouseClick(settings_page.auto_align, Qt.MouseButton.LeftButton)
    assert AUTO_ALIGN_IMPORTS.get(ui_settings)

    window.show_page(window.scars_holder)
    page = window.built(ScarsPage)
    assert page is not None and window.diary is not None
    diary = window.diary
    scar_id = diary.scars.add("chin", FaceRegion.CHIN, ScarType.ROLLING)
    same, other = make_pair(9, "textured"), make_pair(9, "different")
    files = [
        dated(same.reference, tmp_path / "1.jpg", "2026:09:01 09:00:00"),
        dated(same.later, tmp_path / "2.jpg", "2026:10:01 09:00:00"),
        dated(other.later, tmp_path / "3.jpg", "2026:11:01 09:00:00"),
    ]
    job = page.edits.import_photos(scar_id, files)
    assert job is not None
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Lined up 1 of 2 new photos automatically.",
        timeout=30000,
    )
    first, second, third = diary.photos.for_scar(scar_id)
    kept = diary.photos.alignment(first.id, second.id)
    assert kept is not None and kept.automatic and kept.tier == "aligned"
    assert diary.photos.alignment(second.id, third.id) is None


def test_the_timeline_lines_photos_up_with_the_first_one(
    make_window: MakeWindow, ui_settings: QSettings, qtbot: QtBot, tmp_path: Path
) -> None:
    PHOTO_GUIDE_SEEN.set(ui_settings, True)
    window = make_window()
    assert window.diary is not None
    diary = window.diary
    scar_id = diary.scars.add("temple", FaceRegion.LEFT_TEMPLE, ScarType.ROLLING)
    same, other = make_pair(12, "textured"), make_pair(12, "different")
    diary.photos.import_files(
        scar_id,
        [
            dated(same.reference, tmp_path / "1.jpg", "2026:09:01 09:00:00"),
            dated(same.later, tmp_path / "2.jpg", "2026:10:01 09:00:00"),
            dated(other.later, tmp_path / "3.jpg", "2026:11:01 09:00:00"),
        ],
    )
    first, second, _third = diary.photos.for_scar(scar_id)
    diary.photos.save_alignment(
        first.id, second.id, diary.photos.align_automatically(first, second).saved()
    )
    window.show_page(window.scars_holder)
    page = window.built(ScarsPage)
    assert page is not None
    page.select_scar(scar_id)
    detail = page.detail
    qtbot.waitUntil(detail.thumbnails_shown, timeout=20000)
    timeline = detail.photos
    assert "aligned" not in timeline.caption(1)
    qtbot.mouseClick(detail.line_up, Qt.MouseButton.LeftButton)
    assert timeline.timeline.lined_up
    qtbot.waitUntil(detail.thumbnails_shown, timeout=20000)
    assert timeline.caption(1).endswith("aligned automatically")
    assert timeline.caption(2).endswith("not aligned")
    icon = timeline.timeline.data(timeline.timeline.index(1), Qt.ItemDataRole.DecorationRole)
    drawn = icon.pixmap(400, 400)
    assert drawn.width() * first.height == pytest.approx(drawn.height() * first.width, rel=0.03)
    qtbot.mouseClick(detail.line_up, Qt.MouseButton.LeftButton)
    assert not timeline.timeline.lined_up and "aligned" not in timeline.caption(1)


def test_a_damaged_photo_is_named_not_a_traceback(
    qtbot: QtBot, diary: Diary, runner: TaskRunner, tmp_path: Path
) -> None:
    scar_id = scar_with_pair(diary, tmp_path, "textured")
    fixed, moving = diary.photos.for_scar(scar_id)
    dialog = open_dialog(qtbot, diary, runner, scar_id)
    stored = diary.photos.file(moving)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: no longer the photo that was imported
    stored.write_bytes(bytes(data))
    auto_align(qtbot, dialog)
    text = dialog.status.text()
    assert text.startswith("Automatic alignment is not possible: ") and "Traceback" not in text
    # the one damaged-photo sentence of the app: which stored file, and the way back
    assert moving.relative_path in text and "from a backup" in text
    assert diary.photos.alignment(fixed.id, moving.id) is None  # nothing saved
