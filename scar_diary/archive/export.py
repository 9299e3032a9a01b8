"""Writing a diary to an archive: photos/<sha256>.<ext> plus diary.json.

Everything is read from one consistent snapshot of the database; the photos are then
streamed into the zip one at a time (memory does not grow with the diary), cleaned of
their metadata unless the user keeps it. The zip is written beside its target, flushed to
disk and renamed: a full disk leaves an older archive at that path untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from scar_diary.archive.format import DIARY_JSON, FORMAT, VERSION
from scar_diary.archive.sealed import SealedWriter
from scar_diary.archive.strip import strip_metadata
from scar_diary.storage.database import Database
from scar_diary.storage.facts import settings_of
from scar_diary.storage.files import replacing
from scar_diary.storage.keyfile import KeyFile
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
from scar_diary.storage.photo_store import PhotoStore

Progress = Callable[[int, int], None]  # photos written, photos in all
_CHUNK = 1024 * 1024
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same bytes for the same photo, every time


class PhotoVanished(OSError):
    """A photo file went missing while the archive was written."""


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _instant(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _records(session: Session, now: dt.datetime) -> dict[str, Any]:
    """Everything but the photos' archive names, from one snapshot."""
    profile = session.get(ProfileRow, 1)
    row = session.get(SettingsRow, 1)
    identity = session.get(DiaryIdentityRow, 1)
    settings = settings_of(row)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _instant(now),
        "diary_id": identity.uuid if identity else str(uuid.uuid4()),
        "profile": {
            "display_name": profile.display_name if profile else "",
            "doctor": profile.doctor if profile else "",
            "clinic": profile.clinic if profile else "",
            "questions": profile.questions if profile else "",
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
            "fresh_rating_sessions": settings.fresh_rating_sessions,
            "lapse_days": settings.lapse_days,
            "neutral_notifications": row.neutral_notifications if row else True,
            "calendar_full_text": row.calendar_full_text if row else False,
            "strip_photo_metadata": row.strip_photo_metadata if row else True,
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
                "sha256": p.sha256,
                "file": p.relative_path,  # replaced by its archive name once written
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
                "matrix": _rows_of_three(json.loads(a.matrix)),
                "method": a.method,
                "method_version": a.method_version,
                "tier": a.tier,
                "confidence": a.confidence,
                "saved_at": _instant(a.saved_at) if a.saved_at else None,
            }
            for a in session.scalars(
                select(AlignmentRow).order_by(
                    AlignmentRow.fixed_photo_id, AlignmentRow.moving_photo_id
                )
            )
        ],
    }


def _write_photo(
    archive: zipfile.ZipFile, store: PhotoStore, relative: str, *, strip: bool, written: set[str]
) -> tuple[str, str]:
    """Put one photo into the zip; returns its sha256 and archive name."""
    ext = PurePosixPath(relative).suffix
    try:
        if strip:
            data, ext = strip_metadata(store.read(relative), ext)
            sha = hashlib.sha256(data).hexdigest()
            name = f"photos/{sha}{ext}"
            if name not in written:
                archive.writestr(
                    zipfile.ZipInfo(name, _FIXED_TIME), data, compress_type=zipfile.ZIP_STORED
                )
        elif store.cipher is not None:  # decrypted in memory only, one photo at a time
            data = store.read(relative)
            sha = hashlib.sha256(data).hexdigest()
            name = f"photos/{sha}{ext}"
            if name not in written:
                archive.writestr(zipfile.ZipInfo(name, _FIXED_TIME), data)
        else:
            sha = PurePosixPath(relative).stem  # the store names files by their hash
            name = f"photos/{sha}{ext}"
            if name not in written:
                digest = hashlib.sha256()
                with (
                    store.path(relative).open("rb") as handle,
                    archive.open(zipfile.ZipInfo(name, _FIXED_TIME), "w") as out,
                ):
                    while chunk := handle.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                sha = digest.hexdigest()
    except FileNotFoundError as exc:
        raise PhotoVanished(f"the photo file {relative} is missing") from exc
    written.add(name)
    return sha, name


def _merge_same_pictures(document: dict[str, Any]) -> None:
    """Two photos of one scar that differed only in their metadata are the same picture once
    it is removed: the archive (and the diary it makes) keeps the first, and an alignment
    that named the other names the first."""
    kept: dict[tuple[str, str], str] = {}
    replaced: dict[str, str] = {}
    photos = []
    for photo in document["photos"]:
        key = (photo["scar_id"], photo["sha256"])
        if key in kept:
            replaced[photo["id"]] = kept[key]
        else:
            kept[key] = photo["id"]
            photos.append(photo)
    if not replaced:
        return
    document["photos"] = photos
    alignments, pairs = [], set()
    for alignment in document["alignments"]:
        fixed = replaced.get(alignment["fixed_photo_id"], alignment["fixed_photo_id"])
        moving = replaced.get(alignment["moving_photo_id"], alignment["moving_photo_id"])
        if fixed != moving and (fixed, moving) not in pairs:
            pairs.add((fixed, moving))
            alignments.append({**alignment, "fixed_photo_id": fixed, "moving_photo_id": moving})
    document["alignments"] = alignments


def export_archive(
    db: Database,
    target: Path,
    *,
    strip: bool = True,
    sealed: bool | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the archive to `target` (complete, or not at all). A protected diary's archive
    is sealed with the diary's key (docs/archive-format.md) unless `sealed=False` asks for
    a plain one."""
    if sealed is None:
        sealed = db.cipher is not None
    if sealed and db.cipher is None:
        raise ValueError("only a protected diary's archive can be sealed")
    with db.reading() as session:
        document = _records(session, now or dt.datetime.now(dt.UTC))
    store = PhotoStore(db.data_dir, db.cipher)
    photos = document["photos"]
    written: set[str] = set()
    with replacing(target) as temp, temp.open("wb") as raw, contextlib.ExitStack() as stack:
        stream: BinaryIO | SealedWriter = raw
        if sealed:
            assert db.cipher is not None
            stream = stack.enter_context(
                SealedWriter(raw, db.cipher, KeyFile.load(db.data_dir).document)
            )
        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for index, photo in enumerate(photos, start=1):
                relative = photo["file"]
                photo["sha256"], photo["file"] = _write_photo(
                    archive, store, relative, strip=strip, written=written
                )
                if progress is not None:
                    progress(index, len(photos))
            _merge_same_pictures(document)
            archive.writestr(DIARY_JSON, json.dumps(document, indent=2, ensure_ascii=False))
    return target


def _rows_of_three(values: list[float]) -> list[list[float]]:
    return [values[0:3], values[3:6], values[6:9]]
