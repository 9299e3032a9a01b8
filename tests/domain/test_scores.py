from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scar_diary.domain.entities import FaceRegion, ProtocolSettings, ScarType
from scar_diary.domain.scores import (
    Evidence,
    baseline,
    evidence,
    improvements,
    may_be_swollen,
    mean_improvement,
    poor_responders_mean,
    scar_improvement,
    swollen_rating_ids,
    tenths,
    whole_pct,
)
from scar_diary.domain.suitability import Response, expected_response, region_responds_best
from tests.domain.builders import boost, day, facts, rating, scar, visit


class TestBaseline:
    def test_no_ratings_no_baseline(self) -> None:
        assert baseline([], day(10)) is None

    def test_last_rating_before_the_first_session(self) -> None:
        early, late = rating(1, 2, 6), rating(1, 8, 7)
        assert baseline([late, early, rating(1, 30, 3)], day(20)) == late

    def test_a_rating_on_the_first_session_day_counts_as_before_it(self) -> None:
        before, same_day = rating(1, 19, 7), rating(1, 20, 9)
        assert baseline([before, same_day], day(20)) == same_day

    def test_a_scar_first_rated_after_the_series_began_has_no_baseline(self) -> None:
        assert baseline([rating(1, 40, 5), rating(1, 25, 7)], day(20)) is None

    def test_before_any_session_the_newest_rating_is_the_baseline(self) -> None:
        newest = rating(1, 9, 6)
        assert baseline([rating(1, 2, 7), newest], None) == newest


class TestImprovement:
    def test_depth_improvement_against_the_baseline(self) -> None:
        result = scar_improvement(
            1, [rating(1, 5, 8, 2), rating(1, 30, 6, 3), rating(1, 50, 2, 7)], [day(20)]
        )
        assert result.depth_pct == pytest.approx(75.0)
        assert result.softening_change == 5

    def test_worse_is_negative(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 4), rating(1, 30, 5)], [day(20)])
        assert result.depth_pct == pytest.approx(-25.0)

    def test_nothing_to_compare_yet(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 4)], [day(20)])
        assert result.latest is None and result.depth_pct is None
        assert result.softening_change is None and not result.measured

    def test_a_rating_on_the_first_session_day_is_not_a_later_rating(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 8), rating(1, 20, 4)], [day(20)])
        assert result.baseline is not None and result.baseline.depth == 4
        assert result.latest is None

    def test_a_rating_on_a_later_session_day_is_the_latest_before_that_session(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 8), rating(1, 35, 6)], [day(20), day(35)])
        assert result.latest is not None and result.latest.rated_on == day(35)
        assert result.depth_pct == pytest.approx(25.0)

    def test_without_a_baseline_improvement_is_unknown(self) -> None:
        result = scar_improvement(1, [rating(1, 25, 8), rating(1, 40, 2)], [day(20)])
        assert result.baseline is None and result.latest is None and result.depth_pct is None

    def test_flat_baseline_cannot_improve_in_percent(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 0), rating(1, 30, 0, 9)], [day(20)])
        assert result.depth_pct is None and result.softening_change == 4

    def test_level_now_is_level_not_a_number(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 6), rating(1, 40, 0)], [day(20)])
        assert result.level and result.depth_pct == pytest.approx(100.0)

    def test_other_scars_ratings_are_ignored(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 8), rating(2, 30, 1)], [day(20)])
        assert result.depth_pct is None

    @given(base=st.integers(1, 10), latest=st.integers(0, 10))
    def test_improvement_is_at_most_100_percent(self, base: int, latest: int) -> None:
        result = scar_improvement(1, [rating(1, 1, base), rating(1, 30, latest)], [day(20)])
        assert result.depth_pct is not None and -900 <= result.depth_pct <= 100


class TestSwelling:
    @pytest.mark.parametrize(("after", "swollen"), [(0, False), (1, True), (2, True), (3, False)])
    def test_one_and_two_days_after_a_visit(self, after: int, swollen: bool) -> None:
        assert may_be_swollen(day(20 + after), [day(20)], 2) is swollen

    def test_the_setting_sets_the_days(self) -> None:
        assert may_be_swollen(day(25), [day(20)], 5)
        assert not may_be_swollen(day(21), [day(20)], 0)

    def test_a_swollen_rating_is_never_the_latest(self) -> None:
        ratings = [rating(1, 5, 8), rating(1, 30, 6), rating(1, 41, 1)]
        result = scar_improvement(
            1, ratings, [day(20), day(40)], visit_days=[day(20), day(40)], swelling_days=2
        )
        assert result.latest is not None and result.latest.rated_on == day(30)
        assert result.depth_pct == pytest.approx(25.0)

    def test_boosts_swell_too(self) -> None:
        diary = facts(
            visits=(visit(20), boost(100)),
            scars=(scar(1),),
            ratings=(rating(1, 5, 8), rating(1, 50, 4), rating(1, 101, 1)),
        )
        assert improvements(diary)[1].depth_pct == pytest.approx(50.0)
        assert swollen_rating_ids(diary) == {diary.ratings[2].id}


class TestEvidence:
    def test_per_scar_and_mean_skip_archived_and_unmeasured_scars(self) -> None:
        diary = facts(
            visits=(visit(20),),
            scars=(scar(1), scar(2), scar(3), scar(4, archived=True)),
            ratings=(
                rating(1, 10, 8),
                rating(1, 30, 4),  # 50 %
                rating(2, 10, 5),
                rating(2, 30, 5),  # 0 %
                rating(3, 10, 5),  # nothing after the baseline
                rating(4, 10, 8),
                rating(4, 30, 0),  # archived
            ),
        )
        per_scar = improvements(diary)
        assert set(per_scar) == {1, 2, 3}
        assert per_scar[3].depth_pct is None
        found = evidence(per_scar.values())
        assert found.mean_depth_pct == pytest.approx(25.0) and found.measured == 2

    def test_poor_responders_are_counted_apart(self) -> None:
        diary = facts(
            visits=(visit(20),),
            scars=(scar(1), scar(2, ScarType.ICE_PICK), scar(3, ScarType.DEEP_BOXCAR)),
            ratings=(
                rating(1, 10, 8),
                rating(1, 30, 6),  # 25 %
                rating(2, 10, 8),
                rating(2, 30, 8),  # 0 %
                rating(3, 10, 4),
                rating(3, 30, 6),  # -50 %
            ),
        )
        per_scar = improvements(diary)
        assert mean_improvement(per_scar.values()) == pytest.approx(25.0)
        assert poor_responders_mean(per_scar.values()) == pytest.approx(-25.0)
        assert evidence(per_scar.values()).measured == 1

    def test_mean_of_nothing_is_none(self) -> None:
        assert mean_improvement([]) is None
        assert evidence([]) == Evidence(None, None, 0)

    @pytest.mark.parametrize(
        ("depth", "softening", "improved"),
        [
            (9.4, None, False),
            (9.5, None, True),  # shown as 10%: compared as 10%
            (10.0, None, True),
            (None, 0.94, False),
            (None, 0.95, True),  # shown as +1.0 points
            (2.0, 1.0, True),  # softening alone is enough
            (None, None, False),
        ],
    )
    def test_improved_by_depth_or_by_softening(
        self, depth: float | None, softening: float | None, improved: bool
    ) -> None:
        assert Evidence(depth, softening, 1).improved(ProtocolSettings()) is improved

    def test_rounding_is_half_up(self) -> None:
        assert (whole_pct(9.5), whole_pct(10.5), whole_pct(-0.5), whole_pct(99.6)) == (
            10,
            11,
            0,
            100,
        )
        assert (tenths(0.95), tenths(0.94), tenths(1.25)) == (1.0, 0.9, 1.3)


class TestSuitability:
    @pytest.mark.parametrize(
        ("scar_type", "response"),
        [
            (ScarType.ROLLING, Response.LIKELY),
            (ScarType.SHALLOW_BOXCAR, Response.LIKELY),
            (ScarType.SHALLOW_ATROPHIC, Response.LIKELY),
            (ScarType.CHICKENPOX, Response.LIKELY),
            (ScarType.DEEP_BOXCAR, Response.POOR),
            (ScarType.ICE_PICK, Response.POOR),
            (ScarType.OTHER, Response.UNKNOWN),
        ],
    )
    def test_expected_response_by_type(self, scar_type: ScarType, response: Response) -> None:
        assert expected_response(scar_type) is response

    def test_cheeks_respond_best(self) -> None:
        best = {r for r in FaceRegion if region_responds_best(r)}
        assert best == {FaceRegion.LEFT_CHEEK, FaceRegion.RIGHT_CHEEK}
