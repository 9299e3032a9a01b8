from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from scar_diary.domain.entities import (
    FaceRegion,
    ProtocolSettings,
    ScarType,
    SeriesEnd,
    VisitStatus,
)
from scar_diary.domain.protocol import StopRule, VisitFlag
from scar_diary.domain.suitability import Response, expected_response
from scar_diary.services.demo import write_sample
from scar_diary.services.diary import SAMPLE_MARKER, Diary, Profile
from scar_diary.services.errors import InvalidInput
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)


class TestScarsAndRatings:
    def test_add_scar_and_rate_it(self, diary: Diary) -> None:
        scar_id = diary.scars.add(
            "  Left cheek ", FaceRegion.LEFT_CHEEK, ScarType.ROLLING, map_x=0.3, map_y=0.5
        )
        diary.ratings.record(scar_id, TODAY, 7, 3, today=TODAY, visibility=6, note="side light")
        facts = diary.facts()
        assert facts.scars[0].label == "Left cheek"
        (rating,) = facts.ratings
        assert (rating.depth, rating.softening, rating.visibility, rating.note) == (
            7,
            3,
            6,
            "side light",
        )

    @pytest.mark.parametrize(
        ("depth", "softening", "visibility"),
        [(11, 5, None), (-1, 5, None), (5, 11, None), (5, 5, 12), (5, 5, -3)],
    )
    def test_out_of_range_scores_are_refused(
        self, diary: Diary, depth: int, softening: int, visibility: int | None
    ) -> None:
        scar_id = diary.scars.add("a", FaceRegion.CHIN, ScarType.OTHER)
        with pytest.raises(InvalidInput, match="0 to 10"):
            diary.ratings.record(
                scar_id, TODAY, depth, softening, today=TODAY, visibility=visibility
            )
        assert diary.facts().ratings == ()

    def test_a_rating_cannot_be_in_the_future(self, diary: Diary) -> None:
        scar_id = diary.scars.add("a", FaceRegion.CHIN, ScarType.OTHER)
        with pytest.raises(InvalidInput, match="future"):
            diary.ratings.record(scar_id, TODAY + DAY, 5, 5, today=TODAY)

    def test_a_rating_for_a_missing_scar_is_refused(self, diary: Diary) -> None:
        with pytest.raises(InvalidInput, match="no scar"):
            diary.ratings.record(42, TODAY, 5, 5, today=TODAY)

    @pytest.mark.parametrize(("x", "label"), [(0.5, "   "), (1.2, "ok")])
    def test_bad_scar_input_is_refused(self, diary: Diary, x: float, label: str) -> None:
        with pytest.raises(InvalidInput):
            diary.scars.add(label, FaceRegion.CHIN, ScarType.OTHER, map_x=x, map_y=0.5)
        assert diary.facts().scars == ()


class TestSeries:
    def test_a_series_from_prep_to_booked_sessions(self, diary: Diary) -> None:
        start = TODAY - 30 * DAY
        diary.series.start(start)
        assert diary.status(TODAY).prep.complete
        first = diary.series.book(TODAY, dt.time(9, 0))
        assert diary.status(TODAY).booked[0].flag is VisitFlag.ACNE_NOT_CLEAR
        diary.series.confirm_acne_clear(start)
        assert diary.status(TODAY).booked[0].flag is VisitFlag.OK
        diary.series.complete(first, [], notes="went fine", today=TODAY)
        second = diary.series.book(TODAY + 6 * DAY)
        status = diary.status(TODAY)
        assert status.progress.done == 1
        assert status.booked[0].flag is VisitFlag.TOO_EARLY
        diary.series.cancel(second)
        status = diary.status(TODAY)
        assert status.booked == ()
        assert [v.status for v in diary.facts().visits] == [VisitStatus.DONE, VisitStatus.CANCELLED]

    def test_only_one_running_series(self, diary: Diary) -> None:
        diary.series.start(TODAY)
        with pytest.raises(InvalidInput, match="already running"):
            diary.series.start(TODAY)
        diary.series.end(TODAY, SeriesEnd.STOPPED)
        diary.series.start(TODAY)
        assert diary.facts().series is not None

    def test_booking_needs_a_series(self, diary: Diary) -> None:
        with pytest.raises(InvalidInput, match="series"):
            diary.series.book(TODAY)

    def test_unknown_session(self, diary: Diary) -> None:
        diary.series.start(TODAY)
        with pytest.raises(InvalidInput, match="no session"):
            diary.series.complete(99)

    def test_treated_scars_are_recorded(self, diary: Diary) -> None:
        diary.series.start(TODAY - 20 * DAY, acne_clear_on=TODAY - 20 * DAY)
        scar = diary.scars.add("a", FaceRegion.CHIN, ScarType.OTHER)
        visit = diary.series.book(TODAY)
        diary.series.complete(visit, [scar])
        assert diary.facts().visits[0].treated_scar_ids == frozenset({scar})


class TestSettingsAndProfile:
    def test_defaults_until_changed(self, diary: Diary) -> None:
        assert diary.settings() == ProtocolSettings()
        custom = ProtocolSettings(interval_min_days=7, interval_max_days=10)
        diary.profile.save_settings(custom)
        assert diary.settings() == custom
        assert diary.facts().settings == custom

    def test_impossible_settings_are_refused(self, diary: Diary) -> None:
        with pytest.raises(InvalidInput, match="interval_max_days"):
            diary.profile.save_settings(
                ProtocolSettings(interval_min_days=20, interval_max_days=10)
            )
        assert diary.settings() == ProtocolSettings()

    def test_profile_round_trip(self, diary: Diary) -> None:
        assert diary.profile.get() == Profile()
        diary.profile.save(Profile("Ann", "Dr. B", "Clinic C"))
        assert diary.profile.get() == Profile("Ann", "Dr. B", "Clinic C")


class TestSample:
    def test_sample_matches_its_description(self, sample: Diary) -> None:
        facts = sample.facts()
        status = sample.status(TODAY)
        assert sample.is_sample
        assert len(facts.scars) == 6
        assert len({s.scar_type for s in facts.scars}) >= 5
        assert len({s.region for s in facts.scars}) >= 4
        done = facts.done_visits()
        assert len(done) == 5
        gaps = [(b.scheduled_on - a.scheduled_on).days for a, b in itertools.pairwise(done)]
        assert all(14 <= g <= 21 for g in gaps)
        assert [c.flag for c in status.booked] == [VisitFlag.OK]
        assert status.prep.ready and status.stop_rule is StopRule.CONTINUE
        assert status.aftercare is not None and status.aftercare.day == 3

    def test_scars_improve_unevenly_and_the_ice_pick_scar_does_not(self, sample: Diary) -> None:
        facts = sample.facts()
        status = sample.status(TODAY)
        by_type = {s.scar_type: s.id for s in facts.scars}
        ice_pick = status.improvements[by_type[ScarType.ICE_PICK]]
        assert ice_pick.depth_pct == 0
        assert expected_response(ScarType.ICE_PICK) is Response.POOR
        responders = [
            i.depth_pct
            for sid, i in status.improvements.items()
            if sid != by_type[ScarType.ICE_PICK]
        ]
        assert all(p is not None and p > 0 for p in responders)
        assert len(set(responders)) >= 4
        assert all(r.rated_on <= TODAY for r in facts.ratings)

    def test_the_sample_never_overwrites_a_real_diary(self, diary: Diary) -> None:
        diary.scars.add("mine", FaceRegion.CHIN, ScarType.OTHER)
        with pytest.raises(InvalidInput, match="already holds a diary"):
            write_sample(diary.data_dir, TODAY)
        assert [s.label for s in diary.facts().scars] == ["mine"]

    def test_reopening_the_sample_refreshes_it(self, tmp_path: Path) -> None:
        first = write_sample(tmp_path / "s", TODAY)
        first.close()
        later = TODAY + 40 * DAY
        again = write_sample(tmp_path / "s", later)
        try:
            assert (tmp_path / "s" / SAMPLE_MARKER).exists()
            assert again.status(later).aftercare is not None
            assert len(again.facts().scars) == 6
        finally:
            again.close()


def test_each_write_records_what_it_changed(diary: Diary, tmp_path: Path) -> None:
    """The window refreshes from these (Diary.take_changes), so each must be right."""
    from scar_diary.domain.changes import Changed
    from tests.images import photo

    assert diary.take_changes() == Changed.NOTHING
    scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    assert diary.take_changes() == Changed.SCARS
    assert diary.take_changes() == Changed.NOTHING  # taken once
    diary.ratings.record(scar, TODAY, 5, 5, today=TODAY)
    assert diary.take_changes() == Changed.RATINGS
    diary.photos.import_files(scar, [photo(tmp_path / "a.png")])
    assert diary.take_changes() == Changed.PHOTOS
    diary.series.start(TODAY - 20 * DAY)
    diary.series.book(TODAY + DAY)
    assert diary.take_changes() == Changed.VISITS
    diary.profile.save(Profile("Sam", "", ""))
    diary.profile.save_settings(ProtocolSettings(swelling_days=3))
    assert diary.take_changes() == Changed.PROFILE | Changed.SETTINGS  # collected until taken
    diary.reminders.dismiss("some-reminder")
    assert diary.take_changes() == Changed.REMINDERS
    with pytest.raises(InvalidInput):
        diary.ratings.record(scar, TODAY, 11, 5, today=TODAY)  # refused: nothing written
    assert diary.take_changes() == Changed.NOTHING
