"""Where diaries live by default: the user's app-data folder (QtCore only, no widgets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from scar_diary import APP_NAME, ORGANIZATION


def set_app_identity() -> None:
    """Names that decide the standard folders; set before asking for any of them."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)


def _app_data_root() -> Path:
    set_app_identity()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_data_dir() -> Path:
    """The user's own diary."""
    return _app_data_root() / "diary"


def sample_data_dir() -> Path:
    """The made-up sample diary, kept apart from the user's own."""
    return _app_data_root() / "sample-diary"


def receiver_dir() -> Path:
    """The phone receiver's own certificate: one per installation, beside the diaries."""
    return _app_data_root() / "receiver"
