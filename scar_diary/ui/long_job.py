"""A long data-safety job (opening and updating a diary, import, export, restore, a backup,
moving the backups, CSV export) on the background helper, with a progress dialog: the window
keeps painting and answering while the job runs, and the user sees how far it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from scar_diary.ui.tasks import Lane, TaskRunner

Report = Callable[[int, int], None]  # steps done, steps in all (0 in all: not known)
SHOW_AFTER_MS = 400  # quick jobs finish before a dialog would flash up


class _Progress(QObject):
    """Made on the GUI thread; workers emit, the dialog hears it there (queued)."""

    moved = Signal(int, int)


class LongJob(QObject):
    finished = Signal(bool)  # True when the job succeeded

    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        title: str,
        label: str,
        work: Callable[[Report], Any],
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], object],
        *,
        show_dialog: bool = True,
    ) -> None:
        from PySide6.QtCore import Qt  # not at import: its namespace costs ~13 ms

        super().__init__(parent)
        self._runner = runner
        self._work, self._on_done, self._on_error = work, on_done, on_error
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            dialog = QProgressDialog(label, "", 0, 0, parent)
            dialog.setObjectName("longJob")
            dialog.setWindowTitle(title)
            dialog.setCancelButton(None)  # data-safety jobs finish or fail; they never half-stop
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(SHOW_AFTER_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            self.dialog = dialog
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)  # emitted on a worker: queued here

    def start(self) -> LongJob:
        report = self._progress.moved.emit
        self._runner.run(lambda: self._work(report), self._done, self._failed, lane=Lane.DIARY)
        return self

    def _moved(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, result: Any) -> None:
        self._close()
        self._on_done(result)
        self.finished.emit(True)
        self.deleteLater()

    def _failed(self, error: BaseException) -> None:
        self._close()
        self._on_error(error)
        self.finished.emit(False)
        self.deleteLater()
