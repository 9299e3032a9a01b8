"""Commands that read the diary or add to it: demo, status, scars, add-photos."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from scar_diary.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CliError,
    data_dir,
    open_existing,
    say,
    today,
    translate,
)


def demo(args: argparse.Namespace) -> int:
    from scar_diary.services.demo import write_sample

    folder = data_dir(args)
    write_sample(folder, today(args)).close()
    say(translate("Cli", "Sample diary written to {folder}").format(folder=folder))
    return EXIT_OK


def status_json(status: Any) -> dict[str, Any]:
    """The status facts as plain JSON values (dates ISO-8601, improvement in percent)."""

    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    def clock(at: dt.time | None) -> str | None:
        return at.strftime("%H:%M") if at else None

    def one_decimal(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    prep = status.prep
    window = status.next_window
    return {
        "today": status.today.isoformat(),
        "series_state": status.state.value,
        "prep": {
            "started_on": iso(prep.started_on),
            "days_done": max(prep.days_done, 0) if prep.started_on else 0,
            "ready_on": iso(prep.ready_on),
            "complete": prep.complete,
            "acne_clear": prep.acne_clear,
            "acne_clear_on": iso(prep.acne_clear_on),
            "acne_flared_on": iso(prep.acne_flared_on),
        },
        "visits_done": status.progress.done,
        "boosts_done": status.boosts_done,
        "planned": {"min": status.progress.planned_min, "max": status.progress.planned_max},
        "next_window": (
            {"earliest": iso(window.earliest), "latest": iso(window.latest)} if window else None
        ),
        "visits": [
            {
                "id": c.visit.id,
                "kind": c.visit.kind.value,
                "number": c.number,
                "date": c.visit.scheduled_on.isoformat(),
                "status": c.visit.status.value,
                "flags": [f.value for f in c.flags],
                "interval_days": c.interval_days,
            }
            for c in status.visits
        ],
        "awaiting_confirmation": [
            {
                "id": c.visit.id,
                "kind": c.visit.kind.value,
                "date": c.visit.scheduled_on.isoformat(),
                "time": clock(c.visit.scheduled_time),
            }
            for c in status.awaiting
        ],
        "booked": [
            {
                "id": c.visit.id,
                "kind": c.visit.kind.value,
                "number": c.number,
                "date": c.visit.scheduled_on.isoformat(),
                "time": clock(c.visit.scheduled_time),
                "flag": c.flag.value,
                "flags": [f.value for f in c.flags],
                "interval_days": c.interval_days,
                "first_allowed_on": iso(c.first_allowed_on),
            }
            for c in status.booked
        ],
        "aftercare": (
            {
                "session": status.aftercare.session_number,
                "day": status.aftercare.day,
                "kind": "boost" if status.aftercare.boost else "session",
            }
            if status.aftercare
            else None
        ),
        "stop_rule": status.stop_rule.value,
        "series_ended": status.series_ended,
        # the series' verdict rests on the ratings up to its end; later ratings are "now"
        "series_outcome": status.outcome.value if status.outcome else None,
        "previous_series_outcome": (
            status.previous_outcome.value if status.previous_outcome else None
        ),
        "only_poor_responders_measured": status.evidence.poor_only,
        "window_closed_on": iso(status.window_closed_on),
        "series_lapsed": status.lapsed,
        "maintenance_due_on": iso(status.maintenance_due_on),
        "improvement": {
            str(scar_id): one_decimal(imp.depth_pct) for scar_id, imp in status.improvements.items()
        },
        "mean_improvement": one_decimal(status.mean_improvement),
        "mean_improvement_now": one_decimal(
            status.evidence_now.mean_depth_pct if status.evidence_now else None
        ),
        "mean_improvement_since_first_series": one_decimal(
            status.original_evidence.mean_depth_pct if status.original_evidence else None
        ),
        "softening_change": {
            str(scar_id): imp.softening_change for scar_id, imp in status.improvements.items()
        },
        "mean_softening_change": one_decimal(status.evidence.mean_softening_change),
        "poor_responders_mean_improvement": one_decimal(status.poor_responders_mean),
        "ratings_maybe_swollen": sorted(status.swollen_rating_ids),
    }


def status(args: argparse.Namespace) -> int:
    from scar_diary.domain.status import diary_status
    from scar_diary.storage.reader import DiaryReader, NotCurrent

    day = today(args)
    reader = DiaryReader.preview(data_dir(args))
    try:
        facts = reader.facts() if reader is not None else None
    except NotCurrent:  # changed under us since: the full open will say what happened
        facts = None
    if facts is None:  # not up to date, or something to explain: the full open does that
        diary = open_existing(args)
        try:
            facts = diary.facts()
        finally:
            diary.close()
    found = diary_status(facts, day)
    if args.json:
        say(json.dumps(status_json(found), indent=2, ensure_ascii=False))
        return EXIT_OK
    from scar_diary.wording.status import status_cards, today_heading  # Qt's translations

    say(today_heading(day))
    for card in status_cards(found, facts.settings):
        say()
        say(card.title)
        for line in card.lines:
            say(f"  {line.text}")
        for bullet in card.bullets:
            say(f"  • {bullet}")
    return EXIT_OK


def add_photos(args: argparse.Namespace) -> int:
    diary = open_existing(args)
    try:
        summary = diary.photos.import_files(args.scar, [Path(f) for f in args.files])
    finally:
        diary.close()
    for name in summary.imported:
        say(translate("Cli", "imported         {name}").format(name=name))
    for name in summary.already_present:
        say(translate("Cli", "already present  {name}").format(name=name))
    for rejected in summary.rejected:
        say(
            translate("Cli", "rejected         {name}: {reason}").format(
                name=rejected.name, reason=rejected.reason
            )
        )
    say(
        translate(
            "Cli", "{imported} imported, {present} already present, {rejected} rejected"
        ).format(
            imported=len(summary.imported),
            present=len(summary.already_present),
            rejected=len(summary.rejected),
        )
    )
    return EXIT_OK if summary.any_kept else EXIT_ERROR


def scars_json(diary: Any) -> list[dict[str, Any]]:
    from scar_diary.domain.suitability import expected_response

    facts = diary.facts()
    counts = diary.photos.counts()
    latest: dict[int, Any] = {}
    for rating in sorted(facts.ratings, key=lambda r: (r.rated_on, r.id)):
        latest[rating.scar_id] = rating
    result = []
    for scar in facts.scars:
        rating = latest.get(scar.id)
        result.append(
            {
                "id": scar.id,
                "label": scar.label,
                "region": scar.region.value,
                "type": scar.scar_type.value,
                "expected_response": expected_response(scar.scar_type).value,
                "archived": scar.archived,
                "map": {"view": scar.map_view.value, "x": scar.map_x, "y": scar.map_y},
                "latest": None
                if rating is None
                else {
                    "rated_on": rating.rated_on.isoformat(),
                    "depth": rating.depth,
                    "softening": rating.softening,
                    "visibility": rating.visibility,
                },
                "photo_count": counts.get(scar.id, 0),
            }
        )
    return result


def scars(args: argparse.Namespace) -> int:
    diary = open_existing(args)
    try:
        found = scars_json(diary)
    finally:
        diary.close()
    if args.json:
        say(json.dumps(found, indent=2, ensure_ascii=False))
        return EXIT_OK
    from scar_diary.domain.entities import FaceRegion, ScarType
    from scar_diary.wording.scars import region_name, type_name

    for scar in found:
        latest = scar["latest"]
        scores = (
            translate("Cli", "depth {depth}, softening {softening}").format(
                depth=latest["depth"], softening=latest["softening"]
            )
            if latest
            else translate("Cli", "not rated")
        )
        where = f"{type_name(ScarType(scar['type']))}, {region_name(FaceRegion(scar['region']))}"
        photos = translate("Cli", "{count} photos").format(count=scar["photo_count"])
        say(f"{scar['id']:>4}  {scar['label']}  ({where})  {scores}, {photos}")
    return EXIT_OK


__all__ = ["CliError", "add_photos", "demo", "scars", "status"]
