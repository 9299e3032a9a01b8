"""Add or edit a scar: name, where it is, what type (with drawings), notes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain.entities import FaceRegion, Scar, ScarType
from scar_diary.domain.suitability import Response, expected_response
from scar_diary.ui.guarded_dialog import GuardedDialog
from scar_diary.ui.scars.type_drawings import type_icon
from scar_diary.ui.theme import tone_color
from scar_diary.wording.scars import (
    region_name,
    region_note,
    response_note,
    type_description,
    type_name,
)
from scar_diary.wording.tone import Tone


@dataclass(frozen=True)
class ScarForm:
    label: str
    region: FaceRegion
    scar_type: ScarType
    notes: str


class ScarDialog(GuardedDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        scar: Scar | None = None,
        region: FaceRegion = FaceRegion.OTHER,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scarDialog")
        self.setWindowTitle(self.tr("Edit Scar") if scar else self.tr("Add a Scar"))
        self.setMinimumWidth(700)

        self.label_edit = QLineEdit(scar.label if scar else "", self)
        self.label_edit.setPlaceholderText(self.tr("e.g. Left cheek, near the nose"))
        self.region_combo = QComboBox(self)
        for place in FaceRegion:
            self.region_combo.addItem(region_name(place), place.value)
        self.region_combo.setCurrentIndex(
            self.region_combo.findData((scar.region if scar else region).value)
        )

        self.type_list = QListWidget(self)
        self.type_list.setObjectName("scarTypes")
        self.type_list.setIconSize(QSize(96, 48))
        self.type_list.setSpacing(2)
        self.type_list.setWordWrap(True)
        for value in ScarType:
            item = QListWidgetItem(
                type_icon(value), f"{type_name(value)}\n{type_description(value)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, value.value)
            item.setToolTip(type_description(value))
            self.type_list.addItem(item)
        # tall enough for all seven types, so the advice below never covers the last one
        rows = self.type_list.count()
        self.type_list.setFixedHeight(
            rows * (self.type_list.sizeHintForRow(0) + 2 * self.type_list.spacing())
            + 2 * self.type_list.frameWidth()
            + 14
        )
        self.type_list.setCurrentRow(list(ScarType).index(scar.scar_type) if scar else 0)

        self.advice = QLabel(self)
        self.advice.setObjectName("typeAdvice")
        self.advice.setWordWrap(True)
        self.notes_edit = QPlainTextEdit(scar.notes if scar else "", self)
        self.notes_edit.setPlaceholderText(self.tr("Anything you or your doctor noticed"))
        self.notes_edit.setFixedHeight(64)
        self.notes_edit.setTabChangesFocus(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.label_edit)
        form.addRow(self.tr("&Where:"), self.region_combo)
        form.addRow(self.tr("&Type:"), self.type_list)
        form.addRow("", self.advice)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.adjustSize()

        self.type_list.currentRowChanged.connect(self._update_advice)
        self.region_combo.currentIndexChanged.connect(self._update_advice)
        self.label_edit.textChanged.connect(self._update_save)
        self._update_advice()
        self._update_save()
        self.remember_answers()

    def answers(self) -> tuple[str, object, object, str]:
        chosen = self.type_list.currentItem()
        return (
            self.label_edit.text(),
            self.region_combo.currentData(),
            chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None,
            self.notes_edit.toPlainText(),
        )

    def discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Close without saving this scar?"),
            self.tr("The name, place, type and notes you entered will be lost."),
        )

    def form(self) -> ScarForm:
        return ScarForm(
            self.label_edit.text().strip(),
            FaceRegion(self.region_combo.currentData()),
            ScarType(self.type_list.currentItem().data(Qt.ItemDataRole.UserRole)),
            self.notes_edit.toPlainText().strip(),
        )

    def select_type(self, scar_type: ScarType) -> None:
        self.type_list.setCurrentRow(list(ScarType).index(scar_type))

    def _update_advice(self) -> None:
        item = self.type_list.currentItem()
        if item is None:
            return
        scar_type = ScarType(item.data(Qt.ItemDataRole.UserRole))
        note = response_note(scar_type)
        region = FaceRegion(self.region_combo.currentData())
        extra = region_note(region)
        self.advice.setText(" ".join(t for t in (note, extra) if t))
        poor = expected_response(scar_type) is Response.POOR
        color = tone_color(Tone.WARN if poor else Tone.GOOD).name()
        self.advice.setStyleSheet(f"color: {color};")

    def _update_save(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.label_edit.text().strip())
        )
