"""Start-up: one QApplication, the user's diary, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

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

    from scar_diary.ui.main_window import MainWindow
    from scar_diary.ui.notifier import raise_window
    from scar_diary.ui.single_instance import SingleInstance

    own_dir = data_dir or default_data_dir()
    instance = SingleInstance(own_dir, app)
    if not instance.acquire():
        instance.notify_running()
        return app, None
    window = MainWindow(user_settings(), own_dir, sample_data_dir())
    instance.activated.connect(lambda: raise_window(window))
    app.aboutToQuit.connect(instance.release)
    window.show()
    app.processEvents()  # paint the window now; the diary (and SQLAlchemy) loads right after
    QTimer.singleShot(0, window.open_sample if sample else window.open_own)
    return app, window


def run_app(data_dir: Path | None, *, sample: bool = False) -> int:
    app, window = start_app(data_dir, sample=sample)
    if window is None:
        return 0  # the running Scar Diary was asked to come forward
    return app.exec()
