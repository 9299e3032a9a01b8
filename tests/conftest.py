"""Shared fixtures: offscreen Qt, a fixed 'today', and a fresh diary per test in tmp_path."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import creates a platform

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths

from scar_diary.services.demo import write_sample
from scar_diary.services.diary import Diary

QStandardPaths.setTestModeEnabled(True)
# Dates in tests read the same on every machine, whatever its locale.
QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "diary"


@pytest.fixture
def diary(data_dir: Path) -> Iterator[Diary]:
    opened = Diary.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Diary]:
    opened = write_sample(tmp_path / "sample", TODAY)
    yield opened
    opened.close()


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """Window state goes to a file in tmp_path, never to the user's real settings."""
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
