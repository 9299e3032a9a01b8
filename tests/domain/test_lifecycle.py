"""The series from its first day to a boost a year later, rule by rule and at each edge:
past bookings, the whole list of visits, the end of a series and what follows, improvement
that needs evidence, and preparation with a retinoid pause. Expected values are written out."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from scar_diary.domain.entities import (
    DiaryFacts,
    EarlierSeries,
    ProtocolSettings,
    ScarType,
    Series,
    SeriesEnd,
    VisitKind,
    VisitStatus,
)
from scar_diary.domain.protocol import (
    PrepPhase,
    SeriesState,
    StopRule,
    VisitFlag,
    check_candidate,
    classify_visits,
)
from scar_diary.domain.reminders import ReminderKind, reminders
from scar_diary.domain.status import DiaryStatus, diary_status
from tests.domain.builders import booked, boost, day, facts, rating, scar, visit


def kinds(diary: DiaryFacts, today: dt.date) -> set[ReminderKind]:
    return {r.kind for r in reminders(diary, diary_status(diary, today))}


def sessions_every_15_days(count: int, first: int = 20) -> tuple:  # type: ignore[type-arg]
    return tuple(visit(first + 15 * i) for i in range(count))


class TestPastBookings:
    def test_a_booking_whose_day_has_passed_awaits_confirmation(self) -> None:
        late = booked(40)
        diary = facts(visits=(visit(20), late))
        status = diary_status(diary, day(41))
        (waiting,) = status.awaiting
        assert waiting.visit is late and waiting.number is None
        assert waiting.flags == (VisitFlag.AWAITING,)
        assert status.booked == () and status.progress.done == 1
        window = status.next_window
        assert window is not None and (window.earliest, window.latest) == (day(34), day(41))

    def test_on_its_own_day_it_is_still_a_booking(self) -> None:
        diary = facts(visits=(visit(20), booked(40)))
        status = diary_status(diary, day(40))
        assert status.awaiting == () and status.next_booked is not None
        assert status.next_booked.number == 2
        assert ReminderKind.SESSION_TODAY in kinds(diary, day(40))

    def test_while_it_waits_there_is_no_nothing_is_booked_text(self) -> None:
        diary = facts(visits=(visit(20), booked(40)))
        found = kinds(diary, day(45))  # the window closed on day 41
        assert ReminderKind.CONFIRM_VISIT in found
        assert ReminderKind.WINDOW_CLOSED not in found
        assert ReminderKind.WINDOW_CLOSES not in found

    def test_a_waiting_booking_does_not_number_the_ones_after_it(self) -> None:
        diary = facts(visits=(visit(20), booked(34), booked(50)))
        status = diary_status(diary, day(36))
        assert [(c.visit.scheduled_on, c.number) for c in status.visits] == [
            (day(20), 1),
            (day(34), None),
            (day(50), 2),
        ]
        assert status.booked[0].flag is VisitFlag.OVERDUE  # 30 days after session 1

    def test_the_first_session_waiting_keeps_the_series_in_preparation(self) -> None:
        diary = facts(visits=(booked(20),))
        status = diary_status(diary, day(22))
        assert status.state is SeriesState.PREPARING and status.progress.done == 0
        assert status.next_window is not None and status.next_window.after_session == 0

    def test_marked_done_on_another_day_it_counts_from_that_day(self) -> None:
        diary = facts(visits=(visit(20), dataclasses.replace(booked(40), status=VisitStatus.DONE)))
        moved = dataclasses.replace(
            diary,
            visits=(diary.visits[0], dataclasses.replace(diary.visits[1], scheduled_on=day(38))),
        )
        window = diary_status(moved, day(41)).next_window
        assert window is not None and window.earliest == day(52)


class TestWholeList:
    def test_a_booking_is_checked_against_the_one_after_it(self) -> None:
        diary = facts(visits=(visit(20), booked(50)))
        result = check_candidate(diary, day(40), day(30))
        assert result.candidate.flag is VisitFlag.OK and result.candidate.number == 2
        assert result.upset is not None and result.upset.visit.scheduled_on == day(50)
        assert result.upset.flags == (VisitFlag.TOO_EARLY,) and result.upset.number == 3

    def test_moving_a_booking_does_not_upset_itself(self) -> None:
        later = booked(50)
        diary = facts(visits=(visit(20), later))
        result = check_candidate(diary, day(55), day(30), replacing=later.id)
        assert result.upset is None and result.candidate.flag is VisitFlag.OVERDUE

    def test_the_later_booking_shows_its_flag(self) -> None:
        diary = facts(visits=(visit(20), booked(36), booked(44)))
        status = diary_status(diary, day(30))
        assert [c.flag for c in status.booked] == [VisitFlag.OK, VisitFlag.TOO_EARLY]

    def test_two_sessions_on_one_day_are_one_treatment_day(self) -> None:
        first, second = visit(20), visit(20)
        diary = facts(visits=(first, second, booked(36)))
        status = diary_status(diary, day(30))
        assert status.progress.done == 1
        same = next(c for c in status.visits if c.visit is second)
        assert same.flags == (VisitFlag.SAME_DAY,) and same.number == 1
        assert status.booked[0].number == 2 and status.booked[0].flag is VisitFlag.OK

    def test_the_same_day_counts_once_for_the_stop_rule(self) -> None:
        visits = (*sessions_every_15_days(5), visit(80))  # the fifth day twice
        diary = facts(visits=visits, scars=(scar(1),), ratings=(rating(1, 5, 6), rating(1, 98, 6)))
        status = diary_status(diary, day(100))
        assert status.progress.done == 5 and status.stop_rule is StopRule.CONTINUE


class TestEndOfSeries:
    def test_complete_at_the_longest_planned_length(self) -> None:
        diary = facts(
            visits=sessions_every_15_days(8),
            scars=(scar(1),),
            ratings=(rating(1, 5, 8), rating(1, 130, 4)),
        )
        status = diary_status(diary, day(140))
        assert status.state is SeriesState.COMPLETE and status.next_window is None
        assert status.stop_rule is StopRule.CONTINUE
        found = kinds(diary, day(140))
        assert not found & {
            ReminderKind.WINDOW_OPENS,
            ReminderKind.WINDOW_CLOSES,
            ReminderKind.WINDOW_CLOSED,
        }

    def test_seven_of_six_to_eight_is_still_running(self) -> None:
        status = diary_status(facts(visits=sessions_every_15_days(7)), day(120))
        assert status.state is SeriesState.IN_SERIES and status.next_window is not None
        assert status.next_window.after_session == 7

    def test_the_doctors_number_is_the_length(self) -> None:
        series = Series(1, day(0), day(0), planned_sessions=10)
        eight = diary_status(facts(series=series, visits=sessions_every_15_days(8)), day(140))
        assert (eight.planned.low, eight.planned.high) == (10, 10)
        assert eight.state is SeriesState.IN_SERIES
        ten = diary_status(facts(series=series, visits=sessions_every_15_days(10)), day(170))
        assert ten.state is SeriesState.COMPLETE and ten.next_window is None

    def test_a_short_plan_ends_the_stop_rule_there_too(self) -> None:
        series = Series(1, day(0), day(0), planned_sessions=3)
        diary = facts(
            series=series,
            visits=sessions_every_15_days(3),
            scars=(scar(1),),
            ratings=(rating(1, 5, 6), rating(1, 60, 6)),
        )
        status = diary_status(diary, day(60))
        assert status.state is SeriesState.COMPLETE
        assert (
            status.stop_rule is StopRule.PLAN_DONE
        )  # fewer than the protocol minimum: the plan is done

    def test_a_session_added_anyway_is_beyond_the_plan(self) -> None:
        diary = facts(visits=(*sessions_every_15_days(8), booked(140)))
        status = diary_status(diary, day(130))
        assert status.state is SeriesState.COMPLETE
        assert status.booked[0].number == 9
        assert status.booked[0].flags == (VisitFlag.BEYOND_PLAN,)

    def test_an_ended_series_has_boosts_not_sessions(self) -> None:
        ended = Series(1, day(0), day(0), ended_on=day(130), end_reason=SeriesEnd.COMPLETED)
        diary = facts(
            series=ended,
            visits=(*sessions_every_15_days(8), boost(500), booked(880, VisitKind.BOOST)),
            scars=(scar(1),),
            ratings=(rating(1, 5, 8), rating(1, 125, 4)),
        )
        status = diary_status(diary, day(870))
        assert status.state is SeriesState.ENDED and status.next_window is None
        assert status.progress.done == 8 and status.boosts_done == 1
        assert status.maintenance_due_on == day(865)  # a year after the first boost
        assert status.booked[0].is_boost and status.booked[0].number == 2
        # a boost's result is measured against the first baseline
        assert status.mean_improvement == pytest.approx(50.0)

    def test_aftercare_follows_a_boost(self) -> None:
        ended = Series(1, day(0), day(0), ended_on=day(130), end_reason=SeriesEnd.COMPLETED)
        diary = facts(series=ended, visits=(*sessions_every_15_days(8), boost(500)))
        care = diary_status(diary, day(502)).aftercare
        assert care is not None and care.boost and (care.day, care.session_number) == (2, 1)

    def test_maintenance_after_a_stopped_series_that_helped(self) -> None:
        stopped = Series(1, day(0), day(0), ended_on=day(100), end_reason=SeriesEnd.STOPPED)
        diary = facts(
            series=stopped,
            visits=sessions_every_15_days(5),
            scars=(scar(1),),
            ratings=(rating(1, 5, 8), rating(1, 90, 6)),
        )
        status = diary_status(diary, day(200))
        assert status.maintenance_due_on == day(465)
        assert ReminderKind.MAINTENANCE in kinds(diary, day(455))
        assert ReminderKind.MAINTENANCE not in kinds(diary, day(450))

    def test_a_booked_boost_silences_the_maintenance_reminder(self) -> None:
        ended = Series(1, day(0), day(0), ended_on=day(100), end_reason=SeriesEnd.COMPLETED)
        diary = facts(
            series=ended,
            visits=(*sessions_every_15_days(5), booked(470, VisitKind.BOOST)),
            scars=(scar(1),),
            ratings=(rating(1, 5, 8), rating(1, 90, 6)),
        )
        assert ReminderKind.MAINTENANCE not in kinds(diary, day(460))

    def test_no_maintenance_after_a_series_without_improvement(self) -> None:
        ended = Series(1, day(0), day(0), ended_on=day(140), end_reason=SeriesEnd.COMPLETED)
        diary = facts(
            series=ended,
            visits=sessions_every_15_days(8),
            scars=(scar(1),),
            ratings=(rating(1, 5, 6), rating(1, 130, 6)),
        )
        assert diary_status(diary, day(400)).maintenance_due_on is None

    def test_a_new_series_after_one_that_did_not_help_says_so(self) -> None:
        old = Series(1, day(0), day(0), ended_on=day(140), end_reason=SeriesEnd.STOPPED)
        earlier = EarlierSeries(old, sessions_every_15_days(6))
        ratings = (rating(1, 5, 6), rating(1, 100, 6))
        new = facts(
            series=Series(2, day(200), day(200)),
            scars=(scar(1),),
            ratings=ratings,
        )
        after_unhelpful = dataclasses.replace(new, earlier=(earlier,))
        assert diary_status(after_unhelpful, day(201)).previous_series_unhelpful
        helped = dataclasses.replace(after_unhelpful, ratings=(rating(1, 5, 6), rating(1, 100, 3)))
        assert not diary_status(helped, day(201)).previous_series_unhelpful
        assert not diary_status(new, day(201)).previous_series_unhelpful

    def test_an_acne_flare_flags_bookings_until_clear_again(self) -> None:
        flared = Series(1, day(0), day(0), acne_flared_on=day(30))
        diary = facts(series=flared, visits=(visit(20), booked(40)))
        status = diary_status(diary, day(31))
        assert not status.prep.acne_clear
        assert status.visits[0].flag is VisitFlag.OK  # done before the flare
        assert status.booked[0].flags == (VisitFlag.ACNE_NOT_CLEAR,)
        clear = dataclasses.replace(diary, series=dataclasses.replace(flared, acne_flared_on=None))
        assert diary_status(clear, day(31)).booked[0].flag is VisitFlag.OK


class TestEvidence:
    def test_missing_data_is_not_no_improvement(self) -> None:
        diary = facts(
            visits=sessions_every_15_days(6),
            scars=(scar(1), scar(2)),
            ratings=(rating(1, 5, 6), rating(2, 40, 6), rating(2, 100, 6)),
        )
        status = diary_status(diary, day(100))
        # scar 1 has only a baseline; scar 2 was first rated after the series began
        assert status.improvements[1].depth_pct is None
        assert status.improvements[2].baseline is None
        assert status.stop_rule is StopRule.NOT_ENOUGH_RATINGS
        assert status.mean_improvement is None

    def test_a_swollen_rating_is_not_the_evidence(self) -> None:
        six = sessions_every_15_days(6)  # the last on day 95
        diary = facts(
            visits=six,
            scars=(scar(1),),
            ratings=(rating(1, 5, 6), rating(1, 85, 6), rating(1, 96, 2)),
        )
        status = diary_status(diary, day(96))
        assert status.mean_improvement == pytest.approx(0.0)
        assert status.stop_rule is StopRule.DISCUSS_STOPPING
        assert status.swollen_rating_ids == {diary.ratings[2].id}

    def test_softening_alone_is_a_response(self) -> None:
        diary = facts(
            visits=sessions_every_15_days(6),
            scars=(scar(1),),
            ratings=(rating(1, 5, 6, 2), rating(1, 100, 6, 4)),
        )
        status = diary_status(diary, day(100))
        assert status.mean_improvement == pytest.approx(0.0)
        assert status.evidence.mean_softening_change == pytest.approx(2.0)
        assert status.stop_rule is StopRule.CONTINUE

    def test_poor_responders_do_not_pull_the_mean_down(self) -> None:
        diary = facts(
            visits=sessions_every_15_days(6),
            scars=(scar(1), scar(2, ScarType.ICE_PICK)),
            ratings=(rating(1, 5, 8), rating(1, 100, 6), rating(2, 5, 8), rating(2, 100, 9)),
        )
        status = diary_status(diary, day(100))
        assert status.mean_improvement == pytest.approx(25.0)
        assert status.poor_responders_mean == pytest.approx(-12.5)
        assert status.stop_rule is StopRule.CONTINUE

    def test_only_poor_responders_measured_are_still_measured(self) -> None:
        diary = facts(
            visits=sessions_every_15_days(6),
            scars=(scar(2, ScarType.DEEP_BOXCAR),),
            ratings=(rating(2, 5, 8), rating(2, 100, 8)),
        )
        status = diary_status(diary, day(100))
        assert status.evidence.poor_only and status.evidence.measured == 1
        assert status.evidence.mean_depth_pct == 0
        assert status.stop_rule is StopRule.DISCUSS_STOPPING


class TestPreparationAndRetinoids:
    PAUSE = ProtocolSettings(retinoid_pause_days=3, retinoid_resume_days=2)

    def status(self, today: int, *visits: object) -> DiaryStatus:
        return diary_status(facts(settings=self.PAUSE, visits=visits), day(today))  # type: ignore[arg-type]

    def test_the_pause_follows_the_full_preparation(self) -> None:
        assert self.status(0).prep.ready_on == day(17)
        assert self.status(13).prep.phase is PrepPhase.APPLYING
        assert self.status(14).prep.phase is PrepPhase.PAUSING
        assert self.status(14).prep.day_number == 1
        assert self.status(17).prep.phase is PrepPhase.COMPLETE

    def test_pause_days_never_say_apply(self) -> None:
        diary = facts(settings=self.PAUSE)
        assert ReminderKind.PREP_IN_PROGRESS in kinds(diary, day(13))
        assert kinds(diary, day(14)) == {ReminderKind.PREP_PAUSE}
        assert kinds(diary, day(17)) == {ReminderKind.PREP_COMPLETE}

    def test_a_booked_first_session_takes_its_own_pause(self) -> None:
        diary = facts(settings=self.PAUSE, visits=(booked(25),))
        assert ReminderKind.PREP_IN_PROGRESS in kinds(diary, day(10))
        assert kinds(diary, day(22)) == {ReminderKind.RETINOID_PAUSE}

    def test_the_first_session_before_the_pause_is_over_is_too_early(self) -> None:
        (early,) = classify_visits(facts(settings=self.PAUSE, visits=(booked(16),)), day(0))
        assert early.flag is VisitFlag.PREP_INCOMPLETE and early.first_allowed_on == day(17)

    @pytest.mark.parametrize(("today", "shown"), [(21, False), (22, True), (24, True), (25, False)])
    def test_resume_after_a_session(self, today: int, shown: bool) -> None:
        diary = facts(settings=self.PAUSE, visits=(visit(20),))
        assert (ReminderKind.RETINOID_RESUME in kinds(diary, day(today))) is shown

    def test_no_resume_reminder_without_a_pause(self) -> None:
        assert ReminderKind.RETINOID_RESUME not in kinds(facts(visits=(visit(20),)), day(22))
