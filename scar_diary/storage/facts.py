"""Reading the diary's rows as the domain's immutable facts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from scar_diary.domain.entities import (
    DiaryFacts,
    EarlierSeries,
    Photo,
    ProtocolSettings,
    Rating,
    Scar,
    Series,
    Visit,
)
from scar_diary.storage.models import (
    AftercareItemRow,
    PhotoRow,
    RatingRow,
    ScarRow,
    SeriesRow,
    SettingsRow,
    VisitRow,
)


def settings_of(row: SettingsRow | None) -> ProtocolSettings:
    if row is None:
        return ProtocolSettings()
    return ProtocolSettings(
        prep_days=row.prep_days,
        interval_min_days=row.interval_min_days,
        interval_max_days=row.interval_max_days,
        series_min=row.series_min,
        series_max=row.series_max,
        no_improvement_pct=row.no_improvement_pct,
        boosts_per_year=row.boosts_per_year,
        prep_reminder=row.prep_reminder,
        retinoid_pause_days=row.retinoid_pause_days,
        retinoid_resume_days=row.retinoid_resume_days,
        swelling_days=row.swelling_days,
        boost_needs_prep=row.boost_needs_prep,
    )


def scar_of(row: ScarRow) -> Scar:
    return Scar(
        id=row.id,
        label=row.label,
        region=row.region,
        scar_type=row.scar_type,
        map_x=row.map_x,
        map_y=row.map_y,
        notes=row.notes,
        archived=row.archived,
        map_view=row.map_view,
    )


def rating_of(row: RatingRow) -> Rating:
    return Rating(
        id=row.id,
        scar_id=row.scar_id,
        rated_on=row.rated_on,
        depth=row.depth,
        softening=row.softening,
        visibility=row.visibility,
        note=row.note,
    )


def photo_of(row: PhotoRow) -> Photo:
    return Photo(
        id=row.id,
        scar_id=row.scar_id,
        taken_at=row.taken_at,
        sha256=row.sha256,
        relative_path=row.relative_path,
        width=row.width,
        height=row.height,
        original_name=row.original_name,
    )


def visit_of(row: VisitRow) -> Visit:
    return Visit(
        id=row.id,
        scheduled_on=row.scheduled_on,
        scheduled_time=row.scheduled_time,
        status=row.status,
        treated_scar_ids=frozenset(s.id for s in row.treated_scars),
        notes=row.notes,
        kind=row.kind,
    )


def series_of(row: SeriesRow) -> Series:
    return Series(
        id=row.id,
        prep_started_on=row.prep_started_on,
        acne_clear_on=row.acne_clear_on,
        planned_sessions=row.planned_sessions,
        ended_on=row.ended_on,
        end_reason=row.end_reason,
        notes=row.notes,
        acne_flared_on=row.acne_flared_on,
    )


def current_series_row(session: Session) -> SeriesRow | None:
    """The newest series; earlier ones are history."""
    return session.scalars(select(SeriesRow).order_by(SeriesRow.id.desc()).limit(1)).first()


def load_facts(session: Session) -> DiaryFacts:
    """The newest series is the current one; earlier ones come along with their visits."""
    all_series = list(session.scalars(select(SeriesRow).order_by(SeriesRow.id)))
    rows = session.scalars(select(VisitRow).options(selectinload(VisitRow.treated_scars)))
    visits_by_series: dict[int, list[Visit]] = {}
    for row in rows:
        visits_by_series.setdefault(row.series_id, []).append(visit_of(row))
    current = all_series[-1] if all_series else None
    return DiaryFacts(
        settings=settings_of(session.get(SettingsRow, 1)),
        series=series_of(current) if current else None,
        visits=tuple(visits_by_series.get(current.id, ())) if current else (),
        scars=tuple(scar_of(r) for r in session.scalars(select(ScarRow).order_by(ScarRow.id))),
        ratings=tuple(rating_of(r) for r in session.scalars(select(RatingRow))),
        aftercare_texts=tuple(
            session.scalars(
                select(AftercareItemRow.text).order_by(
                    AftercareItemRow.position, AftercareItemRow.id
                )
            )
        ),
        earlier=tuple(
            EarlierSeries(series_of(row), tuple(visits_by_series.get(row.id, ())))
            for row in all_series[:-1]
        ),
    )
