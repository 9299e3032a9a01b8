"""Every number the protocol and the scores allow, in one place.

The settings' validation, the database's CHECK constraints (tests compare them), the archive
schema (tests compare it), the spin boxes of the Settings page and the sentences all read
these, so a limit is changed once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    low: int
    high: int

    def __contains__(self, value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        return self.low <= value <= self.high


SCORE = Limit(0, 10)  # depth, softening and visibility self-ratings
PREP_DAYS = Limit(0, 365)
INTERVAL_DAYS = Limit(1, 365)
SERIES_SESSIONS = Limit(1, 50)
NO_IMPROVEMENT_PCT = Limit(0, 100)
BOOSTS_PER_YEAR = Limit(0, 12)
RETINOID_PAUSE_DAYS = Limit(0, 30)
RETINOID_RESUME_DAYS = Limit(0, 30)
SWELLING_DAYS = Limit(0, 14)
FRESH_RATING_SESSIONS = Limit(0, 1)  # 0: after the last session; 1: or the one before it
LAPSE_DAYS = Limit(7, 730)  # days past a closed window before the series is called lapsed

# The days a diary keeps: anything outside is a typo or a hostile file, and arithmetic near
# the calendar's end (a day after 9999-12-31) would fail.
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)

# A photo whose shorter side is below this is too small to compare well with the others
# (a thumbnail sent by a messenger, a screenshot's crop): the import asks before keeping it.
SMALL_PHOTO_SIDE = 400

CEILING_PCT = 80  # the article: about 80% improvement is the best that can be reached
GOOD_RESPONSE_PCT = 50  # a 2025 trial counted 50% or more as a good response

# The names a photo file the diary imports may have (its decoding decides in the end): a
# phone's offer and a watched folder's files are judged by them before a byte is read.
PHOTO_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif"})
