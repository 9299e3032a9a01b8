"""The main window: page navigation on the left, the current page on the right. What happens
to the diary (opening, restoring, importing, exporting) is the DiaryController's business;
the window shows it and wires the pages together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from scar_diary import APP_NAME, __version__
from scar_diary.domain.entities import FaceRegion
from scar_diary.domain.status import diary_status
from scar_diary.services.tasks import TaskRunner
from scar_diary.ui import dialogs
from scar_diary.ui.diary_controller import DiaryController
from scar_diary.ui.menus import build_menus
from scar_diary.ui.pages import PageHolder, PageSpec
from scar_diary.ui.today_page import TodayPage

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary
    from scar_diary.ui.long_job import LongJob
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
        self._today = today
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.controller = DiaryController(self, self.runner, own_dir, sample_dir, today)
        self.notifier: ReminderNotifier | None = None
        self._visit_actions: VisitActions | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(22, 22))
        self.pages = QStackedWidget(self)
        self.today_page = TodayPage(self.pages)
        self._add_nav(self.tr("Today"), QStyle.StandardPixmap.SP_FileDialogInfoView)
        self.pages.addWidget(self.today_page)
        self.holders: dict[str, PageHolder] = {}
        for spec in self._page_specs():
            holder = PageHolder(spec, self.pages)
            self.holders[spec.key] = holder
            self._add_nav(spec.title, spec.icon)
            self.pages.addWidget(holder)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(lambda _row: self._page_shown())
        self.nav.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        titles = [self.nav.item(i).text() for i in range(self.nav.count())]
        self.menus = build_menus(self, titles)
        self.open_own_action = self.menus.open_own

        self.today_page.sample_requested.connect(self.open_sample)
        self.today_page.own_diary_requested.connect(self.open_own)
        self.today_page.restore_requested.connect(self.recover)
        self.today_page.series_requested.connect(lambda: self.show_page(self.visits_holder))
        self.today_page.scars_requested.connect(lambda: self.show_page(self.scars_holder))
        self.today_page.reminder_dismissed.connect(self._dismiss_reminder)
        self.today_page.reminder_snoozed.connect(self._snooze_reminder)
        self.today_page.action_requested.connect(self._card_action)
        self.controller.opened.connect(self._use)
        self.controller.closing.connect(self._let_go)
        self.controller.problem.connect(self._show_open_problem)
        self.controller.message.connect(self._status_message)
        self.controller.backups_changed.connect(self._backups_changed)

        # Refresh just after midnight, so "day 3 after session 5" never goes stale overnight.
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh)
        self._restore_geometry()

    # --- structure -----------------------------------------------------------------------
    def _page_specs(self) -> list[PageSpec]:
        return [
            PageSpec("scars", self.tr("Scars"), QStyle.StandardPixmap.SP_DirIcon, self._scars),
            PageSpec(
                "visits",
                self.tr("Visits"),
                QStyle.StandardPixmap.SP_FileDialogDetailedView,
                self._visits,
            ),
            PageSpec(
                "progress",
                self.tr("Progress"),
                QStyle.StandardPixmap.SP_ArrowUp,
                self._progress,
                refresh_when_shown=True,  # charts are drawn only while they are seen
            ),
            PageSpec("report", self.tr("Report"), QStyle.StandardPixmap.SP_FileIcon, self._report),
            PageSpec(
                "settings",
                self.tr("Settings"),
                QStyle.StandardPixmap.SP_FileDialogListView,
                self._settings_page,
            ),
        ]

    def _scars(self, holder: QWidget) -> QWidget:
        from scar_diary.ui.scars.page import ScarsPage

        page = ScarsPage(self.runner, self.undo_stack, self._settings, self._today, holder)
        page.changed.connect(self.refresh_today)
        page.rate_requested.connect(self.rate_scars)
        return page

    def _visits(self, holder: QWidget) -> QWidget:
        from scar_diary.ui.visits.page import VisitsPage

        return VisitsPage(self._today, self.visit_actions, holder)

    def _progress(self, holder: QWidget) -> QWidget:
        from scar_diary.ui.progress.page import ProgressPage

        return ProgressPage(self._today, holder)

    def _report(self, holder: QWidget) -> QWidget:
        from scar_diary.ui.report.page import ReportPage

        return ReportPage(self.runner, self._settings, self._today, holder)

    def _settings_page(self, holder: QWidget) -> QWidget:
        from scar_diary.ui.settings.page import SettingsPage

        page = SettingsPage(self._settings, holder)
        page.changed.connect(self.refresh)
        page.backups.restore_requested.connect(self.restore_backup)
        page.backups.backup_requested.connect(self.controller.back_up_now)
        page.backups.move_requested.connect(self.controller.move_backups)
        return page

    def _add_nav(self, title: str, icon: QStyle.StandardPixmap) -> None:
        item = QListWidgetItem(self.style().standardIcon(icon), title)
        item.setSizeHint(QSize(0, 36))
        self.nav.addItem(item)

    def _page(self, key: str) -> Any:
        return self.holders[key].page

    @property
    def diary(self) -> Diary | None:
        return self.controller.diary

    @property
    def scars_holder(self) -> PageHolder:
        return self.holders["scars"]

    @property
    def visits_holder(self) -> PageHolder:
        return self.holders["visits"]

    @property
    def progress_holder(self) -> PageHolder:
        return self.holders["progress"]

    @property
    def report_holder(self) -> PageHolder:
        return self.holders["report"]

    @property
    def settings_holder(self) -> PageHolder:
        return self.holders["settings"]

    @property
    def scars_page(self) -> ScarsPage | None:
        return self._page("scars")  # type: ignore[no-any-return]

    @property
    def visits_page(self) -> VisitsPage | None:
        return self._page("visits")  # type: ignore[no-any-return]

    @property
    def progress_page(self) -> ProgressPage | None:
        return self._page("progress")  # type: ignore[no-any-return]

    @property
    def report_page(self) -> ReportPage | None:
        return self._page("report")  # type: ignore[no-any-return]

    @property
    def settings_page(self) -> SettingsPage | None:
        return self._page("settings")  # type: ignore[no-any-return]

    def _built_pages(self) -> list[Any]:
        return [h.page for h in self.holders.values() if h.page is not None]

    def _page_shown(self) -> None:
        holder = self.pages.currentWidget()
        if isinstance(holder, PageHolder):
            page, built = holder.ensure(self.diary)
            if page is not None and not built and holder.spec.refresh_when_shown:
                page.reload()  # type: ignore[attr-defined]

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))

    # --- the diary -------------------------------------------------------------------------
    def open_diary(self, data_dir: Path) -> LongJob:
        """Switch to the diary in `data_dir`; on failure the current one stays open."""
        return self.controller.open(data_dir)

    def open_own(self) -> LongJob:
        return self.controller.open_own()

    def open_sample(self) -> LongJob:
        return self.controller.open_sample()

    def restore_backup(self, backup: Any) -> None:
        self.controller.restore(backup)

    def recover(self) -> None:
        self.controller.recover()

    def _use(self, diary: Diary) -> None:
        for action in self.menus.needs_diary:
            action.setEnabled(True)
        for page in self._built_pages():
            page.set_diary(diary)
        if self.notifier is None:
            from scar_diary.ui.notifier import ReminderNotifier

            self.notifier = ReminderNotifier(self, self._settings)
        self.menus.open_own.setEnabled(diary.is_sample)
        self.menus.import_diary.setEnabled(not diary.is_sample)
        self.controller.daily_backup()
        self.setWindowTitle(
            self.tr("{app} — Sample Diary").format(app=APP_NAME) if diary.is_sample else APP_NAME
        )
        self.refresh()  # the pages already built
        self._page_shown()  # builds (and fills) the one in view

    def _let_go(self) -> None:
        """The diary is closing: no page may use it (a timer firing during a restore must
        not touch the file being replaced)."""
        for action in self.menus.needs_diary:
            action.setEnabled(False)
        for page in self._built_pages():
            page.set_diary(None)

    def _show_open_problem(self, message: str, can_restore: bool) -> None:
        if self.diary is None:
            self.setWindowTitle(APP_NAME)
            self.today_page.show_problem(message, can_restore=can_restore)
        dialogs.error(self, self.tr("Cannot Open Diary"), message)

    def _status_message(self, text: str, ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    def _backups_changed(self) -> None:
        if self.settings_page is not None:
            self.settings_page.backups.reload()

    # --- archives and calendar ---------------------------------------------------------------
    def _checked_target(self, title: str, path: str, suffix: str) -> Path | None:
        from scar_diary.services.errors import InvalidInput
        from scar_diary.services.output_paths import check_output

        if self.diary is None:
            return None
        target = Path(path) if path.endswith(suffix) else Path(path + suffix)
        try:
            return check_output(target, self.diary.data_dir)
        except InvalidInput as exc:
            dialogs.error(self, title, str(exc))
            return None

    def export_diary(self) -> None:
        if self.diary is None:
            return
        dialogs.save_file(
            self,
            self.tr("Export Diary"),
            self.tr("Scar Diary archives (*.zip)"),
            f"scar-diary-{self._today().isoformat()}.zip",
            self.write_archive,
        )

    def write_archive(self, path: str) -> LongJob | None:
        target = self._checked_target(self.tr("Export Diary"), path, ".zip")
        return None if target is None else self.controller.export_archive(target)

    def choose_import(self) -> None:
        dialogs.open_files(
            self,
            self.tr("Import Diary"),
            self.tr("Scar Diary archives (*.zip)"),
            lambda files: self.import_diary(Path(files[0])) if files else None,
        )

    def import_diary(self, archive: Path) -> LongJob:
        """Check the archive first; then, if the diary has data, ask; then back up and load."""
        return self.controller.import_archive(archive)

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
        from scar_diary.storage.files import describe, write_atomically

        target = self._checked_target(self.tr("Export Calendar"), path, ".ics")
        if target is None or self.diary is None:
            return False
        facts = self.diary.facts()
        data = calendar_ics(
            facts,
            diary_status(facts, self._today()),
            self.diary.profile.diary_uuid(),
            full_text=self.diary.profile.preferences().calendar_full_text,
        )
        try:
            write_atomically(target, data, make_folder=False)
        except OSError as exc:
            dialogs.error(
                self,
                self.tr("Export Calendar"),
                self.tr("The calendar could not be saved: {error}").format(error=describe(exc)),
            )
            return False
        self.statusBar().showMessage(self.tr("Calendar saved to {path}").format(path=path), 8000)
        return True

    # --- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        for key in ("scars", "visits", "report"):
            page = self._page(key)
            if page is not None:
                page.reload()
        progress = self.progress_page
        if progress is not None and self.pages.currentWidget() is self.progress_holder:
            progress.reload()
        self.refresh_today()

    def refresh_today(self) -> None:
        if self.diary is None:
            return
        facts = self.diary.facts()
        status = diary_status(facts, self._today())
        reminders = self.diary.reminders.for_status(facts, status)
        self.today_page.show_status(
            status, facts.settings, is_sample=self.diary.is_sample, reminders=reminders
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

    # --- actions ----------------------------------------------------------------------------
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

    def rate_scars(self) -> RateDialog | None:
        if self.diary is None:
            return None
        from scar_diary.ui.ratings.rate_dialog import RateDialog

        dialog = RateDialog(self, self.diary, self._today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def add_scar(self) -> None:
        self.show_page(self.scars_holder)
        if self.scars_page is not None:
            self.scars_page.add_scar(self.scars_page.map.view, None, None, FaceRegion.OTHER)

    def photo_guide(self) -> None:
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
        report = self.report_page
        if report is not None:
            report.save_questions()
        self.controller.close()
        self.runner.shutdown()
        super().closeEvent(event)
