"""Shared fixtures: offscreen Qt, a fixed 'today', and a fresh diary per test in tmp_path."""

from __future__ import annotations

import datetime as dt
import os
import shutil
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


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample diary is built once (it draws 18 photos); tests get their own copy."""
    folder = tmp_path_factory.mktemp("template") / "sample"
    write_sample(folder, TODAY).close()
    return folder


@pytest.fixture
def sample_dir(tmp_path: Path, sample_template: Path) -> Path:
    folder = tmp_path / "sample"
    shutil.copytree(sample_template, folder)
    return folder


@pytest.fixture
def sample(sample_dir: Path) -> Iterator[Diary]:
    opened = Diary.open(sample_dir)
    yield opened
    opened.close()


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """Window state goes to a file in tmp_path, never to the user's real settings. The
    first-run guide is taken as done (its own tests start without this)."""
    from scar_diary.ui.preferences import FIRST_RUN_DONE

    store = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    FIRST_RUN_DONE.set(store, True)
    return store
