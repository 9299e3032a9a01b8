"""Importing photos from the GUI: files are read, checked and stored on the image workers;
the finished ones are recorded in the diary in batches on the diary lane (one write at a time,
in order), so the window never waits for the disk. A progress dialog counts, Cancel stops what
has not started, and a summary names every refused file and why."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog, QWidget

from scar_diary.services.diary import Diary
from scar_diary.services.photo_import import PreparedPhoto, Rejected
from scar_diary.services.photos import ImportSummary
from scar_diary.ui import dialogs
from scar_diary.ui.tasks import Lane, TaskRunner
from scar_diary.wording.error_messages import write_error_message

BATCH_MS = 150  # how often photos ready on the workers are recorded
BATCH_SIZE = 32  # at most this many per write (one transaction, one sync to the disk)


class PhotoImport(QObject):
    finished = Signal(object)  # ImportSummary

    def __init__(
        self, parent: QWidget, diary: Diary, runner: TaskRunner, scar_id: int, files: list[Path]
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self.diary, self.runner, self.scar_id = diary, runner, scar_id
        self.files = files
        self.summary = ImportSummary()
        self._done = 0
        self._cancel = threading.Event()
        self.progress = QProgressDialog(
            self.tr("Importing photos…"), self.tr("Cancel"), 0, len(files), parent
        )
        self.progress.setObjectName("importProgress")
        self.progress.setWindowTitle(self.tr("Import Photos"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)  # quick imports finish before it shows
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._finished = False
        self._writing = False  # a batch is being recorded on the diary lane
        self._quiet = False  # no summary at the end: the window is closing
        self._ready: list[PreparedPhoto | Rejected | None] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)

        self._flush_timer.timeout.connect(self._record_ready)

    def start(self) -> None:
        self.progress.setValue(0)
        for source in self.files:
            self.runner.run(
                partial(self._prepare, source),
                self._prepared,
                partial(self._failed, source),
                lane=Lane.IMAGES,
            )
        if not self.files:
            self._finish()

    def _prepare(self, source: Path) -> PreparedPhoto | Rejected | None:
        """On a worker. After Cancel, files not yet started are skipped (None)."""
        return None if self._cancel.is_set() else self.diary.photos.prepare(source)

    def cancel(self, *, quietly: bool = False) -> None:
        """Files already being read are finished and recorded, so nothing is left half-done;
        the others are skipped. The summary shows once every file is accounted for (not
        `quietly`: the window is closing)."""
        if self._finished:
            return  # closing the finished progress dialog also reports "canceled"
        self._quiet = self._quiet or quietly
        self._cancel.set()
        self.summary.cancelled = True
        self.progress.setLabelText(self.tr("Cancelling…"))

    def _failed(self, source: Path, error: BaseException) -> None:
        self._prepared(Rejected(source.name, str(error)))

    def _prepared(self, result: PreparedPhoto | Rejected | None) -> None:
        """Photos ready on the workers are recorded together, a few times a second: one
        write to the disk per batch keeps the window responsive."""
        self._ready.append(result)
        if not self._flush_timer.isActive():
            self._flush_timer.start(BATCH_MS)

    def _record_ready(self) -> None:
        if self._writing:
            return  # the batch being written starts the next one when it is done
        ready, self._ready = self._ready[:BATCH_SIZE], self._ready[BATCH_SIZE:]
        prepared = [r for r in ready if isinstance(r, PreparedPhoto)]
        if not prepared:
            self._recorded(ready, [])
            return
        self._writing = True
        self.runner.run(
            partial(self.diary.photos.add_many, self.scar_id, prepared),
            partial(self._recorded, ready),
            partial(self._not_recorded, ready),
            lane=Lane.DIARY,
        )

    def _recorded(
        self, ready: list[PreparedPhoto | Rejected | None], added: list[tuple[int, bool]]
    ) -> None:
        self._writing = False
        prepared = [r for r in ready if isinstance(r, PreparedPhoto)]
        for photo, (photo_id, new) in zip(prepared, added, strict=True):
            (self.summary.imported if new else self.summary.already_present).append(
                photo.original_name
            )
            if new:
                self.summary.imported_ids.append(photo_id)
        for result in ready:
            self._count(result)
        self._show_progress()
        if self._ready and not self._flush_timer.isActive():
            self._flush_timer.start(0)  # what came in meanwhile

    def _not_recorded(
        self, ready: list[PreparedPhoto | Rejected | None], error: BaseException
    ) -> None:
        """The write failed (the disk is full, the diary busy or read-only): the batch is
        listed as refused, with the reason, and the import goes on with the rest."""
        reason = self.tr("not recorded in the diary: {error}").format(
            error=write_error_message(error)
        )
        self._recorded(
            [
                Rejected(r.original_name, reason) if isinstance(r, PreparedPhoto) else r
                for r in ready
            ],
            [],
        )

    def _count(self, result: PreparedPhoto | Rejected | None) -> None:
        if isinstance(result, Rejected):
            self.summary.rejected.append(result)
        self._done += 1

    def _show_progress(self) -> None:
        self.progress.setLabelText(
            self.tr("Imported {done} of {total} photos…").format(
                done=self._done, total=len(self.files)
            )
        )
        self.progress.setValue(self._done)
        if self._done == len(self.files):
            self._finish()

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self.progress.close()
        self.finished.emit(self.summary)
        if self._quiet:
            return
        if self.summary.rejected or self.summary.cancelled:
            show_summary(self._window, self.summary)  # something to read and act on
        elif isinstance(self._window, QMainWindow):  # all went well: say so, in passing
            self._window.statusBar().showMessage(summary_text(self.summary)[0], 8000)


def summary_text(summary: ImportSummary) -> tuple[str, str]:
    """(headline, details): one line a person reads, and the list of refused files."""
    translate = QCoreApplication.translate  # a plain name lupdate recognises
    parts = [translate("PhotoImport", "{n} imported").format(n=len(summary.imported))]
    if summary.already_present:
        parts.append(
            translate("PhotoImport", "{n} already in the diary").format(
                n=len(summary.already_present)
            )
        )
    if summary.rejected:
        parts.append(
            translate("PhotoImport", "{n} not imported ({names})").format(
                n=len(summary.rejected), names=_names(summary)
            )
        )
    headline = ", ".join(parts) + "."
    if summary.cancelled:
        headline += " " + translate("PhotoImport", "The import was cancelled.")
    details = "\n".join(f"{r.name}: {r.reason}" for r in summary.rejected)
    return headline, details


NAMES_IN_HEADLINE = 3  # the rest are in the details, each with its reason


def _names(summary: ImportSummary) -> str:
    """The refused files' names for the first line: all of a few, or the first few and how
    many more."""
    names = sorted(r.name for r in summary.rejected)
    if len(names) <= NAMES_IN_HEADLINE:
        return ", ".join(names)
    return QCoreApplication.translate("PhotoImport", "{names} and {n} more").format(
        names=", ".join(names[:NAMES_IN_HEADLINE]), n=len(names) - NAMES_IN_HEADLINE
    )


def show_summary(parent: QWidget, summary: ImportSummary) -> QMessageBox:
    headline, details = summary_text(summary)
    icon = QMessageBox.Icon.Warning if summary.rejected else QMessageBox.Icon.Information
    title = QCoreApplication.translate("PhotoImport", "Import Photos")
    box = dialogs.message(parent, icon, title, headline, details=details)
    box.setObjectName("importSummary")
    return box
