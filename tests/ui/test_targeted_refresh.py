"""An edit reloads only the pages that show what it changed — what the services' units of
work recorded — counted on the real pages of a real window (each page holder counts the
reloads a change elsewhere caused)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.images import photo
from tests.ui.conftest import MakeWindow


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    window = make_window()
    assert window.diary is not None
    window.diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    window.refresh()  # takes what the services recorded: the scar
    for holder in window.holders.values():  # every page built, as after a while of use
        window.show_page(holder)
    window.show_page(window.today_page)
    for holder in window.holders.values():
        holder.reloads = 0
    return window


def reloads(window: MainWindow) -> dict[str, int]:
    counted = {key: holder.reloads for key, holder in window.holders.items()}
    for holder in window.holders.values():
        holder.reloads = 0
    return counted


def test_a_rating_reloads_what_shows_ratings_only(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.commands.rate_scars()
    assert dialog is not None
    qtbot.keyClick(dialog.rows[0].depth_slider, Qt.Key.Key_4)
    qtbot.keyClick(dialog.rows[0].softening_slider, Qt.Key.Key_6)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    # Progress is drawn only while in view: it reloads when shown again
    assert reloads(window) == {
        "scars": 1,
        "visits": 0,
        "progress": 0,
        "report": 1,
        "settings": 0,
        "inbox": 0,
    }


def test_a_protocol_setting_leaves_settings_itself_alone(window: MainWindow) -> None:
    settings = window.page("settings")
    settings.swelling.setValue(settings.swelling.value() + 1)
    assert reloads(window) == {
        "scars": 1,
        "visits": 1,
        "progress": 0,
        "report": 1,
        "settings": 0,
        "inbox": 0,
    }


def test_a_name_on_the_summary_reloads_the_report_only(window: MainWindow, qtbot: QtBot) -> None:
    settings = window.page("settings")
    settings.name.setText("Sam")
    settings.name.editingFinished.emit()
    assert reloads(window) == {
        "scars": 0,
        "visits": 0,
        "progress": 0,
        "report": 1,
        "settings": 0,
        "inbox": 0,
    }


def test_a_booked_visit_leaves_settings_alone(window: MainWindow) -> None:
    assert window.diary is not None
    window.diary.series.start(TODAY - dt.timedelta(days=20))
    window.diary.series.book(TODAY + dt.timedelta(days=3))
    window.commands.visit_actions.changed.emit()  # as the Book dialog does once saved
    counted = reloads(window)
    assert counted["visits"] == 1 and counted["report"] == 1
    assert counted["settings"] == 0
    window.show_page(window.progress_holder)  # drawn pages catch up when shown
    assert window.progress_holder.reloads == 1


def test_a_refresh_reads_the_diary_once_for_every_page(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scars, Report and Today all show the facts: one refresh reads them from the file once."""
    from scar_diary.storage import facts as facts_module
    from scar_diary.storage import reader as reader_module

    reads: list[int] = []
    real = facts_module.read_facts

    def counted(conn):  # type: ignore[no-untyped-def]
        reads.append(1)
        return real(conn)

    monkeypatch.setattr(reader_module, "read_facts", counted)
    window.show_page(window.scars_holder)
    reads.clear()
    window.refresh(Changed.EVERYTHING)
    assert len(reads) == 1
    assert window.diary is not None
    window.diary.facts()  # outside a refresh: read again, never an old reading
    assert len(reads) == 2


def test_photos_added_elsewhere_show_on_the_scars_page(window: MainWindow, tmp_path: Path) -> None:
    """A rating's refresh keeps the photos the Scars page read; one that brought photos (an
    import from another window, the inbox) shows them."""
    assert window.diary is not None
    window.show_page(window.scars_holder)
    page = window.page("scars")
    scar_id = page.detail.scar.id
    assert page.detail.photos.timeline.rowCount() == 0
    window.diary.ratings.record(scar_id, TODAY, 4, 5, today=TODAY)
    window.refresh()
    assert page.detail.photos.timeline.rowCount() == 0
    window.diary.photos.import_files(scar_id, [photo(tmp_path / "a.jpg", size=(640, 480))])
    window.refresh()
    assert page.detail.photos.timeline.rowCount() == 1
    assert page.list.topLevelItem(0).text(5) == "1"
