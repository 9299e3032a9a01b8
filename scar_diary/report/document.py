"""The rendered summary as a QTextDocument, and as a PDF: the same document for preview,
print and "Save as PDF". Text stays real text (the font is embedded), so the PDF can be
searched and copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from scar_diary.report.render import RenderedReport

PREFERRED_FONTS = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
RESOLUTION = 300


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
    document.setHtml(report.html)
    return document


def print_document(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """QTextDocument paginates for the device and numbers the pages at the bottom."""
    document.print_(device)


def write_pdf(report: RenderedReport, path: Path, paper: str) -> None:
    partial = path.with_name(path.name + ".partial")
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
    partial.replace(path)
