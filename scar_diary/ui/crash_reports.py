"""Unexpected errors in the app: logged (type and place, no health data) and shown in an
error dialog that names the log, instead of a line on a stderr a bundled app never shows.
Errors on worker threads are handed to the GUI thread to be shown. A user's problem that
reaches this far (no action caught it) is still said in its own sentence (problems.py)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from scar_diary.diagnostics import record
from scar_diary.ui import dialogs
from scar_diary.ui.problems import as_sentence, not_saved_title, sentence


class _Reporter(QObject):
    failed = Signal(str)  # the error's type name
    problem = Signal(str)  # a user's problem, in its sentence


class CrashReports:
    def __init__(self, log: Path | None, window: QWidget | None = None) -> None:
        self.log = log
        self.window = window
        self._reporter = _Reporter()
        self._reporter.failed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._reporter.problem.connect(self._show_problem, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def _on_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        error.__traceback__ = trace
        words = sentence(error)
        if words is not None:  # a user's problem no action caught: said all the same
            record(error, "window action")
            self._reporter.problem.emit(words)
            return
        record(error, "app")
        self._reporter.failed.emit(kind.__name__)

    def _on_thread_exception(self, hook: threading.ExceptHookArgs) -> None:
        if hook.exc_value is not None:
            hook.exc_value.__traceback__ = hook.exc_traceback
            record(hook.exc_value, f"thread {hook.thread.name if hook.thread else '?'}")
        name = hook.exc_type.__name__ if hook.exc_type else "error"
        self._reporter.failed.emit(name)

    def _show_problem(self, words: str) -> None:
        dialogs.error(
            self.window or QApplication.activeWindow(), not_saved_title(), as_sentence(words)
        )

    def _show(self, name: str) -> None:
        where = (
            QApplication.translate(
                "CrashReports", "Details (without any of your diary's content) are in {log}."
            ).format(log=self.log)
            if self.log
            else ""
        )
        dialogs.error(
            self.window or QApplication.activeWindow(),
            QApplication.translate("CrashReports", "Something Went Wrong"),
            QApplication.translate(
                "CrashReports",
                "Scar Diary ran into an unexpected problem ({name}). What was saved is safe; the "
                "last action may not have finished.",
            ).format(name=name),
            details=where,
        )
