"""Which scar a photo from the inbox shows: the scar whose newest photo it lines up with
best by the automatic alignment (the same skin, moved, turned or relit). A photo that lines
up with none, or with two alike, gets no sure suggestion: the patient chooses.

Each scar's newest photo is read and its features found once per batch; an incoming photo
is compared with all of them quickly (features agreeing on one move), and fully aligned
with the best two only. File work only (decrypted in memory), done in the suggestions' own
process (match_child.py); OpenCV loads at the first match, not with the diary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scar_diary.alignment import Alignment, Tier

if TYPE_CHECKING:
    from scar_diary.alignment.method import Features, Prepared

SURE_CONFIDENCE = 0.45  # an "aligned" match at least this confident is a sure suggestion
SURE_MARGIN = 0.15  # ahead of the next scar's match by at least this
FULLY_ALIGNED = 2  # candidates given the full alignment after the quick look


@dataclass(frozen=True)
class Suggestion:
    scar_id: int | None  # None: no scar's photo matches
    confidence: float  # 0–1, the alignment's
    sure: bool  # high confidence: suggested with no doubt to show


NO_SUGGESTION = Suggestion(None, 0.0, False)


class Matcher:
    """Suggestions for a batch of photos against (scar id, reader of that scar's newest
    photo); each reference is read and prepared once, at the first suggestion."""

    def __init__(self, newest_of_each_scar: Sequence[tuple[int, Callable[[], bytes]]]) -> None:
        self._sources = list(newest_of_each_scar)
        self._references: list[tuple[int, Prepared, Features]] | None = None

    def _prepared_references(self) -> list[tuple[int, Prepared, Features]]:
        from scar_diary.alignment.method import UnreadablePhoto, features_of, prepared_from

        if self._references is None:
            found = []
            for scar_id, read in self._sources:
                try:
                    prepared = prepared_from(read(), "the scar's newest photo")
                except (UnreadablePhoto, OSError, ValueError):
                    continue  # a damaged photo suggests nothing
                found.append((scar_id, prepared, features_of(prepared)))
            self._references = found
        return self._references

    def suggest(self, photo: bytes) -> Suggestion:
        from scar_diary.alignment.method import (
            MIN_INLIERS,
            UnreadablePhoto,
            align_prepared,
            features_of,
            inlier_count,
            prepared_from,
        )

        try:
            incoming = prepared_from(photo, "the photo from the inbox")
        except UnreadablePhoto:
            return NO_SUGGESTION
        features = features_of(incoming)
        quick = sorted(
            (
                (inlier_count(ref_features, features), scar_id, prepared)
                for scar_id, prepared, ref_features in self._prepared_references()
            ),
            key=lambda found: found[0],
            reverse=True,
        )
        results: list[tuple[int, Alignment]] = []
        for count, scar_id, reference in quick[:FULLY_ALIGNED]:
            if count < MIN_INLIERS:
                break
            result = align_prepared(reference, incoming)
            if result.result is not Tier.REFUSED:
                results.append((scar_id, result))
        return _choose(results)


def _choose(results: list[tuple[int, Alignment]]) -> Suggestion:
    if not results:
        return NO_SUGGESTION
    results.sort(key=lambda pair: (pair[1].result is Tier.ALIGNED, pair[1].confidence))
    best_id, best = results[-1]
    runner_up = results[-2][1].confidence if len(results) > 1 else 0.0
    sure = (
        best.result is Tier.ALIGNED
        and best.confidence >= SURE_CONFIDENCE
        and best.confidence - runner_up >= SURE_MARGIN
    )
    return Suggestion(best_id, best.confidence, sure)
