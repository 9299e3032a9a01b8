"""The main window: page navigation on the left, the current page on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from scar_diary import APP_NAME, __version__
from scar_diary.domain.entities import FaceRegion
from scar_diary.domain.status import diary_status
from scar_diary.services.tasks import TaskRunner
from scar_diary.ui import dialogs
from scar_diary.ui.today_page import TodayPage

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary
    from scar_diary.ui.notifier import ReminderNotifier
    from scar_diary.ui.progress.page import ProgressPage
    from scar_diary.ui.ratings.rate_dialog import RateDialog
    from scar_diary.ui.report.page import ReportPage
    from scar_diary.ui.scars.page import ScarsPage
    from scar_diary.ui.settings.page import SettingsPage
    from scar_diary.ui.visits.actions import VisitActions
    from scar_diary.ui.visits.page import VisitsPage

# The services (and with them SQLAlchemy, the slowest import) are imported when a diary is
# first opened, which start-up does just after the window's first paint.

GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings,
        own_dir: Path,
        sample_dir: Path,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._settings = settings
        self._own_dir = own_dir
        self._sample_dir = sample_dir
        self._today = today
        self.diary: Diary | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(22, 22))
        self.pages = QStackedWidget(self)
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.today_page = TodayPage(self.pages)
        self._add_page(
            self.today_page, self.tr("Today"), QStyle.StandardPixmap.SP_FileDialogInfoView
        )
        # The Scars page needs the services (SQLAlchemy); it is built when the first diary
        # opens, just after the window's first paint.
        self.scars_holder = QWidget(self.pages)
        QVBoxLayout(self.scars_holder).setContentsMargins(0, 0, 0, 0)
        self.scars_page: ScarsPage | None = None
        self._add_page(self.scars_holder, self.tr("Scars"), QStyle.StandardPixmap.SP_DirIcon)
        self.visits_holder = QWidget(self.pages)
        QVBoxLayout(self.visits_holder).setContentsMargins(0, 0, 0, 0)
        self.visits_page: VisitsPage | None = None
        self._add_page(
            self.visits_holder, self.tr("Visits"), QStyle.StandardPixmap.SP_FileDialogDetailedView
        )
        self.progress_holder = QWidget(self.pages)
        QVBoxLayout(self.progress_holder).setContentsMargins(0, 0, 0, 0)
        self.progress_page: ProgressPage | None = None
        self._add_page(self.progress_holder, self.tr("Progress"), QStyle.StandardPixmap.SP_ArrowUp)
        self.report_holder = QWidget(self.pages)
        QVBoxLayout(self.report_holder).setContentsMargins(0, 0, 0, 0)
        self.report_page: ReportPage | None = None
        self._add_page(self.report_holder, self.tr("Report"), QStyle.StandardPixmap.SP_FileIcon)
        self.settings_holder = QWidget(self.pages)
        QVBoxLayout(self.settings_holder).setContentsMargins(0, 0, 0, 0)
        self.settings_page: SettingsPage | None = None
        self._add_page(
            self.settings_holder, self.tr("Settings"), QStyle.StandardPixmap.SP_FileDialogListView
        )
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._page_shown)
        self.nav.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.today_page.sample_requested.connect(self.open_sample)
        self.today_page.own_diary_requested.connect(self.open_own)
        self.today_page.restore_requested.connect(self.recover)
        self.today_page.series_requested.connect(lambda: self.show_page(self.visits_holder))
        self.today_page.scars_requested.connect(lambda: self.show_page(self.scars_holder))
        self.today_page.reminder_dismissed.connect(self._dismiss_reminder)
        self.today_page.reminder_snoozed.connect(self._snooze_reminder)
        self.today_page.action_requested.connect(self._card_action)
        self.notifier: ReminderNotifier | None = None
        self._visit_actions: VisitActions | None = None
        self._build_menus()

        # Refresh just after midnight, so "day 3 after session 5" never goes stale overnight.
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh)
        self._restore_geometry()

    # --- structure -----------------------------------------------------------------------
    def _add_page(self, page: QWidget, title: str, icon: QStyle.StandardPixmap) -> None:
        item = QListWidgetItem(self.style().standardIcon(icon), title)
        item.setSizeHint(QSize(0, 36))
        self.nav.addItem(item)
        self.pages.addWidget(page)
        shortcut = QAction(self)
        shortcut.setShortcut(QKeySequence(f"Ctrl+{self.nav.count()}"))
        row = self.nav.count() - 1
        shortcut.triggered.connect(lambda: self.nav.setCurrentRow(row))
        self.addAction(shortcut)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_own_action = QAction(self.tr("Open &My Diary"), self)
        self.open_own_action.triggered.connect(self.open_own)
        file_menu.addAction(self.open_own_action)
        self.open_sample_action = QAction(self.tr("Open &Sample Diary"), self)
        self.open_sample_action.triggered.connect(self.open_sample)
        file_menu.addAction(self.open_sample_action)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export Diary…"), self)
        self.export_action.triggered.connect(self.export_diary)
        file_menu.addAction(self.export_action)
        self.import_action = QAction(self.tr("&Import Diary…"), self)
        self.import_action.triggered.connect(self.choose_import)
        file_menu.addAction(self.import_action)
        self.calendar_action = QAction(self.tr("Export &Calendar…"), self)
        self.calendar_action.triggered.connect(self.export_calendar)
        file_menu.addAction(self.calendar_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        # Not StandardKey.Quit: several platform themes bind nothing to it.
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        diary_menu = self.menuBar().addMenu(self.tr("&Diary"))
        self.rate_action = QAction(self.tr("&Rate My Scars…"), self)
        self.rate_action.setShortcut(QKeySequence("Ctrl+R"))
        self.rate_action.triggered.connect(self.rate_scars)
        diary_menu.addAction(self.rate_action)
        self.add_scar_action = QAction(self.tr("&Add Scar…"), self)
        self.add_scar_action.setShortcut(QKeySequence("Ctrl+N"))
        self.add_scar_action.triggered.connect(self._add_scar)
        diary_menu.addAction(self.add_scar_action)
        guide = QAction(self.tr("Photo &Guide"), self)
        guide.triggered.connect(self._photo_guide)
        diary_menu.addAction(guide)
        self.diary_actions = [
            self.rate_action,
            self.add_scar_action,
            guide,
            self.calendar_action,
            self.export_action,
        ]
        for action in self.diary_actions:
            action.setEnabled(False)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        safety = QAction(self.tr("&Who Should Give the Injections"), self)
        safety.triggered.connect(self.show_safety)
        help_menu.addAction(safety)
        about = QAction(self.tr("&About Scar Diary"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # --- diaries -------------------------------------------------------------------------
    def open_diary(self, data_dir: Path) -> bool:
        """Switch to the diary in `data_dir`; on failure the current one stays open."""
        from scar_diary.services.diary import Diary
        from scar_diary.storage.database import CorruptDatabase, OpenError
        from scar_diary.wording.errors import open_error_message

        try:
            diary = Diary.open(data_dir)
        except CorruptDatabase as exc:
            from scar_diary.services.recovery import latest_good_backup

            self._recoverable = (data_dir, latest_good_backup(data_dir))
            self._show_open_problem(
                open_error_message(exc), can_restore=self._recoverable[1] is not None
            )
            return False
        except OpenError as exc:
            self._show_open_problem(open_error_message(exc))
            return False
        self._use(diary)
        return True

    def open_own(self) -> None:
        self.open_diary(self._own_dir)

    def open_sample(self) -> None:
        """(Re)make the sample diary for today and switch to it."""
        from scar_diary.services.demo import write_sample
        from scar_diary.services.errors import InvalidInput
        from scar_diary.storage.database import OpenError
        from scar_diary.wording.errors import open_error_message

        if self.diary is not None and self.diary.data_dir == self._sample_dir:
            self.diary.close()
            self.diary = None
        try:
            diary = write_sample(self._sample_dir, self._today())
        except (OpenError, InvalidInput, OSError) as exc:
            text = open_error_message(exc) if isinstance(exc, OpenError) else str(exc)
            dialogs.error(self, self.tr("Sample Diary"), text)
            return
        self._use(diary)

    def _use(self, diary: Diary) -> None:
        if self.diary is not None:
            self.runner.shutdown()
            self.diary.close()
        self.diary = diary
        for action in self.diary_actions:
            action.setEnabled(True)
        for page in self._built_pages():
            page.set_diary(diary)
        if self.notifier is None:
            from scar_diary.ui.notifier import ReminderNotifier

            self.notifier = ReminderNotifier(self, self._settings)
        self.open_own_action.setEnabled(diary.is_sample)
        self.import_action.setEnabled(not diary.is_sample)
        if not diary.is_sample:
            self._daily_backup(diary.data_dir)
        self.setWindowTitle(
            self.tr("{app} — Sample Diary").format(app=APP_NAME) if diary.is_sample else APP_NAME
        )
        self.refresh()  # the pages already built
        self._ensure_page(self.pages.currentWidget())  # builds (and fills) the one in view

    def _show_open_problem(self, message: str, *, can_restore: bool = False) -> None:
        if self.diary is None:
            self.setWindowTitle(APP_NAME)
            self.today_page.show_problem(message, can_restore=can_restore)
        dialogs.error(self, self.tr("Cannot Open Diary"), message)

    # --- safety: backups, restore, recovery, archives -------------------------------------
    def _daily_backup(self, data_dir: Path) -> None:
        from scar_diary.services.backups import backup_if_due

        def done(backup: object) -> None:
            if backup is not None:
                self.statusBar().showMessage(self.tr("Your diary was backed up."), 5000)
                if self.settings_page is not None:
                    self.settings_page.backups.reload()

        def failed(error: BaseException) -> None:
            self.statusBar().showMessage(
                self.tr("The automatic backup failed: {error}").format(error=error), 15000
            )

        self.runner.run(lambda: backup_if_due(data_dir), done, failed)

    def _close_diary(self) -> Path | None:
        """Close the open diary (finishing background work first); returns its folder."""
        if self.diary is None:
            return None
        folder = self.diary.data_dir
        self.runner.shutdown()
        self.diary.close()
        self.diary = None
        return folder

    def restore_backup(self, backup: object) -> None:
        from scar_diary.services.backups import Backup, BackupError, restore

        assert isinstance(backup, Backup)
        folder = self._close_diary()
        if folder is None:
            return
        try:
            restore(folder, backup)
        except BackupError as exc:
            dialogs.error(
                self,
                self.tr("Restore Backup"),
                self.tr("The backup was not restored: {error}").format(error=exc),
            )
        self.open_diary(folder)
        self.statusBar().showMessage(self.tr("Backup restored."), 8000)

    def recover(self) -> None:
        """The diary file is damaged: keep it aside and bring back the latest good backup."""
        from scar_diary.services.recovery import recover_from_backup

        folder, backup = getattr(self, "_recoverable", (None, None))
        if folder is None or backup is None:
            return
        kept = recover_from_backup(folder, backup)
        if self.open_diary(folder):
            dialogs.about(
                self,
                self.tr("Diary Restored"),
                self.tr(
                    "Your diary was restored from the backup of {made}. The damaged file was kept "
                    "as {kept}."
                ).format(made=backup.made_at.astimezone().strftime("%d %b %Y %H:%M"), kept=kept),
            )

    def export_diary(self) -> None:
        if self.diary is None:
            return
        suggested = f"scar-diary-{self._today().isoformat()}.zip"
        dialogs.save_file(
            self,
            self.tr("Export Diary"),
            self.tr("Scar Diary archives (*.zip)"),
            suggested,
            self.write_archive,
        )

    def write_archive(self, path: str) -> None:
        from scar_diary.archive.export import export_archive

        diary = self.diary
        if diary is None:
            return
        target = Path(path) if path.endswith(".zip") else Path(path + ".zip")
        self.statusBar().showMessage(self.tr("Exporting the diary…"))
        strip = diary.profile.preferences().strip_photo_metadata
        self.runner.run(
            lambda: export_archive(diary.db, target, strip=strip),
            lambda _done: self.statusBar().showMessage(
                self.tr("Diary exported to {path}").format(path=target), 8000
            ),
            lambda error: dialogs.error(
                self,
                self.tr("Export Diary"),
                self.tr("The diary could not be exported: {error}").format(error=error),
            ),
        )

    def choose_import(self) -> None:
        dialogs.open_files(
            self,
            self.tr("Import Diary"),
            self.tr("Scar Diary archives (*.zip)"),
            lambda files: self.import_diary(Path(files[0])) if files else None,
        )

    def import_diary(self, archive: Path) -> None:
        """Check the archive first; then, if the diary has data, ask; then back up and load."""
        from scar_diary.archive.importer import ArchiveError, read_archive
        from scar_diary.storage.database import DB_FILENAME
        from scar_diary.storage.sqlite_files import has_user_data

        folder = self.diary.data_dir if self.diary is not None else self._own_dir
        try:
            read_archive(archive)
        except ArchiveError as exc:
            dialogs.error(
                self,
                self.tr("Import Diary"),
                self.tr("{problem} Your diary was not changed.").format(problem=exc),
            )
            return
        if has_user_data(folder / DB_FILENAME):
            dialogs.confirm(
                self,
                self.tr("Import Diary"),
                self.tr("Replace your diary with the one in {name}?").format(name=archive.name),
                informative=self.tr(
                    "A backup of your diary as it is now is made first; you can "
                    "restore it from Settings → Backups."
                ),
                confirm_text=self.tr("Replace My Diary"),
                on_confirm=lambda: self._load_archive(archive, folder),
            )
        else:
            self._load_archive(archive, folder)

    def _load_archive(self, archive: Path, folder: Path) -> None:
        from scar_diary.archive.importer import ArchiveError, import_archive

        self._close_diary()
        try:
            import_archive(archive, folder)
        except ArchiveError as exc:
            dialogs.error(
                self,
                self.tr("Import Diary"),
                self.tr("{problem} Your diary was not changed.").format(problem=exc),
            )
        self.open_diary(folder)
        self.statusBar().showMessage(
            self.tr("Diary imported from {name}").format(name=archive.name), 8000
        )

    def _page_shown(self, _row: int) -> None:
        self._ensure_page(self.pages.currentWidget())

    def _built_pages(self) -> list[Any]:
        pages = (
            self.scars_page,
            self.visits_page,
            self.progress_page,
            self.report_page,
            self.settings_page,
        )
        return [page for page in pages if page is not None]

    def _ensure_page(self, holder: QWidget | None) -> None:
        """Pages are built the first time they are shown, so opening a diary only has to fill
        the Today page (and matplotlib loads only for the charts)."""
        if self.diary is None or holder is None:
            return
        if holder is self.scars_holder and self.scars_page is None:
            from scar_diary.ui.scars.page import ScarsPage

            self.scars_page = ScarsPage(
                self.runner, self.undo_stack, self._settings, self._today, self.scars_holder
            )
            self.scars_page.changed.connect(self.refresh_today)
            self.scars_page.rate_requested.connect(self.rate_scars)
            self._hold(self.scars_holder, self.scars_page)
            self.scars_page.set_diary(self.diary)
        elif holder is self.visits_holder and self.visits_page is None:
            from scar_diary.ui.visits.page import VisitsPage

            self.visits_page = VisitsPage(self._today, self.visit_actions, self.visits_holder)
            self._hold(self.visits_holder, self.visits_page)
            self.visits_page.set_diary(self.diary)
        elif holder is self.progress_holder:
            if self.progress_page is None:
                from scar_diary.ui.progress.page import ProgressPage

                self.progress_page = ProgressPage(self._today, self.progress_holder)
                self._hold(self.progress_holder, self.progress_page)
                self.progress_page.set_diary(self.diary)
            else:
                self.progress_page.reload()  # charts are drawn only while they are seen
        elif holder is self.report_holder and self.report_page is None:
            from scar_diary.ui.report.page import ReportPage

            self.report_page = ReportPage(
                self.runner, self._settings, self._today, self.report_holder
            )
            self._hold(self.report_holder, self.report_page)
            self.report_page.set_diary(self.diary)
        elif holder is self.settings_holder and self.settings_page is None:
            from scar_diary.ui.settings.page import SettingsPage

            self.settings_page = SettingsPage(self._settings, self.settings_holder)
            self.settings_page.changed.connect(self.refresh)
            self.settings_page.backups.restore_requested.connect(self.restore_backup)
            self._hold(self.settings_holder, self.settings_page)
            self.settings_page.set_diary(self.diary)

    @staticmethod
    def _hold(holder: QWidget, page: QWidget) -> None:
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(page)

    def refresh(self) -> None:
        for page in (self.scars_page, self.visits_page, self.report_page):
            if page is not None:
                page.reload()
        if self.progress_page is not None and self.pages.currentWidget() is self.progress_holder:
            self.progress_page.reload()
        self.refresh_today()

    def refresh_today(self) -> None:
        if self.diary is None:
            return
        today = self._today()
        facts = self.diary.facts()
        status = diary_status(facts, today)
        reminders = self.diary.reminders.for_status(facts, status)
        self.today_page.show_status(
            status,
            facts.settings,
            is_sample=self.diary.is_sample,
            reminders=reminders,
        )
        if self.notifier is not None:
            neutral = self.diary.profile.preferences().neutral_notifications
            self.notifier.announce(reminders, neutral=neutral)
        self._schedule_midnight_refresh()

    def _schedule_midnight_refresh(self) -> None:
        now = dt.datetime.now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 5))
        self._midnight.start(int((midnight - now).total_seconds() * 1000))

    def _dismiss_reminder(self, key: str) -> None:
        if self.diary is not None:
            self.diary.reminders.dismiss(key)
            self.refresh_today()

    def _snooze_reminder(self, key: str) -> None:
        if self.diary is not None:
            self.diary.reminders.snooze(key, self._today() + dt.timedelta(days=1))
            self.refresh_today()

    def export_calendar(self) -> None:
        if self.diary is None:
            return
        dialogs.save_file(
            self,
            self.tr("Export Calendar"),
            self.tr("Calendar files (*.ics)"),
            "scar-diary.ics",
            self.write_calendar,
        )

    def write_calendar(self, path: str) -> bool:
        from scar_diary.services.calendar_export import calendar_ics

        if self.diary is None:
            return False
        facts = self.diary.facts()
        data = calendar_ics(
            facts,
            diary_status(facts, self._today()),
            self.diary.profile.diary_uuid(),
            full_text=self.diary.profile.preferences().calendar_full_text,
        )
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            dialogs.error(
                self,
                self.tr("Export Calendar"),
                self.tr("The calendar could not be saved: {error}").format(
                    error=exc.strerror or exc
                ),
            )
            return False
        self.statusBar().showMessage(self.tr("Calendar saved to {path}").format(path=path), 8000)
        return True

    @property
    def visit_actions(self) -> VisitActions:
        """Booking, marking done and the like, for the Visits page and the Today cards."""
        if self._visit_actions is None:
            from scar_diary.ui.visits.actions import VisitActions

            self._visit_actions = VisitActions(self, lambda: self.diary, self._today)
            self._visit_actions.changed.connect(self.refresh)
            self._visit_actions.rate_requested.connect(self.rate_scars)
        return self._visit_actions

    def _card_action(self, action: str, visit_id: int) -> None:
        from scar_diary.wording.status import Action

        actions = self.visit_actions
        chosen = Action(action)
        if chosen is Action.CONFIRM_DONE:
            actions.mark_done(visit_id)
        elif chosen is Action.CONFIRM_MOVED:
            actions.move(visit_id)
        elif chosen is Action.CONFIRM_CANCELLED:
            actions.cancel(visit_id)
        elif chosen is Action.SET_UP_SERIES:
            self.show_page(self.visits_holder)
        elif chosen in (Action.BOOK, Action.BOOK_ANYWAY, Action.BOOK_BOOST):
            actions.book()
        elif chosen is Action.END_SERIES:
            actions.end_series()
        elif chosen is Action.RATE:
            self.rate_scars()

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))

    def rate_scars(self) -> RateDialog | None:
        if self.diary is None:
            return None
        from scar_diary.ui.ratings.rate_dialog import RateDialog

        dialog = RateDialog(self, self.diary, self._today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _add_scar(self) -> None:
        self.show_page(self.scars_holder)
        if self.scars_page is not None:
            self.scars_page.add_scar(self.scars_page.map.view, None, None, FaceRegion.OTHER)

    def _photo_guide(self) -> None:
        self.show_page(self.scars_holder)
        if self.scars_page is not None:
            self.scars_page.show_guide()

    def show_about(self) -> None:
        dialogs.about(
            self,
            self.tr("About Scar Diary"),
            self.tr(
                "Scar Diary {version}\n\nA private diary for a series of saline injections for "
                "acne scars. It is your own record, not medical advice: your doctor decides about "
                "your treatment.\n\nScar Diary makes no network connections; your data stays on "
                "this computer."
            ).format(version=__version__),
        )

    def show_safety(self) -> None:
        from scar_diary.wording.safety import injection_warning, not_advice

        dialogs.about(
            self,
            self.tr("Who Should Give the Injections"),
            f"{injection_warning()}\n\n{not_advice()}",
        )

    # --- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(980, 720)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.sync()
        self._midnight.stop()
        self.runner.shutdown()
        if self.diary is not None:
            self.diary.close()
            self.diary = None
        super().closeEvent(event)
