"""The face drawings and their regions, in normalized coordinates (0–1 both ways).

Front view: as in a mirror, the patient's own left cheek is on the left of the drawing.
Side views: as a photo taken from that side, with the nose pointing to the left for the left
side and to the right for the right side.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF, QTransform

from scar_diary.domain.entities import FaceRegion, MapView


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(cx - rx, cy - ry, 2 * rx, 2 * ry))
    return path


def _polygon(*points: tuple[float, float]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def face_outline(view: MapView) -> QPainterPath:
    if view is MapView.FRONT:
        path = QPainterPath(QPointF(0.5, 0.03))
        path.cubicTo(0.82, 0.03, 0.88, 0.30, 0.86, 0.50)
        path.cubicTo(0.84, 0.72, 0.70, 0.93, 0.5, 0.97)
        path.cubicTo(0.30, 0.93, 0.16, 0.72, 0.14, 0.50)
        path.cubicTo(0.12, 0.30, 0.18, 0.03, 0.5, 0.03)
        return path
    # A profile facing left (nose at x≈0.12); the right side is mirrored.
    path = QPainterPath(QPointF(0.55, 0.03))
    path.cubicTo(0.30, 0.03, 0.22, 0.15, 0.22, 0.30)  # forehead
    path.lineTo(0.21, 0.36)
    path.lineTo(0.12, 0.52)  # nose tip
    path.lineTo(0.21, 0.57)
    path.lineTo(0.20, 0.64)  # upper lip
    path.lineTo(0.23, 0.70)
    path.lineTo(0.21, 0.76)
    path.cubicTo(0.20, 0.86, 0.26, 0.93, 0.36, 0.93)  # chin
    path.cubicTo(0.50, 0.92, 0.62, 0.84, 0.70, 0.72)  # jawline
    path.lineTo(0.74, 0.60)
    path.cubicTo(0.90, 0.52, 0.88, 0.10, 0.55, 0.03)  # back of the head
    return path if view is MapView.LEFT else mirrored(path)


def mirrored(path: QPainterPath) -> QPainterPath:
    return QTransform(-1, 0, 0, 1, 1, 0).map(path)


def _front_regions() -> list[tuple[FaceRegion, QPainterPath]]:
    return [
        (FaceRegion.FOREHEAD, _polygon((0.24, 0.08), (0.76, 0.08), (0.80, 0.30), (0.20, 0.30))),
        (FaceRegion.LEFT_TEMPLE, _polygon((0.13, 0.22), (0.24, 0.22), (0.26, 0.40), (0.13, 0.40))),
        (FaceRegion.RIGHT_TEMPLE, _polygon((0.76, 0.22), (0.87, 0.22), (0.87, 0.40), (0.74, 0.40))),
        (FaceRegion.NOSE, _polygon((0.44, 0.36), (0.56, 0.36), (0.60, 0.60), (0.40, 0.60))),
        (FaceRegion.LEFT_CHEEK, _polygon((0.15, 0.42), (0.40, 0.42), (0.40, 0.68), (0.18, 0.68))),
        (FaceRegion.RIGHT_CHEEK, _polygon((0.60, 0.42), (0.85, 0.42), (0.82, 0.68), (0.60, 0.68))),
        (FaceRegion.UPPER_LIP, _polygon((0.38, 0.61), (0.62, 0.61), (0.62, 0.70), (0.38, 0.70))),
        (FaceRegion.CHIN, _polygon((0.36, 0.80), (0.64, 0.80), (0.60, 0.97), (0.40, 0.97))),
        (
            FaceRegion.LEFT_JAWLINE,
            _polygon((0.16, 0.68), (0.38, 0.70), (0.36, 0.82), (0.26, 0.86)),
        ),
        (
            FaceRegion.RIGHT_JAWLINE,
            _polygon((0.62, 0.70), (0.84, 0.68), (0.74, 0.86), (0.64, 0.82)),
        ),
    ]


def _left_regions() -> list[tuple[FaceRegion, QPainterPath]]:
    return [
        (FaceRegion.FOREHEAD, _polygon((0.22, 0.08), (0.55, 0.05), (0.50, 0.28), (0.22, 0.30))),
        (FaceRegion.LEFT_TEMPLE, _polygon((0.50, 0.20), (0.70, 0.20), (0.68, 0.40), (0.50, 0.40))),
        (FaceRegion.NOSE, _polygon((0.21, 0.36), (0.30, 0.36), (0.30, 0.57), (0.12, 0.52))),
        (FaceRegion.LEFT_CHEEK, _polygon((0.30, 0.40), (0.62, 0.40), (0.62, 0.66), (0.30, 0.66))),
        (FaceRegion.UPPER_LIP, _polygon((0.20, 0.58), (0.30, 0.58), (0.30, 0.70), (0.20, 0.70))),
        (FaceRegion.CHIN, _polygon((0.20, 0.76), (0.36, 0.76), (0.38, 0.93), (0.22, 0.90))),
        (FaceRegion.LEFT_JAWLINE, _polygon((0.36, 0.68), (0.72, 0.62), (0.64, 0.80), (0.40, 0.90))),
    ]


_LEFT_TO_RIGHT = {
    FaceRegion.LEFT_TEMPLE: FaceRegion.RIGHT_TEMPLE,
    FaceRegion.LEFT_CHEEK: FaceRegion.RIGHT_CHEEK,
    FaceRegion.LEFT_JAWLINE: FaceRegion.RIGHT_JAWLINE,
}


def regions(view: MapView) -> list[tuple[FaceRegion, QPainterPath]]:
    if view is MapView.FRONT:
        return _front_regions()
    left = _left_regions()
    if view is MapView.LEFT:
        return left
    return [(_LEFT_TO_RIGHT.get(region, region), mirrored(path)) for region, path in left]


def region_at(view: MapView, x: float, y: float) -> FaceRegion:
    for region, path in regions(view):
        if path.contains(QPointF(x, y)):
            return region
    return FaceRegion.OTHER
