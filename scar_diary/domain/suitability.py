"""Which scars the protocol expects to respond (see docs/protocol.md, "Which scars respond")."""

from __future__ import annotations

from enum import StrEnum

from scar_diary.domain.entities import FaceRegion, ScarType


class Response(StrEnum):
    LIKELY = "likely"
    POOR = "poor"
    UNKNOWN = "unknown"


_RESPONSE = {
    ScarType.ROLLING: Response.LIKELY,
    ScarType.SHALLOW_BOXCAR: Response.LIKELY,
    ScarType.SHALLOW_ATROPHIC: Response.LIKELY,
    ScarType.CHICKENPOX: Response.LIKELY,
    ScarType.DEEP_BOXCAR: Response.POOR,
    ScarType.ICE_PICK: Response.POOR,
    ScarType.OTHER: Response.UNKNOWN,
}


def expected_response(scar_type: ScarType) -> Response:
    return _RESPONSE[scar_type]


def region_responds_best(region: FaceRegion) -> bool:
    """Scars on the cheeks usually respond best."""
    return region.is_cheek
