from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.domain.scores import (
    baseline,
    improvements,
    mean_improvement,
    scar_improvement,
)
from scar_diary.domain.suitability import Response, expected_response, region_responds_best
from tests.domain.builders import day, facts, rating, scar, visit


class TestBaseline:
    def test_no_ratings_no_baseline(self) -> None:
        assert baseline([], day(10)) is None

    def test_last_rating_before_the_first_session(self) -> None:
        early, late = rating(1, 2, 6), rating(1, 8, 7)
        assert baseline([late, early, rating(1, 30, 3)], day(20)) == late

    def test_a_rating_on_the_session_day_is_not_the_baseline(self) -> None:
        before, same_day = rating(1, 19, 7), rating(1, 20, 9)
        assert baseline([before, same_day], day(20)) == before

    def test_without_a_rating_before_the_series_the_first_rating_is_used(self) -> None:
        first = rating(1, 25, 7)
        assert baseline([rating(1, 40, 5), first], day(20)) == first

    def test_before_any_session_the_newest_rating_is_the_baseline(self) -> None:
        newest = rating(1, 9, 6)
        assert baseline([rating(1, 2, 7), newest], None) == newest


class TestImprovement:
    def test_depth_improvement_against_the_baseline(self) -> None:
        result = scar_improvement(
            1, [rating(1, 5, 8, 2), rating(1, 30, 6, 3), rating(1, 50, 2, 7)], day(20)
        )
        assert result.depth_pct == pytest.approx(75.0)
        assert result.softening_change == 5

    def test_worse_is_negative(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 4), rating(1, 30, 5)], day(20))
        assert result.depth_pct == pytest.approx(-25.0)

    def test_nothing_to_compare_yet(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 4)], day(20))
        assert result.latest is None and result.depth_pct is None
        assert result.softening_change is None

    def test_flat_baseline_cannot_improve_in_percent(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 0), rating(1, 30, 0, 9)], day(20))
        assert result.depth_pct is None and result.softening_change == 4

    def test_other_scars_ratings_are_ignored(self) -> None:
        result = scar_improvement(1, [rating(1, 5, 8), rating(2, 30, 1)], day(20))
        assert result.depth_pct is None

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
        assert mean_improvement(per_scar.values()) == pytest.approx(25.0)

    def test_mean_of_nothing_is_none(self) -> None:
        assert mean_improvement([]) is None

    @given(base=st.integers(1, 10), latest=st.integers(0, 10))
    def test_improvement_is_at_most_100_percent(self, base: int, latest: int) -> None:
        result = scar_improvement(1, [rating(1, 1, base), rating(1, 30, latest)], day(20))
        assert result.depth_pct is not None and -900 <= result.depth_pct <= 100


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
