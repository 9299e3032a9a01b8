from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from scar_diary.domain.entities import (
    FaceRegion,
    ProtocolSettings,
    ScarType,
    SeriesEnd,
    VisitKind,
    VisitStatus,
)
from scar_diary.domain.reminders import ReminderKind
from scar_diary.services.calendar_export import calendar_ics
from scar_diary.services.diary import Diary
from scar_diary.services.errors import InvalidInput
from scar_diary.services.profile import Preferences
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)


class TestSeriesChanges:
    def test_update_and_reschedule(self, diary: Diary) -> None:
        diary.series.start(TODAY - 30 * DAY)
        diary.series.update(TODAY - 20 * DAY, 7, "clinic X")
        visit = diary.series.book(TODAY)
        diary.series.reschedule(visit, TODAY + DAY, dt.time(9, 15))
        facts = diary.facts()
        assert facts.series is not None
        assert (
            facts.series.prep_started_on,
            facts.series.planned_sessions,
            facts.series.notes,
        ) == (TODAY - 20 * DAY, 7, "clinic X")
        (moved,) = facts.visits
        assert (moved.scheduled_on, moved.scheduled_time) == (TODAY + DAY, dt.time(9, 15))
        diary.series.complete(visit)
        with pytest.raises(InvalidInput, match="Only a booked session"):
            diary.series.reschedule(visit, TODAY, None)

    def test_taking_back_the_acne_confirmation(self, diary: Diary) -> None:
        diary.series.start(TODAY, acne_clear_on=TODAY)
        diary.series.confirm_acne_clear(None)
        facts = diary.facts()
        assert facts.series is not None and facts.series.acne_clear_on is None

    def test_planned_length_is_checked(self, diary: Diary) -> None:
        diary.series.start(TODAY)
        with pytest.raises(InvalidInput):
            diary.series.update(TODAY, 99, "")


class TestPreferencesAndAftercare:
    def test_defaults_and_changes_survive_reopening(self, diary: Diary) -> None:
        assert diary.profile.preferences() == Preferences(True, False)
        diary.profile.save_preferences(Preferences(False, True))
        diary.profile.save_settings(ProtocolSettings(retinoid_pause_days=3, prep_reminder=False))
        diary.profile.save_aftercare_texts(
            ["  No make-up for 24 hours ", "", "No sauna for 2 days"]
        )
        folder = diary.data_dir
        diary.close()
        again = Diary.open(folder)
        try:
            assert again.profile.preferences() == Preferences(False, True)
            settings = again.settings()
            assert settings.retinoid_pause_days == 3 and not settings.prep_reminder
            assert again.profile.aftercare_texts() == [
                "No make-up for 24 hours",
                "No sauna for 2 days",
            ]
            assert again.facts().aftercare_texts == (
                "No make-up for 24 hours",
                "No sauna for 2 days",
            )
        finally:
            again.close()

    def test_the_clinic_list_replaces_the_built_in_guidance(self, diary: Diary) -> None:
        diary.series.start(TODAY - 30 * DAY, acne_clear_on=TODAY - 30 * DAY)
        diary.series.complete(diary.series.book(TODAY - 2 * DAY))
        diary.profile.save_aftercare_texts(["Cool the skin"])
        care = diary.status(TODAY).aftercare
        assert care is not None and care.clinic_texts == ("Cool the skin",)
        diary.profile.save_aftercare_texts([])
        care = diary.status(TODAY).aftercare
        assert care is not None and care.clinic_texts == ()

    def test_each_diary_has_its_own_id(self, diary: Diary, sample: Diary) -> None:
        assert len(diary.profile.diary_uuid()) == 36
        assert diary.profile.diary_uuid() != sample.profile.diary_uuid()


class TestReminderStates:
    def test_dismiss_snooze_restore_persist(self, diary: Diary) -> None:
        diary.series.start(TODAY - 3 * DAY)
        (prep,) = diary.reminders.current(TODAY)
        assert prep.kind is ReminderKind.PREP_IN_PROGRESS
        diary.reminders.snooze(prep.key, TODAY + DAY)
        assert diary.reminders.current(TODAY) == []
        assert [r.key for r in diary.reminders.current(TODAY + DAY)] != []
        diary.reminders.dismiss(prep.key)
        assert diary.reminders.current(TODAY + DAY) == []
        diary.reminders.restore(prep.key)
        assert [r.key for r in diary.reminders.current(TODAY)] == [prep.key]

    def test_rate_reminder_clears_itself_when_rated(self, diary: Diary) -> None:
        diary.series.start(TODAY - 40 * DAY, acne_clear_on=TODAY - 40 * DAY)
        scar = diary.scars.add("a", FaceRegion.CHIN, ScarType.ROLLING)
        diary.series.complete(diary.series.book(TODAY - 4 * DAY))
        kinds = {r.kind for r in diary.reminders.current(TODAY)}
        assert ReminderKind.RATE_AFTER in kinds
        diary.ratings.record(scar, TODAY, 5, 5, today=TODAY)
        assert ReminderKind.RATE_AFTER not in {r.kind for r in diary.reminders.current(TODAY)}


class TestCalendar:
    def parse(self, diary: Diary, *, full_text: bool, now: dt.datetime | None = None) -> Calendar:
        facts = diary.facts()
        data = calendar_ics(
            facts, diary.status(TODAY), diary.profile.diary_uuid(), full_text=full_text, now=now
        )
        return Calendar.from_ical(data)

    def test_neutral_events_with_alarms_parse_back(self, sample: Diary) -> None:
        calendar = self.parse(sample, full_text=False)
        events = calendar.walk("VEVENT")
        summaries = sorted(str(e["summary"]) for e in events)
        assert summaries == ["Appointment", "Reminder"]
        session = next(e for e in events if str(e["summary"]) == "Appointment")
        assert session.decoded("dtstart") == dt.datetime(2026, 12, 8, 10, 30)
        triggers = sorted(a.decoded("trigger") for a in session.walk("VALARM"))
        assert triggers == [-dt.timedelta(days=1), -dt.timedelta(hours=2)]
        window = next(e for e in events if str(e["summary"]) == "Reminder")
        assert window.decoded("dtstart") == dt.date(2026, 12, 6)
        assert window.decoded("dtend") == dt.date(2026, 12, 14)
        text = calendar.to_ical().decode()
        for word in ("saline", "scar", "Scar", "session", "tretinoin"):
            assert word not in text.replace("scar-diary", "").replace("Scar Diary//", "")

    def test_full_text_says_what_each_event_is(self, sample: Diary) -> None:
        summaries = sorted(
            str(e["summary"]) for e in self.parse(sample, full_text=True).walk("VEVENT")
        )
        assert summaries == ["Saline session 6 (Scar Diary)", "Window for saline session 6"]

    def test_uids_are_stable_so_reimport_updates(self, sample: Diary) -> None:
        first = self.parse(sample, full_text=False, now=dt.datetime(2026, 11, 25, tzinfo=dt.UTC))
        later = self.parse(sample, full_text=False, now=dt.datetime(2026, 11, 26, tzinfo=dt.UTC))
        uids = lambda cal: sorted(str(e["uid"]) for e in cal.walk("VEVENT"))  # noqa: E731
        assert uids(first) == uids(later) and len(set(uids(first))) == 2
        seq = lambda cal: [int(e["sequence"]) for e in cal.walk("VEVENT")]  # noqa: E731
        assert all(b > a for a, b in zip(seq(first), seq(later), strict=True))

    def test_prep_end_and_maintenance_events(self, diary: Diary) -> None:
        diary.series.start(TODAY - 3 * DAY)
        (prep,) = self.parse(diary, full_text=True).walk("VEVENT")
        assert str(prep["summary"]) == "Preparation complete: first saline session possible"
        assert prep.decoded("dtstart") == TODAY + 11 * DAY

    def test_booked_without_time_is_an_all_day_event(self, diary: Diary, tmp_path: Path) -> None:
        diary.series.start(TODAY - 30 * DAY, acne_clear_on=TODAY - 30 * DAY)
        diary.series.book(TODAY + 2 * DAY)
        events = self.parse(diary, full_text=False).walk("VEVENT")
        session = next(e for e in events if str(e["uid"]).startswith("visit-"))
        assert session.decoded("dtstart") == TODAY + 2 * DAY
        assert all(v.status is VisitStatus.BOOKED for v in diary.facts().visits)

    def summaries(self, diary: Diary) -> list[str]:
        return sorted(str(e["summary"]) for e in self.parse(diary, full_text=True).walk("VEVENT"))

    def test_a_booking_awaiting_confirmation_is_no_event(self, diary: Diary) -> None:
        diary.series.start(TODAY - 60 * DAY, acne_clear_on=TODAY - 60 * DAY)
        diary.series.complete(diary.series.book(TODAY - 20 * DAY))
        diary.series.book(TODAY - 2 * DAY)  # its day has passed, nobody said what happened
        assert self.summaries(diary) == ["Window for saline session 2"]

    def test_a_complete_series_has_no_window_for_another_session(self, diary: Diary) -> None:
        diary.series.start(TODAY - 200 * DAY, acne_clear_on=TODAY - 200 * DAY)
        for n in range(8):
            diary.series.record_done(TODAY - (150 - 16 * n) * DAY, today=TODAY)
        assert diary.status(TODAY).progress.done == 8
        assert self.summaries(diary) == []

    def test_a_booked_boost_replaces_the_maintenance_reminder(self, diary: Diary) -> None:
        diary.series.start(TODAY - 500 * DAY, acne_clear_on=TODAY - 500 * DAY)
        scar = diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        diary.ratings.record(scar, TODAY - 500 * DAY, 8, 2, today=TODAY)
        for n in range(6):
            diary.series.record_done(TODAY - (470 - 16 * n) * DAY, today=TODAY)
        diary.ratings.record(scar, TODAY - 370 * DAY, 4, 6, today=TODAY)
        diary.series.end(TODAY - 360 * DAY, SeriesEnd.COMPLETED)
        assert self.summaries(diary) == ["Maintenance saline session due"]
        diary.series.book(TODAY + 10 * DAY, dt.time(9, 0))
        assert self.summaries(diary) == ["Saline maintenance boost (Scar Diary)"]
        assert [v.kind for v in diary.facts().visits if v.status is VisitStatus.BOOKED] == [
            VisitKind.BOOST
        ]


class TestVisitRules:
    def test_done_on_another_day_and_not_in_the_future(self, diary: Diary) -> None:
        diary.series.start(TODAY - 40 * DAY, acne_clear_on=TODAY - 40 * DAY)
        visit = diary.series.book(TODAY - 3 * DAY)
        with pytest.raises(InvalidInput, match="still to come"):
            diary.series.complete(visit, on=TODAY + DAY, today=TODAY)
        diary.series.complete(visit, on=TODAY - 4 * DAY, today=TODAY)
        (done,) = diary.facts().visits
        assert done.status is VisitStatus.DONE and done.scheduled_on == TODAY - 4 * DAY

    def test_a_boost_only_after_the_series_and_a_session_only_during_it(self, diary: Diary) -> None:
        diary.series.start(TODAY - 40 * DAY)
        with pytest.raises(InvalidInput, match="A boost follows a series that has ended"):
            diary.series.book(TODAY, kind=VisitKind.BOOST)
        diary.series.end(TODAY, SeriesEnd.COMPLETED)
        with pytest.raises(InvalidInput, match="book a boost"):
            diary.series.book(TODAY, kind=VisitKind.SESSION)

    def test_cancelled_and_done_visits_keep_their_state(self, diary: Diary) -> None:
        diary.series.start(TODAY - 40 * DAY)
        done = diary.series.record_done(TODAY - DAY, today=TODAY)
        with pytest.raises(InvalidInput, match="cannot be cancelled"):
            diary.series.cancel(done)
        booked = diary.series.book(TODAY + DAY)
        diary.series.cancel(booked)
        with pytest.raises(InvalidInput, match="cannot be marked done"):
            diary.series.complete(booked)

    def test_a_flare_and_the_all_clear(self, diary: Diary) -> None:
        diary.series.start(TODAY - 40 * DAY, acne_clear_on=TODAY - 40 * DAY)
        diary.series.report_flare(TODAY - DAY)
        series = diary.facts().series
        assert series is not None and series.acne_flared_on == TODAY - DAY
        diary.series.confirm_acne_clear(TODAY)
        series = diary.facts().series
        assert series is not None and series.acne_flared_on is None
        assert series.acne_clear_on == TODAY - 40 * DAY  # the first confirmation stays
