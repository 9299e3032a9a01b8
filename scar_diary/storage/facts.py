"""Reading the diary's rows as the domain's immutable facts.

The domain's dataclasses name the columns: each field is read from the column of the same name
in its table (a schema test checks every field has its column), converted by the field's type.
One reader serves everything, and it needs only the standard `sqlite3` module, so the command
line's `status` and the window's first paint never wait for SQLAlchemy's import (~0.2 s).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import types
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from scar_diary.storage.models import SeriesRow

T = TypeVar("T")

# which table holds each entity's rows
TABLES: dict[type, str] = {
    ProtocolSettings: "settings",
    Scar: "scars",
    Rating: "ratings",
    Photo: "photos",
    Visit: "visits",
    Series: "series",
}
# fields that are not columns of the entity's own table
NOT_COLUMNS: dict[type, frozenset[str]] = {Visit: frozenset({"treated_scar_ids"})}


def _instant(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value)).astimezone(dt.UTC)


def _from_text(kind: Callable[[str], Any], value: Any) -> Any:
    return value if not isinstance(value, str) else kind(value)


def _converter(annotation: Any) -> Callable[[Any], Any]:
    """How a stored value becomes the field's type; None stays None for optional fields."""
    if isinstance(annotation, types.UnionType):
        (inner,) = (arg for arg in typing.get_args(annotation) if arg is not type(None))
        convert = _converter(inner)
        return lambda value: None if value is None else convert(value)
    if annotation is dt.datetime:
        return _instant
    if annotation in (dt.date, dt.time):
        return lambda value: _from_text(annotation.fromisoformat, value)
    if annotation in (bool, int, float, str) or (
        isinstance(annotation, type) and issubclass(annotation, Enum)
    ):
        kind: Callable[[Any], Any] = annotation
        return kind
    raise TypeError(f"no stored form for {annotation!r}")


@cache
def columns_of(entity: Any) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """The entity's stored fields and how each one is read."""
    hints = typing.get_type_hints(entity)
    skip = NOT_COLUMNS.get(entity, frozenset())
    return tuple(
        (field.name, _converter(hints[field.name]))
        for field in dataclasses.fields(entity)
        if field.name not in skip
    )


def entity_from(entity: type[T], values: Mapping[str, Any] | Any, **extra: Any) -> T:
    """Build `entity` from a row read by `_rows` (a mapping) or an ORM row (attributes)."""
    get: Callable[[str], Any] = (
        values.__getitem__ if isinstance(values, Mapping) else values.__getattribute__
    )
    stored: Any = entity  # a class is hashable; the cache key
    fields = {name: convert(get(name)) for name, convert in columns_of(stored)}
    return entity(**fields, **extra)


def settings_of(row: Any) -> ProtocolSettings:
    return ProtocolSettings() if row is None else entity_from(ProtocolSettings, row)


def scar_of(row: Any) -> Scar:
    return entity_from(Scar, row)


def rating_of(row: Any) -> Rating:
    return entity_from(Rating, row)


def photo_of(row: Any) -> Photo:
    return entity_from(Photo, row)


def current_series_row(session: Session) -> SeriesRow | None:
    """The newest series; earlier ones are history."""
    from sqlalchemy import select

    from scar_diary.storage.models import SeriesRow

    return session.scalars(select(SeriesRow).order_by(SeriesRow.id.desc()).limit(1)).first()


def _rows(
    conn: sqlite3.Connection,
    entity: type,
    *extra: str,
    where: str = "",
    params: tuple[Any, ...] = (),
    order: str = "id",
) -> list[dict[str, Any]]:
    """Rows as dicts by column name: the same from sqlite3 and, for a protected diary,
    sqlcipher3 (whose Row is a type of its own)."""
    names = [name for name, _ in columns_of(entity)] + list(extra)
    where = f" WHERE {where}" if where else ""
    cursor = conn.execute(
        f"SELECT {', '.join(names)} FROM {TABLES[entity]}{where} ORDER BY {order}", params
    )
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# Instants are stored as UTC text of one width, so text order is time order.
_TIMELINE_ORDER = "taken_at, id"


def read_photos(conn: sqlite3.Connection, scar_id: int) -> list[Photo]:
    """One scar's photos, oldest first: the order of its timeline."""
    rows = _rows(conn, Photo, where="scar_id = ?", params=(scar_id,), order=_TIMELINE_ORDER)
    return [entity_from(Photo, row) for row in rows]


def read_latest_photos(conn: sqlite3.Connection) -> dict[int, tuple[Photo, int]]:
    """Each scar's newest photo and its number of photos."""
    counts = dict(conn.execute("SELECT scar_id, count(*) FROM photos GROUP BY scar_id"))
    newest = _rows(
        conn,
        Photo,
        where=(
            "id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY scar_id "
            f"ORDER BY {_TIMELINE_ORDER.replace(',', ' DESC,')} DESC) AS place FROM photos) "
            "WHERE place = 1)"
        ),
    )
    photos = (entity_from(Photo, row) for row in newest)
    return {photo.scar_id: (photo, counts[photo.scar_id]) for photo in photos}


def read_facts(conn: sqlite3.Connection) -> DiaryFacts:
    """Everything the protocol rules look at, read in the caller's transaction.
    The newest series is the current one; earlier ones come along with their visits."""
    treated: dict[int, set[int]] = {}
    for visit_id, scar_id in conn.execute("SELECT visit_id, scar_id FROM visit_scars"):
        treated.setdefault(visit_id, set()).add(scar_id)
    visits_by_series: dict[int, list[Visit]] = {}
    for row in _rows(conn, Visit, "series_id"):
        visit = entity_from(Visit, row, treated_scar_ids=frozenset(treated.get(row["id"], ())))
        visits_by_series.setdefault(row["series_id"], []).append(visit)
    all_series = [entity_from(Series, row) for row in _rows(conn, Series)]
    settings = _rows(conn, ProtocolSettings)
    current = all_series[-1] if all_series else None
    return DiaryFacts(
        settings=settings_of(settings[0] if settings else None),
        series=current,
        visits=tuple(visits_by_series.get(current.id, ())) if current else (),
        scars=tuple(entity_from(Scar, row) for row in _rows(conn, Scar)),
        ratings=tuple(entity_from(Rating, row) for row in _rows(conn, Rating)),
        aftercare_texts=tuple(
            text
            for (text,) in conn.execute("SELECT text FROM aftercare_items ORDER BY position, id")
        ),
        earlier=tuple(
            EarlierSeries(series, tuple(visits_by_series.get(series.id, ())))
            for series in all_series[:-1]
        ),
    )


def driver_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under an open SQLAlchemy session, in the session's snapshot."""
    # sqlite3's, or (for a protected diary) sqlcipher3's, which has the same interface.
    conn = session.connection().connection.driver_connection
    assert conn is not None
    return cast(sqlite3.Connection, conn)


def load_facts(session: Session) -> DiaryFacts:
    return read_facts(driver_connection(session))
