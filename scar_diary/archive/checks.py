"""Checking a parsed diary.json: its format and version, the JSON Schema (with patterns that
match whole values and instants that are real RFC 3339 date-times with a zone), and the
references and uniqueness rules between records."""

from __future__ import annotations

import cmath
import datetime as dt
import json
import math
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from PySide6.QtCore import QCoreApplication

from scar_diary.archive.format import FORMAT, VERSION
from scar_diary.domain import limits
from scar_diary.domain.alignment import BY_HAND, Warp
from scar_diary.domain.entities import ProtocolSettings

translate = QCoreApplication.translate  # a plain name lupdate recognises

SCHEMAS = {1: "schema-v1.json", 2: "schema-v2.json", 3: "schema-v3.json", VERSION: "schema.json"}
_INSTANT = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})", re.ASCII
)


class ArchiveError(Exception):
    """The archive was refused; `str(error)` says why, for the user. Nothing was changed."""


def parse_instant(text: str) -> dt.datetime:
    """An RFC 3339 date-time with its zone ("…Z" or "…+01:00"), as an aware datetime."""
    if not _INSTANT.fullmatch(text):
        raise ValueError(f"not an RFC 3339 date-time with a zone: {text!r}")
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


_FORMATS = FormatChecker(formats=("date",))


@_FORMATS.checks("date-time", raises=ValueError)
def _is_instant(value: object) -> bool:
    return not isinstance(value, str) or bool(parse_instant(value))


def _whole_pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """JSON Schema patterns search; anchored ones must also hold at a trailing newline,
    which Python's `$` lets through ("5\\n" is not an id)."""
    if not isinstance(instance, str):
        return
    if not re.search(pattern, instance) or (pattern.endswith("$") and instance.endswith("\n")):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_Validator = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": _whole_pattern}
)


def _schema(version: int) -> dict[str, Any]:
    text = resources.files("scar_diary.archive").joinpath(SCHEMAS[version]).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def upgrade(document: dict[str, Any], version: int) -> dict[str, Any]:
    """A document of an older version in the current version's shape."""
    if version == 1:
        document = upgrade_v1(document)
    if version <= 2:
        document = upgrade_v2(document)
    if version <= 3:
        document = upgrade_v3(document)
    return document


def upgrade_v3(document: dict[str, Any]) -> dict[str, Any]:
    """A version 3 document in version 4's shape: each alignment (move, turn, scale) as its
    3×3 matrix, made by hand (version 3 had no automatic alignment)."""
    alignments = []
    for item in document["alignments"]:
        turn = cmath.rect(item["scale"], math.radians(item["angle_deg"]))
        alignments.append(
            {
                "fixed_photo_id": item["fixed_photo_id"],
                "moving_photo_id": item["moving_photo_id"],
                "matrix": [
                    [turn.real, -turn.imag, item["dx"]],
                    [turn.imag, turn.real, item["dy"]],
                    [0.0, 0.0, 1.0],
                ],
                "method": BY_HAND,
                "method_version": None,
                "tier": None,
                "confidence": None,
                "saved_at": None,
            }
        )
    return {**document, "version": VERSION, "alignments": alignments}


def upgrade_v2(document: dict[str, Any]) -> dict[str, Any]:
    """A version 2 document in version 3's shape: a diary id of its own (version 2 did not
    carry one, so calendar events made before get new ids once) and the settings' defaults
    for what version 2 did not have."""
    defaults = ProtocolSettings()
    return {
        **document,
        "version": 3,
        "diary_id": str(uuid.uuid4()),
        "settings": {
            "fresh_rating_sessions": defaults.fresh_rating_sessions,
            "lapse_days": defaults.lapse_days,
            **document["settings"],
        },
    }


def upgrade_v1(document: dict[str, Any]) -> dict[str, Any]:
    """A version 1 document in version 2's shape: every visit was a session, no flare was
    reported, and what version 1 did not have takes its default."""
    defaults = ProtocolSettings()
    settings = {
        "retinoid_resume_days": defaults.retinoid_resume_days,
        "swelling_days": defaults.swelling_days,
        "boost_needs_prep": defaults.boost_needs_prep,
        "strip_photo_metadata": True,
        **document["settings"],
    }
    return {
        **document,
        "version": 2,
        "profile": {"questions": "", **document["profile"]},
        "settings": settings,
        "series": [{"acne_flared_on": None, **item} for item in document["series"]],
        "visits": [{"kind": "session", **item} for item in document["visits"]],
    }


def _places_a_photo(matrix: list[list[float]]) -> bool:
    """Invertible, with a usable last row: a matrix that could draw the photo somewhere."""
    try:
        warp = Warp(tuple(tuple(row) for row in matrix)).normalised()  # type: ignore[arg-type]
    except ValueError:
        return False
    (a, b, _), (d, e, _), _ = warp.matrix
    return abs(a * e - b * d) > 1e-9


def check_document(document: Any) -> dict[str, Any]:
    """The document, valid and in the current version's shape; else ArchiveError."""
    if not isinstance(document, dict):
        raise ArchiveError(translate("Archive", "diary.json is not a Scar Diary archive."))
    if document.get("format") != FORMAT:
        raise ArchiveError(
            translate("Archive", "This is not a Scar Diary archive (unknown format).")
        )
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ArchiveError(
            translate(
                "Archive",
                "This archive was made by a newer version of Scar Diary "
                "(format version {version}). Install the newer version to "
                "import it.",
            ).format(version=version)
        )
    if isinstance(version, bool) or version not in SCHEMAS:
        raise ArchiveError(
            translate("Archive", "The archive's format version is not one this app knows.")
        )
    validator = _Validator(_schema(version), format_checker=_FORMATS)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        where = "/".join(str(p) for p in error.absolute_path) or "diary.json"
        raise ArchiveError(
            translate(
                "Archive", "The archive's diary.json is not valid at {where}: {problem}."
            ).format(where=where, problem=error.message[:300])
        )
    checked: dict[str, Any] = upgrade(document, version)
    check_references(checked)
    return checked


def _check_days(doc: dict[str, Any]) -> None:
    """Every date of the archive within the years a diary keeps (a year-9999 date is a
    damaged or hostile file; a day after it cannot even be computed)."""
    days = [doc["exported_at"][:10]]
    for item in doc["series"]:
        days += [
            item[k] for k in ("prep_started_on", "acne_clear_on", "acne_flared_on", "ended_on")
        ]
    days += [v["date"] for v in doc["visits"]] + [r["date"] for r in doc["ratings"]]
    days += [p["taken_at"][:10] for p in doc["photos"]]
    for text in days:
        if (
            text is not None
            and not limits.FIRST_DAY <= dt.date.fromisoformat(text) <= limits.LAST_DAY
        ):
            raise ArchiveError(
                translate(
                    "Archive",
                    "The archive has a date outside the years a diary keeps ({date}).",
                ).format(date=text)
            )


def _unique(kind: str, values: list[object]) -> set[object]:
    repeated = [value for value, count in Counter(values).items() if count > 1]
    if repeated:
        raise ArchiveError(
            translate("Archive", "The archive lists the same {kind} twice ({value}).").format(
                kind=kind, value=repeated[0]
            )
        )
    return set(values)


def check_references(doc: dict[str, Any]) -> None:
    series = _unique("series id", [s["id"] for s in doc["series"]])
    scars = _unique("scar id", [s["id"] for s in doc["scars"]])
    photos = _unique("photo id", [p["id"] for p in doc["photos"]])
    _unique("session id", [v["id"] for v in doc["visits"]])
    _unique("rating id", [r["id"] for r in doc["ratings"]])
    # what the database would refuse, said before anything is written
    _unique("photo of one scar", [(p["scar_id"], p["sha256"]) for p in doc["photos"]])
    _unique(
        "photo alignment",
        [(a["fixed_photo_id"], a["moving_photo_id"]) for a in doc["alignments"]],
    )
    exported = parse_instant(doc["exported_at"]).date()
    _check_days(doc)
    for visit in doc["visits"]:
        if visit["series_id"] not in series:
            raise ArchiveError(
                translate("Archive", "A session refers to a series that is not in the archive.")
            )
        if not set(visit["treated_scar_ids"]) <= scars:
            raise ArchiveError(
                translate("Archive", "A session refers to a scar that is not in the archive.")
            )
        # a day's grace, as for ratings: the archive may come from a later time zone
        if visit["status"] == "done" and dt.date.fromisoformat(
            visit["date"]
        ) > dt.date.today() + dt.timedelta(days=1):
            raise ArchiveError(
                translate(
                    "Archive",
                    "The archive has a visit marked done on {date}, a day still to come. A "
                    "visit can only be done once its day has come.",
                ).format(date=visit["date"])
            )
    for rating in doc["ratings"]:
        if rating["scar_id"] not in scars:
            raise ArchiveError(
                translate("Archive", "A rating refers to a scar that is not in the archive.")
            )
        if dt.date.fromisoformat(rating["date"]) > exported + dt.timedelta(days=1):
            raise ArchiveError(
                translate(
                    "Archive", "A rating is dated after the archive was made ({date})."
                ).format(date=rating["date"])
            )
    for photo in doc["photos"]:
        if photo["scar_id"] not in scars:
            raise ArchiveError(
                translate("Archive", "A photo refers to a scar that is not in the archive.")
            )
        if not photo["file"].startswith(f"photos/{photo['sha256']}."):
            raise ArchiveError(
                translate("Archive", "A photo's file name does not match its checksum.")
            )
    for alignment in doc["alignments"]:
        pair = {alignment["fixed_photo_id"], alignment["moving_photo_id"]}
        if not pair <= photos:
            raise ArchiveError(
                translate("Archive", "An alignment refers to a photo that is not in the archive.")
            )
        if len(pair) == 1:
            raise ArchiveError(translate("Archive", "An alignment lines a photo up with itself."))
        if not _places_a_photo(alignment["matrix"]):
            raise ArchiveError(
                translate("Archive", "An alignment's matrix cannot place a photo (it is flat).")
            )
    for item in doc["series"]:
        if (item["ended_on"] is None) != (item["end_reason"] is None):
            raise ArchiveError(
                translate(
                    "Archive", "A series has an end date without a reason, or the other way round."
                )
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
        s["fresh_rating_sessions"],
        s["lapse_days"],
    )
    if protocol.problems():
        raise ArchiveError(
            translate(
                "Archive", "The archive's protocol settings do not fit together ({fields})."
            ).format(fields=", ".join(protocol.problems()))
        )
