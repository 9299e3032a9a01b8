"""The window's side of the inbox's suggestions made in a process of their own (see
services/match_child.py): start it with the photos to match, read each suggestion as it is
ready. One batch at a time; photos that arrive meanwhile go in the next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Signal

from scar_diary.services.inbox_matching import NO_SUGGESTION
from scar_diary.services.match_child import MatchRequest, read_frames
from scar_diary.ui.child_process import start_child


class SuggestionsProcess(QObject):
    suggested = Signal(int, object)  # inbox photo id, Suggestion
    finished = Signal()  # the batch is done (every photo of it was answered)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None
        self._buffer = bytearray()
        self._left: set[int] = set()
        app = QCoreApplication.instance()
        if app is not None:  # a batch still running when the app quits is ended first
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        return self.process is not None

    def start(self, request: MatchRequest) -> None:
        self.stop()
        self._buffer.clear()
        self._left = set(request.inbox_ids)

        def wire(process: QProcess) -> None:
            process.readyReadStandardOutput.connect(lambda: self._read(process))
            process.finished.connect(lambda _code, _status: self._finished(process))
            process.errorOccurred.connect(lambda error: self._not_started(process, error))
            self.process = process

        start_child(self, "--match-child", request, wire)

    def stop(self) -> None:
        """The diary closes or the page goes: the batch is dropped (its photos keep waiting)."""
        process, self.process = self.process, None
        self._left = set()
        if process is not None and process.state() is not QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(2000)
        if process is not None:
            process.deleteLater()

    def _read(self, process: QProcess) -> None:
        if process is not self.process:
            return
        self._buffer.extend(bytes(process.readAllStandardOutput().data()))
        for inbox_id, suggestion in read_frames(self._buffer):
            self._left.discard(inbox_id)
            self.suggested.emit(inbox_id, suggestion)

    def _not_started(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if process is self.process and error is QProcess.ProcessError.FailedToStart:
            self._finished(process)

    def _finished(self, process: QProcess) -> None:
        if process is not self.process:
            return  # stopped meanwhile
        self._read(process)
        self.process = None
        process.deleteLater()
        for inbox_id in sorted(self._left):  # cut short: those wait for the patient's choice
            self.suggested.emit(inbox_id, NO_SUGGESTION)
        self._left = set()
        self.finished.emit()
