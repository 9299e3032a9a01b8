"""A small face map for the doctor summary: the face seen from the front (and from a side
when scars are pinned there), each scar a numbered pin, as in the summary's scar table.
Drawn on a QImage, so it can be made on a worker."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTransform

from scar_diary.domain.entities import MapView, Scar
from scar_diary.domain.suitability import Response, expected_response
from scar_diary.drawing import face_geometry

PIN = 0.045  # pin radius, as a share of one view's side


def face_image(numbered: list[tuple[int, Scar]], side_px: int = 420) -> QImage:
    """One square per view that has pins (front always), side by side."""
    pinned = {s.map_view for _, s in numbered if s.map_x is not None}
    views = [
        v for v in (MapView.FRONT, MapView.LEFT, MapView.RIGHT) if v in pinned or v is MapView.FRONT
    ]
    image = QImage(side_px * len(views), side_px, QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(int(side_px * 0.05), 8))
    font.setBold(True)
    painter.setFont(font)
    for index, view in enumerate(views):
        to_image = QTransform(side_px, 0, 0, side_px, index * side_px, 0)
        painter.setPen(QPen(QColor("#555555"), max(side_px / 200, 1.0)))
        painter.setBrush(QColor("#f3dfd2"))
        painter.drawPath(to_image.map(face_geometry.face_outline(view)))
        painter.setPen(QPen(QColor("#bbbbbb"), max(side_px / 400, 0.5), Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for _region, path in face_geometry.regions(view):
            painter.drawPath(to_image.map(path))
        radius = PIN * side_px
        for number, scar in numbered:
            if scar.map_view is not view or scar.map_x is None or scar.map_y is None:
                continue
            centre = QPointF(index * side_px + scar.map_x * side_px, scar.map_y * side_px)
            poor = expected_response(scar.scar_type) is Response.POOR
            painter.setPen(QPen(QColor("white"), max(side_px / 300, 1.0)))
            painter.setBrush(QColor("#8a8a8a") if poor else QColor("#c0392b"))
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            if poor:  # a square, as on the screen: not only grey
                painter.drawRoundedRect(box, radius / 3, radius / 3)
            else:
                painter.drawEllipse(box)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()
    return image
