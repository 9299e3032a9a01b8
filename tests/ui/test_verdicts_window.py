"""The window says what the command line says about verdicts, closed windows and boosts, for
diaries brought in as archives (see tests/domain/test_verdicts.py for every rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scar_diary.cli import main
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.visits.page import VisitsPage
from tests.hostile.forge import pack
from tests.ui.conftest import MakeWindow
from tests.verdicts import Scenario


def open_scenario(
    scenario: Scenario, own_dir: Path, tmp_path: Path, make: MakeWindow
) -> MainWindow:
    archive = pack(tmp_path / "archive.zip", scenario.document(), {})
    assert main(["import", str(archive), "--data-dir", str(own_dir)]) == 0
    return make()


def today_text(window: MainWindow) -> str:
    return " ".join(" ".join(card.texts()) for card in window.today_page.cards)


def visits_page(window: MainWindow) -> VisitsPage:
    window.show_page(window.visits_holder)
    page = window.built(VisitsPage)
    assert page is not None
    return page


def visit_checks(page: VisitsPage) -> list[tuple[str, str]]:
    items = [page.visit_list.topLevelItem(i) for i in range(page.visit_list.topLevelItemCount())]
    return [(item.text(0), item.toolTip(4)) for item in items if item is not None]


def test_a_series_that_helped_stays_helped_after_a_later_rating(
    make_window: MakeWindow, own_dir: Path, tmp_path: Path
) -> None:
    s = Scenario()
    s.add_series(-360, acne_clear=-360, ended=-200)
    cheek = s.add_scar("Left cheek")
    s.rate(cheek, -340, 8, 3)
    last = s.sessions(-340, 7)[-1]
    s.rate(cheek, last + 5, 4, 6)
    s.rate(cheek, -20, 8, 3)
    window = open_scenario(s, own_dir, tmp_path, make_window)
    text = today_text(window)
    assert "Average depth improvement by the end of the series: 50%." in text
    assert "back to where they started" in text
    assert "without measurable improvement" not in text
    page = visits_page(window)
    assert "Next boost suggested around" in page.window_label.text()
    assert "without measurable improvement" not in page.series_note.text()


def test_a_series_stopped_early_makes_no_claim_on_visits(
    make_window: MakeWindow, own_dir: Path, tmp_path: Path
) -> None:
    s = Scenario()
    s.add_series(-120, acne_clear=-120, ended=-60, reason="stopped")
    cheek = s.add_scar("Left cheek")
    s.rate(cheek, -100, 6, 4)
    s.sessions(-100, 2)
    s.rate(cheek, -75, 6, 4)
    window = open_scenario(s, own_dir, tmp_path, make_window)
    note = visits_page(window).series_note.text()
    assert "stopped after 2 sessions: too early to say" in note
    assert "little sense" not in note and "little sense" not in today_text(window)


@pytest.mark.parametrize(("last", "words"), [(-40, "soon"), (-140, "the series has lapsed")])
def test_a_closed_window_on_today_and_visits(
    make_window: MakeWindow, own_dir: Path, tmp_path: Path, last: int, words: str
) -> None:
    s = Scenario()
    s.add_series(last - 80, acne_clear=last - 80)
    s.sessions(last - 48, 4)
    window = open_scenario(s, own_dir, tmp_path, make_window)
    text = today_text(window)
    assert "The window for session 5 closed on" in text and words in text
    note = visits_page(window).series_note.text()
    assert "The window for session 5 closed on" in note and words in note


def test_every_flag_of_a_boost_on_the_visits_page(
    make_window: MakeWindow, own_dir: Path, tmp_path: Path
) -> None:
    s = Scenario()
    s.add_series(-700, acne_clear=-700, ended=-400)
    cheek = s.add_scar("Left cheek")
    s.rate(cheek, -680, 8, 3)
    last = s.sessions(-680, 7)[-1]
    s.rate(cheek, last + 5, 4, 6)
    s.add_visit(-30, kind="boost")
    s.add_visit(-24, kind="boost")
    window = open_scenario(s, own_dir, tmp_path, make_window)
    checks = dict(visit_checks(visits_page(window)))
    assert checks["Boost 1"] == "A maintenance visit after the series."
    assert "Too early: only 6 days after the previous injection" in checks["Boost 2"]
    assert "Sooner than your settings plan maintenance" in checks["Boost 2"]
