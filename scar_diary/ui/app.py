"""Start-up: one QApplication, the user's diary, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from scar_diary import APP_NAME
from scar_diary.paths import default_data_dir, sample_data_dir, set_app_identity

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def install_translators(app: QApplication) -> None:
    """Qt's own strings and ours, in the user's language when a translation exists."""
    locale = QLocale()
    qt_translator = QTranslator(app)
    if qt_translator.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
    ours = QTranslator(app)
    if ours.load(locale, "scar_diary", "_", str(RESOURCES / "translations")):
        app.installTranslator(ours)


def user_settings() -> QSettings:
    return QSettings()


def start_app(
    data_dir: Path | None, *, sample: bool = False
) -> tuple[QApplication, QWidget | None]:
    """Create the application and show the main window on the chosen diary. When Scar Diary
    already runs on that diary, ask it to come forward instead and return no window."""
    set_app_identity()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    icon = RESOURCES / "icons" / "scar-diary.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app)

    from scar_diary.diagnostics import start_logging
    from scar_diary.ui.crash_reports import CrashReports
    from scar_diary.ui.main_window import MainWindow
    from scar_diary.ui.notifier import raise_window
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
    reports = CrashReports(start_logging(own_dir))
    window = MainWindow(user_settings(), own_dir, sample_data_dir())
    reports.window = window
    reports.install()
    instance.activated.connect(lambda: raise_window(window))
    app.aboutToQuit.connect(instance.release)
    window.show()
    app.processEvents()  # paint the window now; the diary (and SQLAlchemy) loads right after
    QTimer.singleShot(0, window.open_sample if sample else window.open_own)
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
