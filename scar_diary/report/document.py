"""The rendered summary as a QTextDocument, and as a PDF: the same document for preview,
print and "Save as PDF". Text stays real text (the font is embedded), so the PDF can be
searched and copied."""

from __future__ import annotations

import errno
import itertools
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from scar_diary.report.vector_charts import draw_charts_as_vectors, placeholder
from scar_diary.storage.files import replacing

if TYPE_CHECKING:
    from scar_diary.report.render import RenderedReport

PREFERRED_FONTS = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
RESOLUTION = 300
STRIPS_PER_PAGE = 6


def report_font() -> QFont:
    families = set(QFontDatabase.families())
    font = next(
        (QFont(family, 10) for family in PREFERRED_FONTS if family in families),
        QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont),
    )
    # No "fi"/"fl" ligatures: searching and copying the PDF then finds the plain letters.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def page_size(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4)


def make_document(report: RenderedReport) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(report_font())
    document.setDefaultStyleSheet(
        "h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 14px; } "
        "th { background-color: #eeeeee; } table { margin-top: 4px; }"
    )
    for name, image in report.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    for name in report.charts:  # replaced by the vectors below
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), placeholder())
    document.setHtml(report.html)
    draw_charts_as_vectors(document, report.charts)
    return document


FOOTER_INCH = 0.35  # room for the page number under the text


def _layout_dpi() -> float:
    """The resolution QTextDocument lays out at when it has no paint device of its own:
    the primary screen's logical resolution, or 96 without a screen."""
    screen = QGuiApplication.primaryScreen() if QGuiApplication.instance() else None
    return screen.logicalDotsPerInch() if screen is not None else 96.0


def _page_of(y: float, height: float) -> int:
    return int(y // height)


def _break_before(policy: QTextFormat.PageBreakFlag) -> bool:
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _cut_table(document: QTextDocument, page_height: float) -> QTextFrame | None:
    """A table a page break would cut although it fits on one page."""
    layout = document.documentLayout()
    for frame in document.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        cut = _page_of(rect.top(), page_height) != _page_of(rect.bottom() - 1, page_height)
        moved = _break_before(frame.frameFormat().pageBreakPolicy())
        if cut and rect.height() < page_height and not moved:
            return frame
    return None


def _break_after(policy: QTextFormat.PageBreakFlag) -> bool:
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter)


def _cut_row(document: QTextDocument, page_height: float) -> tuple[QTextTable, int] | None:
    """The table and row number of the first row a page break would cut, when the row fits
    on a page: a row is read across, so it must not be split."""
    layout = document.documentLayout()
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for row in range(frame.rows()):
            cells = [frame.cellAt(row, column) for column in range(frame.columns())]
            firsts = [cell.firstCursorPosition().block() for cell in cells]
            top = min(layout.blockBoundingRect(block).top() for block in firsts)
            bottom = max(
                layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom()
                for cell in cells
            )
            cut = _page_of(top, page_height) != _page_of(bottom - 1, page_height)
            handled = _row_ends_page(frame, row - 1) or (
                row <= frame.format().headerRowCount()
                and _break_before(frame.frameFormat().pageBreakPolicy())
            )
            if cut and bottom - top < page_height and not handled:
                return frame, row
    return None


def _row_ends_page(table: QTextTable, row: int) -> bool:
    """Whether a page break follows this row (one set before, to move the next row on)."""
    if row < 0:
        return False
    last = table.cellAt(row, 0).lastCursorPosition().block()
    return _break_after(last.blockFormat().pageBreakPolicy())


def _end_page_after(table: QTextTable, row: int) -> None:
    """A page break after each cell of `row`: the next row starts on the next page, below
    the repeated header. (A break before the next row's cells breaks twice in Qt: the row
    moves down a page, its cells are then not at the page's top, and break again.) One edit,
    so the table is laid out again once, not once per cell."""
    after = QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter
    blocks = [
        table.cellAt(row, column).lastCursorPosition().block() for column in range(table.columns())
    ]
    editing = QTextCursor(blocks[0])
    editing.beginEditBlock()
    for block in blocks:
        block_format = block.blockFormat()
        block_format.setPageBreakPolicy(block_format.pageBreakPolicy() | after)
        cursor = QTextCursor(editing)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(block_format)
    editing.endEditBlock()


def _lonely_heading(
    document: QTextDocument, page_height: float
) -> tuple[QTextBlock, QTextFrame | None] | None:
    """A heading whose following text or table starts on the next page (and that table)."""
    layout = document.documentLayout()
    tables = {f.firstPosition(): f for f in document.rootFrame().childFrames()}
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            table = tables.get(following.position())
            if table is not None:
                top = layout.frameBoundingRect(table).top()
            else:  # where its first line is: a line that does not fit moves down a page
                lines = following.layout()
                first = lines.lineAt(0).y() if lines.lineCount() else 0.0
                top = layout.blockBoundingRect(following).top() + first
            here = _page_of(layout.blockBoundingRect(block).top(), page_height)
            if _page_of(top + 1, page_height) != here and not _break_before(
                block.blockFormat().pageBreakPolicy()
            ):
                return block, table
        block = following
    return None


def keep_together(document: QTextDocument, page_height: float) -> None:
    """Move to the next page a table that a page break would cut (when it fits on one
    page), a heading that would end a page alone, and a table row a break would cut (a
    longer table then runs on, its header repeated). The document must be laid out at its
    page size; each move lays it out again, so the checks run until nothing moves."""
    always_before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    while True:
        # the first problem in reading order: a break there only moves what comes after, so
        # no earlier decision is undone (later ones are judged again on the new layout)
        table = _cut_table(document, page_height)
        lonely = _lonely_heading(document, page_height)
        table_first = table is not None and (
            lonely is None or table.firstPosition() < lonely[0].position()
        )
        if table is not None and table_first:
            frame_format = table.frameFormat()
            frame_format.setPageBreakPolicy(always_before)
            table.setFrameFormat(frame_format)
            continue
        if lonely is None:
            cut = _cut_row(document, page_height)
            if cut is None:
                return
            cut_table, row = cut
            if row <= cut_table.format().headerRowCount():
                # the header or the first row: the whole table starts on the next page
                frame_format = cut_table.frameFormat()
                frame_format.setPageBreakPolicy(always_before)
                cut_table.setFrameFormat(frame_format)
            else:
                _end_page_after(cut_table, row - 1)
            continue
        heading, table = lonely
        block_format = heading.blockFormat()
        block_format.setPageBreakPolicy(always_before)
        QTextCursor(heading).setBlockFormat(block_format)
        if table is not None:  # the heading's break takes the table along: not a second one
            frame_format = table.frameFormat()
            frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            table.setFrameFormat(frame_format)


def busy_spans(document: QTextDocument) -> list[tuple[float, float]]:
    """Where the document's lines of text are (those in table cells too), top to bottom,
    overlapping ones merged: a cut between two strips through a line would draw it twice."""
    layout = document.documentLayout()
    spans: list[tuple[float, float]] = []
    block = document.begin()
    while block.isValid():  # every block, those in table cells included
        lines = block.layout()
        origin = layout.blockBoundingRect(block).top() - lines.boundingRect().top()
        for number in range(lines.lineCount()):
            line = lines.lineAt(number)
            spans.append((origin + line.y(), origin + line.y() + line.height()))
        block = block.next()
    merged: list[tuple[float, float]] = []
    for top, bottom in sorted(spans):
        if merged and top <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
        else:
            merged.append((top, bottom))
    return merged


def strip_cuts(
    busy: list[tuple[float, float]], top: float, bottom: float, parts: int
) -> list[float]:
    """Up to `parts` strips from `top` to `bottom`, each cut moved into the middle of the
    nearest free gap between two busy spans."""
    middles = [(above[1] + below[0]) / 2 for above, below in itertools.pairwise(busy)]
    cuts = [top]
    for part in range(1, parts):
        at = top + part * (bottom - top) / parts
        if any(span_top <= at <= span_bottom for span_top, span_bottom in busy):
            at = min(middles, key=lambda middle: abs(middle - at), default=bottom)
        if cuts[-1] < at < bottom:
            cuts.append(at)
    cuts.append(bottom)
    return cuts


def print_document(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the document out on the device's printable area (its own margins, not
    QTextDocument.print_()'s extra 2 cm) and number the pages at the bottom."""
    dpi = _layout_dpi()
    area = device.pageLayout().paintRect(QPageLayout.Unit.Inch)
    width, height = area.width() * dpi, (area.height() - FOOTER_INCH) * dpi
    document.setPageSize(QSizeF(width, height))
    keep_together(document, height)
    busy = busy_spans(document)
    painter = QPainter(device)
    scale = device.logicalDpiX() / dpi
    painter.scale(scale, scale)
    number_font = QFont(document.defaultFont())
    number_font.setPixelSize(round(9 * dpi / 72))  # 9 pt in the layout's units (scaled below)
    painter.setFont(number_font)
    for index in range(document.pageCount()):
        if index:
            device.newPage()
        painter.save()
        painter.translate(0, -index * height)
        # In strips: each call holds Python's interpreter lock, and the window (drawing
        # on while this runs on a worker) must not wait long for it.
        # The strips are cut where nothing is drawn: a line or a table cut in two would be
        # drawn twice, and its text found twice by search and copy.
        cuts = strip_cuts(busy, index * height, (index + 1) * height, STRIPS_PER_PAGE)
        for top, bottom in itertools.pairwise(cuts):
            document.drawContents(painter, QRectF(0, top, width, bottom - top))
        painter.restore()
        painter.drawText(
            QRectF(0, height, width, FOOTER_INCH * dpi),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            str(index + 1),
        )
    painter.end()


LOW_SPACE_BYTES = 1024 * 1024


class IncompletePdf(OSError):
    """The PDF writer stopped before the end of the file (a full disk, a size limit)."""


def _complete(path: Path) -> bool:
    """A PDF ends with %%EOF; QPdfWriter reports no write errors, so look."""
    size = path.stat().st_size
    if size < 64:
        return False
    with path.open("rb") as handle:
        handle.seek(max(size - 1024, 0))
        return b"%%EOF" in handle.read()


def write_pdf(report: RenderedReport, path: Path, paper: str) -> None:
    """Write the summary to `path` (complete, or not at all: an older file stays)."""
    with replacing(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setTitle("Scar Diary summary")
        writer.setCreator("Scar Diary")
        writer.setPageLayout(
            QPageLayout(
                page_size(paper),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        print_document(make_document(report), writer)
        del writer  # finishes the file
        if not _complete(partial):
            # QPdfWriter does not say why; a disk with hardly any room left is the usual cause
            full = shutil.disk_usage(partial.parent).free < LOW_SPACE_BYTES
            code = errno.ENOSPC if full else errno.EIO
            raise IncompletePdf(code, os.strerror(code), str(path))
