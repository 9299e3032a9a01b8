"""Where the user's exports may go: anywhere but into the diary itself. An export written
over the diary file, or among its photos and backups, would destroy what it exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from scar_diary.services.errors import InvalidInput
from scar_diary.storage.locations import backups_dir


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path == folder or path.is_relative_to(folder)
    except (OSError, ValueError):
        return False


def check_output(target: Path, data_dir: Path) -> Path:
    """The resolved target, or InvalidInput when it points into the diary or its backups."""
    resolved = target.expanduser().resolve()
    for folder in (data_dir, backups_dir(data_dir)):
        if _inside(resolved, folder.expanduser().resolve()):
            raise InvalidInput(
                QCoreApplication.translate(
                    "Diary",
                    "{path} is inside the diary's own folder; choose a place outside it, so "
                    "the diary cannot be overwritten.",
                ).format(path=target)
            )
    if resolved.is_dir():
        raise InvalidInput(
            QCoreApplication.translate("Diary", "{path} is a folder; give a file name.").format(
                path=target
            )
        )
    return resolved


def check_output_folder(folder: Path, data_dir: Path) -> Path:
    """The same for an export that writes several files into a folder."""
    resolved = folder.expanduser().resolve()
    for own in (data_dir, backups_dir(data_dir)):
        if _inside(resolved, own.expanduser().resolve()):
            raise InvalidInput(
                QCoreApplication.translate(
                    "Diary",
                    "{path} is inside the diary's own folder; choose a place outside it.",
                ).format(path=folder)
            )
    return resolved
