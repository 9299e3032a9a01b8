"""Dialogs with input never drop what was typed: Esc, Cancel or the window's close button
with unsaved changes asks "Discard" or "Keep Editing" first, and a save that fails (the
diary busy or read-only, a full disk, input refused) keeps the dialog open with what was
entered, saying why (one way, for every such dialog)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from scar_diary.ui import dialogs, problems


class GuardedDialog(QDialog):
    """Subclasses say what their answers are (`answers()`) and call `remember_answers()`
    once the form is filled; closing with other answers asks first. `saves_with` names the
    write that OK does: the dialog closes only once it is done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._initial: object = None
        self._discard_confirmed = False
        self._save: tuple[Callable[[], object], str, str] | None = None

    def answers(self) -> object:
        raise NotImplementedError

    def saves_with(self, save: Callable[[], object], place: str, title: str = "") -> None:
        """`save` runs when the user confirms; `place` names it in the log."""
        self._save = (save, place, title)

    def accept(self) -> None:
        if self._save is not None:
            save, place, title = self._save
            if not problems.attempt(self, place, save, title=title, kept=problems.still_here()):
                return  # still open, with everything entered
        self._discard_confirmed = True
        super().accept()

    def discard_question(self) -> tuple[str, str]:
        """The question and what would be lost, in the dialog's words."""
        return (
            self.tr("Close without saving?"),
            self.tr("What you entered will be lost."),
        )

    def remember_answers(self) -> None:
        self._initial = self.answers()

    @property
    def changed(self) -> bool:
        return not self._discard_confirmed and self.answers() != self._initial

    def reject(self) -> None:
        if not self.changed:
            super().reject()
            return

        def discard() -> None:
            self._discard_confirmed = True
            self.reject()

        question, lost = self.discard_question()
        dialogs.confirm(
            self,
            self.tr("Discard Changes"),
            question,
            informative=lost,
            confirm_text=self.tr("Discard"),
            cancel_text=self.tr("Keep Editing"),
            on_confirm=discard,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.changed:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()
