"""Compare two photos of a scar: side by side with linked zoom and pan, as a ghost overlay,
or with a swipe divider; and line the later photo up with the earlier one automatically, by
hand or by clicking two matching points on each, saving the alignment for every later
comparison and the doctor summary."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGraphicsEllipseItem,
    QGraphicsScene,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from scar_diary.alignment import Alignment, Tier
from scar_diary.domain.alignment import Point, SavedAlignment, Similarity, Warp
from scar_diary.domain.entities import Photo, Scar
from scar_diary.domain.timeline import treatment_context
from scar_diary.services.diary import Diary
from scar_diary.services.display_images import display_image
from scar_diary.storage.photo_store import DamagedPhoto
from scar_diary.ui import dialogs, problems
from scar_diary.ui.compare.views import AligningView, PhotoLayer, ZoomView, clip_container
from scar_diary.ui.enabling import set_enabled
from scar_diary.ui.guarded_dialog import GuardedDialog
from scar_diary.ui.tasks import Lane, TaskRunner
from scar_diary.wording.alignment import percent as confidence_percent
from scar_diary.wording.alignment import result_sentence
from scar_diary.wording.dates import medium_date
from scar_diary.wording.error_messages import damaged_photo_message
from scar_diary.wording.scars import session_context_text

SIDE_BY_SIDE, OVERLAY, SWIPE = range(3)


class CompareDialog(GuardedDialog):
    def __init__(
        self,
        parent: QWidget | None,
        diary: Diary,
        runner: TaskRunner,
        scar: Scar,
        photos: list[Photo],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare Photos — {label}").format(label=scar.label))
        dialogs.fit_to_screen(self, 1100, 760)
        self.diary, self.runner, self.photos = diary, runner, photos
        self.images: dict[int, QPixmap] = {}
        self.fixed: Photo = photos[0]
        self.moving: Photo = photos[-1]
        self.alignment = Warp()
        self.saved_alignment: SavedAlignment | None = None
        self._before_automatic: SavedAlignment | None = None  # what Undo goes back to
        self._can_undo = False
        self._aligning_automatically = False
        self._following = False  # one side is being moved to follow the other
        self._points: list[Point] = []  # while matching: fixed, moving, fixed, moving
        self._marks: list[QGraphicsEllipseItem] = []
        self.matching = False

        days = diary.facts().treatment_days()
        self.earlier_combo, self.later_combo = QComboBox(self), QComboBox(self)
        self.earlier_combo.setObjectName("earlierPhoto")
        self.later_combo.setObjectName("laterPhoto")
        for photo in photos:
            day = photo.taken_at.astimezone().date()
            text = f"{medium_date(day)} · {session_context_text(treatment_context(day, days))}"
            self.earlier_combo.addItem(text, photo.id)
            self.later_combo.addItem(text, photo.id)
        self.earlier_combo.setCurrentIndex(0)
        self.later_combo.setCurrentIndex(len(photos) - 1)

        # side by side: one scene per photo, both in the earlier photo's coordinates
        self.left_scene, self.right_scene = QGraphicsScene(self), QGraphicsScene(self)
        self.left_view = ZoomView(self.left_scene, self)
        self.right_view = ZoomView(self.right_scene, self)
        self.left_view.setObjectName("leftView")
        self.right_view.setObjectName("rightView")
        self.left_view.setAccessibleName(self.tr("Earlier photo"))
        self.right_view.setAccessibleName(self.tr("Later photo"))
        side = QWidget(self)
        side_layout = QHBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.left_view)
        side_layout.addWidget(self.right_view)
        self._link(self.left_view, self.right_view)
        self._link(self.right_view, self.left_view)
        self.left_view.clicked.connect(lambda p: self._point_clicked(p, fixed=True))
        self.right_view.clicked.connect(lambda p: self._point_clicked(p, fixed=False))

        # overlay and swipe share one scene
        self.mixed_scene = QGraphicsScene(self)
        self.mixed_view = AligningView(self.mixed_scene, self)
        self.mixed_view.setObjectName("mixedView")
        self.mixed_view.setAccessibleName(self.tr("Both photos, one over the other"))
        self.mixed_view.nudged.connect(self.set_alignment)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(side)
        self.stack.addWidget(self.mixed_view)

        self.mode_buttons = QButtonGroup(self)
        modes = QHBoxLayout()
        for mode, text in (
            (SIDE_BY_SIDE, self.tr("Side by &Side")),
            (OVERLAY, self.tr("&Overlay")),
            (SWIPE, self.tr("S&wipe")),
        ):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setObjectName(f"mode{mode}")
            self.mode_buttons.addButton(button, mode)
            modes.addWidget(button)
        self.mode_buttons.idClicked.connect(self.set_mode)
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setObjectName("opacity")
        self.opacity.setRange(0, 100)
        self.opacity.setValue(50)
        self.opacity.valueChanged.connect(self._update_mix)
        self.divider = QSlider(Qt.Orientation.Horizontal, self)
        self.divider.setObjectName("divider")
        self.divider.setRange(0, 100)
        self.divider.setValue(50)
        self.divider.valueChanged.connect(self._update_mix)
        self.opacity.setAccessibleName(self.tr("Opacity of the later photo"))
        self.divider.setAccessibleName(self.tr("Position of the dividing line"))
        self.opacity_label = QLabel(self.tr("Later photo &opacity:"), self)
        self.opacity_label.setBuddy(self.opacity)
        self.divider_label = QLabel(self.tr("&Divider:"), self)
        self.divider_label.setBuddy(self.divider)
        # one place for the mode's own control, the same size in every mode: the mode
        # buttons never move when the mode changes
        self.mix_controls = QStackedWidget(self)
        for parts in ((), (self.opacity_label, self.opacity), (self.divider_label, self.divider)):
            holder = QWidget(self.mix_controls)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            for part in parts:
                row.addWidget(part)
            self.mix_controls.addWidget(holder)
        self.mix_controls.setMinimumWidth(320)
        modes.addSpacing(16)
        modes.addWidget(self.mix_controls)
        modes.addStretch(1)
        self.fit_button = QPushButton(self.tr("&Fit"), self)
        self.fit_button.setObjectName("fitPhotos")
        self.fit_button.setToolTip(self.tr("Show both photos whole (Ctrl+0)"))
        self.fit_button.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_button.clicked.connect(self.fit_photos)
        self.actual_button = QPushButton(self.tr("&1:1"), self)
        self.actual_button.setObjectName("actualPixels")
        self.actual_button.setToolTip(self.tr("One photo pixel to one screen pixel (Ctrl+1)"))
        self.actual_button.setShortcut(QKeySequence("Ctrl+1"))
        self.actual_button.clicked.connect(self.actual_pixels)
        modes.addWidget(self.fit_button)
        modes.addWidget(self.actual_button)
        self.caption = QLabel(self)
        self.caption.setObjectName("compareCaption")
        self.caption.setWordWrap(True)

        # alignment controls
        self.align_button = QPushButton(self.tr("&Align by Hand"), self)
        self.align_button.setCheckable(True)
        self.align_button.setObjectName("alignByHand")
        self.align_button.toggled.connect(self._align_by_hand)
        self.match_button = QPushButton(self.tr("&Match Two Points"), self)
        self.match_button.setObjectName("matchPoints")
        self.match_button.clicked.connect(self.start_matching)
        self.scale_spin = QDoubleSpinBox(self)
        self.scale_spin.setRange(5, 2000)
        self.scale_spin.setSuffix(" %")
        self.scale_spin.setDecimals(1)
        self.angle_spin = QDoubleSpinBox(self)
        self.angle_spin.setRange(-180, 180)
        self.angle_spin.setSuffix(" °")
        self.angle_spin.setDecimals(1)
        self.scale_spin.setAccessibleName(self.tr("Scale of the later photo"))
        self.angle_spin.setAccessibleName(self.tr("Turn of the later photo"))
        self.scale_spin.editingFinished.connect(self._spins_changed)
        self.angle_spin.editingFinished.connect(self._spins_changed)
        self.reset_button = QPushButton(self.tr("R&eset"), self)
        self.reset_button.clicked.connect(lambda: self.set_alignment(Warp()))
        self.auto_button = QPushButton(self.tr("Au&to-align"), self)
        self.auto_button.setObjectName("autoAlign")
        self.auto_button.setToolTip(
            self.tr("Line the later photo up with the earlier one automatically")
        )
        self.auto_button.clicked.connect(self.align_automatically)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setObjectName("undoAlignment")
        self.undo_button.clicked.connect(self.undo_automatic)
        self.adjust_button = QPushButton(self.tr("Ad&just"), self)
        self.adjust_button.setObjectName("adjustAlignment")
        self.adjust_button.setToolTip(self.tr("Adjust the automatic result by hand"))
        self.adjust_button.clicked.connect(lambda: self.align_button.setChecked(True))
        self.save_button = QPushButton(self.tr("&Save Alignment"), self)
        self.save_button.setObjectName("saveAlignment")
        self.save_button.clicked.connect(self.save_alignment)
        self.status = QLabel(self)
        self.status.setObjectName("alignStatus")
        self.status.setWordWrap(True)
        # two rows, so the dialog fits a small screen in every language: how to align, then
        # the figures and what to do with them
        align = QVBoxLayout()
        for widgets in (
            (
                self.auto_button,
                self.undo_button,
                self.adjust_button,
                self.align_button,
                self.match_button,
            ),
            (
                QLabel(self.tr("Scale:"), self),
                self.scale_spin,
                QLabel(self.tr("Turn:"), self),
                self.angle_spin,
                self.reset_button,
                self.save_button,
            ),
        ):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            align.addLayout(row)

        pick = QGridLayout()
        earlier_label = QLabel(self.tr("&Earlier:"), self)
        earlier_label.setBuddy(self.earlier_combo)
        later_label = QLabel(self.tr("&Later:"), self)
        later_label.setBuddy(self.later_combo)
        pick.addWidget(earlier_label, 0, 0)
        pick.addWidget(self.earlier_combo, 0, 1)
        pick.addWidget(later_label, 0, 2)
        pick.addWidget(self.later_combo, 0, 3)
        pick.setColumnStretch(1, 1)
        pick.setColumnStretch(3, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(modes)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)
        layout.addLayout(align)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.earlier_combo.currentIndexChanged.connect(self._pair_changed)
        self.later_combo.currentIndexChanged.connect(self._pair_changed)
        self.mode_buttons.button(SIDE_BY_SIDE).setChecked(True)
        self.set_mode(SIDE_BY_SIDE)
        self._pair_changed()
        self.remember_answers()

    # --- loading the pair ---------------------------------------------------------------
    def _photo(self, combo: QComboBox) -> Photo:
        photo_id = combo.currentData()
        return next(p for p in self.photos if p.id == photo_id)

    def _pair_changed(self) -> None:
        self.fixed, self.moving = self._photo(self.earlier_combo), self._photo(self.later_combo)
        self.saved_alignment = self.diary.photos.alignment(self.fixed.id, self.moving.id)
        self.alignment = self.saved_alignment.warp if self.saved_alignment else Warp()
        self._can_undo = False
        self._cancel_matching()
        self._caption()
        missing = [p for p in (self.fixed, self.moving) if p.id not in self.images]
        for photo in missing:
            self.runner.run(
                partial(_decode, self.diary, photo),
                partial(self._decoded, photo.id),
                self._decode_failed,
                lane=Lane.IMAGES,
                owner=self,
            )
        self._rebuild()

    def _caption(self) -> None:
        """Which photo is where, in words, in every mode."""
        if not hasattr(self, "mode"):
            return
        earlier = medium_date(self.fixed.taken_at.astimezone().date())
        later = medium_date(self.moving.taken_at.astimezone().date())
        text = {
            SIDE_BY_SIDE: self.tr(
                "Left: the earlier photo ({earlier}). Right: the later photo ({later})."
            ),
            OVERLAY: self.tr(
                "The later photo ({later}) over the earlier one ({earlier}); the "
                "slider sets how much of each shows."
            ),
            SWIPE: self.tr(
                "Left of the line: the earlier photo ({earlier}). Right of the line: "
                "the later photo ({later})."
            ),
        }[self.mode]
        self.caption.setText(text.format(earlier=earlier, later=later))

    def _decode_failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("This photo cannot be shown: {error}").format(error=error))

    def _decoded(self, photo_id: int, image: QImage) -> None:
        self.images[photo_id] = QPixmap.fromImage(image)
        self._rebuild()

    @property
    def ready(self) -> bool:
        return self.fixed.id in self.images and self.moving.id in self.images

    def _rebuild(self) -> None:
        self._following = True  # the layers are replaced: no side follows the other meanwhile
        try:
            self._rebuild_scenes()
        finally:
            self._following = False

    def _rebuild_scenes(self) -> None:
        for scene in (self.left_scene, self.right_scene, self.mixed_scene):
            scene.clear()
        self._marks = []
        if not self.ready:
            self.status.setText(self.tr("Loading photos…"))
            self._update_buttons()
            return
        bounds = QRectF(0, 0, self.fixed.width, self.fixed.height)
        fixed_pixmap, moving_pixmap = self.images[self.fixed.id], self.images[self.moving.id]
        self.left_scene.addItem(PhotoLayer(fixed_pixmap, self.fixed.width))
        self.right_layer = PhotoLayer(moving_pixmap, self.moving.width)
        self.right_scene.addItem(self.right_layer)
        self.mixed_scene.addItem(PhotoLayer(fixed_pixmap, self.fixed.width))
        self.clip = clip_container(bounds)
        self.mixed_scene.addItem(self.clip)
        self.mixed_layer = PhotoLayer(moving_pixmap, self.moving.width)
        self.mixed_layer.setParentItem(self.clip)
        self.divider_line = self.mixed_scene.addLine(
            0, bounds.top(), 0, bounds.bottom(), QPen(QColor("white"), 0)
        )
        for scene in (self.left_scene, self.right_scene, self.mixed_scene):
            scene.setSceneRect(bounds)
        self.set_alignment(self.alignment)
        self.fit_photos()

    def fit_photos(self) -> None:
        """Each photo whole in its pane, whatever the two photos' sizes: the later one as it
        lies after the alignment (its own frame when not aligned)."""
        if not self.ready:
            return
        bounds = QRectF(0, 0, self.fixed.width, self.fixed.height)
        self.left_view.fit(bounds)
        later = self._frame(self.right_view)
        self.right_scene.setSceneRect(bounds.united(later))
        self.right_view.fit(later)
        self.mixed_view.fit(bounds)

    def actual_pixels(self) -> None:
        """1:1: one pixel of the earlier photo to one pixel of the screen, in every pane."""
        for view in (self.left_view, self.right_view, self.mixed_view):
            view.actual_size()

    # --- modes -------------------------------------------------------------------------
    def set_mode(self, mode: int) -> None:
        self.mode = mode
        self.mode_buttons.button(mode).setChecked(True)
        self.stack.setCurrentIndex(0 if mode == SIDE_BY_SIDE else 1)
        self.mix_controls.setCurrentIndex({SIDE_BY_SIDE: 0, OVERLAY: 1, SWIPE: 2}[mode])
        self._caption()
        if mode != OVERLAY and self.align_button.isChecked():
            self.align_button.setChecked(False)
        self._update_mix()

    def _update_mix(self) -> None:
        if not self.ready:
            return
        bounds = self.mixed_scene.sceneRect()
        if self.mode == SWIPE:
            split = bounds.left() + bounds.width() * self.divider.value() / 100
            self.clip.setRect(QRectF(split, bounds.top() - 1e5, 1e6, 2e5))
            self.mixed_layer.setOpacity(1.0)
            self.divider_line.setLine(split, bounds.top(), split, bounds.bottom())
            self.divider_line.setVisible(True)
        else:
            self.clip.setRect(bounds.adjusted(-1e5, -1e5, 1e5, 1e5))
            self.mixed_layer.setOpacity(self.opacity.value() / 100)
            self.divider_line.setVisible(False)

    def _link(self, source: ZoomView, target: ZoomView) -> None:
        """Zoom and pan of one side follow the other: the same factor, and the same place
        of each photo in the middle (the two photos may differ in size)."""
        source.zoomed.connect(lambda factor: target.scale(factor, factor))
        for bar in (source.horizontalScrollBar(), source.verticalScrollBar()):
            bar.valueChanged.connect(lambda _value: self._follow(source, target))

    def _follow(self, source: ZoomView, target: ZoomView) -> None:
        if self._following or not self.ready or not isValid(self.right_layer):
            return  # (the scenes are torn down while the dialog closes)
        self._following = True
        try:
            here, there = self._frame(source), self._frame(target)
            centre = source.mapToScene(source.viewport().rect().center())
            across = (centre.x() - here.left()) / max(here.width(), 1e-9)
            down = (centre.y() - here.top()) / max(here.height(), 1e-9)
            target.centerOn(
                there.left() + across * there.width(), there.top() + down * there.height()
            )
        finally:
            self._following = False

    def _frame(self, view: ZoomView) -> QRectF:
        if view is self.right_view:  # the later photo's own frame, as the alignment places it
            return self.right_layer.mapRectToScene(
                QRectF(0, 0, self.moving.width, self.moving.height)
            )
        return QRectF(0, 0, self.fixed.width, self.fixed.height)

    # --- alignment ---------------------------------------------------------------------
    def set_alignment(self, transform: Warp) -> None:
        self.alignment = transform
        self.mixed_view.transform_now = transform
        if self.ready:
            self.right_layer.set_alignment(transform)
            self.mixed_layer.set_alignment(transform)
        here = self._local()
        self.scale_spin.blockSignals(True)
        self.angle_spin.blockSignals(True)
        self.scale_spin.setValue(here.scale * 100)
        self.angle_spin.setValue(here.angle_deg)
        self.scale_spin.blockSignals(False)
        self.angle_spin.blockSignals(False)
        self._update_status()

    def _local(self) -> Similarity:
        """The scale and turn at the later photo's centre (a perspective varies across it)."""
        return self.alignment.local((self.moving.width / 2, self.moving.height / 2))

    def _spins_changed(self) -> None:
        centre = (self.fixed.width / 2, self.fixed.height / 2)
        current = self._local()
        factor = (self.scale_spin.value() / 100) / current.scale
        self.set_alignment(
            self.alignment.turned_about(centre, factor, self.angle_spin.value() - current.angle_deg)
        )

    def _align_by_hand(self, on: bool) -> None:
        if on and self.mode != OVERLAY:
            self.set_mode(OVERLAY)
        self.mixed_view.set_aligning(on)
        self._update_status()

    def _saved_warp(self) -> Warp:
        return self.saved_alignment.warp if self.saved_alignment else Warp()

    def answers(self) -> object:
        """Unsaved: an alignment on screen that is not the one kept (GuardedDialog asks)."""
        return self.alignment != self._saved_warp()

    def remember_answers(self) -> None:
        self._initial = False  # nothing unsaved is what closing quietly needs

    def discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Close without saving the alignment?"),
            self.tr("The alignment you made for these two photos will be lost."),
        )

    def _update_buttons(self) -> None:
        busy = self._aligning_automatically
        automatic = self.saved_alignment is not None and self.saved_alignment.automatic
        for button, usable, reason in (
            (self.auto_button, self.ready, self.tr("Wait until both photos are shown.")),
            (
                self.undo_button,
                self._can_undo,
                self.tr("Nothing to undo: no automatic alignment was made here."),
            ),
            (
                self.adjust_button,
                automatic and self.alignment == self._saved_warp(),
                self.tr("There is no automatic alignment to adjust."),
            ),
            (
                self.save_button,
                bool(self.answers()),
                self.tr("Nothing to save: this alignment is the saved one."),
            ),
        ):
            set_enabled(
                button, usable and not busy, self.tr("Aligning automatically…") if busy else reason
            )

    def _update_status(self) -> None:
        self._update_buttons()
        if self.matching or self._aligning_automatically:
            return
        if self.align_button.isChecked():
            text = self.tr(
                "Drag to move the later photo; Shift+wheel scales it, Ctrl+wheel turns it."
            )
        elif self.saved_alignment is not None and self.alignment == self.saved_alignment.warp:
            if self.saved_alignment.automatic:
                text = self._automatic_text(self.saved_alignment)
            else:
                text = self.tr("The saved alignment is used here and in the doctor summary.")
        elif self.alignment.is_identity():
            text = self.tr(
                "Not aligned. Photos rarely line up by themselves: align by hand or "
                "match two points."
            )
        else:
            text = self.tr("Alignment changed and not saved yet.")
        self.status.setText(text)

    def _automatic_text(self, saved: SavedAlignment) -> str:
        percent = confidence_percent(saved.confidence)
        if saved.tier == Tier.APPROXIMATE:
            return self.tr(
                "Approximately aligned automatically ({percent}% confidence): check the "
                "edges in Overlay or Swipe. Saved and used in the doctor summary."
            ).format(percent=percent)
        return self.tr(
            "Aligned automatically ({percent}% confidence). Saved and used in the doctor summary."
        ).format(percent=percent)

    def save_alignment(self) -> None:
        self._keep(SavedAlignment(self.alignment))

    def _keep(self, saved: SavedAlignment | None) -> bool:
        """Store the pair's alignment; a failed write is said in the status line."""
        try:
            self.diary.photos.save_alignment(self.fixed.id, self.moving.id, saved)
        except Exception as exc:  # a user's problem is said in the status line; a bug goes on
            words = problems.logged_sentence(exc, "saving an alignment")
            if words is None:
                raise
            self.status.setText(
                self.tr("The alignment was not saved: {reason}").format(reason=words)
            )
            return False
        self.saved_alignment = saved
        self._update_status()
        return True

    # --- automatic alignment ---------------------------------------------------------------
    def align_automatically(self) -> None:
        if not self.ready or self._aligning_automatically:
            return
        self.align_button.setChecked(False)
        self._cancel_matching()
        self._aligning_automatically = True
        self.status.setText(self.tr("Aligning automatically…"))
        self._update_buttons()
        pair = (self.fixed.id, self.moving.id)
        self.runner.run(
            partial(self.diary.photos.align_automatically, self.fixed, self.moving),
            partial(self._aligned_automatically, pair),
            partial(self._automatic_failed, pair),
            lane=Lane.IMAGES,
            owner=self,
        )

    def _aligned_automatically(self, pair: tuple[int, int], found: Alignment) -> None:
        self._aligning_automatically = False
        if pair != (self.fixed.id, self.moving.id):
            self._update_status()
            return  # the user chose another pair meanwhile
        if found.matrix is None:
            self._update_buttons()
            self.start_matching()
            self.status.setText(
                result_sentence(found)
                + " "
                + self.tr(
                    "Match two points instead: click a small, sharp feature on the "
                    "earlier photo (left), point 1 of 2."
                )
            )
            return
        before, kept = self.saved_alignment, found.saved()
        if self._keep(kept):
            self._before_automatic, self._can_undo = before, True
            self.set_alignment(kept.warp)
            if self.mode == SIDE_BY_SIDE:
                self.set_mode(OVERLAY)  # where a wrong overlay would show

    def _automatic_failed(self, pair: tuple[int, int], error: BaseException) -> None:
        self._aligning_automatically = False
        self._update_status()
        reason = damaged_photo_message(error) if isinstance(error, DamagedPhoto) else str(error)
        self.status.setText(
            self.tr("Automatic alignment is not possible: {error}").format(error=reason)
        )

    def undo_automatic(self) -> None:
        """Back to the alignment before the automatic one (kept as it was)."""
        if not self._can_undo:
            return
        if self._keep(self._before_automatic):
            self._can_undo = False
            self.set_alignment(self._saved_warp())

    # --- matching two points ----------------------------------------------------------------
    def start_matching(self) -> None:
        self.set_mode(SIDE_BY_SIDE)
        self.matching = True
        self._points = []
        self._clear_marks()
        self._prompt()

    def _cancel_matching(self) -> None:
        self.matching = False
        self._points = []

    def _prompt(self) -> None:
        texts = [
            self.tr("Click a small, sharp feature on the earlier photo (left), point 1 of 2."),
            self.tr("Now click the same feature on the later photo (right)."),
            self.tr("Click a second feature on the earlier photo, well apart from the first."),
            self.tr("Now click that second feature on the later photo."),
        ]
        self.status.setText(texts[len(self._points)])

    def _point_clicked(self, scene_point: QPointF, *, fixed: bool) -> None:
        if not self.matching or not self.ready:
            return
        expect_fixed = len(self._points) % 2 == 0
        if fixed != expect_fixed:
            return
        if fixed:
            point = (scene_point.x(), scene_point.y())
            scene = self.left_scene
        else:
            point = self.right_layer.photo_point(scene_point)
            scene = self.right_scene
        self._points.append(point)
        self._marks.append(
            scene.addEllipse(
                scene_point.x() - 6, scene_point.y() - 6, 12, 12, QPen(QColor("#00c0ff"), 3)
            )
        )
        if len(self._points) < 4:
            self._prompt()
            return
        f1, m1, f2, m2 = self._points
        self.matching = False
        try:
            found = Similarity.from_point_pairs((m1, m2), (f1, f2))
        except ValueError:
            self.status.setText(
                self.tr(
                    "Those points are too close together. Try again with features further apart."
                )
            )
            return
        self._clear_marks()
        self.set_alignment(Warp.of(found))
        self.status.setText(
            self.tr(
                "Aligned on the two points. Check it in Overlay or Swipe, then save the alignment."
            )
        )

    def _clear_marks(self) -> None:
        for mark in self._marks:
            scene = mark.scene()
            if scene is not None:
                scene.removeItem(mark)
        self._marks = []


def _decode(diary: Diary, photo: Photo) -> QImage:
    """On a worker: the photo read (decrypted in memory, if need be) and made displayable."""
    return display_image(diary.photos.read(photo))
