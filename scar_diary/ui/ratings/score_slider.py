"""A 0–10 slider that starts *not rated* (no handle, no number), so an answer is never
anchored on a value the app chose. Clicking the groove, or the number keys, give it a
value: press 7 for 7, 0 for 0, and + for 10; Delete clears it again."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QWidget

from scar_diary.domain import limits
from scar_diary.ui.theme import control_outline

_MIDDLE = (limits.SCORE.low + limits.SCORE.high) // 2
_MOVE_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class ScoreSlider(QSlider):
    score_changed = Signal()  # the score was set, changed or cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(limits.SCORE.low, limits.SCORE.high)
        self.setPageStep(2)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setTickInterval(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(200)
        self._rated = False
        self.setValue(_MIDDLE)
        self.valueChanged.connect(lambda _v: self.score_changed.emit())

    @property
    def rated(self) -> bool:
        return self._rated

    def score(self) -> int | None:
        return self.value() if self._rated else None

    def set_score(self, value: int | None) -> None:
        if value is None:
            self.clear_score()
            return
        self._rated = True
        self.setValue(value)
        self.score_changed.emit()
        self.update()

    def clear_score(self) -> None:
        self._rated = False
        self.blockSignals(True)
        self.setValue(_MIDDLE)
        self.blockSignals(False)
        self.score_changed.emit()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._rated:
            super().paintEvent(event)
        else:  # groove and ticks only: no handle where nothing was chosen
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            option.subControls = (
                QStyle.SubControl.SC_SliderGroove | QStyle.SubControl.SC_SliderTickmarks
            )
            # no filled part either (some styles fill the groove up to the value)
            option.sliderPosition = option.sliderValue = option.minimum
            painter = QPainter(self)
            self.style().drawComplexControl(QStyle.ComplexControl.CC_Slider, option, painter, self)
            # the empty scale outlined, so it shows in dark palettes too (3:1 at least)
            groove = self.style().subControlRect(
                QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
            )
            painter.setPen(QPen(control_outline(self.palette()), 1.0))
            painter.drawRoundedRect(QRectF(groove).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
            painter.end()
        if self.hasFocus():  # every style shows where the keyboard is
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._rated and event.button() is Qt.MouseButton.LeftButton:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            groove = self.style().subControlRect(
                QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
            )
            handle = self.style().subControlRect(
                QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
            )
            span = max(groove.width() - handle.width(), 1)
            offset = int(event.position().x()) - groove.x() - handle.width() // 2
            value = QStyle.sliderValueFromPosition(
                self.minimum(), self.maximum(), max(0, min(offset, span)), span
            )
            self.set_score(value)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        key = event.key()
        if text.isdigit() and len(text) == 1:
            self.set_score(int(text))
        elif text == "+":
            self.set_score(limits.SCORE.high)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_score()
        elif key is Qt.Key.Key_Home:
            self.set_score(limits.SCORE.low)
        elif key is Qt.Key.Key_End:
            self.set_score(limits.SCORE.high)
        elif not self._rated and key in _MOVE_KEYS:
            self.set_score(self.value())  # the first arrow shows the handle where it is
        else:
            super().keyPressEvent(event)
