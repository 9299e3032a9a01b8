"""The diary's facts as plain, immutable values the rules work on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class ScarType(StrEnum):
    ROLLING = "rolling"
    SHALLOW_BOXCAR = "shallow_boxcar"
    DEEP_BOXCAR = "deep_boxcar"
    ICE_PICK = "ice_pick"
    SHALLOW_ATROPHIC = "shallow_atrophic"
    CHICKENPOX = "chickenpox"
    OTHER = "other"


class FaceRegion(StrEnum):
    FOREHEAD = "forehead"
    LEFT_TEMPLE = "left_temple"
    RIGHT_TEMPLE = "right_temple"
    LEFT_CHEEK = "left_cheek"
    RIGHT_CHEEK = "right_cheek"
    NOSE = "nose"
    UPPER_LIP = "upper_lip"
    CHIN = "chin"
    LEFT_JAWLINE = "left_jawline"
    RIGHT_JAWLINE = "right_jawline"
    OTHER = "other"

    @property
    def is_cheek(self) -> bool:
        return self in (FaceRegion.LEFT_CHEEK, FaceRegion.RIGHT_CHEEK)


class MapView(StrEnum):
    """Which drawing of the face a scar's pin is on."""

    FRONT = "front"
    LEFT = "left"  # the left side of the face, seen from the left
    RIGHT = "right"


class VisitStatus(StrEnum):
    BOOKED = "booked"
    DONE = "done"
    CANCELLED = "cancelled"


class SeriesEnd(StrEnum):
    COMPLETED = "completed"
    STOPPED = "stopped"


SCORE_MIN = 0
SCORE_MAX = 10


@dataclass(frozen=True)
class ProtocolSettings:
    """The protocol numbers; defaults are the article's preset (see docs/protocol.md)."""

    prep_days: int = 14
    interval_min_days: int = 14
    interval_max_days: int = 21
    series_min: int = 6
    series_max: int = 8
    no_improvement_pct: float = 10.0
    boosts_per_year: int = 1
    prep_reminder: bool = True  # the article's "tretinoin at least N days before" reminder
    retinoid_pause_days: int = 0  # some clinics: pause retinoids N days before each session

    def problems(self) -> list[str]:
        """Names of the fields whose values cannot work together (empty when valid)."""
        bad: list[str] = []
        if not 0 <= self.prep_days <= 365:
            bad.append("prep_days")
        if not 1 <= self.interval_min_days <= 365:
            bad.append("interval_min_days")
        if not self.interval_min_days <= self.interval_max_days <= 365:
            bad.append("interval_max_days")
        if not 1 <= self.series_min <= 50:
            bad.append("series_min")
        if not self.series_min <= self.series_max <= 50:
            bad.append("series_max")
        if not 0.0 <= self.no_improvement_pct <= 100.0:
            bad.append("no_improvement_pct")
        if not 0 <= self.boosts_per_year <= 12:
            bad.append("boosts_per_year")
        if not 0 <= self.retinoid_pause_days <= 30:
            bad.append("retinoid_pause_days")
        return bad


@dataclass(frozen=True)
class Scar:
    id: int
    label: str
    region: FaceRegion
    scar_type: ScarType
    map_x: float | None = None
    map_y: float | None = None
    notes: str = ""
    archived: bool = False
    map_view: MapView = MapView.FRONT


@dataclass(frozen=True)
class Rating:
    id: int
    scar_id: int
    rated_on: dt.date
    depth: int  # 0 = flat with the surrounding skin, 10 = deepest
    softening: int  # 0 = firm/tethered, 10 = fully soft and mobile
    visibility: int | None = None  # 0 = not visible at conversation distance
    note: str = ""


@dataclass(frozen=True)
class Photo:
    id: int
    scar_id: int
    taken_at: dt.datetime  # aware
    sha256: str
    relative_path: str  # inside the diary folder
    width: int  # after EXIF orientation
    height: int
    original_name: str = ""


@dataclass(frozen=True)
class Visit:
    """One treatment session at the clinic (never called Session: that is SQLAlchemy's word)."""

    id: int
    scheduled_on: dt.date
    status: VisitStatus
    scheduled_time: dt.time | None = None
    treated_scar_ids: frozenset[int] = frozenset()
    notes: str = ""


@dataclass(frozen=True)
class Series:
    id: int
    prep_started_on: dt.date | None = None
    acne_clear_on: dt.date | None = None
    planned_sessions: int | None = None
    ended_on: dt.date | None = None
    end_reason: SeriesEnd | None = None
    notes: str = ""


@dataclass(frozen=True)
class DiaryFacts:
    """Everything the rules need, loaded once; `visits` belong to `series`."""

    settings: ProtocolSettings = field(default_factory=ProtocolSettings)
    series: Series | None = None
    visits: tuple[Visit, ...] = ()
    scars: tuple[Scar, ...] = ()
    ratings: tuple[Rating, ...] = ()
    aftercare_texts: tuple[str, ...] = ()  # the clinic's own list; empty = the defaults

    @property
    def active_scars(self) -> tuple[Scar, ...]:
        return tuple(s for s in self.scars if not s.archived)

    def done_visits(self) -> tuple[Visit, ...]:
        """Done sessions in the order they happened."""
        return tuple(
            sorted(
                (v for v in self.visits if v.status is VisitStatus.DONE),
                key=lambda v: (v.scheduled_on, v.id),
            )
        )
