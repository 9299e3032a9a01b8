"""The automatic alignment's answers in words: its tier, its confidence and, for a refusal
or an approximate result, why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scar_diary.alignment.result import Alignment, Reason, Tier
from scar_diary.domain.alignment import SavedAlignment

translate = QCoreApplication.translate  # a plain name lupdate recognises


def reason_text(reason: Reason) -> str:
    return {
        Reason.CONFIRMED: translate(
            "Alignment", "The same skin was found all over both photos, tilt included."
        ),
        Reason.NO_PERSPECTIVE: translate(
            "Alignment",
            "Moved, turned and scaled to match; a tilt of the camera could not be confirmed, "
            "so check the edges.",
        ),
        Reason.WEAK_CORRELATION: translate(
            "Alignment",
            "The photos agree only loosely (light, focus or swelling differ), so check the edges.",
        ),
        Reason.TOO_FEW_MATCHES: translate(
            "Alignment",
            "Too few details are the same in both photos: they may show different skin, or "
            "skin too smooth or blurred to match.",
        ),
        Reason.MATCHES_CLUSTERED: translate(
            "Alignment",
            "The details that match sit in one small part of the photo, too little to line "
            "up the rest.",
        ),
        Reason.IMPLAUSIBLE: translate(
            "Alignment",
            "The only match found would shrink, stretch or flip the later photo beyond what a "
            "camera does.",
        ),
        Reason.MIRRORED: translate(
            "Alignment",
            "The later photo looks mirrored, as a front (selfie) camera may save it. Mirror it "
            "back before comparing.",
        ),
        Reason.TOO_LITTLE_OVERLAP: translate(
            "Alignment", "The two photos show too little of the same skin."
        ),
        Reason.DIFFERENT_SKIN: translate(
            "Alignment",
            "Lined up, the two photos do not look alike enough: probably different skin.",
        ),
        Reason.TOO_SMALL: translate("Alignment", "A photo is too small to match."),
    }[reason]


def tier_text(tier: Tier | str) -> str:
    return {
        Tier.ALIGNED: translate("Alignment", "aligned"),
        Tier.APPROXIMATE: translate("Alignment", "approximately aligned"),
        Tier.REFUSED: translate("Alignment", "could not align"),
    }[Tier(tier)]


def percent(confidence: float | None) -> int:
    """A confidence as a whole percentage; never 100: no automatic answer is certain."""
    return min(99, max(0, round((confidence or 0) * 100)))


def result_sentence(found: Alignment) -> str:
    """One line for the compare dialog and the command line."""
    if found.result is Tier.REFUSED:
        return translate("Alignment", "Could not align. {reason}").format(
            reason=reason_text(found.reason)
        )
    if found.result is Tier.APPROXIMATE:
        return translate(
            "Alignment", "Approximately aligned ({percent}% confidence): check the edges. {reason}"
        ).format(percent=percent(found.confidence), reason=reason_text(found.reason))
    return translate("Alignment", "Aligned automatically ({percent}% confidence).").format(
        percent=percent(found.confidence)
    )


def how_aligned(saved: SavedAlignment | None) -> str:
    """For the report's photo pairs: how the later photo was lined up."""
    if saved is None or saved.warp.is_identity():
        return translate("Alignment", "not aligned")
    if not saved.automatic:
        return translate("Alignment", "aligned by hand")
    if saved.tier == Tier.APPROXIMATE:
        return translate("Alignment", "aligned automatically, approximately")
    return translate("Alignment", "aligned automatically")
