"""Small builders for domain facts, so each test states only what matters to it."""

from __future__ import annotations

import datetime as dt
import itertools

from scar_diary.domain.entities import (
    DiaryFacts,
    FaceRegion,
    ProtocolSettings,
    Rating,
    Scar,
    ScarType,
    Series,
    Visit,
    VisitKind,
    VisitStatus,
)

D0 = dt.date(2026, 1, 1)
_ids = itertools.count(1)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def visit(
    n: int, status: VisitStatus = VisitStatus.DONE, kind: VisitKind = VisitKind.SESSION
) -> Visit:
    return Visit(id=next(_ids), scheduled_on=day(n), status=status, kind=kind)


def booked(n: int, kind: VisitKind = VisitKind.SESSION) -> Visit:
    return visit(n, VisitStatus.BOOKED, kind)


def boost(n: int, status: VisitStatus = VisitStatus.DONE) -> Visit:
    return visit(n, status, VisitKind.BOOST)


def rating(scar_id: int, n: int, depth: int, softening: int = 5) -> Rating:
    return Rating(id=next(_ids), scar_id=scar_id, rated_on=day(n), depth=depth, softening=softening)


def scar(scar_id: int, scar_type: ScarType = ScarType.ROLLING, archived: bool = False) -> Scar:
    return Scar(scar_id, f"scar {scar_id}", FaceRegion.LEFT_CHEEK, scar_type, archived=archived)


def facts(
    *,
    prep_day: int | None = 0,
    acne_day: int | None = 0,
    visits: tuple[Visit, ...] = (),
    scars: tuple[Scar, ...] = (),
    ratings: tuple[Rating, ...] = (),
    settings: ProtocolSettings | None = None,
    series: Series | None = None,
) -> DiaryFacts:
    if series is None:
        series = Series(
            id=1,
            prep_started_on=None if prep_day is None else day(prep_day),
            acne_clear_on=None if acne_day is None else day(acne_day),
        )
    return DiaryFacts(
        settings=settings or ProtocolSettings(),
        series=series,
        visits=visits,
        scars=scars,
        ratings=ratings,
    )
