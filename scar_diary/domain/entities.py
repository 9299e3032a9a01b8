"""The diary's facts as plain, immutable values the rules work on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from scar_diary.domain import limits


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


class VisitKind(StrEnum):
    """A visit of the series, or a maintenance visit ("boost") after the series ended."""

    SESSION = "session"
    BOOST = "boost"


class SeriesEnd(StrEnum):
    COMPLETED = "completed"
    STOPPED = "stopped"


SCORE_MIN = limits.SCORE.low
SCORE_MAX = limits.SCORE.high


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
    retinoid_resume_days: int = 2  # ... and resume them N days after it
    swelling_days: int = 2  # ratings this many days after a session may show swelling
    boost_needs_prep: bool = False  # whether a maintenance boost needs preparation again
    # The stop rule needs a usable rating made after the last session (0) or after the one
    # before it (1): an old rating is no evidence about the sessions since.
    fresh_rating_sessions: int = 1
    lapse_days: int = 90  # a window closed this long with nothing booked: the series lapsed

    def problems(self) -> list[str]:
        """Names of the fields whose values cannot work together (empty when valid)."""
        checks = (
            ("prep_days", self.prep_days in limits.PREP_DAYS),
            ("interval_min_days", self.interval_min_days in limits.INTERVAL_DAYS),
            (
                "interval_max_days",
                self.interval_max_days in limits.INTERVAL_DAYS
                and self.interval_min_days <= self.interval_max_days,
            ),
            ("series_min", self.series_min in limits.SERIES_SESSIONS),
            (
                "series_max",
                self.series_max in limits.SERIES_SESSIONS and self.series_min <= self.series_max,
            ),
            ("no_improvement_pct", self.no_improvement_pct in limits.NO_IMPROVEMENT_PCT),
            ("boosts_per_year", self.boosts_per_year in limits.BOOSTS_PER_YEAR),
            ("retinoid_pause_days", self.retinoid_pause_days in limits.RETINOID_PAUSE_DAYS),
            ("retinoid_resume_days", self.retinoid_resume_days in limits.RETINOID_RESUME_DAYS),
            ("swelling_days", self.swelling_days in limits.SWELLING_DAYS),
            ("fresh_rating_sessions", self.fresh_rating_sessions in limits.FRESH_RATING_SESSIONS),
            ("lapse_days", self.lapse_days in limits.LAPSE_DAYS),
        )
        return [name for name, fine in checks if not fine]

    @property
    def ratings_never_count(self) -> bool:
        """The swelling days reach the next session: every rating made after a session falls in
        its swelling days, so only ratings made on a session day (before the injection) count.
        Allowed, with a warning that says so."""
        return self.swelling_days >= self.interval_min_days

    @property
    def softening_threshold_points(self) -> float:
        """The "no improvement" threshold as points on the 0–10 softening scale (10% = 1)."""
        return self.no_improvement_pct * (limits.SCORE.high - limits.SCORE.low) / 100.0


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
    kind: VisitKind = VisitKind.SESSION


@dataclass(frozen=True)
class Series:
    id: int
    prep_started_on: dt.date | None = None
    acne_clear_on: dt.date | None = None
    planned_sessions: int | None = None
    ended_on: dt.date | None = None
    end_reason: SeriesEnd | None = None
    notes: str = ""
    acne_flared_on: dt.date | None = None  # a flare reported and not yet confirmed clear again


@dataclass(frozen=True)
class EarlierSeries:
    """A series before the current one, with its visits (for "did it help?")."""

    series: Series
    visits: tuple[Visit, ...] = ()


@dataclass(frozen=True)
class DiaryFacts:
    """Everything the rules need, loaded once; `visits` belong to `series`."""

    settings: ProtocolSettings = field(default_factory=ProtocolSettings)
    series: Series | None = None
    visits: tuple[Visit, ...] = ()
    scars: tuple[Scar, ...] = ()
    ratings: tuple[Rating, ...] = ()
    aftercare_texts: tuple[str, ...] = ()  # the clinic's own list; empty = the defaults
    earlier: tuple[EarlierSeries, ...] = ()  # oldest first

    @property
    def active_scars(self) -> tuple[Scar, ...]:
        return tuple(s for s in self.scars if not s.archived)

    def done_visits(self, kind: VisitKind = VisitKind.SESSION) -> tuple[Visit, ...]:
        """Done visits of one kind in the order they happened."""
        return tuple(
            sorted(
                (v for v in self.visits if v.status is VisitStatus.DONE and v.kind is kind),
                key=lambda v: (v.scheduled_on, v.id),
            )
        )

    def treatment_days(self) -> tuple[dt.date, ...]:
        """The days with a done session, each once: two sessions on one day are one
        treatment day for the series count, the stop rule and the baseline."""
        return tuple(sorted({v.scheduled_on for v in self.done_visits()}))

    def visit_days(self) -> tuple[dt.date, ...]:
        """Every day with a done session or boost (for swelling and aftercare)."""
        done = (v.scheduled_on for v in self.visits if v.status is VisitStatus.DONE)
        return tuple(sorted(set(done)))

    def every_visit(self) -> tuple[Visit, ...]:
        """The visits of every series, earlier ones included."""
        return (*(v for e in self.earlier for v in e.visits), *self.visits)

    def first_series_treatment_days(self) -> tuple[dt.date, ...]:
        """Every session day of every series, in order: the original baseline is the last
        rating on or before the first of them."""
        done = (
            v.scheduled_on
            for v in self.every_visit()
            if v.status is VisitStatus.DONE and v.kind is VisitKind.SESSION
        )
        return tuple(sorted(set(done)))

    def every_visit_day(self) -> tuple[dt.date, ...]:
        """Every day with a done session or boost in any series (swelling follows each)."""
        done = (v.scheduled_on for v in self.every_visit() if v.status is VisitStatus.DONE)
        return tuple(sorted(set(done)))


def scar_numbers(scars: Iterable[Scar]) -> dict[int, int]:
    """Each scar's own number: its place among all of the diary's scars, oldest first
    (archived ones keep theirs). The same number on the map's pin, in the list, on the
    charts and in the report's table, so "scar 3" means one scar everywhere."""
    return {scar.id: number for number, scar in enumerate(sorted(scars, key=lambda s: s.id), 1)}
