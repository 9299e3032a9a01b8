"""The main window: page navigation on the left, the current page on the right. What happens
to the diary (opening, restoring, importing, exporting) is the DiaryController's business,
keeping Today current is TodayUpdates', the File menu's dialogs are FileActions'; the window
builds the pages and wires them together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from scar_diary import APP_NAME
from scar_diary.domain.changes import Changed
from scar_diary.ui import dialogs
from scar_diary.ui.diary_controller import DiaryController
from scar_diary.ui.file_actions import FileActions
from scar_diary.ui.guarded_dialog import GuardedDialog
from scar_diary.ui.menus import build_menus
from scar_diary.ui.navigation import Navigation
from scar_diary.ui.page_registry import TODAY_CONCERNS, page_specs
from scar_diary.ui.pages import PageHolder
from scar_diary.ui.preferences import (
    FIRST_RUN_DONE,
    GEOMETRY,
    LAST_PAGE,
    WATCHED_FOLDER,
    geometry_on,
)
from scar_diary.ui.protection.guard import DiaryGuard
from scar_diary.ui.protection.remembered import (
    forget_protected,
    plain_where_protected,
    remember_protected,
    was_protected,
)
from scar_diary.ui.tasks import Lane, TaskRunner
from scar_diary.ui.today_page import TodayPage
from scar_diary.ui.today_updates import TodayUpdates
from scar_diary.ui.window_commands import WindowCommands

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary
    from scar_diary.storage.reader import DiaryReader
    from scar_diary.ui.inbox.intake import Intake
    from scar_diary.ui.long_job import LongJob
    from scar_diary.ui.protection.lock_screen import LockScreen

# The services (and with them SQLAlchemy, the slowest import) load on the background helper
# while the window shows the diary read straight from its file.

T = TypeVar("T")


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
        self.ui_settings = settings
        self.today_fn = today
        self._preview: DiaryReader | None = None
        self._intake: Intake | None = None
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.controller = DiaryController(self, self.runner, own_dir, sample_dir, today)
        self.files = FileActions(self, self.controller, today)
        self.commands = WindowCommands(self)

        self.nav = Navigation(self)
        self.pages = QStackedWidget(self)
        self.today_page = TodayPage(self.pages)
        self.today = TodayUpdates(
            self.today_page,
            settings,
            today,
            lambda: self.commands.visit_actions,
            lambda key: self.show_page(self.holders[key]),
            lambda: self.commands.rate_scars(),
        )
        self.nav.add(self.tr("Today"))
        self.pages.addWidget(self.today_page)
        self.holders: dict[str, PageHolder] = {}
        for spec in page_specs(self):
            self.holders[spec.key] = PageHolder(spec, self.pages)
            self.nav.add(spec.title)
            self.pages.addWidget(self.holders[spec.key])
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(lambda _row: self._page_shown())
        self.nav.setCurrentRow(min(max(LAST_PAGE.get(settings), 0), self.nav.count() - 1))

        self.content = QWidget(self)
        layout = QHBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        # The lock screen (made when first needed) takes the content's place: nothing of a
        # locked diary is drawn.
        self.screens = QStackedWidget(self)
        self.screens.addWidget(self.content)
        self.setCentralWidget(self.screens)
        self.guard = DiaryGuard(self, self.controller, self.runner, settings, self._lock_screen)
        self.guard.locked_changed.connect(self._show_locked)
        self.guard.about_to_lock.connect(self.today.keep_for_the_lock)
        self.menus = build_menus(self, [self.nav.item(i).text() for i in range(self.nav.count())])

        self.today_page.sample_requested.connect(self.open_sample)
        self.today_page.own_diary_requested.connect(self.open_own)
        self.today_page.restore_requested.connect(self.controller.recover)
        self.today_page.series_requested.connect(lambda: self.show_page(self.holders["visits"]))
        self.today_page.scars_requested.connect(lambda: self.show_page(self.holders["scars"]))
        self.controller.opened.connect(self._use)
        self.controller.closing.connect(self._let_go)
        self.controller.problem.connect(self._show_open_problem)
        self.controller.message.connect(self._status_message)
        self.controller.backups_changed.connect(self._backups_changed)
        self.controller.photos_repaired.connect(lambda: self.refresh(Changed.PHOTOS))
        self._restore_geometry()

    @property
    def intake(self) -> Intake:
        """Photos from the phone and the watched folder (made when first needed)."""
        if self._intake is None:
            from scar_diary.ui.inbox.intake import Intake

            self._intake = Intake(self)
        return self._intake

    def _show_inbox_count(self) -> None:
        """The Inbox row of the page list and the Today card say how many photos wait."""
        from PySide6.QtCore import Qt

        count = self.diary.inbox.count() if self.diary is not None else 0
        if self.diary is not None and not self.today_page.show_inbox(count):
            self.today.refresh()  # the card comes or goes
        title = self.holders["inbox"].spec.title
        row = list(self.holders).index("inbox") + 1
        item = self.nav.item(row)
        item.setText(
            self.tr("{page} ({count})").format(page=title, count=count) if count else title
        )
        item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())

    def _lock_screen(self) -> LockScreen:
        from scar_diary.ui.protection.lock_screen import LockScreen

        screen = LockScreen(self)
        self.screens.addWidget(screen)
        return screen

    @property
    def lock_screen(self) -> LockScreen:
        return self.guard.screen

    # --- pages -----------------------------------------------------------------------------
    def show_icons(self) -> None:
        """The navigation's and menus' icons, in the palette's colours: set after the first
        paint (the SVG renderer loads then) and again when the palette changes."""
        self.nav.show_icons(["today", *self.holders], self.palette())
        self.menus.show_icons(self.palette())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.nav.item(0).icon().isNull() is False:
            self.show_icons()  # light and dark themes
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.guard.minimised()
        super().changeEvent(event)

    def page(self, key: str) -> Any:
        """The page, once built (pages are built when first shown)."""
        return self.holders[key].page

    def built(self, kind: type[T]) -> T | None:
        """The page of that class, once built."""
        return next((h.page for h in self.holders.values() if isinstance(h.page, kind)), None)

    # tests and benchmarks reach pages by name
    scars_holder = property(lambda self: self.holders["scars"])
    visits_holder = property(lambda self: self.holders["visits"])
    progress_holder = property(lambda self: self.holders["progress"])
    report_holder = property(lambda self: self.holders["report"])
    settings_holder = property(lambda self: self.holders["settings"])

    def _page_shown(self) -> None:
        holder = self.pages.currentWidget()
        if isinstance(holder, PageHolder):
            page, built = holder.ensure(self.diary, self._preview)
            if page is not None and not built and holder.spec.drawn:
                holder.reload()

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))

    # --- the diary -------------------------------------------------------------------------
    @property
    def diary(self) -> Diary | None:
        return self.controller.diary

    def start(self, *, sample: bool = False) -> None:
        """Show the user's diary at once, read from its file; it opens properly in the
        background once that is painted (the sample diary is made first)."""
        if sample:
            self.open_sample()
            return
        from scar_diary.storage.reader import DiaryReader

        if DiaryReader.needs_passphrase(self.controller.own_dir):  # its passphrase first
            self.controller.locked_out.emit(self.controller.own_dir)
            return
        if was_protected(self.ui_settings, self.controller.own_dir):
            self.controller.open_own()  # no plain preview: protected before, it is checked
            return
        self._preview = DiaryReader.preview(self.controller.own_dir)
        if self._preview is None:
            self.controller.open_own()
            return
        preview = self._preview
        if self.pages.currentWidget() is self.today_page:
            self.today.show_from(preview)
        else:  # the page in view first; Today once its photos are shown
            self._page_shown()
            self.when_photos_shown(lambda: self.today.show_from(preview))
        self.when_photos_shown(lambda: self.controller.open_own(quietly=True))

    def when_photos_shown(self, then: Callable[[], object], waited_ms: int = 0) -> None:
        """Run `then` once the photos in view are decoded (at most a second later): work the
        first screen does not show (opening the diary: SQLAlchemy, about 0.3 s of Python; the
        Today page behind another one; the log file) would hold the interpreter meanwhile."""
        if self.runner.busy(Lane.IMAGES) and waited_ms < 1000:
            QTimer.singleShot(20, lambda: self.when_photos_shown(then, waited_ms + 20))
            return
        then()

    def open_diary(self, data_dir: Path) -> LongJob:
        """Switch to the diary in `data_dir`; on failure the current one stays open."""
        return self.controller.open(data_dir)

    def open_own(self) -> LongJob:
        return self.controller.open_own()

    def open_sample(self) -> LongJob:
        return self.controller.open_sample()

    def _use(self, diary: Diary) -> None:
        if diary.db.cipher is not None:
            remember_protected(self.ui_settings, diary.data_dir)
        elif not diary.is_sample and was_protected(self.ui_settings, diary.data_dir):
            self._plain_where_protected(diary.data_dir)
            return
        self._preview = None
        for action in self.menus.needs_diary:
            action.setEnabled(True)
        for holder in self.holders.values():
            holder.give(diary)
        self.menus.open_own.setEnabled(diary.is_sample)
        self.menus.import_diary.setEnabled(not diary.is_sample)
        self.menus.lock.setEnabled(diary.db.cipher is not None)
        self.controller.daily_backup()
        self.setWindowTitle(
            self.tr("{app} — Sample Diary").format(app=APP_NAME) if diary.is_sample else APP_NAME
        )
        self.today.show_from(diary.read, diary)
        self._show_inbox_count()
        if WATCHED_FOLDER.get(self.ui_settings):
            self.intake.watch_folder()
        self._page_shown()  # builds (and fills) the one in view
        if not diary.is_sample and not FIRST_RUN_DONE.get(self.ui_settings):
            facts = diary.facts()
            if facts.series is None and not facts.scars:
                self.commands.first_run()

    def _let_go(self) -> None:
        """The diary is closing: no page may use it (a timer firing during a restore must
        not touch the file being replaced). A change still waiting to be saved is saved."""
        visits = self.page("visits")
        if visits is not None:
            visits.save_pending(announce=False)
        for action in self.menus.needs_diary:
            action.setEnabled(False)
        if self._intake is not None:
            self._intake.stop_receiving()
        for holder in self.holders.values():
            holder.give(None)
        self.today.show_from(None)
        self._show_inbox_count()

    def _show_locked(self, locked: bool) -> None:
        """While locked only the lock screen, Help and Quit are there."""
        self.screens.setCurrentWidget(self.lock_screen if locked else self.content)
        for action in (*self.menus.pages, self.menus.open_sample, self.menus.import_diary):
            action.setEnabled(not locked)
        self.menus.lock.setEnabled(False)
        if locked:
            self._preview = None
            if self._intake is not None:
                self._intake.stop_receiving()  # nothing is received into a locked diary
            # a lock holds nothing of the diary: every page (its models, pixmap caches and
            # charts) is torn down and built again after unlocking
            for holder in self.holders.values():
                holder.discard()
            self.today_page.clear()
            self.setWindowTitle(self.tr("{app} — Locked").format(app=APP_NAME))
            self.lock_screen.field.setFocus()

    def _plain_where_protected(self, folder: Path) -> None:
        """Refused until the user says the protection was removed on purpose."""
        self.controller.close()
        message = plain_where_protected(folder)
        self._preview = None
        self.setWindowTitle(APP_NAME)
        self.today_page.show_problem(message)

        def open_anyway() -> None:
            forget_protected(self.ui_settings, folder)
            self.controller.open(folder)

        dialogs.confirm(
            self,
            self.tr("Diary Not Protected"),
            message,
            confirm_text=self.tr("Open It Anyway"),
            cancel_text=self.tr("Keep It Closed"),
            on_confirm=open_anyway,
        )

    def _show_open_problem(self, message: str, can_restore: bool) -> None:
        if self.diary is None:
            self._preview = None
            self.setWindowTitle(APP_NAME)
            self.today_page.show_problem(message, can_restore=can_restore)
        dialogs.error(self, self.tr("Cannot Open Diary"), message)

    def _status_message(self, text: str, ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    def _backups_changed(self) -> None:
        if self.page("settings") is not None:
            self.page("settings").backups.reload()

    def refresh(self, changed: Changed | None = None, source: QWidget | None = None) -> None:
        """Reload what shows what was changed: what the diary's units of work committed since
        the last refresh (they say what they change), plus `changed`. Never the page the
        change came from (it shows it already); a drawn page only while in view."""
        pending = self.diary.take_changes() if self.diary is not None else Changed.NOTHING
        changed = pending if changed is None else changed | pending
        reader = self.diary.read if self.diary is not None else self._preview
        with reader.one_reading() if reader is not None else nullcontext():
            for holder in self.holders.values():
                if holder.page is None or holder.page is source:
                    continue
                if not holder.spec.concerns & changed:
                    continue
                if holder.spec.drawn and self.pages.currentWidget() is not holder:
                    continue
                holder.reload(changed)
            if changed & TODAY_CONCERNS:
                self.today.refresh()
        if changed & Changed.INBOX:
            self._show_inbox_count()

    # --- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The size and place it had, or one that fits the screen's free area (a 1024×640
        laptop, 200% scaling); a remembered size larger than this screen is fitted too."""
        remembered = geometry_on(screens_now()).get(self.ui_settings)
        if remembered.isEmpty():
            remembered = GEOMETRY.get(self.ui_settings)  # screens never seen: the last place
        if not self.restoreGeometry(remembered):
            dialogs.fit_to_screen(self, 980, 720)
            return
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            if self.width() > room.width() or self.height() > room.height():
                dialogs.fit_to_screen(self, self.width(), self.height())

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = [d for d in self.findChildren(GuardedDialog) if d.isVisible() and d.changed]
        if unsaved:  # a dialog holds what the patient entered: it asks first
            event.ignore()
            unsaved[0].activateWindow()
            unsaved[0].reject()
            return
        scars = self.page("scars")
        importing = scars is not None and scars.edits.finish_imports(then=self.close)
        if importing or self.runner.busy(Lane.DIARY):
            # never cut a write or an import short, never freeze: close after
            event.ignore()
            self.statusBar().showMessage(self.tr("Finishing… Scar Diary closes when it is done."))
            if not importing:
                self.runner.when_idle(Lane.DIARY, self.close)
            return
        self.commands.keep_guide_for_later()
        GEOMETRY.set(self.ui_settings, self.saveGeometry())
        geometry_on(screens_now()).set(self.ui_settings, self.saveGeometry())
        LAST_PAGE.set(self.ui_settings, self.nav.currentRow())
        self.ui_settings.sync()
        self.today.stop()
        if self.page("report") is not None:
            self.page("report").save_questions()
        self.controller.close()
        self.runner.shutdown()
        super().closeEvent(event)


def screens_now() -> str:
    """The set of screens attached now, by name and size: the key a window place is kept by."""
    return "+".join(
        f"{screen.name()}-{screen.geometry().width()}x{screen.geometry().height()}"
        for screen in QGuiApplication.screens()
    )
