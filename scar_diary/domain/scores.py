"""Baselines and improvement: how each scar's self-rated depth changed over the series."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import fmean

from scar_diary.domain.entities import DiaryFacts, Rating


@dataclass(frozen=True)
class ScarImprovement:
    scar_id: int
    baseline: Rating | None
    latest: Rating | None  # the newest rating after the baseline, None when there is none yet

    @property
    def depth_pct(self) -> float | None:
        """(baseline depth − latest depth) / baseline depth, in percent; negative = deeper.
        None when there is nothing to compare or the baseline is already flat."""
        if self.baseline is None or self.latest is None or self.baseline.depth == 0:
            return None
        return 100.0 * (self.baseline.depth - self.latest.depth) / self.baseline.depth

    @property
    def softening_change(self) -> int | None:
        """Points gained on the softening scale (positive = softer)."""
        if self.baseline is None or self.latest is None:
            return None
        return self.latest.softening - self.baseline.softening


def _chronological(ratings: Iterable[Rating]) -> list[Rating]:
    return sorted(ratings, key=lambda r: (r.rated_on, r.id))


def baseline(ratings: Iterable[Rating], first_session_on: dt.date | None) -> Rating | None:
    """The last rating made before the first done session (a rating on the session day may be
    after the injection, so it does not count), else the first rating there is."""
    ordered = _chronological(ratings)
    if not ordered:
        return None
    if first_session_on is None:
        return ordered[-1]
    before = [r for r in ordered if r.rated_on < first_session_on]
    return before[-1] if before else ordered[0]


def scar_improvement(
    scar_id: int, ratings: Iterable[Rating], first_session_on: dt.date | None
) -> ScarImprovement:
    ordered = _chronological(r for r in ratings if r.scar_id == scar_id)
    base = baseline(ordered, first_session_on)
    later = [
        r for r in ordered if base is not None and (r.rated_on, r.id) > (base.rated_on, base.id)
    ]
    return ScarImprovement(scar_id, base, later[-1] if later else None)


def improvements(facts: DiaryFacts) -> dict[int, ScarImprovement]:
    """Per active scar, keyed by scar id."""
    done = facts.done_visits()
    first_on = done[0].scheduled_on if done else None
    return {
        scar.id: scar_improvement(scar.id, facts.ratings, first_on) for scar in facts.active_scars
    }


def mean_improvement(per_scar: Iterable[ScarImprovement]) -> float | None:
    """Mean depth improvement over the scars that can be measured; None when none can."""
    values = [p for s in per_scar if (p := s.depth_pct) is not None]
    return fmean(values) if values else None
