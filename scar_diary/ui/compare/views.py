"""Graphics views for comparing photos: zoom with the wheel, pan by dragging, and (in the
aligning view) move, scale and turn the later photo."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPixmap, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from scar_diary.domain.alignment import Warp

ZOOM_STEP = 1.15


class PhotoLayer(QGraphicsItemGroup):
    """A photo placed in the earlier photo's pixel coordinates: the child pixmap is scaled
    back to the photo's full pixel size, the group carries the alignment."""

    def __init__(self, pixmap: QPixmap, full_width: int) -> None:
        super().__init__()
        self.pixmap_item = QGraphicsPixmapItem(pixmap)
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        if pixmap.width():
            self.pixmap_item.setScale(full_width / pixmap.width())
        self.addToGroup(self.pixmap_item)

    def set_alignment(self, transform: Warp) -> None:
        self.setTransform(QTransform(*transform.qt_order()))

    def photo_point(self, scene_point: QPointF) -> tuple[float, float]:
        """Scene coordinates → this photo's own (upright, full-size) pixel coordinates."""
        point = self.mapFromScene(scene_point)
        return (point.x(), point.y())


class ZoomView(QGraphicsView):
    """Zoom around the cursor with the wheel; drag to pan; clicks report scene points."""

    zoomed = Signal(float)  # factor
    clicked = Signal(QPointF)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(self.palette().dark())
        self._press: QPointF | None = None
        self._fit_rect: QRectF | None = None  # while set, the photo follows the view's size

    def fit(self, rect: QRectF) -> None:
        self._fit_rect = rect
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        """One scene unit (a full-size photo pixel) to one screen pixel, centred where the
        view is centred now."""
        centre = self.mapToScene(self.viewport().rect().center())
        self._fit_rect = None
        self.resetTransform()
        self.centerOn(centre)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_rect is not None:
            self.fitInView(self._fit_rect, Qt.AspectRatioMode.KeepAspectRatio)

    def scale(self, sx: float, sy: float) -> None:
        self._fit_rect = None  # the user zoomed: keep their zoom from now on
        super().scale(sx, sy)

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
        self.scale(factor, factor)
        self.zoomed.emit(factor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press is not None and (event.position() - self._press).manhattanLength() < 4:
            self.clicked.emit(self.mapToScene(event.position().toPoint()))
        self._press = None


class AligningView(ZoomView):
    """In align mode, dragging moves the later photo, Shift+wheel scales it and Ctrl+wheel
    turns it, both around the cursor."""

    nudged = Signal(object)  # Warp → the new alignment

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.aligning = False
        self.transform_now = Warp()
        self._last: QPointF | None = None

    def set_aligning(self, on: bool) -> None:
        self.aligning = on
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        )
        self.setCursor(Qt.CursorShape.SizeAllCursor if on else Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.aligning and event.button() is Qt.MouseButton.LeftButton:
            self._last = self.mapToScene(event.position().toPoint())
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.aligning and self._last is not None:
            here = self.mapToScene(event.position().toPoint())
            delta = here - self._last
            self._last = here
            self.nudged.emit(self.transform_now.moved(delta.x(), delta.y()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.aligning:
            self._last = None
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        modifiers = event.modifiers()
        if self.aligning and modifiers & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        ):
            centre = self.mapToScene(event.position().toPoint())
            up = (event.angleDelta().y() or event.angleDelta().x()) > 0
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                step = self.transform_now.turned_about(
                    (centre.x(), centre.y()), 1.0, 0.5 if up else -0.5
                )
            else:
                step = self.transform_now.turned_about(
                    (centre.x(), centre.y()), 1.01 if up else 1 / 1.01
                )
            self.nudged.emit(step)
            return
        super().wheelEvent(event)


def clip_container(rect: QRectF) -> QGraphicsRectItem:
    """An invisible rectangle that clips its children: the swipe view's right-hand side."""
    item = QGraphicsRectItem(rect)
    item.setPen(Qt.PenStyle.NoPen)
    item.setBrush(Qt.BrushStyle.NoBrush)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)
    return item
