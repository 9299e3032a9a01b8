"""Run in its own process on a given offscreen screen (see test_screen_fit.py): open every
page and the larger dialogs on the sample diary and print, as JSON, each button that does
not lie wholly on the screen, and each window larger than the screen."""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QRect, QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
app = QApplication(sys.argv[:1])

from scar_diary.services.demo import write_sample  # noqa: E402 (after the application)
from scar_diary.ui.main_window import MainWindow  # noqa: E402
from scar_diary.ui.preferences import FIRST_RUN_DONE, PHOTO_GUIDE_SEEN  # noqa: E402

TODAY = dt.date(2026, 11, 25)


def settle(condition: object = None, seconds: float = 20) -> None:
    tick = QTimer()
    tick.start(5)
    loop_until = dt.datetime.now() + dt.timedelta(seconds=seconds)
    while dt.datetime.now() < loop_until:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if condition is None or condition():  # type: ignore[operator]
            break
    for _ in range(5):
        app.processEvents()


def problems(window: QWidget, where: str) -> list[str]:
    screen = app.primaryScreen().availableGeometry()
    found = []
    frame = window.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        found.append(
            f"{where}: the window ({frame.width()}×{frame.height()}) is larger than the screen"
        )
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.isVisible():
            continue
        # inside something that scrolls, the scrolling area must be on the screen
        shown: QWidget = button
        parent = button.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                shown = parent
            parent = parent.parentWidget()
        top_left = shown.mapToGlobal(shown.rect().topLeft())
        rect = QRect(top_left, shown.size())
        inside_window = window.rect().contains(window.mapFromGlobal(top_left))
        if not screen.contains(rect) or not inside_window:
            found.append(f"{where}: “{button.text() or button.objectName()}” is off the screen")
    return found


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    write_sample(folder / "diary", TODAY).close()
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    FIRST_RUN_DONE.set(settings, True)
    PHOTO_GUIDE_SEEN.set(settings, True)
    # first as it opens on its own: at a size that fits the screen, not maximised
    first = MainWindow(settings, folder / "diary", folder / "sample", today=lambda: TODAY)
    first.show()
    settle()
    frame, room = first.frameGeometry(), app.primaryScreen().availableGeometry()
    found = (
        [f"the window opens at {frame.width()}×{frame.height()}, larger than the screen"]
        if frame.width() > room.width() or frame.height() > room.height()
        else []
    )
    first.close()
    settle()
    window = MainWindow(settings, folder / "diary", folder / "sample", today=lambda: TODAY)
    window.showMaximized()
    window.start()
    settle(lambda: window.diary is not None)
    found += problems(window, "Today")
    for key in window.holders:
        window.show_page(window.holders[key])
        settle()
        found += problems(window, key)
    dialogs: list[tuple[str, QWidget | None]] = [("Rate My Scars", window.commands.rate_scars())]
    window.show_page(window.holders["scars"])
    settle()
    dialogs.append(("Compare", window.page("scars").edits.compare()))
    window.commands.show_help()
    dialogs.append(("Help", window.findChildren(QWidget, "helpWindow")[0]))
    dialogs.append(("Book", window.commands.visit_actions.book()))
    for name, dialog in dialogs:
        if dialog is None:
            found.append(f"{name}: did not open")
            continue
        settle()
        found += problems(dialog, name)
        dialog.close()
    print(json.dumps(found))


main()
