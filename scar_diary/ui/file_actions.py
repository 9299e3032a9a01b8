"""The File menu's exports and imports: where to save or what to load is asked here; the
work itself is the diary controller's (archives) or a service's (the calendar)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from scar_diary.ui import dialogs

if TYPE_CHECKING:
    from scar_diary.ui.diary_controller import DiaryController
    from scar_diary.ui.long_job import LongJob


class FileActions(QObject):
    def __init__(
        self, window: QMainWindow, controller: DiaryController, today: Callable[[], dt.date]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.today = today

    def _checked_target(self, title: str, path: str, suffix: str) -> Path | None:
        from scar_diary.services.errors import InvalidInput
        from scar_diary.services.output_paths import check_output

        diary = self.controller.diary
        if diary is None:
            return None
        target = Path(path) if path.endswith(suffix) else Path(path + suffix)
        try:
            return check_output(target, diary.data_dir)
        except InvalidInput as exc:
            dialogs.error(self.window, title, str(exc))
            return None

    def export_diary(self) -> None:
        if self.controller.diary is None:
            return
        dialogs.save_file(
            self.window,
            self.tr("Export Diary"),
            self.tr("Scar Diary archives (*.zip)"),
            f"scar-diary-{self.today().isoformat()}.zip",
            self.write_archive,
        )

    def write_archive(self, path: str) -> LongJob | None:
        """Write the archive; a protected diary's is encrypted unless the user asks."""
        target = self._checked_target(self.tr("Export Diary"), path, ".zip")
        diary = self.controller.diary
        if target is None or diary is None:
            return None
        if diary.db.cipher is None:
            return self.controller.export_archive(target)
        dialogs.choose(
            self.window,
            self.tr("Export Diary"),
            self.tr("Encrypt the archive with this diary's passphrase?"),
            [
                (self.tr("&Encrypted"), lambda: self.controller.export_archive(target)),
                (
                    self.tr("&Unencrypted"),
                    lambda: self.controller.export_archive(target, sealed=False),
                ),
            ],
            informative=self.tr(
                "An encrypted archive opens only with the passphrase or the recovery key. An "
                "unencrypted one can be read by anyone who gets the file."
            ),
        )
        return None

    def choose_import(self) -> None:
        dialogs.open_files(
            self.window,
            self.tr("Import Diary"),
            self.tr("Scar Diary archives (*.zip)"),
            lambda files: self.import_diary(Path(files[0])) if files else None,
        )

    def import_diary(self, archive: Path) -> LongJob:
        """Check the archive first; then, if the diary has data, ask; then back up and load."""
        return self.controller.import_archive(archive)

    def export_calendar(self) -> None:
        if self.controller.diary is None:
            return
        dialogs.save_file(
            self.window,
            self.tr("Export Calendar"),
            self.tr("Calendar files (*.ics)"),
            "scar-diary.ics",
            self.write_calendar,
        )

    def write_calendar(self, path: str) -> bool:
        from scar_diary.domain.status import diary_status
        from scar_diary.services.calendar_export import calendar_ics
        from scar_diary.storage.files import describe, write_atomically

        target = self._checked_target(self.tr("Export Calendar"), path, ".ics")
        diary = self.controller.diary
        if target is None or diary is None:
            return False
        facts = diary.facts()
        data = calendar_ics(
            facts,
            diary_status(facts, self.today()),
            diary.profile.diary_uuid(),
            full_text=diary.profile.preferences().calendar_full_text,
        )
        try:
            write_atomically(target, data, make_folder=False)
        except OSError as exc:
            dialogs.error(
                self.window,
                self.tr("Export Calendar"),
                self.tr("The calendar could not be saved: {error}").format(error=describe(exc)),
            )
            return False
        self.window.statusBar().showMessage(
            self.tr("Calendar saved to {path}").format(path=path), 8000
        )
        return True
