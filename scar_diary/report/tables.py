"""Tables for the summary whose columns are as wide as their words need: no word is ever
broken inside a cell, in any language. QTextDocument breaks a word that does not fit its
column; so each column gets at least its longest word (and its whole header), and the room
left goes to the columns with the most text."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontMetricsF

FONT_PT = 9
LAYOUT_DPI = 96  # QTextDocument lays out at 96 dpi when it has no paint device of its own
TEXT_WIDTH_PX = 670  # A4 less 15 mm margins each side, the narrower of A4 and Letter
CELL_PADDING_PX = 3 * 2 + 2  # cellpadding on both sides and a border
TABLE = (
    f"<table border='1' cellspacing='0' cellpadding='3' width='100%' "
    f"style='font-size: {FONT_PT}pt'>"
)


@dataclass(frozen=True)
class Column:
    header: str
    align: str = "left"  # "left" or "center"


def _plain(cell_html: str) -> str:
    return html.unescape(re.sub(r"<br\s*/?>", "\n", re.sub(r"<(?!br)[^>]+>", "", cell_html)))


def column_widths(
    columns: Sequence[Column], rows: Sequence[Sequence[str]], font: QFont
) -> list[float]:
    """Each column's share of the table in percent."""
    table_font = QFont(font)
    table_font.setPixelSize(round(FONT_PT * LAYOUT_DPI / 72))
    bold = QFont(table_font)
    bold.setBold(True)
    text, heading = QFontMetricsF(table_font), QFontMetricsF(bold)
    least, most = [], []
    for index, column in enumerate(columns):
        cells = [_plain(row[index]) for row in rows]
        # no-break spaces join what must stay on one line (a date, a score pair)
        words = [w for cell in cells for w in re.split(r"[ \n\t]+", cell) if w]
        longest_word = max((text.horizontalAdvance(w) for w in words), default=0.0)
        header = heading.horizontalAdvance(column.header)
        longest_line = max(
            (text.horizontalAdvance(line) for cell in cells for line in cell.split("\n")),
            default=0.0,
        )
        # a little to spare: the PDF is drawn at a finer resolution than the layout measures
        least.append(max(longest_word, header) * 1.12 + CELL_PADDING_PX + 2)
        most.append(max(longest_line, header) + CELL_PADDING_PX)
    room = TEXT_WIDTH_PX - sum(least)
    if room <= 0:  # no way to avoid a break: share out by need
        return [100 * w / sum(least) for w in least]
    # a column whose header is its widest text (an empty "Note", say) wants nothing more;
    # a negative want would take room away from the others' words
    wants = [max(m - n, 0.0) for m, n in zip(most, least, strict=True)]
    # each column gets its share of the room up to what it wants; room left over after
    # that is spread in proportion by the percentages below
    share = min(1.0, room / (sum(wants) or 1.0))
    widths = [n + share * w for n, w in zip(least, wants, strict=True)]
    return [100 * w / sum(widths) for w in widths]


def table(columns: Sequence[Column], rows: Sequence[Sequence[str]], font: QFont) -> str:
    """The HTML of a table of cells (already escaped HTML), its header never wrapped and
    repeated on each page."""
    widths = column_widths(columns, rows, font)
    header = "".join(
        f"<th width='{width:.1f}%' style='white-space: nowrap'>{html.escape(c.header)}</th>"
        for c, width in zip(columns, widths, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td align='{c.align}'>{cell}</td>" for c, cell in zip(columns, row, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    # <thead>: the header row is printed again on every page the table runs over
    return f"{TABLE}<thead><tr>{header}</tr></thead>{body}</table>"
