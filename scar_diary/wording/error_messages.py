"""One clear sentence for each way opening a diary, writing to it, or backing it up, can
fail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scar_diary.storage.backup_store import BackupError, BackupProblem
from scar_diary.storage.database import (
    ConversionDamaged,
    CorruptDatabase,
    DataDirError,
    DiaryBusy,
    DiaryConverting,
    DiaryLocked,
    KeyFileMissing,
    MissingDiary,
    NewerDatabase,
    NotADiary,
    OpenError,
    ReadOnlyDiary,
    UpgradeFailed,
    WriteFailed,
)
from scar_diary.storage.files import describe
from scar_diary.storage.photo_store import DamagedPhoto


def busy_message() -> str:
    return QCoreApplication.translate(
        "OpenError",
        "the diary is busy: another program is writing to it; try again in a moment",
    )


def damaged_photo_message(error: DamagedPhoto) -> str:
    """One sentence for a photo that cannot be read as itself: which file, why, what to do."""
    return QCoreApplication.translate(
        "Photos",
        "The photo {file} cannot be read ({reason}). Nothing was changed. Restore the diary's "
        "photos from a backup (Settings → Backups, or `scar-diary restore`), or delete that "
        "photo from its scar.",
    ).format(file=error.relative, reason=damaged_photo_reason(error))


def damaged_photo_reason(error: DamagedPhoto) -> str:
    translate = QCoreApplication.translate
    return {
        "the file is missing": translate("Photos", "the file is missing"),
        "it does not decrypt with this diary's key": translate(
            "Photos", "it does not decrypt with this diary's key"
        ),
        "its content does not match its name": translate(
            "Photos", "its content does not match its name"
        ),
    }.get(error.reason, error.reason)


def is_full_disk(error: BaseException) -> bool:
    import errno

    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def full_disk_message(error: OSError) -> str:
    """A full disk said as a full disk: never as a damaged diary."""
    where = error.filename or ""
    return QCoreApplication.translate(
        "Errors",
        "There is not enough free space on the disk of {place}: free some and try again; "
        "nothing was changed.",
    ).format(place=where)


def user_message(error: BaseException) -> str | None:
    """The one sentence for a problem the user can cause or meet (the diary busy, read-only,
    locked or damaged, a full disk, a damaged photo), as the command line prints it and
    the window shows it; None for a bug. (Input the services refuse and a refused archive
    carry their own words: the callers, above these layers, say those.)"""
    if isinstance(error, OpenError):
        return open_error_message(error)
    if isinstance(error, DamagedPhoto):
        return damaged_photo_message(error)
    if isinstance(error, DiaryBusy):
        return busy_message()
    if isinstance(error, BackupError):
        return backup_error_message(error)
    if isinstance(error, OSError) and is_full_disk(error):
        return full_disk_message(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Errors", "Cannot {what}: {reason}; an older file there is left as it was."
        ).format(
            what=QCoreApplication.translate("Errors", "write {file}").format(file=error.filename)
            if error.filename
            else QCoreApplication.translate("Errors", "finish"),
            reason=describe(error),
        )
    return None


def write_error_message(error: BaseException) -> str:
    """Why a write to the diary failed, in a few words (for a list of what was not saved)."""
    if isinstance(error, DiaryBusy):
        return busy_message()
    if isinstance(error, OpenError):
        return open_error_message(error)
    if isinstance(error, OSError):
        return describe(error)
    return str(error) or type(error).__name__


def open_error_message(error: OpenError) -> str:
    path = str(error.path)
    if isinstance(error, NewerDatabase):
        return QCoreApplication.translate(
            "OpenError",
            "{path} was saved by a newer version of Scar Diary. Install the newer version to open "
            "it; this version left the file untouched.",
        ).format(path=path)
    if isinstance(error, CorruptDatabase):
        return QCoreApplication.translate(
            "OpenError",
            "{path} is damaged and cannot be read safely ({detail}). It was not changed; keep it "
            "and restore your diary from a backup.",
        ).format(path=path, detail=error.detail)
    if isinstance(error, MissingDiary) and not error.lived_here:
        return QCoreApplication.translate(
            "OpenError",
            "The diary file {path} is empty: something cut it short, so it holds no diary. "
            "Nothing was started over it; restore your diary from a backup, or move the empty "
            "file away to start a new diary.",
        ).format(path=path)
    if isinstance(error, MissingDiary):
        return QCoreApplication.translate(
            "OpenError",
            "The diary file {path} is missing or empty ({detail}), although photos or backups "
            "show a diary was kept there. Nothing was started over it; restore your diary from "
            "a backup.",
        ).format(path=path, detail=error.detail)
    if isinstance(error, ReadOnlyDiary):
        return QCoreApplication.translate(
            "OpenError",
            "{path} cannot be written ({detail}): the file or its folder is read-only. Scar "
            "Diary does not change its permissions; make it writable, or copy the folder to a "
            "place you can write to.",
        ).format(path=path, detail=error.detail)
    if isinstance(error, WriteFailed):
        return QCoreApplication.translate(
            "OpenError",
            "{path} could not be written ({detail}): its disk may have become read-only, or be "
            "failing. Nothing was saved and the diary is as it was; check the disk, then try "
            "again.",
        ).format(path=path, detail=error.detail)
    if isinstance(error, NotADiary):
        return QCoreApplication.translate(
            "OpenError", "{path} is a database, but not a Scar Diary; it was not changed."
        ).format(path=path)
    if isinstance(error, UpgradeFailed):
        return QCoreApplication.translate(
            "OpenError",
            "Updating {path} to this version failed ({detail}). The file was left as it was and "
            "a backup copy is in the backups folder beside it.",
        ).format(path=path, detail=error.detail)
    if isinstance(error, KeyFileMissing):
        return QCoreApplication.translate(
            "OpenError",
            "The diary in {path} was protected with a passphrase, but its key file (diary.key) "
            "is gone while its photos are still encrypted. It was not opened as an unprotected "
            "diary. Put diary.key back from a copy of the folder, or restore the folder from a "
            "backup.",
        ).format(path=error.path.parent)
    if isinstance(error, DiaryConverting):
        return QCoreApplication.translate(
            "OpenError",
            "The diary in {path} is being encrypted or decrypted by another Scar Diary program "
            "right now. Nothing was changed; try again when it has finished.",
        ).format(path=error.path.parent)
    if isinstance(error, ConversionDamaged):
        return QCoreApplication.translate(
            "OpenError",
            "An interrupted encryption or decryption of the diary in {path} cannot be finished: "
            "{detail}. Nothing was moved; the diary is as it was. Restore it from a backup, or "
            "ask for help before you change the folder.",
        ).format(path=error.path.parent, detail=error.detail)
    if isinstance(error, DiaryLocked):
        return QCoreApplication.translate(
            "OpenError", "The diary in {path} is protected with a passphrase; unlock it first."
        ).format(path=error.path.parent)
    if isinstance(error, DataDirError):
        return QCoreApplication.translate(
            "OpenError", "The data folder {path} cannot be used: {detail}."
        ).format(path=path, detail=error.detail)
    return QCoreApplication.translate("OpenError", "{path} cannot be opened: {detail}.").format(
        path=path, detail=error.detail
    )


def backup_error_message(error: BackupError) -> str:
    translate = QCoreApplication.translate
    words = {
        BackupProblem.NO_DIARY: translate("Backups", "There is no diary in {folder}."),
        BackupProblem.EMPTY_DIARY: translate(
            "Backups", "The diary file is empty, so no backup was made."
        ),
        BackupProblem.DIARY_DAMAGED: translate(
            "Backups", "The diary failed its check ({detail}), so no backup was made."
        ),
        BackupProblem.BACKUP_DAMAGED: translate(
            "Backups", "The backup failed its check ({detail}); nothing was changed."
        ),
        BackupProblem.PHOTOS_MISSING: translate(
            "Backups", "{count} photos this backup needs are missing."
        ),
    }
    return words[error.problem].format(folder=error.folder, detail=error.detail, count=error.detail)


def backup_reason(reason: str) -> str:
    """Why a backup was made, as the backup list says it."""
    translate = QCoreApplication.translate
    return {
        "daily": translate("Backups", "automatic, daily"),
        "manual": translate("Backups", "made by you"),
        "before-import": translate("Backups", "before an import"),
        "before-restore": translate("Backups", "before a restore"),
        "before-upgrade": translate("Backups", "before an update"),
        "before-protect": translate("Backups", "before protecting with a passphrase"),
        "before-unprotect": translate("Backups", "before removing the passphrase"),
        "before-rekey": translate("Backups", "before changing the passphrase and key"),
    }.get(reason, reason)
