"""The life of the open diary in the window: opening it (and updating its format), the
sample, closing, restoring a backup, recovering a damaged or missing file, importing and
exporting archives, backing up. The slow parts run on the background helper with a
progress dialog; every message says what really happened, and after any failure the
diary that was open is open again.

Anki's main window delegates the same way to its collection operations; the window here
only shows what the controller reports.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from scar_diary.ui import dialogs
from scar_diary.ui.long_job import LongJob, Report
from scar_diary.ui.tasks import Lane, TaskRunner

if TYPE_CHECKING:
    from scar_diary.archive.importer import ArchiveContents
    from scar_diary.services.diary import Diary
    from scar_diary.storage.backup_store import Backup


@dataclass(frozen=True)
class NeedsPassphrase:
    folder: Path


@dataclass(frozen=True)
class OpenProblem:
    message: str
    backup: Backup | None  # the backup that could take the diary's place


def _made(backup: Backup) -> str:
    from scar_diary.wording.dates import date_and_time

    return date_and_time(backup.made_at)


class DiaryController(QObject):
    opened = Signal(object)  # Diary
    problem = Signal(str, bool)  # why it cannot be opened; whether a backup can take its place
    settled = Signal()  # an attempt to open ended, either way
    closing = Signal()  # the diary is about to close: let go of it
    message = Signal(str, int)  # for the status bar: text, milliseconds
    backups_changed = Signal()
    photos_repaired = Signal()  # photo files were replaced: thumbnails and views read again
    locked_out = Signal(object)  # Path: the diary there is protected; its passphrase first

    def __init__(
        self,
        window: QWidget,
        runner: TaskRunner,
        own_dir: Path,
        sample_dir: Path,
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.own_dir = own_dir
        self.sample_dir = sample_dir
        self.today = today
        self.diary: Diary | None = None
        self.recoverable: tuple[Path, Backup] | None = None

    # --- opening -------------------------------------------------------------------------
    def _job(
        self,
        title: str,
        label: str,
        work: Callable[[Report], Any],
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], object],
        *,
        show_dialog: bool = True,
    ) -> LongJob:
        return LongJob(
            self.window,
            self.runner,
            title,
            label,
            work,
            on_done,
            on_error,
            show_dialog=show_dialog,
        ).start()

    def open(self, folder: Path, *, quietly: bool = False) -> LongJob:
        """Open the diary in `folder` (updating its format if needed). On failure the diary
        that was open stays open. `quietly`: no progress dialog, for the start, when the
        window already shows the diary read from its file."""

        def work(report: Report) -> Diary | OpenProblem | NeedsPassphrase:
            # imported here, on the worker: SQLAlchemy's import (~0.3 s) never holds up
            # the window
            from scar_diary.services.diary import (
                CorruptDatabase,
                Diary,
                DiaryLocked,
                MissingDiary,
                OpenError,
            )
            from scar_diary.services.recovery import latest_good_backup
            from scar_diary.wording.error_messages import open_error_message

            try:
                return Diary.open(folder, progress=report)
            except DiaryLocked:
                return NeedsPassphrase(folder)
            except (CorruptDatabase, MissingDiary) as exc:
                return OpenProblem(open_error_message(exc), latest_good_backup(folder))
            except OpenError as exc:
                return OpenProblem(open_error_message(exc), None)

        self.message.emit(self.tr("Opening the diary…"), 0)
        return self._job(
            self.tr("Opening the Diary"),
            self.tr("Opening and checking your diary…"),
            work,
            lambda result: self._opened_or_not(folder, result),
            self._open_failed,
            show_dialog=not quietly,
        )

    def open_own(self, *, quietly: bool = False) -> LongJob:
        return self.open(self.own_dir, quietly=quietly)

    def _opened_or_not(self, folder: Path, result: Diary | OpenProblem | NeedsPassphrase) -> None:
        self.message.emit("", 0)
        if isinstance(result, NeedsPassphrase):
            self.close()  # the one open (the sample, say) makes way for the lock screen
            self.locked_out.emit(folder)
        elif isinstance(result, OpenProblem):
            self.recoverable = (folder, result.backup) if result.backup else None
            self.problem.emit(result.message, result.backup is not None)
        else:
            self._switch_to(result)
        self.settled.emit()

    def _open_failed(self, error: BaseException) -> None:
        from scar_diary.wording.error_messages import full_disk_message, is_full_disk

        self.message.emit("", 0)
        if isinstance(error, OSError) and is_full_disk(error):
            self.problem.emit(full_disk_message(error), False)
        else:
            self.problem.emit(
                self.tr("The diary could not be opened: {error}").format(error=error), False
            )
        self.settled.emit()

    def _switch_to(self, diary: Diary) -> None:
        if self.diary is not None:
            self.closing.emit()
            self.runner.shutdown()
            self.diary.close()
        self.diary = diary
        self.opened.emit(diary)
        # What the window and the diary hold for their whole life no longer goes through
        # Python's full garbage collections: one of those, run by a worker that allocates
        # (an alignment, say), held the interpreter for ~90 ms and the window with it.
        gc.freeze()

    def open_sample(self) -> LongJob:
        """(Re)make the sample diary for today and switch to it."""
        from scar_diary.services.demo import write_sample

        if self.diary is not None and self.diary.data_dir == self.sample_dir:
            self.close()  # it is made again from scratch
        today = self.today()

        def failed(error: BaseException) -> None:
            dialogs.error(self.window, self.tr("Sample Diary"), str(error))
            self.settled.emit()

        def done(diary: Diary) -> None:
            self._switch_to(diary)
            self.settled.emit()

        return self._job(
            self.tr("Sample Diary"),
            self.tr("Making the sample diary…"),
            lambda _report: write_sample(self.sample_dir, today),
            done,
            failed,
        )

    def close(self) -> Path | None:
        """Close the open diary (finishing background work first); returns its folder."""
        if self.diary is None:
            return None
        self.closing.emit()
        folder = self.diary.data_dir
        self.runner.shutdown()
        self.diary.close()
        self.diary = None
        return folder

    # --- backups ---------------------------------------------------------------------------
    def daily_backup(self) -> None:
        from scar_diary.services.backups import backup_if_due

        if self.diary is None or self.diary.is_sample:
            return
        folder = self.diary.data_dir

        def done(backup: object) -> None:
            if backup is not None:
                self.message.emit(self.tr("Your diary was backed up."), 5000)
                self.backups_changed.emit()

        def failed(error: BaseException) -> None:
            self.message.emit(
                self.tr("The automatic backup failed: {error}").format(error=error), 15000
            )

        self.runner.run(lambda: backup_if_due(folder), done, failed, lane=Lane.DIARY)

    def back_up_now(self) -> LongJob | None:
        from scar_diary.services.backups import back_up

        if self.diary is None:
            return None
        folder = self.diary.data_dir

        def failed(error: BaseException) -> None:
            dialogs.error(
                self.window,
                self.tr("Back Up"),
                self.tr("No backup was made: {error}").format(error=error),
            )

        def done(backup: Backup) -> None:
            self.message.emit(self.tr("Your diary was backed up."), 5000)
            self.backups_changed.emit()
            if backup.damaged_photos:
                lost = [p for p in backup.damaged_photos if p not in backup.good_copies]
                text = self.tr(
                    "The backup was made, but these photos of your diary are damaged: {photos}. "
                    "They were not put into the backups."
                ).format(photos=", ".join(backup.damaged_photos))
                if backup.good_copies:
                    text += " " + self.tr(
                        "The backups keep a good copy of {n} of them: Settings → Backups → "
                        "Repair Photos brings them back."
                    ).format(n=len(backup.good_copies))
                if lost:
                    text += " " + self.tr("No good copy is kept of: {photos}.").format(
                        photos=", ".join(lost)
                    )
                dialogs.warning(self.window, self.tr("Back Up"), text)

        return self._job(
            self.tr("Back Up"),
            self.tr("Backing up your diary and its photos…"),
            lambda _report: back_up(folder, "manual"),
            done,
            failed,
        )

    def repair_photos(self) -> LongJob | None:
        """Damaged or missing photos back from the backups' good copies (the diary stays
        open: only photo files whose content is wrong are replaced)."""
        from scar_diary.storage.backup_store import repair_photos

        if self.diary is None:
            return None
        folder = self.diary.data_dir

        def done(result: tuple[list[str], list[str]]) -> None:
            repaired, left = result
            if left:
                dialogs.warning(
                    self.window,
                    self.tr("Repair Photos"),
                    self.tr(
                        "{repaired} photos were brought back. These are damaged or missing and "
                        "the backups have no good copy of them: {photos}."
                    ).format(repaired=len(repaired), photos=", ".join(left)),
                )
            else:
                self.message.emit(
                    self.tr("Photos repaired: {n}. Every photo of the diary is whole.").format(
                        n=len(repaired)
                    ),
                    8000,
                )
            self.photos_repaired.emit()

        def failed(error: BaseException) -> None:
            dialogs.error(self.window, self.tr("Repair Photos"), _reason(error))

        return self._job(
            self.tr("Repair Photos"),
            self.tr("Checking every photo against its backups…"),
            lambda _report: repair_photos(folder),
            done,
            failed,
        )

    def move_backups(self, new_folder: Path) -> LongJob | None:
        from scar_diary.services.backups import move_backups

        if self.diary is None:
            return None
        folder = self.diary.data_dir

        def failed(error: BaseException) -> None:
            dialogs.error(
                self.window,
                self.tr("Backups"),
                self.tr("The backups could not be moved there: {error}").format(error=error),
            )
            self.backups_changed.emit()

        return self._job(
            self.tr("Backups"),
            self.tr("Moving the backups and their photos…"),
            lambda _report: move_backups(folder, new_folder),
            lambda _done: self.backups_changed.emit(),
            failed,
        )

    def restore(self, backup: Backup, *, allow_missing: bool = False) -> LongJob | None:
        """Restore `backup`. Checked first: a refused restore changes nothing. Photos found
        nowhere are named, and the user is asked before the records come back without
        them."""
        from scar_diary.services.backups import PhotosMissing, restore

        folder = self.close()
        if folder is None:
            return None

        def done(restored: Any) -> None:
            job = self.open(folder)
            missing = list(restored.missing_photos)
            text = self.tr("Backup restored.")
            if missing:
                text = self.tr("Backup restored without {n} photos that were missing.").format(
                    n=len(missing)
                )
            job.finished.connect(lambda ok: self.message.emit(text, 8000) if ok else None)
            self.backups_changed.emit()

        def failed(error: BaseException) -> None:
            job = self.open(folder)
            if isinstance(error, PhotosMissing):
                job.finished.connect(lambda _ok: self._ask_without_photos(backup, error.missing))
                return
            dialogs.error(
                self.window,
                self.tr("Restore Backup"),
                self.tr("The backup was not restored: {error}. Your diary is as it was.").format(
                    error=error
                ),
            )

        return self._job(
            self.tr("Restore Backup"),
            self.tr("Restoring the backup of {made}…").format(made=_made(backup)),
            lambda _report: restore(folder, backup, allow_missing=allow_missing),
            done,
            failed,
        )

    def _ask_without_photos(self, backup: Backup, missing: list[str]) -> None:
        shown = "\n".join(missing[:10]) + ("\n…" if len(missing) > 10 else "")
        dialogs.confirm(
            self.window,
            self.tr("Restore Backup"),
            self.tr(
                "{n} photos this backup needs are nowhere to be found. Restore its records "
                "without them?"
            ).format(n=len(missing)),
            informative=self.tr("Nothing was changed yet. The missing photos:\n{files}").format(
                files=shown
            ),
            confirm_text=self.tr("Restore Without Them"),
            on_confirm=lambda: self.restore(backup, allow_missing=True),
            destructive=False,
        )

    def recover(self) -> LongJob | None:
        """The diary file is damaged or missing: keep it aside and bring back the latest
        good backup."""
        from scar_diary.services.recovery import recover_from_backup

        if self.recoverable is None:
            return None
        folder, backup = self.recoverable

        def done(kept: Path | None) -> None:
            self.recoverable = None
            job = self.open(folder)
            text = self.tr("Your diary was restored from the backup of {made}.").format(
                made=_made(backup)
            )
            if kept is not None:
                text += " " + self.tr("The damaged file was kept as {kept}.").format(kept=kept)
            job.finished.connect(
                lambda ok: (
                    dialogs.about(self.window, self.tr("Diary Restored"), text) if ok else None
                )
            )

        def failed(error: BaseException) -> None:
            dialogs.error(
                self.window,
                self.tr("Restore Backup"),
                self.tr("The backup could not be restored: {error}").format(error=error),
            )

        return self._job(
            self.tr("Restore Backup"),
            self.tr("Restoring the backup of {made}…").format(made=_made(backup)),
            lambda _report: recover_from_backup(folder, backup),
            done,
            failed,
        )

    # --- archives ---------------------------------------------------------------------------
    def export_archive(self, target: Path, *, sealed: bool | None = None) -> LongJob | None:
        """`sealed`: None encrypts a protected diary's archive (the default), False not."""
        from scar_diary.archive.export import export_archive

        diary = self.diary
        if diary is None:
            return None
        strip = diary.profile.preferences().strip_photo_metadata

        def failed(error: BaseException) -> None:
            dialogs.error(
                self.window,
                self.tr("Export Diary"),
                self.tr("The diary could not be exported: {error}").format(error=_reason(error)),
            )

        return self._job(
            self.tr("Export Diary"),
            self.tr("Writing the archive…"),
            lambda report: export_archive(
                diary.db, target, strip=strip, sealed=sealed, progress=report
            ),
            lambda _done: self.message.emit(
                self.tr("Diary exported to {path}").format(path=target), 8000
            ),
            failed,
        )

    def import_archive(self, archive: Path, secret: str | None = None) -> LongJob:
        """Check the whole archive first (nothing is written; an encrypted one asks for its
        passphrase); then, when the diary holds something, ask; then back up, load and
        reopen."""
        from scar_diary.archive.importer import ArchiveNeedsPassphrase, read_archive
        from scar_diary.services.backups import has_data

        folder = self.diary.data_dir if self.diary is not None else self.own_dir

        def refused(error: BaseException) -> None:
            if isinstance(error, ArchiveNeedsPassphrase):
                self._ask_archive_passphrase(archive)
                return
            dialogs.error(
                self.window,
                self.tr("Import Diary"),
                self.tr("{problem} Your diary was not changed.").format(problem=_reason(error)),
            )

        def checked(contents: ArchiveContents) -> None:
            if has_data(folder):
                dialogs.confirm(
                    self.window,
                    self.tr("Import Diary"),
                    self.tr("Replace your diary with the one in {name}?").format(name=archive.name),
                    informative=self.tr(
                        "A backup of your diary as it is now is made first; you can "
                        "restore it from Settings → Backups."
                    ),
                    confirm_text=self.tr("Replace My Diary"),
                    on_confirm=lambda: self._load(contents, folder),
                )
            else:
                self._load(contents, folder)

        return self._job(
            self.tr("Import Diary"),
            self.tr("Checking the archive…"),
            lambda _report: read_archive(archive, into=folder, secret=secret),
            checked,
            refused,
        )

    def _ask_archive_passphrase(self, archive: Path) -> None:
        from scar_diary.ui.protection.passphrase_dialog import Ask, PassphraseDialog

        dialog = PassphraseDialog(Ask.ARCHIVE, self.window)
        dialogs.closes_itself(dialog, modal=True)
        dialog.accepted.connect(lambda: self.import_archive(archive, dialog.current.text()))
        dialog.open()

    def _load(self, contents: ArchiveContents, folder: Path) -> LongJob:
        from scar_diary.archive.importer import replace_with

        self.close()
        name = contents.path.name

        def done(_backup: object) -> None:
            job = self.open(folder)
            job.finished.connect(
                lambda ok: (
                    self.message.emit(self.tr("Diary imported from {name}").format(name=name), 8000)
                    if ok
                    else None
                )
            )
            self.backups_changed.emit()

        def failed(error: BaseException) -> None:
            self.open(folder)
            dialogs.error(
                self.window,
                self.tr("Import Diary"),
                self.tr(
                    "The archive could not be imported: {problem}. Your diary was not changed."
                ).format(problem=_reason(error)),
            )

        return self._job(
            self.tr("Import Diary"),
            self.tr("Importing {name}…").format(name=name),
            lambda _report: replace_with(contents, folder),
            done,
            failed,
        )


def _reason(error: BaseException) -> str:
    """One sentence from an error, for a message box (a failed write names its cause)."""
    from scar_diary.storage.backup_store import BackupError
    from scar_diary.storage.files import describe
    from scar_diary.storage.photo_store import DamagedPhoto
    from scar_diary.wording.error_messages import (
        backup_error_message,
        damaged_photo_message,
        full_disk_message,
        is_full_disk,
    )

    if isinstance(error, BackupError):
        return backup_error_message(error)
    if isinstance(error, DamagedPhoto):
        return damaged_photo_message(error)
    if isinstance(error, OSError) and is_full_disk(error):
        return full_disk_message(error)
    if isinstance(error, OSError) and not str(error).startswith("the "):
        return describe(error)
    return str(error)
