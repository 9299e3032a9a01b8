from __future__ import annotations

import dataclasses
import datetime as dt

from scar_diary.domain.entities import (
    DiaryFacts,
    ProtocolSettings,
    Series,
    SeriesEnd,
    VisitStatus,
)
from scar_diary.domain.protocol import ClassifiedVisit, VisitFlag, check_candidate
from scar_diary.domain.reminders import ReminderKind, ReminderState, reminders, visible
from scar_diary.domain.status import diary_status
from tests.domain.builders import day, facts, rating, scar, visit


def kinds(diary_facts, today: dt.date) -> dict[ReminderKind, object]:  # type: ignore[no-untyped-def]
    found = reminders(diary_facts, diary_status(diary_facts, today))
    return {r.kind: r for r in found}


def candidate(diary: DiaryFacts, on: dt.date, replacing: int | None = None) -> ClassifiedVisit:
    return check_candidate(diary, on, day(25), replacing=replacing).candidate


class TestCandidate:
    def test_a_new_booking_is_checked_before_saving(self) -> None:
        diary = facts(visits=(visit(20),))
        assert candidate(diary, day(30)).flag is VisitFlag.TOO_EARLY
        assert candidate(diary, day(34)).flag is VisitFlag.OK
        assert candidate(diary, day(50)).flag is VisitFlag.OVERDUE
        assert candidate(diary, day(30)).first_allowed_on == day(34)

    def test_moving_a_session_ignores_its_old_date(self) -> None:
        booked = visit(36, VisitStatus.BOOKED)
        diary = facts(visits=(visit(20), booked))
        moved = candidate(diary, day(38), replacing=booked.id)
        assert moved.flag is VisitFlag.OK and moved.number == 2


class TestReminders:
    def test_nothing_without_a_series(self) -> None:
        assert kinds(facts(series=None, prep_day=None), day(0)) == {}

    def test_preparation_day_and_completion(self) -> None:
        diary = facts(prep_day=0)
        during = kinds(diary, day(3))[ReminderKind.PREP_IN_PROGRESS]
        assert during.number == 4 and during.date == day(14)  # type: ignore[attr-defined]
        assert ReminderKind.PREP_COMPLETE in kinds(diary, day(14))
        off = dataclasses.replace(diary, settings=ProtocolSettings(prep_reminder=False))
        assert ReminderKind.PREP_IN_PROGRESS not in kinds(off, day(3))

    def test_session_tomorrow_and_today_and_rate_before(self) -> None:
        diary = facts(
            visits=(visit(20), visit(36, VisitStatus.BOOKED)),
            scars=(scar(1),),
            ratings=(rating(1, 10, 6),),
        )
        assert {ReminderKind.SESSION_TOMORROW, ReminderKind.RATE_BEFORE} <= set(
            kinds(diary, day(35))
        )
        assert ReminderKind.SESSION_TODAY in kinds(diary, day(36))
        rated = dataclasses.replace(diary, ratings=(*diary.ratings, rating(1, 34, 5)))
        assert ReminderKind.RATE_BEFORE not in kinds(rated, day(35))  # gone once rated

    def test_rate_after_a_few_days_until_rated(self) -> None:
        diary = facts(visits=(visit(20),), scars=(scar(1),), ratings=(rating(1, 10, 6),))
        assert ReminderKind.RATE_AFTER not in kinds(diary, day(21))
        assert ReminderKind.RATE_AFTER in kinds(diary, day(23))
        assert ReminderKind.RATE_AFTER not in kinds(diary, day(31))
        rated = dataclasses.replace(diary, ratings=(*diary.ratings, rating(1, 23, 5)))
        assert ReminderKind.RATE_AFTER not in kinds(rated, day(24))

    def test_window_opens_closes_and_closed(self) -> None:
        diary = facts(visits=(visit(20),))
        assert kinds(diary, day(32))[ReminderKind.WINDOW_OPENS].date == day(34)  # type: ignore[attr-defined]
        assert kinds(diary, day(39))[ReminderKind.WINDOW_CLOSES].date == day(41)  # type: ignore[attr-defined]
        assert ReminderKind.WINDOW_CLOSED in kinds(diary, day(45))
        booked = dataclasses.replace(diary, visits=(*diary.visits, visit(40, VisitStatus.BOOKED)))
        assert ReminderKind.WINDOW_CLOSES not in kinds(booked, day(39))

    def test_aftercare_for_a_week(self) -> None:
        diary = facts(visits=(visit(20),))
        assert kinds(diary, day(23))[ReminderKind.AFTERCARE].extra["day"] == 3  # type: ignore[attr-defined]
        assert ReminderKind.AFTERCARE not in kinds(diary, day(28))

    def test_retinoid_pause_only_when_the_clinic_asks(self) -> None:
        diary = facts(visits=(visit(20), visit(36, VisitStatus.BOOKED)))
        assert ReminderKind.RETINOID_PAUSE not in kinds(diary, day(33))
        paused = dataclasses.replace(diary, settings=ProtocolSettings(retinoid_pause_days=3))
        reminder = kinds(paused, day(32))[ReminderKind.RETINOID_PAUSE]
        assert reminder.date == day(33) and reminder.number == 3  # type: ignore[attr-defined]

    def test_stop_rule_and_maintenance(self) -> None:
        six = tuple(visit(20 + 15 * i) for i in range(6))
        flat = facts(visits=six, scars=(scar(1),), ratings=(rating(1, 10, 6), rating(1, 110, 6)))
        assert ReminderKind.STOP_RULE in kinds(flat, day(110))
        ended = Series(1, day(0), day(0), ended_on=day(120), end_reason=SeriesEnd.COMPLETED)
        helped = facts(
            series=ended,
            visits=six,
            scars=(scar(1),),
            ratings=(rating(1, 10, 6), rating(1, 110, 2)),
        )
        assert ReminderKind.MAINTENANCE not in kinds(helped, day(300))
        assert kinds(helped, day(480))[ReminderKind.MAINTENANCE].date == day(485)  # type: ignore[attr-defined]


class TestStates:
    def test_dismissed_and_snoozed_are_hidden(self) -> None:
        diary = facts(visits=(visit(20),))
        found = reminders(diary, diary_status(diary, day(23)))
        key = found[0].key
        assert visible(found, {key: ReminderState(dismissed=True)}, day(23)) == found[1:]
        snoozed = {key: ReminderState(snoozed_until=day(24))}
        assert visible(found, snoozed, day(23)) == found[1:]
        assert visible(found, snoozed, day(24)) == found

    def test_keys_are_stable_and_distinct(self) -> None:
        diary = facts(visits=(visit(20), visit(36, VisitStatus.BOOKED)), scars=(scar(1),))
        first = [r.key for r in reminders(diary, diary_status(diary, day(35)))]
        again = [r.key for r in reminders(diary, diary_status(diary, day(35)))]
        assert first == again and len(set(first)) == len(first)
