"""Command line: `scar-diary` starts the app; subcommands script the same services.

Every error a user can cause ends in one sentence on stderr and exit status 2; nothing
prints a traceback. Something unexpected is logged (its type and place only) and named with
the log's place, exit status 70.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scar_diary import __version__
from scar_diary.cli import (
    align_command,
    backup_commands,
    diary_commands,
    export_commands,
    protection_commands,
)
from scar_diary.cli.common import (
    EXIT_BUG,
    EXIT_ERROR,
    EXIT_OK,
    CliError,
    complain,
    data_dir,
    iso_day,
    translate,
    unlock_diary,
)

# Commands that unlock (or do not need) the diary themselves.
_OWN_UNLOCKING = {"align", "demo", "encrypt", "import"}


def build_parser() -> argparse.ArgumentParser:
    folder = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's --data-dir must not overwrite the one given before it.
    folder.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="diary folder (default: your app-data folder)",
    )
    folder.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="an encrypted diary's passphrase (or recovery key): the first line of FILE "
        "(or set SCAR_DIARY_PASSPHRASE)",
    )
    day = argparse.ArgumentParser(add_help=False)
    day.add_argument(
        "--today", type=iso_day, metavar="YYYY-MM-DD", help="evaluate as if it were this day"
    )

    parser = argparse.ArgumentParser(
        prog="scar-diary",
        description="A private diary for a series of saline injections for acne scars. "
        "Without a command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on a made-up diary in a temporary folder, then exit",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="diary folder (default: app-data)")
    parser.add_argument(
        "--sample", action="store_true", help="open the made-up sample diary instead of your own"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, *parents: argparse.ArgumentParser) -> Any:
        return commands.add_parser(name, parents=list(parents), help=help_text)

    demo = command("demo", "write a made-up sample diary into an empty folder", folder, day)
    demo.set_defaults(handler=diary_commands.demo)

    status = command("status", "print today's status (the Today page)", folder, day)
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(handler=diary_commands.status)

    add_photos = command(
        "add-photos", "import photos of one scar (JPEG, PNG, WebP, TIFF, HEIC)", folder
    )
    add_photos.add_argument("--scar", type=int, required=True, metavar="ID", help="the scar's id")
    add_photos.add_argument("files", nargs="+", metavar="FILE")
    add_photos.set_defaults(handler=diary_commands.add_photos)

    scars = command("scars", "list the scars", folder)
    scars.add_argument("--json", action="store_true", help="machine-readable output")
    scars.set_defaults(handler=diary_commands.scars)

    calendar = command("calendar", "export booked sessions and windows as .ics", folder, day)
    calendar.add_argument("--out", required=True, metavar="FILE.ics")
    calendar.add_argument(
        "--full-text",
        action="store_true",
        help="say what the events are (default: neutral 'Appointment')",
    )
    calendar.set_defaults(handler=export_commands.calendar)

    report = command("report", "write the doctor summary as a PDF", folder, day)
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--no-photos", action="store_true", help="leave the photos out")
    report.add_argument(
        "--scar", type=int, action="append", metavar="ID", help="only this scar (repeat for more)"
    )
    report.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    report.set_defaults(handler=export_commands.report)

    csv = command("export-csv", "write ratings.csv and sessions.csv into a folder", folder, day)
    csv.add_argument("--out", required=True, metavar="DIR")
    csv.add_argument("--bom", action="store_true", help="add a byte-order mark (for Excel)")
    csv.set_defaults(handler=export_commands.export_csv)

    export = command("export", "write the whole diary to an archive (.zip)", folder)
    export.add_argument("--out", required=True, metavar="FILE.zip")
    export.add_argument(
        "--plain",
        action="store_true",
        help="an encrypted diary's archive unencrypted (default: encrypted with its key)",
    )
    metadata = export.add_mutually_exclusive_group()
    metadata.add_argument("--keep-metadata", action="store_true", help="keep the photos' EXIF/GPS")
    metadata.add_argument(
        "--strip-metadata",
        action="store_true",
        help="remove the photos' EXIF/GPS (the default, unless Settings says otherwise)",
    )
    export.set_defaults(handler=export_commands.export)

    import_diary = command("import", "load an archive into an empty diary, or --replace", folder)
    import_diary.add_argument("file", metavar="FILE.zip")
    import_diary.add_argument(
        "--replace", action="store_true", help="replace an existing diary (after backing it up)"
    )
    import_diary.add_argument(
        "--archive-passphrase-file",
        metavar="FILE",
        help="an encrypted archive's passphrase, when it differs from --passphrase-file",
    )
    import_diary.set_defaults(handler=export_commands.import_)

    backup = command("backup", "back the diary up now (with its photos)", folder)
    backup.set_defaults(handler=backup_commands.backup)

    backups = command("backups", "list the diary's backups, newest first", folder)
    backups.add_argument("--json", action="store_true", help="machine-readable output")
    backups.set_defaults(handler=backup_commands.backups)

    restore = command("restore", "restore a backup (the diary is backed up first)", folder)
    restore.add_argument(
        "backup", metavar="BACKUP", help="a name from `scar-diary backups`, or latest"
    )
    restore.add_argument(
        "--allow-missing-photos",
        action="store_true",
        help="restore the records even when some of the backup's photos are gone",
    )
    restore.set_defaults(handler=backup_commands.restore)

    repair = command(
        "repair-photos",
        "bring back damaged or missing photos from the backups' good copies",
        folder,
    )
    repair.set_defaults(handler=backup_commands.repair_photos)

    encrypt = command(
        "encrypt",
        "protect the diary with a passphrase (from --passphrase-file); prints the recovery key",
        folder,
    )
    encrypt.set_defaults(handler=protection_commands.encrypt)
    decrypt = command("decrypt", "remove the diary's passphrase protection", folder)
    decrypt.set_defaults(handler=protection_commands.decrypt)
    change = command(
        "change-passphrase",
        "change an encrypted diary's passphrase (--passphrase-file has the old one)",
        folder,
    )
    change.add_argument(
        "--new-passphrase-file", required=True, metavar="FILE", help="the new passphrase"
    )
    change.add_argument(
        "--keep-key",
        action="store_true",
        help="the quick change: keep the key, re-wrap it only (the recovery key keeps working)",
    )
    change.set_defaults(handler=protection_commands.change_passphrase)
    aligner = command(
        "align", "line a later photo up with an earlier one automatically (no diary needed)"
    )
    aligner.add_argument("reference", metavar="REFERENCE", help="the earlier photo")
    aligner.add_argument("later", metavar="LATER", help="the later photo, to line up on it")
    aligner.add_argument(
        "--json",
        action="store_true",
        help="print result, matrix (3×3 rows, later-photo pixels → reference pixels, or "
        "null), reason and confidence as JSON",
    )
    aligner.set_defaults(handler=align_command.align)
    return parser


def _quiet_stdout() -> None:
    """The reader went away (`scar-diary status | head -1`): write nothing more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _user_message(exc: Exception) -> str | None:
    """One sentence for a problem the user can act on; None for a bug (the window shows the
    same sentences). The error classes are imported here, not up front, so a quick
    `status` never loads the database layer."""
    from scar_diary.archive.checks import ArchiveError
    from scar_diary.services.errors import InvalidInput
    from scar_diary.wording.error_messages import user_message

    if isinstance(exc, ArchiveError):
        return translate("Problems", "{problem} Nothing was changed.").format(problem=exc)
    if isinstance(exc, CliError | InvalidInput):
        return str(exc)
    return user_message(exc)


def _run(args: argparse.Namespace) -> int:
    if not getattr(args, "json", False):  # words for people: in their language
        from scar_diary.translations import for_the_command_line

        for_the_command_line(painting=args.command == "report")
    try:
        if args.command not in _OWN_UNLOCKING:
            unlock_diary(args)
        result: int = args.handler(args)
        sys.stdout.flush()
        return result
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except Exception as exc:
        message = _user_message(exc)
        if message is None:
            raise
        complain(message)
        return EXIT_ERROR


def _characters_the_terminal_cannot_show_are_replaced() -> None:
    """A terminal in a non-UTF-8 locale (ISO-8859-1, say) cannot show every character of a
    scar's name or a Dutch sentence: those are replaced, and the command goes on."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    from scar_diary.storage.files import owner_only

    owner_only()
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments == ["--report-child"]:  # the window's summary builder (report/child.py)
        from scar_diary.report.child import serve

        return serve()
    if arguments == ["--match-child"]:  # the inbox's suggestions (services/match_child.py)
        from scar_diary.services.match_child import serve as serve_matches

        return serve_matches()
    _characters_the_terminal_cannot_show_are_replaced()
    args = build_parser().parse_args(argv)
    if args.self_test:
        from scar_diary.self_test import run

        return run()
    if args.command is None:
        from scar_diary.ui.platform_check import platform_problem

        problem = platform_problem()
        if problem is not None:  # before Qt, which would abort with a page of plugin names
            complain(problem)
            return EXIT_ERROR
        from scar_diary.ui.app import run_app

        own_dir = Path(args.data_dir).expanduser() if args.data_dir else None
        return run_app(own_dir, sample=args.sample)
    try:
        return _run(args)
    except Exception as exc:  # a bug, not the user's doing: log where, say where the log is
        from scar_diary.diagnostics import record, start_logging

        log = start_logging(data_dir(args)) if data_dir(args).is_dir() else None
        record(exc, f"command {args.command}")
        complain(
            translate(
                "Cli", "something unexpected went wrong ({name}); details are in {log}"
            ).format(name=type(exc).__name__, log=log)
            if log
            else translate("Cli", "something unexpected went wrong ({name})").format(
                name=type(exc).__name__
            )
        )
        return EXIT_BUG
