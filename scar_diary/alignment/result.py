"""What an automatic alignment found: a tier, the matrix, a reason in words (a code the
wording layer turns into a sentence) and a confidence."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from scar_diary.domain.alignment import Matrix3, SavedAlignment, Warp

METHOD = "orb-ransac-homography"
VERSION = 1  # raised whenever a change could move a result; stored beside each alignment


class Tier(enum.StrEnum):
    ALIGNED = "aligned"  # perspective confirmed by tracked corners and the photos' correlation
    APPROXIMATE = "approximate"  # move, turn and scale only: check the edges
    REFUSED = "refused"


class Reason(enum.StrEnum):
    """Why a result is what it is; `wording/alignment.py` says each in words."""

    CONFIRMED = "confirmed"
    NO_PERSPECTIVE = "no_perspective"  # approximate: the corners could not confirm a tilt
    WEAK_CORRELATION = "weak_correlation"  # approximate: the skin agrees only loosely
    TOO_FEW_MATCHES = "too_few_matches"
    MATCHES_CLUSTERED = "matches_clustered"
    IMPLAUSIBLE = "implausible"
    MIRRORED = "mirrored"
    TOO_LITTLE_OVERLAP = "too_little_overlap"
    DIFFERENT_SKIN = "different_skin"
    TOO_SMALL = "too_small"


@dataclass(frozen=True)
class Alignment:
    result: Tier
    matrix: Matrix3 | None  # later-photo pixels → reference-photo pixels (full size, upright)
    reason: Reason
    confidence: float  # 0–1; 0 for a refusal
    method: str = METHOD
    version: int = VERSION

    def as_json(self) -> dict[str, object]:
        return {
            "result": self.result.value,
            "matrix": [list(row) for row in self.matrix] if self.matrix else None,
            "reason": self.reason.value,
            "confidence": round(self.confidence, 3),
            "method": self.method,
            "version": self.version,
        }

    def saved(self) -> SavedAlignment:
        """As the diary keeps it; only for a result with a matrix."""
        if self.matrix is None:
            raise ValueError("a refused alignment has nothing to keep")
        return SavedAlignment(
            Warp(self.matrix),
            self.method,
            self.version,
            self.result.value,
            self.confidence,
            dt.datetime.now(dt.UTC),
        )
