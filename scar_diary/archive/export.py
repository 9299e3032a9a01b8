"""Writing a diary to an archive: diary.json plus photos/<sha256>.<ext>."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select

from scar_diary.archive.strip import strip_metadata
from scar_diary.services.diary import Diary
from scar_diary.storage.models import (
    AftercareItemRow,
    AlignmentRow,
    PhotoRow,
    ProfileRow,
    RatingRow,
    ScarRow,
    SeriesRow,
    VisitRow,
)
from scar_diary.storage.files import write_atomically

FORMAT = "scar-diary-archive"
VERSION = 2
DIARY_JSON = "diary.json"


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _instant(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def diary_document(
    diary: Diary, *, strip: bool, now: dt.datetime | None = None
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The diary.json content and the photo files (archive name → bytes)."""
    files: dict[str, bytes] = {}
    renamed: dict[int, tuple[str, str]] = {}  # photo id → (sha256, archive name)
    with diary.db.session() as session:
        stored = [(p.id, p.relative_path) for p in session.scalars(select(PhotoRow))]
    for photo_id, relative in stored:  # file reading outside any database transaction
        data = diary.photos.store.path(relative).read_bytes()
        ext = PurePosixPath(relative).suffix
        if strip:
            data, ext = strip_metadata(data, ext)
        sha = hashlib.sha256(data).hexdigest()
        name = f"photos/{sha}{ext}"
        files[name] = data
        renamed[photo_id] = (sha, name)
    settings = diary.settings()  # before the session below: sessions do not nest
    preferences = diary.profile.preferences()
    with diary.db.session() as session:
        profile = session.get(ProfileRow, 1)
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": _instant(now or dt.datetime.now(dt.UTC)),
            "profile": {
                "display_name": profile.display_name if profile else "",
                "doctor": profile.doctor if profile else "",
                "clinic": profile.clinic if profile else "",
            },
            "settings": {
                "prep_days": settings.prep_days,
                "interval_min_days": settings.interval_min_days,
                "interval_max_days": settings.interval_max_days,
                "series_min": settings.series_min,
                "series_max": settings.series_max,
                "no_improvement_pct": settings.no_improvement_pct,
                "boosts_per_year": settings.boosts_per_year,
                "prep_reminder": settings.prep_reminder,
                "retinoid_pause_days": settings.retinoid_pause_days,
                "retinoid_resume_days": settings.retinoid_resume_days,
                "swelling_days": settings.swelling_days,
                "boost_needs_prep": settings.boost_needs_prep,
                "neutral_notifications": preferences.neutral_notifications,
                "calendar_full_text": preferences.calendar_full_text,
            },
            "aftercare": list(
                session.scalars(
                    select(AftercareItemRow.text).order_by(
                        AftercareItemRow.position, AftercareItemRow.id
                    )
                )
            ),
            "series": [
                {
                    "id": str(s.id),
                    "prep_started_on": _day(s.prep_started_on),
                    "acne_clear_on": _day(s.acne_clear_on),
                    "acne_flared_on": _day(s.acne_flared_on),
                    "planned_sessions": s.planned_sessions,
                    "ended_on": _day(s.ended_on),
                    "end_reason": s.end_reason.value if s.end_reason else None,
                    "notes": s.notes,
                }
                for s in session.scalars(select(SeriesRow).order_by(SeriesRow.id))
            ],
            "scars": [
                {
                    "id": str(s.id),
                    "label": s.label,
                    "region": s.region.value,
                    "type": s.scar_type.value,
                    "map": {"view": s.map_view.value, "x": s.map_x, "y": s.map_y},
                    "notes": s.notes,
                    "archived": s.archived,
                }
                for s in session.scalars(select(ScarRow).order_by(ScarRow.id))
            ],
            "visits": [
                {
                    "id": str(v.id),
                    "series_id": str(v.series_id),
                    "kind": v.kind.value,
                    "date": v.scheduled_on.isoformat(),
                    "time": v.scheduled_time.strftime("%H:%M") if v.scheduled_time else None,
                    "status": v.status.value,
                    "treated_scar_ids": sorted((str(s.id) for s in v.treated_scars), key=int),
                    "notes": v.notes,
                }
                for v in session.scalars(select(VisitRow).order_by(VisitRow.id))
            ],
            "ratings": [
                {
                    "id": str(r.id),
                    "scar_id": str(r.scar_id),
                    "date": r.rated_on.isoformat(),
                    "depth": r.depth,
                    "softening": r.softening,
                    "visibility": r.visibility,
                    "note": r.note,
                }
                for r in session.scalars(select(RatingRow).order_by(RatingRow.id))
            ],
            "photos": [
                {
                    "id": str(p.id),
                    "scar_id": str(p.scar_id),
                    "taken_at": _instant(p.taken_at),
                    "sha256": renamed[p.id][0],
                    "file": renamed[p.id][1],
                    "width": p.width,
                    "height": p.height,
                    "original_name": p.original_name,
                }
                for p in session.scalars(select(PhotoRow).order_by(PhotoRow.id))
            ],
            "alignments": [
                {
                    "fixed_photo_id": str(a.fixed_photo_id),
                    "moving_photo_id": str(a.moving_photo_id),
                    "scale": a.scale,
                    "angle_deg": a.angle_deg,
                    "dx": a.dx,
                    "dy": a.dy,
                }
                for a in session.scalars(
                    select(AlignmentRow).order_by(
                        AlignmentRow.fixed_photo_id, AlignmentRow.moving_photo_id
                    )
                )
            ],
        }
    return document, files


def export_archive(diary: Diary, target: Path, *, strip: bool = True) -> Path:
    """Write the archive to `target` (complete or not at all)."""
    document, files = diary_document(diary, strip=strip)
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(DIARY_JSON, json.dumps(document, indent=2, ensure_ascii=False))
        for name, data in sorted(files.items()):
            archive.writestr(
                zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_STORED
            )  # photos are compressed already
    write_atomically(target, partial.read_bytes())
    partial.unlink()
    return target
