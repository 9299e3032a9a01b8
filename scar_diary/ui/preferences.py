"""The window's own preferences (not the diary's settings, which live in the diary): each
declared once here with its key, type and default, read and written through QSettings.
Picard's declared options are the model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", bool, int, str, QByteArray, list[str])


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    meaning: str

    def get(self, store: QSettings) -> T:
        if isinstance(self.default, QByteArray):
            value = store.value(self.key)
            return value if isinstance(value, QByteArray) else self.default
        if isinstance(self.default, list):
            stored = store.value(self.key, [], type=list)
            return cast(T, [str(v) for v in stored] if isinstance(stored, list) else [])
        return cast(T, store.value(self.key, self.default, type=type(self.default)))

    def set(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


GEOMETRY = Option("mainWindow/geometry", QByteArray(), "the main window's size and place")


def geometry_on(screens: str) -> Option[QByteArray]:
    """The window's size and place on one set of screens (a laptop alone, or docked to two
    monitors): each set keeps its own; GEOMETRY is the last one, for a set never seen."""
    safe = "".join(c if c.isalnum() else "_" for c in screens)
    return Option(f"mainWindow/geometryOn/{safe}", QByteArray(), "size and place per screens")


LAST_PAGE = Option("mainWindow/page", 0, "the page shown when the app was closed")
FIRST_RUN_DONE = Option("firstRun/done", False, "the first-run guide was finished or skipped")
FIRST_RUN_DRAFT = Option(
    "firstRun/draft", "", "what the first-run guide was told before it was left for later"
)
PHOTO_GUIDE_SEEN = Option("photoGuide/seen", False, "the photo guide was shown once")
NOTIFIED = Option[list[str]]("notifications/notified", [], "reminders already announced")
LANGUAGE = Option("language", "", "the language chosen in Settings; empty: the system's")
LOCK_MINUTES = Option("privacy/lockMinutes", 10, "lock an encrypted diary after idle minutes")
LOCK_WHEN_MINIMISED = Option(
    "privacy/lockWhenMinimised", False, "lock when the window is minimised"
)
PROTECTED_FOLDERS = Option[list[str]](
    "privacy/protectedFolders", [], "keyed hashes of the folders seen with a protected diary"
)
AUTO_ALIGN_IMPORTS = Option(
    "photos/autoAlignImports", False, "line each imported photo up with the one before it"
)
RECEIVER_NAME = Option("phone/name", "Scar Diary", "the name phones see in LocalSend")
RECEIVER_PIN = Option("phone/pin", "", "a PIN a phone must give before it may send; empty: none")
RECEIVER_ALLOW_HTTP = Option(
    "phone/allowPlainHttp", False, "let a phone that cannot use HTTPS send over plain HTTP"
)
WATCHED_FOLDER = Option("photos/watchedFolder", "", "a folder whose new photos go to the inbox")
WATCHED_SEEN = Option[list[str]](
    "photos/watchedSeen", [], "the watched folder's files already taken (name, size, time)"
)

# Where older versions kept something the diary keeps now (read once, to carry it over).
OLD_QUESTIONS = "report/questions/{diary}"
OLD_STRIP_METADATA = Option("export/stripMetadata", True, "older: strip photo metadata")

ALL = (
    GEOMETRY,
    LAST_PAGE,
    FIRST_RUN_DONE,
    FIRST_RUN_DRAFT,
    PHOTO_GUIDE_SEEN,
    NOTIFIED,
    LANGUAGE,
    LOCK_MINUTES,
    LOCK_WHEN_MINIMISED,
    PROTECTED_FOLDERS,
    AUTO_ALIGN_IMPORTS,
    RECEIVER_NAME,
    RECEIVER_PIN,
    RECEIVER_ALLOW_HTTP,
    WATCHED_FOLDER,
    WATCHED_SEEN,
    OLD_STRIP_METADATA,
)
