"""Reading an archive safely, and loading it into a diary folder.

Nothing is written until the whole archive has been checked: paths, sizes, format and
version, the JSON Schema, references between records, dates, and every photo's hash. A bad
archive is refused with one clear sentence and the diary is left exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from PySide6.QtCore import QCoreApplication

from scar_diary.archive.export import DIARY_JSON, FORMAT, VERSION
from scar_diary.domain.entities import (
    FaceRegion,
    MapView,
    ProtocolSettings,
    ScarType,
    SeriesEnd,
    VisitKind,
    VisitStatus,
)
from scar_diary.storage.database import DB_FILENAME, Database
from scar_diary.storage.models import (
    AftercareItemRow,
    AlignmentRow,
    PhotoRow,
    ProfileRow,
    RatingRow,
    ScarRow,
    SeriesRow,
    SettingsRow,
    VisitRow,
)
from scar_diary.storage.photo_store import PhotoStore

MAX_JSON_BYTES = 20 * 1024 * 1024
MAX_PHOTO_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 200_000
STAGING_DIRNAME = ".import-staging"


class ArchiveError(Exception):
    """The archive was refused; `str(error)` says why, for the user. Nothing was changed."""


def _t(text: str) -> str:
    return QCoreApplication.translate("Archive", text)


@dataclass(frozen=True)
class ArchiveContents:
    document: dict[str, Any]
    photos: dict[str, bytes]  # archive name → bytes, hashes checked


SCHEMAS = {1: "schema-v1.json", VERSION: "schema.json"}


def _schema(version: int) -> dict[str, Any]:
    name = SCHEMAS[version]
    text = resources.files("scar_diary.archive").joinpath(name).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _upgrade_v1(document: dict[str, Any]) -> dict[str, Any]:
    """A version 1 document in version 2's shape: every visit was a session, no flare was
    reported, and the settings version 1 did not have take their defaults."""
    defaults = ProtocolSettings()
    settings = {
        "retinoid_resume_days": defaults.retinoid_resume_days,
        "swelling_days": defaults.swelling_days,
        "boost_needs_prep": defaults.boost_needs_prep,
        **document["settings"],
    }
    return {
        **document,
        "version": VERSION,
        "settings": settings,
        "series": [{"acne_flared_on": None, **item} for item in document["series"]],
        "visits": [{"kind": "session", **item} for item in document["visits"]],
    }


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return not (
        name.startswith(("/", "\\"))
        or "\\" in name
        or ":" in name
        or path.is_absolute()
        or ".." in path.parts
        or name != path.as_posix()
    )


def read_archive(path: Path) -> ArchiveContents:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ArchiveError(
            _t("{name} is not a Scar Diary archive (not a readable zip file).").format(
                name=path.name
            )
        ) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ArchiveError(_t("The archive holds too many files."))
        names = [info.filename for info in infos]
        unsafe = [n for n in names if not _safe_name(n)]
        if unsafe:
            raise ArchiveError(
                _t(
                    "The archive contains a path outside the archive ({name}); it was not opened."
                ).format(name=unsafe[0])
            )
        if len(set(names)) != len(names):
            raise ArchiveError(_t("The archive contains the same file twice."))
        if DIARY_JSON not in names:
            raise ArchiveError(_t("The archive has no diary.json."))
        by_name = {info.filename: info for info in infos}
        if by_name[DIARY_JSON].file_size > MAX_JSON_BYTES:
            raise ArchiveError(_t("diary.json in the archive is too large."))
        try:
            with archive.open(DIARY_JSON) as handle:
                raw = handle.read(MAX_JSON_BYTES + 1)
            document = json.loads(raw.decode("utf-8"))
        except (
            UnicodeDecodeError,
            json.JSONDecodeError,
            zipfile.BadZipFile,
            OSError,
            RecursionError,
        ) as exc:
            raise ArchiveError(
                _t("diary.json in the archive cannot be read ({error}).").format(
                    error=str(exc)[:200]
                )
            ) from exc
        document = _check_document(document)
        photos: dict[str, bytes] = {}
        wanted = {p["file"]: p["sha256"] for p in document["photos"]}
        extra = [n for n in names if n != DIARY_JSON and n not in wanted and not n.endswith("/")]
        if extra:
            raise ArchiveError(
                _t("The archive contains a file the diary does not list ({name}).").format(
                    name=extra[0]
                )
            )
        for name, sha in wanted.items():
            info = by_name.get(name)
            if info is None:
                raise ArchiveError(
                    _t("The photo {name} is missing from the archive.").format(name=name)
                )
            if info.file_size > MAX_PHOTO_BYTES:
                raise ArchiveError(_t("The photo {name} is too large.").format(name=name))
            try:
                data = archive.read(name)
            except (zipfile.BadZipFile, OSError) as exc:
                raise ArchiveError(
                    _t("The photo {name} in the archive is damaged.").format(name=name)
                ) from exc
            if hashlib.sha256(data).hexdigest() != sha:
                raise ArchiveError(
                    _t(
                        "The photo {name} does not match its checksum; the archive "
                        "is damaged or was changed."
                    ).format(name=name)
                )
            photos[name] = data
    return ArchiveContents(document, photos)


def _check_document(document: Any) -> dict[str, Any]:
    """The document, valid and in the current version's shape; else ArchiveError."""
    if not isinstance(document, dict):
        raise ArchiveError(_t("diary.json is not a Scar Diary archive."))
    if document.get("format") != FORMAT:
        raise ArchiveError(_t("This is not a Scar Diary archive (unknown format)."))
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ArchiveError(
            _t(
                "This archive was made by a newer version of Scar Diary "
                "(format version {version}). Install the newer version to "
                "import it."
            ).format(version=version)
        )
    if version not in SCHEMAS or isinstance(version, bool):
        raise ArchiveError(_t("The archive's format version is not one this app knows."))
    validator = Draft202012Validator(_schema(version), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        where = "/".join(str(p) for p in error.absolute_path) or "diary.json"
        raise ArchiveError(
            _t("The archive's diary.json is not valid at {where}: {problem}.").format(
                where=where, problem=error.message[:300]
            )
        )
    checked: dict[str, Any] = _upgrade_v1(document) if version == 1 else document
    _check_references(checked)
    return checked


def _check_references(doc: dict[str, Any]) -> None:
    def ids(kind: str) -> set[str]:
        values = [item["id"] for item in doc[kind]]
        if len(set(values)) != len(values):
            raise ArchiveError(_t("The archive lists the same {kind} id twice.").format(kind=kind))
        return set(values)

    series, scars, photos = ids("series"), ids("scars"), ids("photos")
    ids("visits")
    ids("ratings")
    exported = dt.datetime.fromisoformat(doc["exported_at"].replace("Z", "+00:00")).date()
    for visit in doc["visits"]:
        if visit["series_id"] not in series:
            raise ArchiveError(_t("A session refers to a series that is not in the archive."))
        if not set(visit["treated_scar_ids"]) <= scars:
            raise ArchiveError(_t("A session refers to a scar that is not in the archive."))
    for rating in doc["ratings"]:
        if rating["scar_id"] not in scars:
            raise ArchiveError(_t("A rating refers to a scar that is not in the archive."))
        if dt.date.fromisoformat(rating["date"]) > exported + dt.timedelta(days=1):
            raise ArchiveError(
                _t("A rating is dated after the archive was made ({date}).").format(
                    date=rating["date"]
                )
            )
    for photo in doc["photos"]:
        if photo["scar_id"] not in scars:
            raise ArchiveError(_t("A photo refers to a scar that is not in the archive."))
        if not photo["file"].startswith(f"photos/{photo['sha256']}."):
            raise ArchiveError(_t("A photo's file name does not match its checksum."))
    for alignment in doc["alignments"]:
        if not {alignment["fixed_photo_id"], alignment["moving_photo_id"]} <= photos:
            raise ArchiveError(_t("An alignment refers to a photo that is not in the archive."))
    for item in doc["series"]:
        if (item["ended_on"] is None) != (item["end_reason"] is None):
            raise ArchiveError(
                _t("A series has an end date without a reason, or the other way round.")
            )
    s = doc["settings"]
    protocol = ProtocolSettings(
        s["prep_days"],
        s["interval_min_days"],
        s["interval_max_days"],
        s["series_min"],
        s["series_max"],
        float(s["no_improvement_pct"]),
        s["boosts_per_year"],
        s["prep_reminder"],
        s["retinoid_pause_days"],
        s["retinoid_resume_days"],
        s["swelling_days"],
        s["boost_needs_prep"],
    )
    if protocol.problems():
        raise ArchiveError(
            _t("The archive's protocol settings do not fit together ({fields}).").format(
                fields=", ".join(protocol.problems())
            )
        )


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _fill(db: Database, doc: dict[str, Any], stored: dict[str, str]) -> None:
    """Insert everything with the archive's own ids (the diary is new and empty)."""
    s = doc["settings"]
    with db.session() as session:
        session.add(ProfileRow(id=1, **doc["profile"]))
        session.add(SettingsRow(id=1, **s))
        session.add_all(
            AftercareItemRow(position=i, text=t) for i, t in enumerate(doc["aftercare"])
        )
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
                    taken_at=dt.datetime.fromisoformat(item["taken_at"].replace("Z", "+00:00")),
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
                    scale=item["scale"],
                    angle_deg=item["angle_deg"],
                    dx=item["dx"],
                    dy=item["dy"],
                )
            )


def load_archive(contents: ArchiveContents, data_dir: Path) -> None:
    """Make `data_dir`'s diary the archive's. The caller has closed any open diary there and,
    when one existed, backed it up. Photos join the content-addressed store (existing files
    stay, so backups that need them still find them); the database file is built beside the
    real one and swapped in with one rename."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    store = PhotoStore(data_dir)
    stored: dict[str, str] = {}
    for name, data in contents.photos.items():
        sha, ext = PurePosixPath(name).stem, PurePosixPath(name).suffix
        stored[name] = store.put(data, sha, ext)
    staging = data_dir / STAGING_DIRNAME
    shutil.rmtree(staging, ignore_errors=True)
    db = Database.open(staging)
    try:
        _fill(db, contents.document, stored)
    finally:
        db.close()
    target = data_dir / DB_FILENAME
    for leftover in (
        target.with_name(DB_FILENAME + "-wal"),
        target.with_name(DB_FILENAME + "-shm"),
    ):
        leftover.unlink(missing_ok=True)
    (staging / DB_FILENAME).replace(target)
    shutil.rmtree(staging, ignore_errors=True)
