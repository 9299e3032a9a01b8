"""Verdicts rest on the ratings of their moment, rule by rule. Each diary arrives as a
user's data would (an archive brought in with `scar-diary import`) and is read back through
the domain's status and the command line (`status`, `status --json`, the report, the CSV and
the calendar file), which must say the same thing."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path

import pytest
from icalendar import Calendar

from scar_diary.cli import main
from scar_diary.domain.entities import ProtocolSettings
from scar_diary.domain.progress import improvement_after_sessions
from scar_diary.domain.protocol import SeriesOutcome, StopRule
from scar_diary.domain.status import diary_status
from scar_diary.services.diary import Diary
from scar_diary.wording.dates import long_date
from tests.conftest import TODAY
from tests.hostile.forge import pack
from tests.verdicts import Imported, Scenario, imported

ARTICLE_SENTENCE = "little sense"  # every form of the article's "no sense in trying again"

Capsys = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def _gui(qapp: object) -> None:
    """The report draws text: the one application of the process must be a GUI one."""


def improved_then_ended(ended: int = -200) -> tuple[Scenario, int]:
    """Seven sessions that helped (depth 8 → 4 by the end), the series ended on `ended`."""
    s = Scenario()
    s.add_series(-360, acne_clear=-360, ended=ended)
    cheek = s.add_scar("Left cheek")
    s.rate(cheek, -340, 8, 3)
    days = s.sessions(-340, 7)
    s.rate(cheek, days[-1] + 5, 4, 6)
    return s, cheek


class TestTheSeriesVerdictIsFixedAtItsEnd:
    def test_a_later_rating_back_at_the_start_never_undoes_the_verdict(
        self, tmp_path: Path, capsys: Capsys
    ) -> None:
        s, cheek = improved_then_ended()
        s.rate(cheek, -20, 8, 3)  # months on: back where it started
        diary = imported(s, tmp_path, capsys)
        status = diary_status(diary.facts(), TODAY)
        assert status.outcome is SeriesOutcome.IMPROVED and status.improved
        assert status.evidence.mean_depth_pct == pytest.approx(50.0)
        assert status.evidence_now is not None and status.evidence_now.mean_depth_pct == 0
        assert status.maintenance_due_on == TODAY + dt.timedelta(days=-200 + 365)

        data = diary.status_json()
        assert data["series_outcome"] == "improved"
        assert data["mean_improvement"] == 50.0 and data["mean_improvement_now"] == 0.0
        assert data["maintenance_due_on"] is not None
        text = diary.status_text()
        assert "Average depth improvement by the end of the series: 50%." in text
        assert "back to where they started" in text and "discuss this with your doctor" in text
        assert "without measurable improvement" not in text
        events = Calendar.from_ical(diary.calendar()).walk("VEVENT")
        assert any("Maintenance" in str(e.get("summary")) for e in events)

    def test_a_rating_in_the_swelling_days_after_a_boost_is_not_used(
        self, tmp_path: Path, capsys: Capsys
    ) -> None:
        s, cheek = improved_then_ended()
        s.add_visit(-3, kind="boost")
        s.rate(cheek, -2, 9, 2)  # the day after... may be swollen: the aftercare says so
        diary = imported(s, tmp_path, capsys)
        data = diary.status_json()
        assert data["series_outcome"] == "improved"
        assert data["mean_improvement_now"] is None  # the swollen rating is not "now"
        assert data["maintenance_due_on"] == (TODAY + dt.timedelta(days=-3 + 365)).isoformat()
        assert "without measurable improvement" not in diary.status_text()

    def test_now_better_than_before_the_series(self, tmp_path: Path, capsys: Capsys) -> None:
        s, cheek = improved_then_ended()
        s.rate(cheek, -20, 6, 5)
        diary = imported(s, tmp_path, capsys)
        text = diary.status_text()
        assert "Now, by your ratings since the series ended: 25% better than before" in text
        assert "Now, by your ratings since the series ended: 25% better than before" in (
            diary.report_text("--no-photos")
        )


class TestStopAdviceNeedsFreshEvidence:
    @staticmethod
    def six_sessions_rated_after_the_second() -> tuple[Scenario, int, list[int]]:
        s = Scenario()
        s.add_series(-120, acne_clear=-120)
        cheek = s.add_scar("Left cheek")
        s.rate(cheek, -100, 6, 4)
        days = s.sessions(-100, 6)
        s.rate(cheek, days[1] + 5, 6, 4)  # after session 2 only: no change then
        return s, cheek, days

    def test_an_old_rating_asks_for_a_new_one(self, tmp_path: Path, capsys: Capsys) -> None:
        s, _, _ = self.six_sessions_rated_after_the_second()
        diary = imported(s, tmp_path, capsys)
        status = diary_status(diary.facts(), TODAY)
        assert status.progress.done == 6
        assert status.stop_rule is StopRule.NOT_ENOUGH_RATINGS
        assert diary.status_json()["stop_rule"] == "not_enough_ratings"
        text = diary.status_text()
        assert "newest usable rating is from before session 5" in text
        assert "Discuss with your doctor whether to stop" not in text

    def test_a_fresh_rating_without_change_suggests_discussing(
        self, tmp_path: Path, capsys: Capsys
    ) -> None:
        s, cheek, days = self.six_sessions_rated_after_the_second()
        s.rate(cheek, days[4] + 5, 6, 4)  # after session 5: the setting's default
        diary = imported(s, tmp_path, capsys)
        assert diary.status_json()["stop_rule"] == "discuss_stopping"
        assert "Discuss with your doctor whether to stop the series" in diary.status_text()

    def test_the_setting_after_the_last_session(self, tmp_path: Path, capsys: Capsys) -> None:
        s, cheek, days = self.six_sessions_rated_after_the_second()
        s.settings["fresh_rating_sessions"] = 0
        s.rate(cheek, days[4] + 5, 6, 4)  # after session 5, but not after the last (6)
        diary = imported(s, tmp_path, capsys)
        assert diary.status_json()["stop_rule"] == "not_enough_ratings"

    def test_no_point_after_a_session_from_a_rating_made_before_it(
        self, tmp_path: Path, capsys: Capsys
    ) -> None:
        s, _, _ = self.six_sessions_rated_after_the_second()
        diary = imported(s, tmp_path, capsys)
        points = improvement_after_sessions(diary.facts(), TODAY)
        assert [p.mean_pct is not None for p in points] == [False, True] + [False] * 4


def unchanged(first: int, sessions: int, **series: object) -> Scenario:
    """One scar rated 6/4 before the first session and again after the last: no change."""
    s = Scenario()
    s.add_series(first - 20, acne_clear=first - 20, **series)  # type: ignore[arg-type]
    cheek = s.add_scar("Left cheek")
    s.rate(cheek, first, 6, 4)
    days = s.sessions(first, sessions)
    s.rate(cheek, days[-1] + 5, 6, 4)
    return s


class TestTheArticleOnlyAfterAFullSeries:
    def test_a_series_stopped_after_two_sessions(self, tmp_path: Path, capsys: Capsys) -> None:
        s = unchanged(-100, 2, ended=-60, reason="stopped")
        diary = imported(s, tmp_path, capsys)
        assert diary.status_json()["series_outcome"] == "too_early"
        text = diary.status_text()
        assert "stopped after 2 sessions: too early to say" in text
        assert ARTICLE_SENTENCE not in text and "article sees" not in text
        report = diary.report_text("--no-photos")
        assert ARTICLE_SENTENCE not in report

    def test_a_full_series_without_improvement_cites_the_article(
        self, tmp_path: Path, capsys: Capsys
    ) -> None:
        diary = imported(unchanged(-180, 6, ended=-40), tmp_path, capsys)
        assert diary.status_json()["series_outcome"] == "no_improvement"
        assert ARTICLE_SENTENCE in diary.status_text()

    def test_a_short_plan_is_done_not_hopeless(self, tmp_path: Path, capsys: Capsys) -> None:
        diary = imported(unchanged(-100, 4, planned=4), tmp_path, capsys)
        assert diary.status_json()["stop_rule"] == "plan_done"
        text = diary.status_text()
        assert "All 4 sessions your doctor planned are done" in text
        assert "not expected to help" not in text and ARTICLE_SENTENCE not in text

    def test_a_previous_short_series_makes_no_claim(self, tmp_path: Path, capsys: Capsys) -> None:
        s = Scenario()
        s.add_series(-300, acne_clear=-300, ended=-200, reason="stopped")
        cheek = s.add_scar("Left cheek")
        s.rate(cheek, -280, 6, 4)
        for day in (-280, -264):
            s.add_visit(day, series=1)
        s.rate(cheek, -255, 6, 4)
        s.add_series(-10)  # a new series, preparing
        diary = imported(s, tmp_path, capsys)
        data = diary.status_json()
        assert data["previous_series_outcome"] == "too_early"
        text = diary.status_text()
        assert "stopped early" in text and ARTICLE_SENTENCE not in text


class TestWorseIsSaidAsWorse:
    def test_deeper_in_words_and_numbers(self, tmp_path: Path, capsys: Capsys) -> None:
        s = Scenario()
        s.add_series(-120, acne_clear=-120)
        cheek = s.add_scar("Left cheek")
        s.rate(cheek, -100, 5, 4)
        days = s.sessions(-100, 3)
        s.rate(cheek, days[-1] + 5, 8, 4)
        diary = imported(s, tmp_path, capsys)
        assert diary.status_json()["mean_improvement"] == -60.0
        assert "rated 60% deeper than before the series" in diary.status_text()
        report = diary.report_text("--no-photos")
        assert "-60%" in report and "3 points deeper than before the series" in report


class TestTypesThatRarelyRespondAreStillMeasured:
    def test_only_ice_pick_scars(self, tmp_path: Path, capsys: Capsys) -> None:
        s = Scenario()
        s.add_series(-120, acne_clear=-120)
        pick = s.add_scar("Chin", "ice_pick")
        s.rate(pick, -100, 8, 2)
        days = s.sessions(-100, 6)
        s.rate(pick, days[-1] + 5, 7, 3)
        diary = imported(s, tmp_path, capsys)
        data = diary.status_json()
        assert data["only_poor_responders_measured"] is True
        assert data["mean_improvement"] == 12.5
        assert data["stop_rule"] == "continue"  # 12.5% reaches the 10% threshold
        text = diary.status_text()
        assert "type that rarely responds" in text and "13%" in text
        assert "cannot tell yet" not in text and "Rate your scars before" not in text


class TestBoostsAreInjectionsToo:
    def boosts(self, *days: int, improved: bool = True, ended: int = -400) -> Imported:
        s = Scenario()
        s.add_series(-700, acne_clear=-700, ended=ended)
        cheek = s.add_scar("Left cheek")
        s.rate(cheek, -680, 8, 3)
        last = s.sessions(-680, 7)[-1]
        s.rate(cheek, last + 5, 4 if improved else 8, 6 if improved else 3)
        for day in days:
            s.add_visit(day, kind="boost")
        return imported(s, self.tmp_path, self.capsys)

    @pytest.fixture(autouse=True)
    def _where(self, tmp_path: Path, capsys: Capsys) -> None:
        self.tmp_path, self.capsys = tmp_path, capsys

    def flags(self, diary: Imported) -> list[tuple[str, list[str], int | None]]:
        return [
            (v["kind"], v["flags"], v["interval_days"])
            for v in diary.status_json()["visits"]
            if v["kind"] == "boost"
        ]

    def test_days_apart_count_from_the_last_injection(self) -> None:
        # the last session was on day -584; the series was marked ended on day -400
        diary = self.boosts(-30, -24)
        assert self.flags(diary) == [
            ("boost", ["ok"], -30 - (-584)),
            ("boost", ["too_early", "too_early_for_maintenance"], 6),
        ]
        rows = [r for r in diary.sessions_csv() if r["kind (session or boost)"] == "boost"]
        assert [r["days_since_previous"] for r in rows] == ["554", "6"]
        assert rows[1]["protocol_check"] == "too_early; too_early_for_maintenance"

    def test_sooner_than_the_yearly_count(self) -> None:
        diary = self.boosts(-300)  # 100 days after the end: settings say 1 a year
        assert self.flags(diary) == [("boost", ["too_early_for_maintenance"], 284)]
        assert "Sooner than your settings plan maintenance" in diary.report_text("--no-photos")

    def test_booked_while_the_series_runs(self) -> None:
        s = Scenario()
        s.add_series(-120, acne_clear=-120)
        cheek = s.add_scar("Left cheek")
        s.rate(cheek, -100, 8, 3)
        s.sessions(-100, 3)
        s.add_visit(10, status="booked", kind="boost")
        diary = imported(s, self.tmp_path, self.capsys)
        (boost,) = [b for b in diary.status_json()["booked"] if b["kind"] == "boost"]
        assert "boost_during_series" in boost["flags"]
        text = diary.status_text()
        assert "A maintenance visit after the series." not in text

    def test_after_a_series_without_improvement(self) -> None:
        diary = self.boosts(-10, improved=False)
        assert self.flags(diary) == [("boost", ["after_no_improvement"], 574)]
        report = diary.report_text("--no-photos")
        assert "maintenance is meant to keep an improvement" in report
        assert "A maintenance visit after the series." not in report


class TestAReportSaysWhatItCovers:
    def test_some_scars(self, tmp_path: Path, capsys: Capsys) -> None:
        s = Scenario()
        s.add_series(-120, acne_clear=-120)
        ids = [s.add_scar(f"Scar {n}") for n in range(1, 6)]
        for scar in ids:
            s.rate(scar, -100, 8, 3)
        days = s.sessions(-100, 4)
        for scar in ids:
            s.rate(scar, days[-1] + 5, 4 if scar <= 2 else 8, 3)
        diary = imported(s, tmp_path, capsys)
        report = diary.report_text("--no-photos", "--scar", "1", "--scar", "2")
        assert "covers 2 of the 5 scars in the diary" in report
        assert "those of the whole diary" in report
        assert "Average depth improvement so far: 20%" in report  # the whole diary's
        assert "For the 2 scars in this summary only: 50% better on average" in report

    def test_every_flag_of_a_visit_reaches_the_doctor(self, tmp_path: Path, capsys: Capsys) -> None:
        s = Scenario()
        s.add_series(-5)  # preparation began 5 days ago; acne not confirmed clear
        s.add_scar("Left cheek")
        s.add_visit(3, status="booked")
        diary = imported(s, tmp_path, capsys)
        (row,) = diary.sessions_csv()
        assert row["protocol_check"] == "prep_incomplete; acne_not_clear"
        report = diary.report_text("--no-photos")
        assert "before preparation is complete" in report
        assert "Your acne is not confirmed as fully clear" in report


class TestAClosedWindowIsSaid:
    def scenario(self, last_session: int) -> Scenario:
        s = Scenario()
        s.add_series(last_session - 80, acne_clear=last_session - 80)
        s.sessions(last_session - 48, 4)
        return s

    def test_closed(self, tmp_path: Path, capsys: Capsys) -> None:
        diary = imported(self.scenario(-40), tmp_path, capsys)  # closed 19 days ago
        closed = TODAY - dt.timedelta(days=19)
        data = diary.status_json()
        assert data["window_closed_on"] == closed.isoformat() and not data["series_lapsed"]
        text = diary.status_text()
        sentence = f"The window for session 5 closed on {long_date(closed)}."
        assert sentence in text and "book one with your clinic soon" in text
        assert sentence in diary.report_text("--no-photos")

    def test_lapsed(self, tmp_path: Path, capsys: Capsys) -> None:
        diary = imported(self.scenario(-140), tmp_path, capsys)  # closed 119 days ago
        assert diary.status_json()["series_lapsed"] is True
        text = diary.status_text()
        assert "the series has lapsed" in text and "soon" not in text
        assert "the series has lapsed" in diary.report_text("--no-photos")


class TestASecondSeriesKeepsTheFirst:
    def test_both_series_in_the_record(self, tmp_path: Path, capsys: Capsys) -> None:
        s = Scenario()
        s.add_series(-500, acne_clear=-500, ended=-300)
        cheek = s.add_scar("Left cheek")
        s.rate(cheek, -480, 8, 3)
        for n in range(6):
            s.add_visit(-480 + 16 * n, series=1)
        s.rate(cheek, -380, 6, 4)
        s.add_series(-100, acne_clear=-100)
        s.rate(cheek, -80, 6, 4)  # the new series' own baseline
        for n in range(3):
            s.add_visit(-80 + 16 * n, series=2)
        s.rate(cheek, -40, 4, 6)
        diary = imported(s, tmp_path, capsys)
        rows = diary.sessions_csv()
        assert [r["series (1 = the first)"] for r in rows] == ["1"] * 6 + ["2"] * 3
        data = diary.status_json()
        assert data["mean_improvement"] == pytest.approx(33.3)  # 6 → 4, this series
        assert data["mean_improvement_since_first_series"] == 50.0  # 8 → 4
        report = diary.report_text("--no-photos")
        assert "Earlier series 1, ended on" in report and "This series" in report
        assert "Against your first baseline, before your first series: 50% better" in report


class TestCountingAndWording:
    def test_planned_number_and_one_more(self, tmp_path: Path, capsys: Capsys) -> None:
        s = Scenario()
        s.add_series(-150, acne_clear=-150, planned=4)
        s.sessions(-130, 5)
        diary = imported(s, tmp_path, capsys)
        assert "All 4 planned sessions are done; 1 more was given" in diary.status_text()

    def test_an_archive_with_a_visit_done_in_the_future_is_refused(
        self, tmp_path: Path, capsys: Capsys
    ) -> None:
        s = Scenario()
        s.add_series(-30, acne_clear=-30)
        s.add_visit(400)
        archive = pack(tmp_path / "future.zip", s.document(), {})
        capsys.readouterr()
        code = main(["import", str(archive), "--data-dir", str(tmp_path / "d")])
        err = capsys.readouterr().err
        assert code == 2 and "a day still to come" in err
        assert not (tmp_path / "d").exists() or not any((tmp_path / "d").iterdir())

    def test_marking_a_visit_done_in_the_future_is_refused(self, diary: Diary) -> None:
        from scar_diary.services.errors import InvalidInput

        diary.series.start(TODAY - dt.timedelta(days=30), acne_clear_on=TODAY)
        visit = diary.series.book(TODAY + dt.timedelta(days=3))
        with pytest.raises(InvalidInput, match="still to come"):
            diary.series.complete(visit, today=TODAY)
        with pytest.raises(InvalidInput, match="still to come"):
            diary.series.record_done(TODAY + dt.timedelta(days=1), today=TODAY)

    def test_no_preparation(self, tmp_path: Path, capsys: Capsys) -> None:
        s = Scenario(settings={"prep_days": 0})
        s.add_series(None, acne_clear=-5)
        s.add_visit(2, status="booked")
        diary = imported(s, tmp_path, capsys)
        data = diary.status_json()
        assert data["booked"][0]["flags"] == ["ok"]
        text = diary.status_text()
        assert "0 days" not in text and "too early" not in text.lower()
        assert "no preparation" in text

    def test_swelling_that_reaches_the_next_session(self) -> None:
        settings = ProtocolSettings(swelling_days=14, interval_min_days=14)
        assert settings.problems() == [] and settings.ratings_never_count


class TestCalendarsAreUpdated:
    def test_a_cancelled_booking_is_sent_as_cancelled_under_its_uid(
        self, tmp_path: Path, capsys: Capsys
    ) -> None:
        s = Scenario()
        s.add_series(-60, acne_clear=-60)
        s.sessions(-40, 2)
        kept = s.add_visit(4, status="booked")
        gone = s.add_visit(6, status="cancelled")
        old = s.add_visit(-70, status="cancelled")  # long ago: no longer sent
        diary = imported(s, tmp_path, capsys)
        events = {str(e["uid"]): e for e in Calendar.from_ical(diary.calendar()).walk("VEVENT")}
        uid = f"visit-{{}}@{s.diary_id}.scar-diary".format
        assert str(events[uid(kept)]["status"]) == "CONFIRMED"
        assert str(events[uid(gone)]["status"]) == "CANCELLED"
        assert not events[uid(gone)].walk("VALARM")
        assert uid(old) not in events

    def test_uids_survive_an_export_and_import(self, tmp_path: Path, capsys: Capsys) -> None:
        s = Scenario()
        s.add_series(-60, acne_clear=-60)
        s.sessions(-40, 2)
        s.add_visit(4, status="booked")
        first = imported(s, tmp_path, capsys)
        before = re.findall(r"UID:(\S+)", first.calendar())
        archive = tmp_path / "again.zip"
        assert main(["export", "--out", str(archive), "--data-dir", str(first.folder)]) == 0
        again_dir = tmp_path / "again"
        again_dir.mkdir()
        code = main(["import", str(archive), "--data-dir", str(again_dir / "diary")])
        assert code == 0
        again = Imported(again_dir / "diary", capsys)
        assert re.findall(r"UID:(\S+)", again.calendar()) == before
        assert all(s.diary_id in u for u in before)
        assert uuid.UUID(s.diary_id)


def dutch_status(folder: Path) -> str:
    """`scar-diary status` as a Dutch user's terminal runs it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "LANG": "nl_NL.UTF-8", "LC_ALL": "nl_NL.UTF-8", "LANGUAGE": "nl"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = ["status", "--data-dir", str(folder), "--today", TODAY.isoformat()]
    result = subprocess.run(
        [sys.executable, "-m", "scar_diary", *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(result.stdout.split())


class TestDutchSaysTheSame:
    def test_a_second_series_against_both_baselines(self, tmp_path: Path, capsys: Capsys) -> None:
        s, cheek = improved_then_ended()
        s.add_series(-60, acne_clear=-60)  # a second series
        s.rate(cheek, -40, 6, 4)  # its own baseline
        s.add_visit(-30, series=2)
        s.rate(cheek, -20, 8, 3)  # deeper than its own baseline, as deep as the first
        text = dutch_status(imported(s, tmp_path, capsys).folder)
        assert "Gemiddeld worden de littekens 33% dieper beoordeeld dan vóór de reeks." in text
        assert "Vergeleken met je eerste nulmeting, vóór je eerste reeks: geen verandering" in text

    def test_a_short_series_that_went_worse(self, tmp_path: Path, capsys: Capsys) -> None:
        s = Scenario()
        s.add_series(-120, acne_clear=-120, ended=-60, reason="stopped")
        scar = s.add_scar("Wang")
        s.rate(scar, -100, 5, 4)
        s.sessions(-100, 2)
        s.rate(scar, -75, 8, 4)
        text = dutch_status(imported(s, tmp_path, capsys).folder)
        assert "De reeks stopte na 2 sessies: te vroeg om te zeggen" in text
        assert "dieper beoordeeld dan ervoor" in text
        assert "weinig zin" not in text


def test_the_per_scar_chart_says_deeper_in_words(tmp_path: Path, capsys: Capsys) -> None:
    from matplotlib.figure import Figure

    from scar_diary.report import charts

    s = Scenario()
    s.add_series(-120, acne_clear=-120)
    cheek = s.add_scar("Left cheek")
    s.rate(cheek, -100, 5, 4)
    days = s.sessions(-100, 3)
    s.rate(cheek, days[-1] + 5, 8, 4)
    diary = imported(s, tmp_path, capsys)
    facts = diary.facts()
    figure = Figure()
    charts.per_scar_chart(
        figure, facts.active_scars, diary_status(facts, TODAY).improvements, charts.Style()
    )
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert texts == ["-60% (deeper)"]


def test_help_without_preparation_speaks_of_none() -> None:
    from scar_diary.wording.help import topics

    text = " ".join(t.html for t in topics(ProtocolSettings(prep_days=0), "folder", "backups"))
    assert "at least 0 days" not in text and "ask for none" in text
