"""The window's side of building the doctor summary in a process of its own (see
report/child.py): start it, hand it the request through its standard input, and turn its
answer into a RenderedReport (for a preview or a print) or word that the PDF is written.
Only the GUI thread touches the result; the child never shares the window's interpreter."""

from __future__ import annotations

import pickle

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtGui import QImage

from scar_diary.report.child import Answer, Request
from scar_diary.report.render import RenderedReport
from scar_diary.ui.child_process import start_child


def rendered_from(answer: Answer) -> RenderedReport:
    images = {
        name: QImage(p.pixels, p.width, p.height, p.bytes_per_line, QImage.Format(p.format)).copy()
        for name, p in (answer.pictures or {}).items()
    }
    return RenderedReport(answer.html, images, dict(answer.charts or {}))


class SummaryProcess(QObject):
    """One summary at a time; `stop` ends a running one (the diary closes, the app quits)."""

    rendered = Signal(object)  # RenderedReport
    written = Signal()
    failed = Signal(str)  # a sentence for the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None

    @property
    def running(self) -> bool:
        return self.process is not None

    def start(self, request: Request) -> None:
        self.stop()

        def wire(process: QProcess) -> None:
            process.finished.connect(lambda code, _status: self._finished(process, code))
            process.errorOccurred.connect(lambda error: self._not_started(process, error))
            self.process = process

        start_child(self, "--report-child", request, wire, offscreen=True)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.state() is not QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(2000)
        if process is not None:
            process.deleteLater()

    def _not_started(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if process is self.process and error is QProcess.ProcessError.FailedToStart:
            self.process = None
            process.deleteLater()
            self.failed.emit(self.tr("the program that builds it could not be started"))

    def _finished(self, process: QProcess, code: int) -> None:
        if process is not self.process:
            return  # stopped meanwhile
        self.process = None
        data = bytes(process.readAllStandardOutput().data())
        process.deleteLater()
        try:
            answer = pickle.loads(data)
        except Exception:  # cut short: killed, or out of memory
            answer = None
        if not isinstance(answer, Answer):
            self.failed.emit(
                self.tr("the program that builds it stopped (exit code {code})").format(code=code)
            )
        elif answer.problem:
            self.failed.emit(answer.problem)
        elif answer.written:
            self.written.emit()
        else:
            self.rendered.emit(rendered_from(answer))
