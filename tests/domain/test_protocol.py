from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scar_diary.domain.entities import (
    DiaryFacts,
    ProtocolSettings,
    Series,
    SeriesEnd,
    Visit,
    VisitStatus,
)
from scar_diary.domain.protocol import (
    ClassifiedVisit,
    PlannedLength,
    StopRule,
    VisitFlag,
    classify_visits,
    maintenance_due_on,
    next_window,
    prep_status,
    series_progress,
    stop_rule,
)
from scar_diary.domain.scores import Evidence
from tests.domain.builders import boost, day, facts, visit

SETTINGS = ProtocolSettings()
EARLY = day(0)  # "today" before every booking in these tests


def classify(diary: DiaryFacts) -> tuple[ClassifiedVisit, ...]:
    return classify_visits(diary, EARLY)


class TestPrep:
    def test_without_series_nothing_has_started(self) -> None:
        prep = prep_status(None, SETTINGS, day(0))
        assert not prep.started and not prep.complete and prep.ready_on is None
        assert prep.day_number == 0 and prep.days_left == 14

    def test_start_day_is_day_one_of_fourteen(self) -> None:
        prep = prep_status(Series(1, prep_started_on=day(0)), SETTINGS, day(0))
        assert prep.started and prep.day_number == 1 and prep.days_left == 14
        assert prep.ready_on == day(14) and not prep.complete

    def test_day_thirteen_is_still_preparing_and_day_fourteen_is_complete(self) -> None:
        series = Series(1, prep_started_on=day(0))
        assert not prep_status(series, SETTINGS, day(13)).complete
        assert prep_status(series, SETTINGS, day(13)).day_number == 14
        assert prep_status(series, SETTINGS, day(14)).complete

    def test_a_start_date_in_the_future_has_not_started(self) -> None:
        prep = prep_status(Series(1, prep_started_on=day(5)), SETTINGS, day(0))
        assert not prep.started and not prep.complete and prep.day_number == 0

    def test_ready_needs_both_prep_and_clear_acne(self) -> None:
        without_acne = prep_status(Series(1, prep_started_on=day(0)), SETTINGS, day(20))
        assert without_acne.complete and not without_acne.ready
        with_acne = prep_status(
            Series(1, prep_started_on=day(0), acne_clear_on=day(1)), SETTINGS, day(20)
        )
        assert with_acne.ready

    def test_prep_length_is_a_setting(self) -> None:
        prep = prep_status(Series(1, prep_started_on=day(0)), ProtocolSettings(prep_days=7), day(7))
        assert prep.complete and prep.ready_on == day(7)


class TestWindow:
    def test_no_series_has_no_window(self) -> None:
        assert next_window(DiaryFacts()) is None

    def test_first_window_opens_when_prep_is_done_and_has_no_end(self) -> None:
        window = next_window(facts(prep_day=3))
        assert window is not None
        assert (window.earliest, window.latest, window.after_session) == (day(17), None, 0)

    def test_first_window_without_prep_has_no_start(self) -> None:
        window = next_window(facts(prep_day=None))
        assert window is not None and window.earliest is None

    def test_window_is_14_to_21_days_after_the_last_done_session(self) -> None:
        window = next_window(facts(visits=(visit(20), visit(36), visit(60, VisitStatus.BOOKED))))
        assert window is not None
        assert (window.earliest, window.latest, window.after_session) == (day(50), day(57), 2)
        assert window.contains(day(50)) and window.contains(day(57))
        assert not window.contains(day(49)) and not window.contains(day(58))

    def test_cancelled_sessions_do_not_move_the_window(self) -> None:
        window = next_window(facts(visits=(visit(20), visit(34, VisitStatus.CANCELLED))))
        assert window is not None and window.earliest == day(34)

    def test_an_ended_series_has_no_window(self) -> None:
        series = Series(1, day(0), day(0), ended_on=day(100), end_reason=SeriesEnd.COMPLETED)
        assert next_window(facts(series=series, visits=(visit(20),))) is None

    @given(
        gaps=st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=10),
        low=st.integers(min_value=1, max_value=40),
        spread=st.integers(min_value=0, max_value=30),
        cancelled=st.sets(st.integers(min_value=0, max_value=9)),
    )
    def test_window_never_opens_sooner_than_the_minimum_interval(
        self, gaps: list[int], low: int, spread: int, cancelled: set[int]
    ) -> None:
        settings = ProtocolSettings(
            interval_min_days=low, interval_max_days=low + spread, series_max=50
        )
        days, total = [], 0
        for gap in gaps:
            total += gap
            days.append(total)
        visits = tuple(
            Visit(i, day(d), VisitStatus.CANCELLED if i in cancelled else VisitStatus.DONE)
            for i, d in enumerate(days)
        )
        window = next_window(facts(visits=visits, settings=settings))
        assert window is not None
        done_days = [v.scheduled_on for v in visits if v.status is VisitStatus.DONE]
        if done_days:
            assert window.earliest is not None and window.latest is not None
            assert (window.earliest - max(done_days)).days == low
            assert window.earliest <= window.latest
            assert all((window.earliest - d).days >= low for d in done_days)


class TestClassify:
    def test_first_session_before_prep_is_complete(self) -> None:
        (first,) = classify(facts(visits=(visit(10, VisitStatus.BOOKED),)))
        assert first.flags == (VisitFlag.PREP_INCOMPLETE,)
        assert first.first_allowed_on == day(14) and first.interval_days is None

    def test_first_session_with_acne_not_confirmed(self) -> None:
        (first,) = classify(facts(acne_day=None, visits=(visit(14, VisitStatus.BOOKED),)))
        assert first.flags == (VisitFlag.ACNE_NOT_CLEAR,)

    def test_acne_confirmed_only_after_the_session_date_is_not_clear_for_it(self) -> None:
        (first,) = classify(facts(acne_day=20, visits=(visit(15, VisitStatus.BOOKED),)))
        assert first.flag is VisitFlag.ACNE_NOT_CLEAR

    def test_both_problems_are_reported_prep_first(self) -> None:
        (first,) = classify(facts(acne_day=None, visits=(visit(3, VisitStatus.BOOKED),)))
        assert first.flags == (VisitFlag.PREP_INCOMPLETE, VisitFlag.ACNE_NOT_CLEAR)

    def test_without_prep_the_first_session_is_always_too_soon(self) -> None:
        (first,) = classify(facts(prep_day=None, visits=(visit(100, VisitStatus.BOOKED),)))
        assert first.flag is VisitFlag.PREP_INCOMPLETE and first.first_allowed_on is None

    @pytest.mark.parametrize(
        ("gap", "flag"),
        [
            (13, VisitFlag.TOO_EARLY),
            (14, VisitFlag.OK),
            (21, VisitFlag.OK),
            (22, VisitFlag.OVERDUE),
        ],
    )
    def test_interval_edges(self, gap: int, flag: VisitFlag) -> None:
        _, second = classify(facts(visits=(visit(20), visit(20 + gap, VisitStatus.BOOKED))))
        assert second.flag is flag and second.interval_days == gap
        assert second.first_allowed_on == day(34) and second.number == 2

    def test_booked_sessions_are_checked_against_the_booked_one_before(self) -> None:
        visits = (visit(20), visit(36, VisitStatus.BOOKED), visit(40, VisitStatus.BOOKED))
        flags = [c.flag for c in classify(facts(visits=visits))]
        assert flags == [VisitFlag.OK, VisitFlag.OK, VisitFlag.TOO_EARLY]

    def test_cancelled_sessions_are_skipped_and_not_numbered(self) -> None:
        visits = (visit(20), visit(30, VisitStatus.CANCELLED), visit(36, VisitStatus.BOOKED))
        classified = classify(facts(visits=visits))
        assert [(c.number, c.flag) for c in classified] == [(1, VisitFlag.OK), (2, VisitFlag.OK)]

    def test_interval_is_a_setting(self) -> None:
        settings = ProtocolSettings(interval_min_days=7, interval_max_days=7)
        _, second = classify(
            facts(settings=settings, visits=(visit(20), visit(27, VisitStatus.BOOKED)))
        )
        assert second.flag is VisitFlag.OK

    @given(gap=st.integers(min_value=0, max_value=100))
    def test_flag_matches_the_interval(self, gap: int) -> None:
        _, second = classify(facts(visits=(visit(20), visit(20 + gap, VisitStatus.BOOKED))))
        expected = (
            VisitFlag.SAME_DAY
            if gap == 0
            else VisitFlag.TOO_EARLY
            if gap < 14
            else VisitFlag.OVERDUE
            if gap > 21
            else VisitFlag.OK
        )
        assert second.flag is expected


class TestProgressAndStopRule:
    def test_progress_counts_done_sessions_against_the_series_length(self) -> None:
        progress = series_progress(facts(visits=(visit(20), visit(36, VisitStatus.BOOKED))))
        assert (progress.done, progress.planned_min, progress.planned_max) == (1, 6, 8)
        assert not progress.length_reached

    def test_a_planned_length_overrides_the_setting(self) -> None:
        series = Series(1, day(0), day(0), planned_sessions=3)
        progress = series_progress(facts(series=series, visits=(visit(20), visit(35), visit(50))))
        assert (progress.planned_min, progress.planned_max) == (3, 3) and progress.length_reached

    @pytest.mark.parametrize(
        ("done", "mean", "rule"),
        [
            (5, 0.0, StopRule.CONTINUE),
            (6, 0.0, StopRule.DISCUSS_STOPPING),
            (6, None, StopRule.NOT_ENOUGH_RATINGS),
            (6, 9.4, StopRule.DISCUSS_STOPPING),
            (6, 9.5, StopRule.CONTINUE),
            (6, 10.0, StopRule.CONTINUE),
            (7, -5.0, StopRule.DISCUSS_STOPPING),
            (8, 2.0, StopRule.NOT_EXPECTED_TO_HELP),
            (9, None, StopRule.NOT_ENOUGH_RATINGS),
            (8, 40.0, StopRule.CONTINUE),
        ],
    )
    def test_stop_rule(self, done: int, mean: float | None, rule: StopRule) -> None:
        found = Evidence(mean, None, 0 if mean is None else 1)
        assert stop_rule(done, found, PlannedLength(6, 8), SETTINGS) is rule

    def test_softening_counts_as_improvement(self) -> None:
        found = Evidence(0.0, 1.0, 3)
        assert stop_rule(8, found, PlannedLength(6, 8), SETTINGS) is StopRule.CONTINUE

    def test_the_doctors_planned_number_is_the_stop_rules_length(self) -> None:
        flat = Evidence(0.0, 0.0, 2)
        assert stop_rule(6, flat, PlannedLength(10, 10), SETTINGS) is StopRule.CONTINUE
        assert stop_rule(10, flat, PlannedLength(10, 10), SETTINGS) is (
            StopRule.NOT_EXPECTED_TO_HELP
        )


class TestMaintenance:
    def _ended(self, reason: SeriesEnd = SeriesEnd.COMPLETED) -> Series:
        return Series(1, day(0), day(0), ended_on=day(200), end_reason=reason)

    def test_a_boost_a_year_after_a_completed_series_that_helped(self) -> None:
        due = maintenance_due_on(facts(series=self._ended(), visits=(visit(190),)), True)
        assert due == day(200) + dt.timedelta(days=365)

    def test_two_boosts_a_year(self) -> None:
        settings = ProtocolSettings(boosts_per_year=2)
        due = maintenance_due_on(facts(series=self._ended(), settings=settings), True)
        assert due == day(200) + dt.timedelta(days=182)

    def test_counted_from_the_last_boost(self) -> None:
        diary = facts(series=self._ended(), visits=(boost(500), boost(480)))
        assert maintenance_due_on(diary, True) == day(500) + dt.timedelta(days=365)

    def test_a_booked_or_cancelled_boost_does_not_move_it(self) -> None:
        diary = facts(
            series=self._ended(),
            visits=(boost(500, VisitStatus.BOOKED), boost(400, VisitStatus.CANCELLED)),
        )
        assert maintenance_due_on(diary, True) == day(565)

    @pytest.mark.parametrize("reason", [SeriesEnd.COMPLETED, SeriesEnd.STOPPED])
    def test_completed_or_stopped_with_improvement(self, reason: SeriesEnd) -> None:
        assert maintenance_due_on(facts(series=self._ended(reason)), True) == day(565)

    @pytest.mark.parametrize(("improved", "boosts"), [(False, 1), (True, 0)])
    def test_no_boost_when_not_helpful_or_not_wanted(self, improved: bool, boosts: int) -> None:
        settings = ProtocolSettings(boosts_per_year=boosts)
        assert maintenance_due_on(facts(series=self._ended(), settings=settings), improved) is None

    def test_a_running_series_has_no_maintenance(self) -> None:
        assert maintenance_due_on(facts(visits=(visit(20),)), True) is None


class TestSettings:
    def test_defaults_are_the_articles_preset_and_valid(self) -> None:
        settings = ProtocolSettings()
        assert (settings.prep_days, settings.interval_min_days, settings.interval_max_days) == (
            14,
            14,
            21,
        )
        assert (settings.series_min, settings.series_max, settings.no_improvement_pct) == (
            6,
            8,
            10.0,
        )
        assert settings.problems() == []

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"interval_max_days": 10}, "interval_max_days"),
            ({"series_max": 5}, "series_max"),
            ({"prep_days": -1}, "prep_days"),
            ({"no_improvement_pct": 101.0}, "no_improvement_pct"),
            ({"boosts_per_year": 13}, "boosts_per_year"),
            ({"interval_min_days": 0}, "interval_min_days"),
        ],
    )
    def test_impossible_combinations_are_named(self, change: dict[str, object], field: str) -> None:
        assert field in dataclasses.replace(ProtocolSettings(), **change).problems()  # type: ignore[arg-type]
