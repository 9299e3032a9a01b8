"""Baselines and improvement: how each scar's self-rated depth and softening changed.

Ratings carry a date, not a time. The rules that follow from that:
- A rating dated on a session day counts as made *before* that session (the app asks for it
  then). So the baseline is the last rating on or before the day of the first session.
- A scar first rated after the series began has no baseline: its improvement is unknown.
- Ratings dated 1 to `swelling_days` days after a session may show swelling: they are kept
  and shown, but are never the "latest" rating that improvement is measured with.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from scar_diary.domain.entities import DiaryFacts, ProtocolSettings, Rating
from scar_diary.domain.suitability import Response, expected_response


def whole_pct(value: float) -> int:
    """A percentage as it is shown and compared: rounded half up, so "10%" is never printed
    beside "less than 10%" (Python's round() rounds 10.5 down to 10 and 9.5 up to 10)."""
    return math.floor(value + 0.5)


def tenths(value: float) -> float:
    """Softening points as shown and compared: one decimal, rounded half up."""
    return math.floor(value * 10 + 0.5) / 10


def may_be_swollen(day: dt.date, visit_days: Sequence[dt.date], swelling_days: int) -> bool:
    """Whether `day` falls 1 to `swelling_days` days after a done session or boost.
    `visit_days` in order (DiaryFacts.visit_days()): found by bisection, so a diary with
    thousands of visits stays quick."""
    if swelling_days <= 0:
        return False
    # the last visit before `day`; swollen when it lies within the swelling days
    index = bisect.bisect_left(visit_days, day) - 1
    return index >= 0 and (day - visit_days[index]).days <= swelling_days


def swollen_rating_ids(facts: DiaryFacts) -> frozenset[int]:
    """The ratings made while the skin may still be swollen from a session or boost."""
    visit_days = facts.visit_days()
    swelling = facts.settings.swelling_days
    return frozenset(
        r.id for r in facts.ratings if may_be_swollen(r.rated_on, visit_days, swelling)
    )


@dataclass(frozen=True)
class ScarImprovement:
    scar_id: int
    baseline: Rating | None
    latest: Rating | None  # the newest usable rating after the first session
    expected_to_respond: bool = True

    @property
    def measured(self) -> bool:
        return self.baseline is not None and self.latest is not None

    @property
    def depth_pct(self) -> float | None:
        """(baseline depth − latest depth) / baseline depth, in percent; negative = deeper.
        None when there is nothing to compare or the baseline is already level."""
        if self.baseline is None or self.latest is None or self.baseline.depth == 0:
            return None
        return 100.0 * (self.baseline.depth - self.latest.depth) / self.baseline.depth

    @property
    def softening_change(self) -> int | None:
        """Points gained on the softening scale (positive = softer)."""
        if self.baseline is None or self.latest is None:
            return None
        return self.latest.softening - self.baseline.softening

    @property
    def level(self) -> bool:
        """Rated level with the skin now, after a baseline that was not: "level by your own
        rating", never "100%" (self-ratings are rough and 100% is not possible)."""
        return (
            self.baseline is not None
            and self.latest is not None
            and self.baseline.depth > 0
            and self.latest.depth == 0
        )


def _chronological(ratings: Iterable[Rating]) -> list[Rating]:
    return sorted(ratings, key=lambda r: (r.rated_on, r.id))


def baseline(ratings: Iterable[Rating], first_session_on: dt.date | None) -> Rating | None:
    """The last rating on or before the first session's day; before any session, simply
    the last rating. None when the scar was first rated after the series began."""
    ordered = _chronological(ratings)
    if first_session_on is not None:
        ordered = [r for r in ordered if r.rated_on <= first_session_on]
    return ordered[-1] if ordered else None


def scar_improvement(
    scar_id: int,
    ratings: Iterable[Rating],
    treatment_days: Sequence[dt.date],
    *,
    visit_days: Sequence[dt.date] = (),
    swelling_days: int = 0,
    expected_to_respond: bool = True,
) -> ScarImprovement:
    """`treatment_days` are the done sessions' days in order; `visit_days` every done
    session and boost day (swelling follows both)."""
    mine = [r for r in ratings if r.scar_id == scar_id]
    first = treatment_days[0] if treatment_days else None
    base = baseline(mine, first)
    latest = None
    if base is not None and first is not None:
        usable = [
            r
            for r in _chronological(mine)
            if r.rated_on > first and not may_be_swollen(r.rated_on, visit_days, swelling_days)
        ]
        latest = usable[-1] if usable else None
    return ScarImprovement(scar_id, base, latest, expected_to_respond)


def improvements(facts: DiaryFacts, *, upto: dt.date | None = None) -> dict[int, ScarImprovement]:
    """Per active scar, keyed by scar id; `upto` leaves out ratings after that day."""
    return _improvements(facts, facts.treatment_days(), facts.visit_days(), upto)


def original_improvements(
    facts: DiaryFacts, *, upto: dt.date | None = None
) -> dict[int, ScarImprovement]:
    """The same against the *original* baseline: the last rating on or before the first
    session of the first series (for a second series, beside its own)."""
    return _improvements(facts, facts.first_series_treatment_days(), facts.every_visit_day(), upto)


def _improvements(
    facts: DiaryFacts,
    treatment_days: Sequence[dt.date],
    visit_days: Sequence[dt.date],
    upto: dt.date | None,
) -> dict[int, ScarImprovement]:
    ratings = [r for r in facts.ratings if upto is None or r.rated_on <= upto]
    return {
        scar.id: scar_improvement(
            scar.id,
            ratings,
            treatment_days,
            visit_days=visit_days,
            swelling_days=facts.settings.swelling_days,
            expected_to_respond=expected_response(scar.scar_type) is not Response.POOR,
        )
        for scar in facts.active_scars
    }


def rated_after(
    per_scar: Mapping[int, ScarImprovement], day: dt.date | None
) -> list[ScarImprovement]:
    """The scars whose latest usable rating was made after `day` (a rating on a session day
    was made before that session): only those speak about the sessions since."""
    return [
        s
        for s in per_scar.values()
        if s.latest is not None and (day is None or s.latest.rated_on > day)
    ]


@dataclass(frozen=True)
class Evidence:
    """What the ratings say about the series: over the scars expected to respond, or, when
    none of those can be measured, over the measured scars of types that rarely respond
    (`poor_only`): their change is still shown and judged, never "cannot tell yet"."""

    mean_depth_pct: float | None  # None when no such scar has a depth change
    mean_softening_change: float | None  # points on the 0–10 scale
    measured: int  # scars with a baseline and a usable later rating that the means cover
    poor_only: bool = False  # every measured scar is of a type that rarely responds

    def improved(self, settings: ProtocolSettings) -> bool:
        """Measurable improvement: the mean depth improvement reaches the threshold, or the
        scars soften (the article's sign of response) by the same share of the scale.
        Compared with the rounded values the app shows."""
        depth = self.mean_depth_pct is not None and (
            whole_pct(self.mean_depth_pct) >= settings.no_improvement_pct
        )
        softening = self.mean_softening_change is not None and (
            tenths(self.mean_softening_change) >= settings.softening_threshold_points
        )
        return depth or softening


def fmean(values: Sequence[float]) -> float:
    """The mean, as statistics.fmean gives it (an exact sum, then one division), without
    loading the statistics module (fractions, decimal) before the window's first paint."""
    return math.fsum(values) / len(values)


def evidence(per_scar: Iterable[ScarImprovement]) -> Evidence:
    measured = [s for s in per_scar if s.measured]
    counted = [s for s in measured if s.expected_to_respond]
    poor_only = not counted and bool(measured)
    if poor_only:
        counted = measured
    depths = [p for s in counted if (p := s.depth_pct) is not None]
    softening = [c for s in counted if (c := s.softening_change) is not None]
    return Evidence(
        fmean(depths) if depths else None,
        fmean(softening) if softening else None,
        len(counted),
        poor_only,
    )


def mean_improvement(per_scar: Iterable[ScarImprovement]) -> float | None:
    """Mean depth improvement over the scars expected to respond that can be measured."""
    return evidence(per_scar).mean_depth_pct


def poor_responders_mean(per_scar: Iterable[ScarImprovement]) -> float | None:
    """The same mean over the scars not expected to respond, reported on their own."""
    values = [p for s in per_scar if not s.expected_to_respond and (p := s.depth_pct) is not None]
    return fmean(values) if values else None
