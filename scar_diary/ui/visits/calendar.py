"""A month calendar that shows the series: the preparation days, done and booked sessions,
and the window in which the next session may be."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QCalendarWidget, QWidget

from scar_diary.domain.entities import VisitStatus
from scar_diary.domain.protocol import VisitFlag
from scar_diary.domain.status import DiaryStatus

PREP = QColor(120, 190, 120, 90)
WINDOW = QColor(80, 150, 220, 90)
DONE = QColor("#2e7d32")
BOOKED = QColor("#1565c0")
FLAGGED = QColor("#c25e00")
AWAITING = QColor("#c25e00")


@dataclass
class CalendarMarks:
    prep: tuple[dt.date, dt.date] | None = None  # first day, last day
    window: tuple[dt.date, dt.date] | None = None
    done: set[dt.date] = field(default_factory=set)
    booked: dict[dt.date, bool] = field(default_factory=dict)  # day → flagged
    awaiting: set[dt.date] = field(default_factory=set)  # past bookings: did it happen?

    @classmethod
    def of(cls, status: DiaryStatus) -> CalendarMarks:
        marks = cls()
        prep = status.prep
        if prep.started_on and prep.ready_on:
            marks.prep = (prep.started_on, prep.ready_on - dt.timedelta(days=1))
        window = status.next_window
        if window and window.earliest:
            marks.window = (window.earliest, window.latest or window.earliest)
        for c in status.visits:
            if c.awaiting:
                marks.awaiting.add(c.visit.scheduled_on)
            elif c.visit.status is VisitStatus.DONE:
                marks.done.add(c.visit.scheduled_on)
            elif c.visit.status is VisitStatus.BOOKED:
                marks.booked[c.visit.scheduled_on] = c.flag is not VisitFlag.OK
        return marks


def _in(day: dt.date, span: tuple[dt.date, dt.date] | None) -> bool:
    return span is not None and span[0] <= day <= span[1]


class SeriesCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesCalendar")
        self.setAccessibleName(self.tr("Calendar of the series"))
        for name, text in (
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
            ("qt_calendar_calendarview", self.tr("Days of the month")),
        ):
            part = self.findChild(QWidget, name)
            if part is not None:
                part.setAccessibleName(text)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.marks = CalendarMarks()

    def set_marks(self, marks: CalendarMarks) -> None:
        self.marks = marks
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        day = dt.date(date.year(), date.month(), date.day())
        super().paintCell(painter, rect, date)
        # translucent bands over the day, so the number and the selection still show
        if _in(day, self.marks.prep):
            painter.fillRect(rect, PREP)
        if _in(day, self.marks.window):
            painter.fillRect(rect, WINDOW)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = min(rect.width(), rect.height()) * 0.32
        centre = rect.center()
        marker = QRect(
            int(centre.x() - size / 2), int(rect.bottom() - size - 2), int(size), int(size)
        )
        if day in self.marks.done:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DONE)
            painter.drawEllipse(marker)
        elif day in self.marks.booked:
            flagged = self.marks.booked[day]
            painter.setPen(QPen(FLAGGED if flagged else BOOKED, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(marker)
        elif day in self.marks.awaiting:
            # a question mark, not only a colour, says "did it happen?"
            painter.setPen(QPen(AWAITING, 2.0))
            painter.drawText(marker, Qt.AlignmentFlag.AlignCenter, "?")
        painter.restore()
