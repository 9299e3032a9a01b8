from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scar_diary.domain.alignment import SavedAlignment, Similarity, Warp, placed_on_first
from scar_diary.domain.timeline import SessionContext, treatment_context
from tests.domain.builders import day

coord = st.floats(min_value=-2000, max_value=2000, allow_nan=False)


class TestSimilarity:
    def test_identity(self) -> None:
        assert Similarity().apply((3.0, 4.0)) == (3.0, 4.0)
        assert Similarity().is_identity()
        assert Similarity().matrix() == (1.0, 0.0, -0.0, 1.0, 0.0, 0.0)

    def test_two_point_pairs_give_move_turn_and_scale(self) -> None:
        # the later photo is twice as small, turned 90° and shifted
        t = Similarity.from_point_pairs(((0, 0), (10, 0)), ((100, 50), (100, 70)))
        assert t.scale == pytest.approx(2.0)
        assert t.angle_deg == pytest.approx(90.0)
        assert t.apply((0, 0)) == pytest.approx((100, 50))
        assert t.apply((10, 0)) == pytest.approx((100, 70))
        assert t.apply((0, 10)) == pytest.approx((80, 50))

    @pytest.mark.parametrize(
        ("moving", "fixed"),
        [
            (((5, 5), (5, 5)), ((0, 0), (1, 1))),
            (((0, 0), (1, 0)), ((3, 3), (3, 3))),
            (((0, 0), (1000, 0)), ((0, 0), (1, 0))),  # scale 0.001
        ],
    )
    def test_impossible_pairs_are_refused(self, moving: object, fixed: object) -> None:
        with pytest.raises(ValueError):
            Similarity.from_point_pairs(moving, fixed)  # type: ignore[arg-type]

    @given(coord, coord, coord, coord, st.floats(0.2, 5), st.floats(-180, 180), coord, coord)
    def test_the_pairs_are_reproduced(
        self, x1: float, y1: float, x2: float, y2: float, s: float, a: float, dx: float, dy: float
    ) -> None:
        if math.hypot(x2 - x1, y2 - y1) < 1:
            return
        truth = Similarity(s, a, dx, dy)
        found = Similarity.from_point_pairs(
            ((x1, y1), (x2, y2)), (truth.apply((x1, y1)), truth.apply((x2, y2)))
        )
        probe = (x1 + 17.0, y2 - 3.0)
        assert found.apply(probe) == pytest.approx(truth.apply(probe), abs=1e-6)


class TestSessionContext:
    def test_before_the_first_session(self) -> None:
        assert treatment_context(day(5), [day(10)]) == SessionContext(None, None)

    def test_on_and_after_sessions(self) -> None:
        done = [day(10), day(25)]
        assert treatment_context(day(10), done) == SessionContext(1, 0)
        assert treatment_context(day(20), done) == SessionContext(1, 10)
        assert treatment_context(day(30), done) == SessionContext(2, 5)

    def test_a_rating_on_a_session_day_counts_as_before_it(self) -> None:
        done = [day(10), day(25)]
        before = treatment_context(day(10), done, session_day_counts_before=True)
        assert before == SessionContext(None, None)
        assert treatment_context(day(25), done, session_day_counts_before=True) == (
            SessionContext(1, 15)
        )


class TestEditing:
    def test_moved(self) -> None:
        assert Similarity(2, 10, 1, 1).moved(3, -1) == Similarity(2, 10, 4, 0)

    def test_turning_about_a_point_keeps_that_point(self) -> None:
        start = Similarity(1.5, 20, 30, -10)
        centre = (100.0, 50.0)
        moving_point = (complex(*centre) - complex(30, -10)) / complex(
            *Similarity(1.5, 20).apply((1, 0))
        )
        before = start.apply((moving_point.real, moving_point.imag))
        after = start.turned_about(centre, 2.0, 30).apply((moving_point.real, moving_point.imag))
        assert before == pytest.approx(centre) and after == pytest.approx(centre)
        turned = start.turned_about(centre, 2.0, 30)
        assert turned.scale == pytest.approx(3.0) and turned.angle_deg == pytest.approx(50)


class TestPlacedOnFirst:
    """The timeline's "lined up with the first photo": direct pairs, chains, weakest links."""

    @staticmethod
    def auto(dx: float, tier: str = "aligned", confidence: float = 0.9) -> SavedAlignment:
        return SavedAlignment(Warp().moved(dx, 0), "orb-ransac-homography", 1, tier, confidence)

    def test_a_chain_of_steps_adds_up_and_is_as_good_as_its_weakest(self) -> None:
        placed = placed_on_first(
            [1, 2, 3],
            {(1, 2): self.auto(10), (2, 3): self.auto(5, "approximate", 0.4)},
        )
        assert placed[1] is not None and placed[1].warp.is_identity()
        third = placed[3]
        assert third is not None and third.warp.apply((0, 0)) == pytest.approx((15, 0))
        assert (third.tier, third.confidence, third.automatic) == ("approximate", 0.4, True)

    def test_a_direct_pair_wins_and_a_hand_step_makes_the_chain_by_hand(self) -> None:
        by_hand = SavedAlignment(Warp().moved(0, 7))
        placed = placed_on_first(
            [1, 2, 3, 4], {(1, 2): by_hand, (2, 3): self.auto(3), (1, 3): self.auto(20)}
        )
        third = placed[3]
        assert third is not None and third.warp.apply((0, 0)) == pytest.approx((20, 0))
        assert placed[4] is None  # nothing saved leads there
        chained = placed_on_first([1, 2, 3], {(1, 2): by_hand, (2, 3): self.auto(3)})[3]
        assert chained is not None and not chained.automatic
        assert chained.warp.apply((0, 0)) == pytest.approx((3, 7))

    def test_a_gap_breaks_the_chain(self) -> None:
        assert placed_on_first([1, 2, 3], {(2, 3): self.auto(1)}) == {
            1: SavedAlignment(Warp()),
            2: None,
            3: None,
        }
