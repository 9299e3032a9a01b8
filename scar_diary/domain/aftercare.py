"""What the days after a session are like and what to do (protocol.md, "After a session")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

AFTERCARE_DAYS = 7  # the card shows from the session day (0) through day 7


class AftercareTip(StrEnum):
    BUBBLE_ABSORBS = "bubble_absorbs"
    MAY_BLEED = "may_bleed"
    MAY_SWELL = "may_swell"
    RED_MARKS = "red_marks"
    DONT_TOUCH = "dont_touch"
    MAY_LOOK_WORSE_FIRST = "may_look_worse_first"
    GRADUAL_SOFTENING = "gradual_softening"


# (first day, last day) each tip applies to, in the order they are shown.
_TIP_DAYS: tuple[tuple[AftercareTip, int, int], ...] = (
    (AftercareTip.BUBBLE_ABSORBS, 0, 0),
    (AftercareTip.MAY_BLEED, 0, 0),
    (AftercareTip.MAY_SWELL, 0, 2),
    (AftercareTip.DONT_TOUCH, 0, AFTERCARE_DAYS),
    (AftercareTip.RED_MARKS, 0, AFTERCARE_DAYS),
    (AftercareTip.MAY_LOOK_WORSE_FIRST, 1, AFTERCARE_DAYS),
    (AftercareTip.GRADUAL_SOFTENING, 3, AFTERCARE_DAYS),
)


@dataclass(frozen=True)
class AftercareDay:
    session_number: int
    day: int  # 0 = the session day
    tips: tuple[AftercareTip, ...]
    clinic_texts: tuple[str, ...] = ()  # the clinic's own list replaces `tips` when given
    boost: bool = False  # after a maintenance boost rather than a session of the series


def tips_for_day(day: int) -> tuple[AftercareTip, ...]:
    """The guidance for `day` days after a session; empty outside the aftercare period."""
    return tuple(tip for tip, first, last in _TIP_DAYS if first <= day <= last)
