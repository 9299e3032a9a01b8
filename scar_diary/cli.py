"""Command line: `scar-diary` starts the app; subcommands script the same services."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scar_diary import __version__

EXIT_OK = 0
EXIT_ERROR = 2


class CliError(Exception):
    """A problem the user can fix; printed as one line, no traceback."""


def _data_dir(args: argparse.Namespace) -> Path:
    if getattr(args, "data_dir", None):
        return Path(args.data_dir).expanduser()
    from scar_diary.paths import default_data_dir

    return default_data_dir()


def _iso_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _open_existing(args: argparse.Namespace) -> Any:
    from scar_diary.services.diary import Diary
    from scar_diary.storage.database import DB_FILENAME

    data_dir = _data_dir(args)
    if not (data_dir / DB_FILENAME).is_file():
        raise CliError(f"there is no diary in {data_dir}")
    return Diary.open(data_dir)


def _cmd_demo(args: argparse.Namespace) -> int:
    from scar_diary.services.demo import write_sample

    data_dir = _data_dir(args)
    diary = write_sample(data_dir, args.today or dt.date.today())
    diary.close()
    print(f"Sample diary written to {data_dir}")
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
        "maintenance_due_on": iso(status.maintenance_due_on),
        "improvement": {
            str(scar_id): one_decimal(imp.depth_pct) for scar_id, imp in status.improvements.items()
        },
        "mean_improvement": one_decimal(status.mean_improvement),
        "softening_change": {
            str(scar_id): imp.softening_change for scar_id, imp in status.improvements.items()
        },
        "mean_softening_change": one_decimal(status.evidence.mean_softening_change),
        "poor_responders_mean_improvement": one_decimal(status.poor_responders_mean),
        "ratings_maybe_swollen": sorted(status.swollen_rating_ids),
    }


def _cmd_status(args: argparse.Namespace) -> int:
    from scar_diary.wording.status import status_cards, today_heading

    diary = _open_existing(args)
    try:
        today = args.today or dt.date.today()
        facts = diary.facts()
        from scar_diary.domain.status import diary_status

        status = diary_status(facts, today)
        if args.json:
            print(json.dumps(status_json(status), indent=2, ensure_ascii=False))
            return EXIT_OK
        print(today_heading(today))
        for card in status_cards(status, facts.settings):
            print()
            print(card.title)
            for line in card.lines:
                print(f"  {line.text}")
            for bullet in card.bullets:
                print(f"  • {bullet}")
        return EXIT_OK
    finally:
        diary.close()


def _cmd_add_photos(args: argparse.Namespace) -> int:
    diary = _open_existing(args)
    try:
        summary = diary.photos.import_files(args.scar, [Path(f) for f in args.files])
    finally:
        diary.close()
    for name in summary.imported:
        print(f"imported         {name}")
    for name in summary.already_present:
        print(f"already present  {name}")
    for rejected in summary.rejected:
        print(f"rejected         {rejected.name}: {rejected.reason}")
    print(
        f"{len(summary.imported)} imported, {len(summary.already_present)} already present, "
        f"{len(summary.rejected)} rejected"
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


def _cmd_scars(args: argparse.Namespace) -> int:
    diary = _open_existing(args)
    try:
        scars = scars_json(diary)
    finally:
        diary.close()
    if args.json:
        print(json.dumps(scars, indent=2, ensure_ascii=False))
        return EXIT_OK
    for scar in scars:
        latest = scar["latest"]
        scores = (
            f"depth {latest['depth']}, softening {latest['softening']}" if latest else "not rated"
        )
        print(
            f"{scar['id']:>4}  {scar['label']}  ({scar['type']}, {scar['region']})  {scores}, "
            f"{scar['photo_count']} photos"
        )
    return EXIT_OK


def _cmd_calendar(args: argparse.Namespace) -> int:
    from scar_diary.domain.status import diary_status
    from scar_diary.services.calendar_export import calendar_ics

    diary = _open_existing(args)
    try:
        facts = diary.facts()
        full_text = args.full_text or diary.profile.preferences().calendar_full_text
        data = calendar_ics(
            facts,
            diary_status(facts, args.today or dt.date.today()),
            diary.profile.diary_uuid(),
            full_text=full_text,
        )
    finally:
        diary.close()
    out = Path(args.out)
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from exc
    print(f"Calendar written to {out}")
    return EXIT_OK


def _gui_for_printing() -> Any:
    """Fonts and painting need a QGuiApplication; without a screen, use the offscreen one."""
    import os

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return QGuiApplication([sys.argv[0]])
    return QGuiApplication.instance()


def _cmd_report(args: argparse.Namespace) -> int:
    from scar_diary.report.content import ReportOptions, gather
    from scar_diary.report.document import write_pdf
    from scar_diary.report.render import render

    app = _gui_for_printing()
    diary = _open_existing(args)
    try:
        known = {s.id for s in diary.scars.all()}
        unknown = [i for i in args.scar or [] if i not in known]
        if unknown:
            raise CliError(f"there is no scar with id {unknown[0]}")
        options = ReportOptions(
            scar_ids=tuple(args.scar or ()), include_photos=not args.no_photos, paper=args.paper
        )
        data = gather(diary, options, args.today or dt.date.today())
    finally:
        diary.close()
    out = Path(args.out)
    try:
        write_pdf(render(data), out, options.paper)
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from exc
    del app
    print(f"Summary written to {out}")
    return EXIT_OK


def _cmd_export_csv(args: argparse.Namespace) -> int:
    from scar_diary.services.csv_export import export_csv

    diary = _open_existing(args)
    try:
        facts = diary.facts()
    finally:
        diary.close()
    try:
        written = export_csv(
            facts, Path(args.out), today=args.today or dt.date.today(), bom=args.bom
        )
    except OSError as exc:
        raise CliError(f"cannot write to {args.out}: {exc.strerror or exc}") from exc
    for path in written:
        print(f"Written {path}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from scar_diary.services.archive import export_archive

    diary = _open_existing(args)
    try:
        out = export_archive(diary, Path(args.out), strip=not args.keep_metadata)
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    finally:
        diary.close()
    print(f"Diary exported to {out}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from scar_diary.services.archive import ArchiveError, diary_has_data, import_archive

    data_dir = _data_dir(args)
    if diary_has_data(data_dir) and not args.replace:
        raise CliError(
            f"{data_dir} already holds a diary; add --replace to replace it "
            "(a backup of it is made first)"
        )
    try:
        backup = import_archive(Path(args.file), data_dir)
    except ArchiveError as exc:
        raise CliError(f"{exc} Nothing was changed.") from exc
    if backup is not None:
        print(f"The diary that was there is backed up in {backup.path}")
    print(f"Archive imported into {data_dir}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    data_dir = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's --data-dir must not overwrite the one given before it.
    data_dir.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="diary folder (default: your app-data folder)",
    )
    today = argparse.ArgumentParser(add_help=False)
    today.add_argument(
        "--today", type=_iso_day, metavar="YYYY-MM-DD", help="evaluate as if it were this day"
    )

    parser = argparse.ArgumentParser(
        prog="scar-diary",
        description="A private diary for a series of saline injections for acne scars. "
        "Without a command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="diary folder (default: app-data)")
    parser.add_argument(
        "--sample", action="store_true", help="open the made-up sample diary instead of your own"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[data_dir, today], help="write a made-up sample diary into an empty folder"
    )
    demo.set_defaults(handler=_cmd_demo)

    status = commands.add_parser(
        "status", parents=[data_dir, today], help="print today's status (the Today page)"
    )
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(handler=_cmd_status)

    add_photos = commands.add_parser(
        "add-photos",
        parents=[data_dir],
        help="import photos of one scar (JPEG, PNG, WebP, TIFF, HEIC)",
    )
    add_photos.add_argument("--scar", type=int, required=True, metavar="ID", help="the scar's id")
    add_photos.add_argument("files", nargs="+", metavar="FILE")
    add_photos.set_defaults(handler=_cmd_add_photos)

    calendar = commands.add_parser(
        "calendar", parents=[data_dir, today], help="export booked sessions and windows as .ics"
    )
    calendar.add_argument("--out", required=True, metavar="FILE.ics")
    calendar.add_argument(
        "--full-text",
        action="store_true",
        help="say what the events are (default: neutral 'Appointment')",
    )
    calendar.set_defaults(handler=_cmd_calendar)

    report = commands.add_parser(
        "report", parents=[data_dir, today], help="write the doctor summary as a PDF"
    )
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--no-photos", action="store_true", help="leave the photos out")
    report.add_argument(
        "--scar", type=int, action="append", metavar="ID", help="only this scar (repeat for more)"
    )
    report.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    report.set_defaults(handler=_cmd_report)

    export = commands.add_parser(
        "export-csv",
        parents=[data_dir, today],
        help="write ratings.csv and sessions.csv into a folder",
    )
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--bom", action="store_true", help="add a byte-order mark (for Excel)")
    export.set_defaults(handler=_cmd_export_csv)

    export_diary = commands.add_parser(
        "export", parents=[data_dir], help="write the whole diary to an archive (.zip)"
    )
    export_diary.add_argument("--out", required=True, metavar="FILE.zip")
    export_diary.add_argument(
        "--keep-metadata",
        action="store_true",
        help="keep the photos' EXIF/GPS (stripped by default)",
    )
    export_diary.set_defaults(handler=_cmd_export)

    import_diary = commands.add_parser(
        "import", parents=[data_dir], help="load an archive into an empty diary, or --replace"
    )
    import_diary.add_argument("file", metavar="FILE.zip")
    import_diary.add_argument(
        "--replace", action="store_true", help="replace an existing diary (after backing it up)"
    )
    import_diary.set_defaults(handler=_cmd_import)

    scars = commands.add_parser("scars", parents=[data_dir], help="list the scars")
    scars.add_argument("--json", action="store_true", help="machine-readable output")
    scars.set_defaults(handler=_cmd_scars)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from scar_diary.ui.app import run_app

        own_dir = Path(args.data_dir).expanduser() if args.data_dir else None
        return run_app(own_dir, sample=args.sample)
    from scar_diary.services.errors import InvalidInput
    from scar_diary.storage.database import OpenError
    from scar_diary.wording.errors import open_error_message

    try:
        result: int = args.handler(args)
        return result
    except OpenError as exc:
        print(f"scar-diary: {open_error_message(exc)}", file=sys.stderr)
    except (CliError, InvalidInput) as exc:
        print(f"scar-diary: {exc}", file=sys.stderr)
    return EXIT_ERROR
