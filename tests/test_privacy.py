"""The app makes no network connections: the main flows run with every way of opening one
made to fail."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from scar_diary.archive.export import export_archive
from scar_diary.archive.importer import import_archive
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.report.content import ReportOptions, gather
from scar_diary.report.document import write_pdf
from scar_diary.report.render import render
from scar_diary.services.calendar_export import calendar_ics
from scar_diary.services.csv_export import export_csv
from scar_diary.services.demo import write_sample
from scar_diary.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.images import photo
from tests.ui.conftest import opened


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise NetworkUsed(f"network use: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_main_flows_without_network(
    no_network: list[str], qtbot: QtBot, tmp_path: Path, ui_settings: QSettings
) -> None:
    diary = write_sample(tmp_path / "sample", TODAY)
    try:
        scar = diary.scars.add("New", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        diary.photos.import_files(
            scar, [photo(tmp_path / "a.jpg"), photo(tmp_path / "b.heic", format="HEIF")]
        )
        diary.ratings.record(scar, TODAY, 5, 5, today=TODAY)
        facts = diary.facts()
        calendar_ics(facts, diary.status(TODAY), diary.profile.diary_uuid(), full_text=False)
        export_csv(facts, tmp_path / "csv", today=TODAY)
        write_pdf(render(gather(diary, ReportOptions(), TODAY)), tmp_path / "r.pdf", "A4")
        archive = export_archive(diary.db, tmp_path / "a.zip")
    finally:
        diary.close()
    import_archive(archive, tmp_path / "imported")

    window = MainWindow(
        ui_settings,
        tmp_path / "own",
        tmp_path / "sample2",
        today=lambda: TODAY,
    )
    qtbot.addWidget(window)
    window.show()
    opened(qtbot, window, window.open_sample)
    window.show_page(window.progress_holder)
    window.show_page(window.scars_holder)
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=10000)
    assert no_network == []
