"""What goes into the doctor summary, read from the diary (on a worker: it only reads) into
plain values that the renderer uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from scar_diary.domain.alignment import SavedAlignment
from scar_diary.domain.entities import DiaryFacts, Photo, Scar, scar_numbers
from scar_diary.domain.status import DiaryStatus, diary_status
from scar_diary.services.diary import Diary
from scar_diary.services.profile import Profile


@dataclass(frozen=True)
class ReportOptions:
    scar_ids: tuple[int, ...] = ()  # empty: every active scar
    since: dt.date | None = None
    until: dt.date | None = None
    include_photos: bool = True
    include_notes: bool = True
    include_charts: bool = True
    paper: str = "A4"  # or "Letter"
    questions: str | None = None  # None: the questions kept in the diary


@dataclass(frozen=True)
class PhotoPair:
    scar: Scar
    fixed: Photo
    moving: Photo
    read: Callable[[Photo], bytes]  # a photo's bytes (decrypted in memory when protected)
    alignment: SavedAlignment | None


@dataclass(frozen=True)
class ReportData:
    options: ReportOptions
    today: dt.date
    profile: Profile
    facts: DiaryFacts  # the chosen scars, ratings limited to the chosen dates
    status: DiaryStatus  # of `facts`: each chosen scar's rows and charts
    scars: tuple[Scar, ...]
    pairs: tuple[PhotoPair, ...] = field(default=())
    # The series-level facts (verdict, stop rule, visits) are always the whole diary's,
    # whatever scars or dates the summary covers.
    diary_facts: DiaryFacts = field(default_factory=DiaryFacts)
    diary_status: DiaryStatus | None = None
    all_scars: int = 0  # active scars in the diary

    @property
    def numbers(self) -> dict[int, int]:
        """Each scar's own number, over all of the diary's scars (as on the map and list)."""
        everything = self.diary_facts.scars if self.diary_status is not None else ()
        return scar_numbers(everything or self.facts.scars or self.scars)

    @property
    def series_status(self) -> DiaryStatus:
        return self.diary_status or self.status

    @property
    def series_facts(self) -> DiaryFacts:
        return self.diary_facts if self.diary_status is not None else self.facts

    @property
    def subset(self) -> bool:
        """The summary covers only some of the diary's scars."""
        return len(self.scars) < self.all_scars


def default_paper(country_code: str) -> str:
    """Letter where it is the custom (the US, Canada, Mexico and a few more), else A4."""
    return "Letter" if country_code.upper() in {"US", "CA", "MX", "PH", "CL", "CO", "VE"} else "A4"


def gather(diary: Diary, options: ReportOptions, today: dt.date) -> ReportData:
    facts = diary.facts()
    chosen = set(options.scar_ids)
    scars = tuple(s for s in facts.active_scars if not chosen or s.id in chosen)
    in_range = tuple(
        r
        for r in facts.ratings
        if (options.since is None or r.rated_on >= options.since)
        and (options.until is None or r.rated_on <= options.until)
    )
    limited = replace(facts, scars=tuple(s for s in facts.scars if s in scars), ratings=in_range)
    pairs: list[PhotoPair] = []
    if options.include_photos:
        for scar in scars:
            photos = [
                p
                for p in diary.photos.for_scar(scar.id)
                if (options.since is None or p.taken_at.astimezone().date() >= options.since)
                and (options.until is None or p.taken_at.astimezone().date() <= options.until)
            ]
            if len(photos) >= 2:
                first, last = photos[0], photos[-1]
                pairs.append(
                    PhotoPair(
                        scar,
                        first,
                        last,
                        diary.photos.read,
                        diary.photos.alignment(first.id, last.id),
                    )
                )
    if options.questions is None:
        options = replace(options, questions=diary.profile.questions())
    return ReportData(
        options,
        today,
        diary.profile.get(),
        limited,
        diary_status(limited, today),
        scars,
        tuple(pairs),
        facts,
        diary_status(facts, today),
        len(facts.active_scars),
    )


def report_photo_side() -> int:
    """How many pixels the longest side of a photo in the summary has."""
    from scar_diary.report.render import PHOTO_SIDE

    return PHOTO_SIDE
