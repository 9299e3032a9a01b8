"""The face map: click to add a scar, drag a pin to move it, hover for its name, click to open
it, drop photos on a pin to import them for that scar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from scar_diary.domain.entities import FaceRegion, MapView, Scar, scar_numbers
from scar_diary.domain.suitability import Response, expected_response
from scar_diary.drawing import face_geometry
from scar_diary.ui.labels import plain_tooltip
from scar_diary.ui.theme import is_dark
from scar_diary.wording.scars import region_name, type_name, view_name

PIN_RADIUS = 9.0
DRAG_THRESHOLD = 4.0


@dataclass
class _Drag:
    scar_id: int
    start: QPointF
    moved: bool = False


class FaceMap(QWidget):
    scar_selected = Signal(int)
    scar_activated = Signal(int)  # Enter on the selected pin: edit it
    add_requested = Signal(str, float, float, str)  # view, x, y, region
    scar_moved = Signal(int, str, float, float)  # scar id, view, x, y
    photos_dropped = Signal(int, list)  # scar id, [Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faceMap")
        self.setMinimumSize(260, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Face map"))
        self.setAccessibleDescription(
            self.tr("Arrow keys move from scar to scar; Enter edits the selected one.")
        )
        self.view = MapView.FRONT
        self.scars: list[Scar] = []
        self.numbers: dict[int, int] = {}  # each scar's own number (domain.scar_numbers)
        self.selected_id: int | None = None
        self._drag: _Drag | None = None
        self._drag_pos: QPointF | None = None

    # --- data --------------------------------------------------------------------------
    def set_view(self, view: MapView) -> None:
        self.view = view
        self.update()

    def set_scars(self, scars: list[Scar]) -> None:
        self.numbers = scar_numbers(scars)  # all of them: archived scars keep their numbers
        self.scars = [s for s in scars if not s.archived]
        self._describe_selection()
        self.update()

    def select(self, scar_id: int | None) -> None:
        self.selected_id = scar_id
        self._describe_selection()
        self.update()

    def _describe_selection(self) -> None:
        """Screen readers hear which scar is selected, and where, not only a red dot."""
        pins = self._pins()
        chosen = next((s for s in pins if s.id == self.selected_id), None)
        if chosen is None:
            text = self.tr("{count} scars on this view; none selected.").format(count=len(pins))
            elsewhere = self.elsewhere_text()
            if elsewhere:
                text += " " + elsewhere
        else:
            text = self.tr("Scar {number} of {count}: {label}, {type}, {region}.").format(
                number=self.numbers.get(chosen.id, 0),
                count=len(self.numbers),
                label=chosen.label,
                type=type_name(chosen.scar_type),
                region=region_name(chosen.region),
            )
            if expected_response(chosen.scar_type) is Response.POOR:
                text += " " + self.tr("This type rarely responds.")
        self.setAccessibleDescription(text)
        self.setToolTip(plain_tooltip(text) if chosen is not None else "")

    def elsewhere_text(self) -> str:
        """How many scars are on the other views, so none seems lost ("2 on the front")."""
        counts = {
            view: sum(1 for s in self.scars if s.map_view is view and s.map_x is not None)
            for view in MapView
            if view is not self.view
        }
        parts = [
            (self.tr("1 on the {view}") if n == 1 else self.tr("{n} on the {view}")).format(
                n=n, view=view_name(view).lower()
            )
            for view, n in counts.items()
            if n
        ]
        return self.tr("Also: {parts}.").format(parts=", ".join(parts)) if parts else ""

    # --- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys go to the nearest pin that way; Home/End to the first and last;
        Enter edits the selected scar."""
        key = event.key()
        pins = self._pins()
        directions = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in directions and pins:
            target = self._nearest(pins, *directions[Qt.Key(key)])
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and pins:
            target = pins[0] if key == Qt.Key.Key_Home else pins[-1]
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.scar_activated.emit(self.selected_id)
            return
        else:
            super().keyPressEvent(event)
            return
        if target is not None and target.id != self.selected_id:
            self.select(target.id)
            self.scar_selected.emit(target.id)

    def _nearest(self, pins: list[Scar], dx: int, dy: int) -> Scar | None:
        current = next((s for s in pins if s.id == self.selected_id), None)
        if current is None:
            return pins[0]
        here = self.pin_position(current)

        def ahead(scar: Scar) -> float | None:
            there = self.pin_position(scar) - here
            along = there.x() * dx + there.y() * dy
            if scar.id == current.id or along <= 0:
                return None
            across = abs(there.x() * dy) + abs(there.y() * dx)
            return along + 2 * across  # straight ahead is nearer than off to the side

        scored = [(d, s) for s in pins if (d := ahead(s)) is not None]
        return min(scored, key=lambda pair: pair[0])[1] if scored else None

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.selected_id is None and self._pins():
            self.select(self._pins()[0].id)
            self.scar_selected.emit(self._pins()[0].id)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- geometry ----------------------------------------------------------------------
    def _box(self) -> QRectF:
        """The drawing's square area, centred, with a margin for pins and labels."""
        side = min(self.width(), self.height() - 20) - 24
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_widget(self) -> QTransform:
        box = self._box()
        return QTransform(box.width(), 0, 0, box.height(), box.left(), box.top())

    def to_normalized(self, point: QPointF) -> tuple[float, float]:
        box = self._box()
        return ((point.x() - box.left()) / box.width(), (point.y() - box.top()) / box.height())

    def pin_position(self, scar: Scar) -> QPointF:
        box = self._box()
        return QPointF(
            box.left() + (scar.map_x or 0) * box.width(),
            box.top() + (scar.map_y or 0) * box.height(),
        )

    def _pins(self) -> list[Scar]:
        return [s for s in self.scars if s.map_view is self.view and s.map_x is not None]

    def scar_at(self, point: QPointF) -> Scar | None:
        for scar in reversed(self._pins()):
            delta = self.pin_position(scar) - point
            if (delta.x() ** 2 + delta.y() ** 2) ** 0.5 <= PIN_RADIUS + 3:
                return scar
        return None

    # --- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        dark = is_dark(palette)
        to_widget = self._to_widget()
        skin = QColor("#5b4a42" if dark else "#f3dfd2")
        line = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(line, 1.6))
        painter.setBrush(skin)
        outline = to_widget.map(face_geometry.face_outline(self.view))
        painter.drawPath(outline)
        painter.save()
        painter.setClipPath(outline)  # regions end where the face does

        region_pen = QPen(line, 0.8, Qt.PenStyle.DotLine)
        label_font = QFont(self.font())
        label_font.setPointSizeF(max(label_font.pointSizeF() * 0.8, 6.5))
        painter.setFont(label_font)
        for region, path in face_geometry.regions(self.view):
            mapped = to_widget.map(path)
            tint = QColor("#7fb3d5") if region.is_cheek else QColor(line)
            tint.setAlpha(40 if region.is_cheek else 12)
            painter.setPen(region_pen)
            painter.setBrush(tint)
            painter.drawPath(mapped)
            painter.setPen(QColor(line.red(), line.green(), line.blue(), 150))
            name = _short_region_name(region)
            box = mapped.boundingRect()
            if painter.fontMetrics().horizontalAdvance(name) < box.width() * 0.95:
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)  # only where it fits
        painter.restore()
        painter.setPen(QColor(line.red(), line.green(), line.blue(), 160))
        if self.view is MapView.FRONT:
            painter.drawText(
                self.rect().adjusted(4, 0, -4, -4),
                Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                self.tr("As in a mirror: your left is on the left."),
            )
        elsewhere = self.elsewhere_text()
        if elsewhere:  # a side view with no pins must not look like a diary without scars
            painter.drawText(
                self.rect().adjusted(4, 4, -4, 0),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
                elsewhere,
            )

        for scar in self._pins():
            number = self.numbers.get(scar.id, 0)
            centre = (
                self._drag_pos
                if self._drag and self._drag.scar_id == scar.id and self._drag_pos
                else self.pin_position(scar)
            )
            poor = expected_response(scar.scar_type) is Response.POOR
            fill = QColor("#8a8a8a") if poor else QColor("#c0392b")
            selected = scar.id == self.selected_id
            painter.setPen(
                QPen(
                    palette.color(QPalette.ColorRole.Highlight) if selected else QColor("white"),
                    3.0 if selected else 1.5,
                )
            )
            painter.setBrush(fill)
            if poor:  # a square, not only grey: the shape says it too
                painter.drawRoundedRect(
                    QRectF(
                        centre.x() - PIN_RADIUS,
                        centre.y() - PIN_RADIUS,
                        2 * PIN_RADIUS,
                        2 * PIN_RADIUS,
                    ),
                    3,
                    3,
                )
            else:
                painter.drawEllipse(centre, PIN_RADIUS, PIN_RADIUS)
            if selected and self.hasFocus():  # the keyboard's place, clearly
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(
                    QPen(palette.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
                )
                painter.drawEllipse(centre, PIN_RADIUS + 5, PIN_RADIUS + 5)
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(
                    centre.x() - PIN_RADIUS, centre.y() - PIN_RADIUS, 2 * PIN_RADIUS, 2 * PIN_RADIUS
                ),
                Qt.AlignmentFlag.AlignCenter,
                str(number),
            )
        if self.hasFocus() and not self._pins():
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    # --- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is not Qt.MouseButton.LeftButton:
            return
        scar = self.scar_at(event.position())
        if scar is not None:
            self._drag = _Drag(scar.id, event.position())
            self.select(scar.id)
            self.scar_selected.emit(scar.id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            delta = event.position() - self._drag.start
            if self._drag.moved or abs(delta.x()) + abs(delta.y()) > DRAG_THRESHOLD:
                self._drag.moved = True
                self._drag_pos = self._clamped(event.position())
                self.update()
            return
        scar = self.scar_at(event.position())
        if scar is not None:
            QToolTip.showText(event.globalPosition().toPoint(), plain_tooltip(scar.label), self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            QToolTip.hideText()
            self.setCursor(Qt.CursorShape.CrossCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is not Qt.MouseButton.LeftButton:
            return
        drag, self._drag, self._drag_pos = self._drag, None, None
        if drag is not None:
            if drag.moved:
                x, y = self.to_normalized(self._clamped(event.position()))
                self.scar_moved.emit(drag.scar_id, self.view.value, x, y)
            self.update()
            return
        x, y = self.to_normalized(event.position())
        if 0 <= x <= 1 and 0 <= y <= 1:
            region = face_geometry.region_at(self.view, x, y)
            self.add_requested.emit(self.view.value, x, y, region.value)

    def _clamped(self, point: QPointF) -> QPointF:
        box = self._box()
        return QPointF(
            min(max(point.x(), box.left()), box.right()),
            min(max(point.y(), box.top()), box.bottom()),
        )

    # --- drops -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls() and self.scar_at(event.position()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        scar = self.scar_at(event.position())
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if scar is not None and paths:
            event.acceptProposedAction()
            self.photos_dropped.emit(scar.id, paths)


def _short_region_name(region: FaceRegion) -> str:
    return region_name(region, short=True)
