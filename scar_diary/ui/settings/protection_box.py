"""Settings → Passphrase: protect the diary (off by default), change the passphrase, remove
the protection, and after how many idle minutes the window locks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from scar_diary.ui.count_spin import CountSpin
from scar_diary.ui.enabling import set_enabled
from scar_diary.wording import protection as words

MAX_IDLE_MINUTES = 240


class ProtectionBox(QGroupBox):
    turn_on_requested = Signal()
    turn_off_requested = Signal()
    change_requested = Signal()
    lock_requested = Signal()
    idle_minutes_changed = Signal(int)
    lock_when_minimised_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Passphrase"), parent)
        self.setObjectName("protectionBox")
        explanation = QLabel(words.explanation(), self)
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.protect = QCheckBox(self.tr("&Protect this diary with a passphrase"), self)
        self.protect.setObjectName("protectDiary")
        self.change = QPushButton(self.tr("C&hange Passphrase…"), self)
        self.change.setObjectName("changePassphrase")
        self.lock_now = QPushButton(self.tr("&Lock Now"), self)
        self.lock_now.setObjectName("lockNow")
        self.idle_minutes = CountSpin(
            0, MAX_IDLE_MINUTES, self.tr(" minute"), self.tr(" minutes"), self
        )
        self.idle_minutes.setObjectName("lockMinutes")
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.when_minimised = QCheckBox(self.tr("Lock also when the window is &minimised"), self)
        self.when_minimised.setObjectName("lockWhenMinimised")
        self.sample_note = QLabel(
            self.tr("The sample diary is made up, so it cannot be protected."), self
        )
        self.sample_note.setWordWrap(True)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(explanation)
        form.addRow(self.protect)
        form.addRow(self.sample_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change)
        buttons.addWidget(self.lock_now)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.tr("Lock when not used for:"), self.idle_minutes)
        form.addRow(self.when_minimised)
        desktop_note = QLabel(
            self.tr("It also locks when your screen locks or the computer goes to sleep."), self
        )
        desktop_note.setWordWrap(True)
        form.addRow(desktop_note)

        self.protect.clicked.connect(self._clicked)
        self.change.clicked.connect(self.change_requested)
        self.lock_now.clicked.connect(self.lock_requested)
        self.idle_minutes.valueChanged.connect(self.idle_minutes_changed)
        self.when_minimised.toggled.connect(self.lock_when_minimised_changed)

    def show_state(
        self, *, protected: bool, sample: bool, idle_minutes: int, when_minimised: bool = False
    ) -> None:
        self.protect.setChecked(protected)
        set_enabled(self.protect, not sample, self.tr("The sample diary cannot be protected."))
        self.sample_note.setVisible(sample)
        for widget in (self.change, self.lock_now, self.idle_minutes, self.when_minimised):
            set_enabled(widget, protected, self.tr("Only for a diary protected with a passphrase."))
        for widget in (self.idle_minutes, self.when_minimised):
            widget.blockSignals(True)
        self.idle_minutes.setValue(idle_minutes)
        self.when_minimised.setChecked(when_minimised)
        for widget in (self.idle_minutes, self.when_minimised):
            widget.blockSignals(False)

    def _clicked(self, checked: bool) -> None:
        # The box shows what the diary is, not the click: it changes once the work is done.
        self.protect.setChecked(not checked)
        (self.turn_on_requested if checked else self.turn_off_requested).emit()
