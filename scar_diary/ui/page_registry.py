"""The window's pages after Today: each one's factory, and what changes concern it (so an
edit refreshes only the pages that show what it changed). Pages are built when first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from scar_diary.domain.changes import Changed
from scar_diary.ui.pages import PageSpec

if TYPE_CHECKING:
    from scar_diary.ui.main_window import MainWindow

translate = QCoreApplication.translate  # a plain name lupdate recognises

# Today shows the status, reminders and aftercare: everything but the summary's names (and
# the inbox, whose one card the window updates by itself: photos arrive in bursts).
TODAY_CONCERNS = Changed.EVERYTHING & ~(Changed.PROFILE | Changed.PHOTOS | Changed.INBOX)


def page_specs(window: MainWindow) -> list[PageSpec]:
    everything_shown = Changed.EVERYTHING & ~(Changed.PROFILE | Changed.REMINDERS)
    return [
        # ratings are flagged by the visits and the swelling days around them
        PageSpec("scars", translate("MainWindow", "Scars"), lambda h: _scars(window, h),
                 everything_shown, previews=True),
        PageSpec("visits", translate("MainWindow", "Visits"), lambda h: _visits(window, h),
                 Changed.VISITS | Changed.SETTINGS | Changed.SCARS),
        PageSpec("progress", translate("MainWindow", "Progress"),
                 lambda h: _progress(window, h), everything_shown, drawn=True),
        PageSpec("report", translate("MainWindow", "Report"), lambda h: _report(window, h),
                 Changed.EVERYTHING & ~Changed.REMINDERS),
        # Settings changes only itself; the names the first-run guide saves show there
        PageSpec("settings", translate("MainWindow", "Settings"),
                 lambda h: _settings(window, h), Changed.PROFILE),
        # the photos waiting, and the scars (and their newest photos) they may go to
        PageSpec("inbox", translate("MainWindow", "Inbox"), lambda h: _inbox(window, h),
                 Changed.INBOX | Changed.SCARS | Changed.PHOTOS),
    ]  # fmt: skip


def _scars(window: MainWindow, holder: QWidget) -> QWidget:
    from scar_diary.ui.scars.page import ScarsPage

    page = ScarsPage(window.runner, window.undo_stack, window.ui_settings, window.today_fn, holder)
    page.changed.connect(lambda: window.refresh(source=page))
    page.rate_requested.connect(window.commands.rate_scars)
    return page


def _visits(window: MainWindow, holder: QWidget) -> QWidget:
    from scar_diary.ui.visits.page import VisitsPage

    return VisitsPage(window.today_fn, window.commands.visit_actions, holder)


def _progress(window: MainWindow, holder: QWidget) -> QWidget:
    from scar_diary.ui.progress.page import ProgressPage

    return ProgressPage(window.today_fn, holder)


def _report(window: MainWindow, holder: QWidget) -> QWidget:
    from scar_diary.ui.report.page import ReportPage

    return ReportPage(window.runner, window.ui_settings, window.today_fn, holder)


def _settings(window: MainWindow, holder: QWidget) -> QWidget:
    from scar_diary.ui.settings.page import SettingsPage

    page = SettingsPage(window.ui_settings, holder)
    page.changed.connect(lambda: window.refresh(source=page))
    backups, protection, guard = page.backups, page.protection, window.guard
    backups.restore_requested.connect(window.controller.restore)
    backups.backup_requested.connect(window.controller.back_up_now)
    backups.repair_requested.connect(window.controller.repair_photos)
    backups.move_requested.connect(window.controller.move_backups)
    protection.turn_on_requested.connect(guard.turn_on)
    protection.turn_off_requested.connect(guard.turn_off)
    protection.change_requested.connect(guard.change)
    protection.lock_requested.connect(guard.lock)
    protection.idle_minutes_changed.connect(guard.set_idle_minutes)
    protection.lock_when_minimised_changed.connect(guard.set_lock_when_minimised)
    page.phone.folder_changed.connect(lambda _folder: window.intake.watch_folder())
    return page


def _inbox(window: MainWindow, holder: QWidget) -> QWidget:
    from scar_diary.ui.inbox.page import InboxPage

    page = InboxPage(window.runner, window.ui_settings, holder)
    page.changed.connect(lambda: window.refresh(source=page))
    page.receive_requested.connect(window.commands.receive_from_phone)
    page.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
    return page
