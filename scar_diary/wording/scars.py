"""Names and one-line descriptions of scar types and face regions, in the app's own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scar_diary.domain.entities import FaceRegion, MapView, ScarType
from scar_diary.domain.suitability import Response, expected_response, region_responds_best
from scar_diary.domain.timeline import SessionContext

translate = QCoreApplication.translate


def type_name(scar_type: ScarType) -> str:
    return {
        ScarType.ROLLING: translate("Scars", "Rolling"),
        ScarType.SHALLOW_BOXCAR: translate("Scars", "Shallow boxcar"),
        ScarType.DEEP_BOXCAR: translate("Scars", "Deep boxcar"),
        ScarType.ICE_PICK: translate("Scars", "Ice-pick"),
        ScarType.SHALLOW_ATROPHIC: translate("Scars", "Shallow atrophic"),
        ScarType.CHICKENPOX: translate("Scars", "Chickenpox"),
        ScarType.OTHER: translate("Scars", "Other / not sure"),
    }[scar_type]


def type_description(scar_type: ScarType) -> str:
    return {
        ScarType.ROLLING: translate(
            "Scars",
            "Wide, gently sloping dips that make the skin look wavy, best seen in side light.",
        ),
        ScarType.SHALLOW_BOXCAR: translate(
            "Scars", "Round or oval dents with fairly steep edges and a flat, shallow floor."
        ),
        ScarType.DEEP_BOXCAR: translate(
            "Scars", "Like a shallow boxcar, but the flat floor lies deep below the skin."
        ),
        ScarType.ICE_PICK: translate(
            "Scars", "Narrow, deep pits, as if the skin was pricked with a sharp point."
        ),
        ScarType.SHALLOW_ATROPHIC: translate(
            "Scars", "Slight, soft hollows where the skin has thinned a little."
        ),
        ScarType.CHICKENPOX: translate(
            "Scars", "Small round craters left by chickenpox, often on the forehead or cheeks."
        ),
        ScarType.OTHER: translate("Scars", "A scar that fits none of these, or you are not sure."),
    }[scar_type]


def response_note(scar_type: ScarType) -> str:
    """What the protocol says about this type; empty when there is nothing special."""
    response = expected_response(scar_type)
    if response is Response.POOR:
        return translate(
            "Scars",
            "{type} scars hardly respond to saline injections, if at all. You can still track "
            "this scar; your doctor can advise what may work better for it.",
        ).format(type=type_name(scar_type))
    if response is Response.LIKELY:
        return translate("Scars", "This type of scar is among those most likely to respond.")
    return ""


def region_note(region: FaceRegion) -> str:
    if region_responds_best(region):
        return translate("Scars", "Scars on the cheeks usually respond best.")
    return ""


def region_name(region: FaceRegion, *, short: bool = False) -> str:
    if short:
        return {
            FaceRegion.FOREHEAD: translate("Scars", "Forehead"),
            FaceRegion.LEFT_TEMPLE: translate("Scars", "Temple"),
            FaceRegion.RIGHT_TEMPLE: translate("Scars", "Temple"),
            FaceRegion.LEFT_CHEEK: translate("Scars", "Cheek"),
            FaceRegion.RIGHT_CHEEK: translate("Scars", "Cheek"),
            FaceRegion.NOSE: translate("Scars", "Nose"),
            FaceRegion.UPPER_LIP: translate("Scars", "Lip"),
            FaceRegion.CHIN: translate("Scars", "Chin"),
            FaceRegion.LEFT_JAWLINE: translate("Scars", "Jaw"),
            FaceRegion.RIGHT_JAWLINE: translate("Scars", "Jaw"),
            FaceRegion.OTHER: translate("Scars", "Other"),
        }[region]
    return {
        FaceRegion.FOREHEAD: translate("Scars", "Forehead"),
        FaceRegion.LEFT_TEMPLE: translate("Scars", "Left temple"),
        FaceRegion.RIGHT_TEMPLE: translate("Scars", "Right temple"),
        FaceRegion.LEFT_CHEEK: translate("Scars", "Left cheek"),
        FaceRegion.RIGHT_CHEEK: translate("Scars", "Right cheek"),
        FaceRegion.NOSE: translate("Scars", "Nose"),
        FaceRegion.UPPER_LIP: translate("Scars", "Upper lip"),
        FaceRegion.CHIN: translate("Scars", "Chin"),
        FaceRegion.LEFT_JAWLINE: translate("Scars", "Left jawline"),
        FaceRegion.RIGHT_JAWLINE: translate("Scars", "Right jawline"),
        FaceRegion.OTHER: translate("Scars", "Elsewhere"),
    }[region]


def view_name(view: MapView) -> str:
    return {
        MapView.FRONT: translate("Scars", "Front"),
        MapView.LEFT: translate("Scars", "Left side"),
        MapView.RIGHT: translate("Scars", "Right side"),
    }[view]


def session_context_text(context: SessionContext) -> str:
    if context.after_session is None:
        return translate("Scars", "Before the first session (baseline)")
    if context.days_since == 0:
        return translate("Scars", "Day of session {n}").format(n=context.after_session)
    if context.days_since == 1:
        return translate("Scars", "1 day after session {n}").format(n=context.after_session)
    return translate("Scars", "{days} days after session {n}").format(
        days=context.days_since, n=context.after_session
    )
