from __future__ import annotations

import dataclasses

import pytest

from scar_diary.domain.aftercare import AFTERCARE_DAYS, AftercareTip, tips_for_day
from scar_diary.domain.entities import DiaryFacts, VisitStatus
from scar_diary.domain.protocol import StopRule, VisitFlag
from scar_diary.domain.status import diary_status
from tests.domain.builders import day, facts, rating, scar, visit


class TestAftercare:
    def test_session_day_has_the_immediate_tips(self) -> None:
        tips = tips_for_day(0)
        assert AftercareTip.BUBBLE_ABSORBS in tips and AftercareTip.MAY_BLEED in tips
        assert AftercareTip.DONT_TOUCH in tips

    def test_later_days_drop_the_immediate_tips_and_add_softening(self) -> None:
        tips = tips_for_day(4)
        assert AftercareTip.BUBBLE_ABSORBS not in tips
        assert AftercareTip.GRADUAL_SOFTENING in tips and AftercareTip.DONT_TOUCH in tips

    @pytest.mark.parametrize("outside", [-1, AFTERCARE_DAYS + 1])
    def test_nothing_outside_the_aftercare_days(self, outside: int) -> None:
        assert tips_for_day(outside) == ()

    @pytest.mark.parametrize(("today", "expected"), [(20, 0), (27, 7), (28, None), (19, None)])
    def test_status_shows_aftercare_from_session_day_to_day_seven(
        self, today: int, expected: int | None
    ) -> None:
        status = diary_status(facts(visits=(visit(20),)), day(today))
        if expected is None:
            assert status.aftercare is None
        else:
            assert status.aftercare is not None
            assert (status.aftercare.day, status.aftercare.session_number) == (expected, 1)

    def test_aftercare_follows_the_latest_done_session(self) -> None:
        status = diary_status(facts(visits=(visit(20), visit(36))), day(38))
        assert status.aftercare is not None and status.aftercare.session_number == 2


class TestStatus:
    def test_an_empty_diary_is_empty(self) -> None:
        status = diary_status(DiaryFacts(), day(0))
        assert status.is_empty and status.next_window is None and status.booked == ()

    def test_scars_alone_make_a_diary_not_empty(self) -> None:
        status = diary_status(DiaryFacts(scars=(scar(1),)), day(0))
        assert not status.is_empty

    def test_next_booked_is_the_first_booked_from_today(self) -> None:
        visits = (
            visit(20),
            visit(36, VisitStatus.BOOKED),
            visit(52, VisitStatus.BOOKED),
        )
        status = diary_status(facts(visits=visits), day(40))
        assert status.next_booked is not None
        assert status.next_booked.visit.scheduled_on == day(52)
        # the booking of day 36 has passed unconfirmed: it counts for nothing, so the one of
        # day 52 is session 2, 32 days after session 1
        assert [c.visit.scheduled_on for c in status.awaiting] == [day(36)]
        assert [(c.number, c.flag) for c in status.booked] == [(2, VisitFlag.OVERDUE)]
        assert status.last_done is not None and status.last_done.number == 1

    def test_stop_rule_uses_the_mean_improvement(self) -> None:
        visits = tuple(visit(20 + 15 * i) for i in range(6))
        ratings = (rating(1, 10, 6), rating(1, 120, 6))
        status = diary_status(facts(visits=visits, scars=(scar(1),), ratings=ratings), day(120))
        assert status.mean_improvement == 0.0
        assert status.stop_rule is StopRule.DISCUSS_STOPPING

    def test_changing_a_setting_changes_the_status(self) -> None:
        diary = facts(visits=(visit(20), visit(32, VisitStatus.BOOKED)))
        assert diary_status(diary, day(25)).booked[0].flag is VisitFlag.TOO_EARLY
        relaxed = dataclasses.replace(
            diary, settings=dataclasses.replace(diary.settings, interval_min_days=10)
        )
        assert diary_status(relaxed, day(25)).booked[0].flag is VisitFlag.OK


class TestProgress:
    def test_improvement_after_each_session(self) -> None:
        from scar_diary.domain.progress import improvement_after_sessions

        diary = facts(
            visits=(visit(20), visit(36), visit(52)),
            scars=(scar(1), scar(2)),
            ratings=(
                rating(1, 10, 8),
                rating(2, 10, 4),  # baseline
                rating(1, 25, 6),
                rating(2, 25, 4),  # after 1: 25 %, 0 %
                rating(1, 40, 4),  # after 2: scar 1 50 %; scar 2 not rated since session 2
            ),
        )
        points = improvement_after_sessions(diary, day(60))
        assert [(p.session, p.on) for p in points] == [(1, day(20)), (2, day(36)), (3, day(52))]
        # a rating made before session N is never a point "after session N"
        assert [p.mean_pct for p in points] == [pytest.approx(12.5), pytest.approx(50.0), None]

    def test_points_on_a_session_axis(self) -> None:
        from scar_diary.domain.progress import scar_points

        diary = facts(
            visits=(visit(20), visit(36)),
            scars=(scar(1),),
            ratings=(rating(1, 10, 8), rating(1, 20, 7), rating(1, 30, 6), rating(1, 40, 5)),
        )
        xs = [round(p.session_x, 3) for p in scar_points(diary, 1)]
        # a rating on a session day counts as made before it
        assert xs == [0.0, 0.0, round(1 + 10 / 21, 3), round(2 + 4 / 21, 3)]
        assert [p.rating.depth for p in scar_points(diary, 1, since=day(25))] == [6, 5]
