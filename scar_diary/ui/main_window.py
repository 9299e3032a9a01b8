"""The main window: page navigation on the left, the current page on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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
from scar_diary.domain.status import diary_status
from scar_diary.ui import dialogs
from scar_diary.ui.today_page import TodayPage

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary

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
        self.today_page = TodayPage(self.pages)
        self._add_page(
            self.today_page, self.tr("Today"), QStyle.StandardPixmap.SP_FileDialogInfoView
        )
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
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
        quit_action = QAction(self.tr("&Quit"), self)
        # Not StandardKey.Quit: several platform themes bind nothing to it.
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Scar Diary"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # --- diaries -------------------------------------------------------------------------
    def open_diary(self, data_dir: Path) -> bool:
        """Switch to the diary in `data_dir`; on failure the current one stays open."""
        from scar_diary.services.diary import Diary
        from scar_diary.storage.database import OpenError
        from scar_diary.wording.errors import open_error_message

        try:
            diary = Diary.open(data_dir)
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
            self.diary.close()
        self.diary = diary
        self.open_own_action.setEnabled(diary.is_sample)
        self.setWindowTitle(
            self.tr("{app} — Sample Diary").format(app=APP_NAME) if diary.is_sample else APP_NAME
        )
        self.refresh()

    def _show_open_problem(self, message: str) -> None:
        if self.diary is None:
            self.setWindowTitle(APP_NAME)
            self.today_page.show_problem(message)
        dialogs.error(self, self.tr("Cannot Open Diary"), message)

    def refresh(self) -> None:
        if self.diary is None:
            return
        today = self._today()
        facts = self.diary.facts()
        self.today_page.show_status(
            diary_status(facts, today), facts.settings, is_sample=self.diary.is_sample
        )
        self._schedule_midnight_refresh()

    def _schedule_midnight_refresh(self) -> None:
        now = dt.datetime.now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 5))
        self._midnight.start(int((midnight - now).total_seconds() * 1000))

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
        if self.diary is not None:
            self.diary.close()
            self.diary = None
        super().closeEvent(event)
