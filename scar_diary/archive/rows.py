"""The archive's records as the diary's rows: the one place diary.json becomes a database."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy.orm import Session

from scar_diary.archive.checks import parse_instant
from scar_diary.domain.entities import (
    FaceRegion,
    MapView,
    ScarType,
    SeriesEnd,
    VisitKind,
    VisitStatus,
)
from scar_diary.storage.models import (
    AftercareItemRow,
    AlignmentRow,
    DiaryIdentityRow,
    PhotoRow,
    ProfileRow,
    RatingRow,
    ScarRow,
    SeriesRow,
    SettingsRow,
    VisitRow,
)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def fill(session: Session, doc: dict[str, Any], stored: dict[str, str]) -> None:
    """Insert everything with the archive's own ids (the diary is new and empty).
    `stored` maps each photo's archive name to its place in the photo store."""
    s = doc["settings"]
    # the diary keeps its id, so calendar events exported before keep theirs
    session.merge(DiaryIdentityRow(id=1, uuid=doc["diary_id"]))
    session.add(ProfileRow(id=1, **doc["profile"]))
    session.add(SettingsRow(id=1, **s))
    session.add_all(AftercareItemRow(position=i, text=t) for i, t in enumerate(doc["aftercare"]))
    for item in doc["series"]:
        session.add(
            SeriesRow(
                id=int(item["id"]),
                prep_started_on=_day(item["prep_started_on"]),
                acne_clear_on=_day(item["acne_clear_on"]),
                acne_flared_on=_day(item["acne_flared_on"]),
                planned_sessions=item["planned_sessions"],
                ended_on=_day(item["ended_on"]),
                end_reason=SeriesEnd(item["end_reason"]) if item["end_reason"] else None,
                notes=item["notes"],
            )
        )
    scar_rows = {}
    for item in doc["scars"]:
        row = ScarRow(
            id=int(item["id"]),
            label=item["label"],
            region=FaceRegion(item["region"]),
            scar_type=ScarType(item["type"]),
            map_view=MapView(item["map"]["view"]),
            map_x=item["map"]["x"],
            map_y=item["map"]["y"],
            notes=item["notes"],
            archived=item["archived"],
        )
        scar_rows[item["id"]] = row
        session.add(row)
    session.flush()
    for item in doc["visits"]:
        hour_minute = item["time"]
        session.add(
            VisitRow(
                id=int(item["id"]),
                series_id=int(item["series_id"]),
                scheduled_on=dt.date.fromisoformat(item["date"]),
                scheduled_time=dt.time.fromisoformat(hour_minute) if hour_minute else None,
                status=VisitStatus(item["status"]),
                kind=VisitKind(item["kind"]),
                notes=item["notes"],
                treated_scars=[scar_rows[i] for i in item["treated_scar_ids"]],
            )
        )
    for item in doc["ratings"]:
        session.add(
            RatingRow(
                id=int(item["id"]),
                scar_id=int(item["scar_id"]),
                rated_on=dt.date.fromisoformat(item["date"]),
                depth=item["depth"],
                softening=item["softening"],
                visibility=item["visibility"],
                note=item["note"],
            )
        )
    for item in doc["photos"]:
        session.add(
            PhotoRow(
                id=int(item["id"]),
                scar_id=int(item["scar_id"]),
                taken_at=parse_instant(item["taken_at"]),
                sha256=item["sha256"],
                relative_path=stored[item["file"]],
                width=item["width"],
                height=item["height"],
                original_name=item["original_name"],
            )
        )
    session.flush()
    for item in doc["alignments"]:
        session.add(
            AlignmentRow(
                fixed_photo_id=int(item["fixed_photo_id"]),
                moving_photo_id=int(item["moving_photo_id"]),
                matrix=json.dumps([value for row in item["matrix"] for value in row]),
                method=item["method"],
                method_version=item["method_version"],
                tier=item["tier"],
                confidence=item["confidence"],
                saved_at=parse_instant(item["saved_at"]) if item["saved_at"] else None,
            )
        )
