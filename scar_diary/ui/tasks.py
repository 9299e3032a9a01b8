"""The one background helper of the window (GUI plumbing, so it lives in ui/): run a function
on a worker thread, get its result on the GUI thread (Picard's run_task, Anki's taskman).
Workers never touch widgets or QPixmap; results are handed to the GUI thread, which does.
Only the DIARY lane (one task at a time) writes to the database besides the GUI thread."""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Callable
from enum import Enum
from typing import TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from scar_diary.diagnostics import record

T = TypeVar("T")
_Done = Callable[[object], object]
_Failed = Callable[[BaseException], object]


class Cancelled(Exception):
    """Raised inside a task that noticed its cancellation."""


class _Relay(QObject):
    done = Signal(int, object, object)  # task id, result, error


class _Job(QRunnable):
    def __init__(
        self, task_id: int, fn: Callable[[], object], relay: _Relay, cancel: threading.Event
    ) -> None:
        super().__init__()
        self.task_id, self.fn, self.relay, self.cancel = task_id, fn, relay, cancel

    def run(self) -> None:
        if self.cancel.is_set():
            self.relay.done.emit(self.task_id, None, Cancelled())
            return
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, which decides what to say
            self.relay.done.emit(self.task_id, None, exc)
        else:
            self.relay.done.emit(self.task_id, result, None)


class Lane(Enum):
    """Where a task runs. The diary's own work (opening, backups, archives, removing files)
    goes one at a time, in order; decoding images uses every core and never waits behind a
    backup."""

    DIARY = "diary"
    IMAGES = "images"


class TaskRunner(QObject):
    """Create on the GUI thread. `run` returns at once; `on_done(result)` or
    `on_error(exception)` is called later on the GUI thread, unless the task was cancelled."""

    def __init__(self, parent: QObject | None = None, image_threads: int = 0) -> None:
        super().__init__(parent)
        self._pools: dict[Lane, QThreadPool] = {}
        for lane, threads in (
            (Lane.DIARY, 1),
            (Lane.IMAGES, image_threads or max(2, os.cpu_count() or 2)),
        ):
            pool = QThreadPool(self)
            pool.setMaxThreadCount(threads)
            self._pools[lane] = pool
        self._relay = _Relay(self)
        # Emitted on a worker, received on the GUI thread: Qt queues it there (automatic
        # connection; naming the type would load Qt's whole namespace before the first paint).
        self._relay.done.connect(self._deliver)
        self._ids = itertools.count(1)
        self._lanes: dict[int, Lane] = {}
        self._callbacks: dict[int, tuple[_Done, _Failed | None, threading.Event]] = {}
        self._when_idle: dict[Lane, list[Callable[[], object]]] = {}

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], object],
        on_error: _Failed | None = None,
        *,
        lane: Lane,
        owner: QObject | None = None,
    ) -> threading.Event:
        """Returns the task's cancel flag: set, the task is skipped if it has not started.
        With an `owner` (a dialog, say), its result is dropped once the owner is gone."""
        task_id = next(self._ids)
        flag = threading.Event()
        if owner is not None:
            owner.destroyed.connect(lambda *_: flag.set())
        # stored untyped: the result comes back through a Qt signal, paired with its callback
        self._callbacks[task_id] = (cast(_Done, on_done), on_error, flag)
        self._lanes[task_id] = lane
        self._pools[lane].start(_Job(task_id, fn, self._relay, flag))
        return flag

    def busy(self, lane: Lane) -> bool:
        """Whether tasks of that lane are running or waiting."""
        return lane in self._lanes.values()

    def when_idle(self, lane: Lane, callback: Callable[[], object]) -> None:
        """Call back (on the GUI thread) once that lane has nothing left to do: at once when
        it is idle. The window closes this way instead of waiting, frozen, for an export."""
        if not self.busy(lane):
            callback()
            return
        self._when_idle.setdefault(lane, []).append(callback)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: object, error: BaseException | None) -> None:
        try:
            self._deliver_result(task_id, result, error)
        finally:
            for lane in [lane for lane in self._when_idle if not self.busy(lane)]:
                for callback in self._when_idle.pop(lane):
                    callback()

    def _deliver_result(self, task_id: int, result: object, error: BaseException | None) -> None:
        self._lanes.pop(task_id, None)
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is None:  # delivered after shutdown
            return
        on_done, on_error, flag = callbacks
        if flag.is_set() or isinstance(error, Cancelled):
            return
        if error is None:
            on_done(result)
        elif on_error is not None:
            # every error a task's owner handles is logged too (type and place, no words),
            # named by the handler that takes it
            handler = getattr(on_error, "func", on_error)
            record(error, getattr(handler, "__qualname__", "a background task"))
            on_error(error)
        else:
            raise error

    def shutdown(self) -> None:
        """Cancel what has not started and wait for what has (before the diary closes)."""
        for _, _, flag in self._callbacks.values():
            flag.set()
        for pool in self._pools.values():
            pool.clear()
        for pool in self._pools.values():
            pool.waitForDone()
        self._callbacks.clear()
        self._lanes.clear()
