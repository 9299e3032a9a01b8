"""Charts drawn as vectors wherever the summary is drawn (the PDF, the printer, the preview):
each chart's place in the document (an image of its name, at its size) becomes a text object
that QtSvg renders with the painter of the moment. In a PDF its lines stay paths and its
text stays text (found by a search, sharp at any zoom); no picture of it is made."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

SVG_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
_NAME = int(QTextFormat.Property.UserProperty) + 1
_SIZE = int(QTextFormat.Property.UserProperty) + 2


class _SvgCharts(QPyTextObject):
    """Draws the document's charts; one parsed renderer per chart, kept with the document.
    (QPyTextObject is PySide's QObject that Qt knows as a QTextObjectInterface: a Python
    class deriving from both would not be found by the layout.)"""

    def __init__(self, document: QTextDocument, charts: dict[str, bytes]) -> None:
        super().__init__(document)
        self.renderers = {name: QSvgRenderer(QByteArray(data)) for name, data in charts.items()}

    def intrinsicSize(self, doc: QTextDocument, position: int, format: QTextFormat) -> QSizeF:
        size = format.property(_SIZE)
        return size if isinstance(size, QSizeF) else QSizeF()

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        position: int,
        format: QTextFormat,
    ) -> None:
        renderer = self.renderers.get(str(format.property(_NAME)))
        if renderer is not None:
            renderer.render(painter, QRectF(rect))


def draw_charts_as_vectors(document: QTextDocument, charts: dict[str, bytes]) -> None:
    """Put each chart's SVG where the document has its image. Call after `setHtml`."""
    if not charts:
        return
    handler = _SvgCharts(document, charts)
    document.documentLayout().registerHandler(SVG_OBJECT, handler)
    places: list[tuple[int, str, QSizeF]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            image = fragment.charFormat().toImageFormat()
            if image.isValid() and image.name() in charts:
                places.append(
                    (fragment.position(), image.name(), QSizeF(image.width(), image.height()))
                )
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, name, size in places:
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        chart = QTextCharFormat()
        chart.setObjectType(SVG_OBJECT)
        chart.setProperty(_NAME, name)
        chart.setProperty(_SIZE, size)
        cursor.insertText("\ufffc", chart)


def placeholder() -> QImage:
    """The image resource a chart's name points to until it is replaced (never drawn)."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image
