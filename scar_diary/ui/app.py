"""Start-up: one QApplication, the user's diary, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from scar_diary.paths import default_data_dir, sample_data_dir, set_app_identity

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def install_translators(app: QApplication) -> None:
    """Qt's own strings and ours, in the user's language when a translation exists."""
    locale = QLocale()
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    ours = QTranslator(app)
    if ours.load(locale, "scar_diary", "_", str(RESOURCES / "translations")):
        app.installTranslator(ours)


def user_settings() -> QSettings:
    return QSettings()


def run_app(data_dir: Path | None) -> int:
    set_app_identity()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "scar-diary.svg")))
    install_translators(app)

    from scar_diary.ui.main_window import MainWindow

    window = MainWindow(user_settings(), data_dir or default_data_dir(), sample_data_dir())
    window.show()
    window.open_own()
    return app.exec()
