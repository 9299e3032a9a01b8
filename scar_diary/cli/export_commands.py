"""Commands that write files for the user, or read a whole diary in: calendar, report,
export-csv, export, import. Every file is written whole or not at all."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from scar_diary.cli.common import (
    EXIT_OK,
    CliError,
    data_dir,
    diary_open_elsewhere,
    not_a_folder,
    open_existing,
    output_file,
    passphrase,
    read_secret_file,
    say,
    today,
    translate,
    unlock_diary,
)


def calendar(args: argparse.Namespace) -> int:
    from scar_diary.domain.status import diary_status
    from scar_diary.services.calendar_export import calendar_ics
    from scar_diary.storage.files import write_atomically

    diary = open_existing(args)
    try:
        out = output_file(args, diary.data_dir)
        facts = diary.facts()
        full_text = args.full_text or diary.profile.preferences().calendar_full_text
        data = calendar_ics(
            facts, diary_status(facts, today(args)), diary.profile.diary_uuid(), full_text=full_text
        )
    finally:
        diary.close()
    write_atomically(out, data, make_folder=False)
    say(translate("Cli", "Calendar written to {path}").format(path=args.out))
    return EXIT_OK


def _gui_for_printing() -> Any:
    """Fonts and painting need a QGuiApplication; without a screen, the offscreen one."""
    from scar_diary.translations import for_the_command_line

    return for_the_command_line(painting=True)


def report(args: argparse.Namespace) -> int:
    from scar_diary.report.content import ReportOptions, gather
    from scar_diary.report.document import write_pdf
    from scar_diary.report.render import render

    app = _gui_for_printing()
    diary = open_existing(args)
    try:
        out = output_file(args, diary.data_dir)
        known = {s.id for s in diary.scars.all()}
        unknown = [i for i in args.scar or [] if i not in known]
        if unknown:
            raise CliError(translate("Cli", "there is no scar with id {id}").format(id=unknown[0]))
        options = ReportOptions(
            scar_ids=tuple(args.scar or ()), include_photos=not args.no_photos, paper=args.paper
        )
        data = gather(diary, options, today(args))
    finally:
        diary.close()
    write_pdf(render(data), out, options.paper)
    del app
    say(translate("Cli", "Summary written to {path}").format(path=args.out))
    return EXIT_OK


def export_csv(args: argparse.Namespace) -> int:
    from scar_diary.services.csv_export import export_csv as write_csv
    from scar_diary.services.output_paths import check_output_folder

    diary = open_existing(args)
    try:
        folder = check_output_folder(Path(args.out), diary.data_dir)
        facts = diary.facts()
    finally:
        diary.close()
    for path in write_csv(facts, folder, today=today(args), bom=args.bom):
        say(translate("Cli", "Written {path}").format(path=path))
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    from scar_diary.archive.export import export_archive

    diary = open_existing(args)
    try:
        out = output_file(args, diary.data_dir)
        strip = diary.profile.preferences().strip_photo_metadata
        if args.keep_metadata:
            strip = False
        elif args.strip_metadata:
            strip = True
        sealed = diary.db.cipher is not None and not args.plain
        export_archive(diary.db, out, strip=strip, sealed=sealed)
    finally:
        diary.close()
    if sealed:
        say(
            translate(
                "Cli", "Diary exported to {path} (encrypted with the diary's passphrase)"
            ).format(path=args.out)
        )
    else:
        say(translate("Cli", "Diary exported to {path}").format(path=args.out))
    return EXIT_OK


def import_(args: argparse.Namespace) -> int:
    from scar_diary.archive.importer import read_archive, replace_with
    from scar_diary.archive.sealed import is_sealed
    from scar_diary.services.backups import has_data
    from scar_diary.storage.diary_lock import DiaryLock, in_use

    folder = data_dir(args)
    not_a_folder(folder)
    if has_data(folder) and not args.replace:
        raise CliError(
            translate(
                "Cli",
                "{folder} already holds a diary; add --replace to replace it (a backup of it is "
                "made first)",
            ).format(folder=folder)
        )
    busy = diary_open_elsewhere("import")
    if in_use(folder):
        raise busy
    if folder.is_dir():
        unlock_diary(args)  # a protected diary keeps its protection, with what is imported
    archive = Path(args.file)
    secret = None
    if is_sealed(archive):
        secret = (
            read_secret_file(args.archive_passphrase_file)
            if args.archive_passphrase_file
            else passphrase(args, translate("Cli", "the archive {name}").format(name=archive.name))
        )
    # everything checked, nothing written:
    contents = read_archive(archive, into=folder, secret=secret)
    with DiaryLock(folder) as lock:
        if not lock.acquire():
            raise busy
        backup = replace_with(contents, folder)
    if backup is not None:
        say(
            translate("Cli", "The diary that was there is backed up in {path}").format(
                path=backup.path
            )
        )
    say(translate("Cli", "Archive imported into {folder}").format(folder=folder))
    return EXIT_OK
