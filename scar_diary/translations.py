"""Which language the app speaks, for the window and the command line alike: the one chosen
in Settings, else the system's (`LANG`/`LC_ALL` on Linux). Qt's own strings and ours come
from `resources/translations/*.qm`, built from the `.ts` sources by `make`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from scar_diary.resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("en", "nl")  # English is the source; Dutch is translated


def install(app: QCoreApplication, language: str = "") -> QLocale:
    """Load the translations for `language` ("" = the current default locale) into `app`
    and make that locale the default for dates and numbers; returns it."""
    locale = QLocale(language) if language else QLocale()
    if language:
        QLocale.setDefault(locale)
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("scar_diary", str(TRANSLATIONS)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
    return locale


def for_the_command_line(*, painting: bool = False) -> QCoreApplication:
    """An application object for a command (painting: one that can draw, for the report),
    speaking the language of the locale the command runs under."""
    import os
    import sys

    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if painting:
        from PySide6.QtGui import QGuiApplication

        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app: QCoreApplication = QGuiApplication([sys.argv[0]])
    else:
        app = QCoreApplication([sys.argv[0]])
    install(app)
    return app
