"""Start-up: one QApplication, the user's diary, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from scar_diary import APP_NAME
from scar_diary.paths import default_data_dir, sample_data_dir, set_app_identity
from scar_diary.resources import RESOURCES


def user_settings() -> QSettings:
    return QSettings()


def start_app(
    data_dir: Path | None, *, sample: bool = False
) -> tuple[QApplication, QWidget | None]:
    """Create the application and show the main window on the chosen diary. When Scar Diary
    already runs on that diary, ask it to come forward instead and return no window."""
    set_app_identity()
    # The GUI thread waits at most 1 ms (not Python's 5 ms) for the interpreter while a
    # worker runs Python code: scrolling and painting stay smooth during background work.
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    icon = RESOURCES / "icons" / "scar-diary.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    from scar_diary import translations
    from scar_diary.ui.preferences import LANGUAGE

    translations.install(app, LANGUAGE.get(user_settings()))

    from scar_diary.ui import dialogs
    from scar_diary.ui.main_window import MainWindow
    from scar_diary.ui.single_instance import SingleInstance

    own_dir = data_dir or default_data_dir()
    try:
        instance = SingleInstance(own_dir, app)
        running_elsewhere = not instance.acquire()
    except OSError as exc:
        _cannot_start(own_dir, exc.strerror or str(exc))
        return app, None
    if running_elsewhere:
        if not instance.notify_running():
            _cannot_start(
                own_dir,
                QApplication.translate(
                    "Startup",
                    "Scar Diary is already open on this diary, but it did not come forward. "
                    "Close it (or wait until it has finished) and start Scar Diary again.",
                ),
            )
        return app, None
    window = MainWindow(user_settings(), own_dir, sample_data_dir())
    instance.activated.connect(lambda: dialogs.bring_forward(window))
    app.aboutToQuit.connect(instance.release)
    window.show()
    app.processEvents()  # paint the window now; everything else follows at once

    def then_the_rest() -> None:
        window.show_icons()
        instance.listen()
        from scar_diary.diagnostics import start_logging
        from scar_diary.ui.crash_reports import CrashReports

        CrashReports(start_logging(own_dir), window).install()

    QTimer.singleShot(0, lambda: window.start(sample=sample))
    QTimer.singleShot(0, lambda: window.when_photos_shown(then_the_rest))
    return app, window


def _cannot_start(folder: Path, reason: str) -> None:
    """Never end silently without a window: say why, in a window (and on stderr, for a
    terminal that started it)."""
    print(f"scar-diary: cannot start on {folder}: {reason}", file=sys.stderr, flush=True)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        QApplication.translate("Startup", "Scar Diary cannot start on {folder}.").format(
            folder=folder
        ),
        QMessageBox.StandardButton.Ok,
    )
    box.setInformativeText(reason)
    box.exec()


def run_app(data_dir: Path | None, *, sample: bool = False) -> int:
    app, window = start_app(data_dir, sample=sample)
    if window is None:
        return 0  # the running Scar Diary was asked to come forward
    return app.exec()
