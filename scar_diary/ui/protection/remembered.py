"""The window remembers which diary folders it has seen protected, so a diary that was
protected never opens silently as plain: a plain diary where a protected one was (copied
over it, the key file deleted with the photos replaced) is refused with a sentence, and
opened only when the user says the protection was removed on purpose (`scar-diary decrypt`).

The folders are kept as keyed hashes of their paths, never the paths themselves: the window's
settings do not list where protected diaries are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from scar_diary.ui.preferences import PROTECTED_FOLDERS

_SALT = b"scar-diary protected folder v1\0"


def _key(folder: Path) -> str:
    import hashlib  # OpenSSL's loading waits until a diary is known, after the first paint

    return hashlib.sha256(_SALT + str(folder.expanduser().resolve()).encode()).hexdigest()


def remember_protected(store: QSettings, folder: Path) -> None:
    known = PROTECTED_FOLDERS.get(store)
    if _key(folder) not in known:
        PROTECTED_FOLDERS.set(store, [*known, _key(folder)])


def forget_protected(store: QSettings, folder: Path) -> None:
    PROTECTED_FOLDERS.set(store, [k for k in PROTECTED_FOLDERS.get(store) if k != _key(folder)])


def was_protected(store: QSettings, folder: Path) -> bool:
    return _key(folder) in PROTECTED_FOLDERS.get(store)


def plain_where_protected(folder: Path) -> str:
    return QCoreApplication.translate(
        "Protection",
        "The diary in {folder} was protected with a passphrase when Scar Diary last had it "
        "open; now it opens without one. It was not opened: someone may have put another "
        "diary in its place. If you removed the protection yourself (scar-diary decrypt), "
        "open it anyway; otherwise restore the folder from a copy you trust.",
    ).format(folder=folder)
