"""A spin box whose unit agrees with its number ("1 day", "2 days"; "1 dag", "2 dagen"):
the singular and plural suffixes are two translated texts, as everywhere in the app."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget


class CountSpin(QSpinBox):
    def __init__(
        self, low: int, high: int, one: str, many: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._one, self._many = one, many
        self.setRange(low, high)
        self.valueChanged.connect(self._agree)
        self._agree(self.value())

    def _agree(self, value: int) -> None:
        self.setSuffix(self._one if value == 1 else self._many)
