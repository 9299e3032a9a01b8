"""Backups from the command line: make one, list them, restore one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scar_diary.cli.common import (
    EXIT_OK,
    CliError,
    data_dir,
    diary_open_elsewhere,
    no_diary,
    not_a_folder,
    say,
    translate,
)


def _folder(args: argparse.Namespace) -> Path:
    from scar_diary.storage.database import DB_FILENAME

    folder = data_dir(args)
    not_a_folder(folder)
    if not (folder / DB_FILENAME).is_file():
        raise no_diary(folder)
    return folder


def backup(args: argparse.Namespace) -> int:
    from scar_diary.services.backups import back_up

    made = back_up(_folder(args), "manual")
    say(translate("Cli", "Backed up to {path}").format(path=made.path))
    for damaged in made.damaged_photos:
        if damaged in made.good_copies:
            say(
                translate(
                    "Cli",
                    "damaged photo    {file}: not carried into the backups, which keep a good "
                    "copy of it; `scar-diary repair-photos` brings it back",
                ).format(file=damaged)
            )
        else:
            say(
                translate(
                    "Cli",
                    "damaged photo    {file}: not carried into the backups, which have no good "
                    "copy of it either",
                ).format(file=damaged)
            )
    return EXIT_OK


def repair_photos(args: argparse.Namespace) -> int:
    from scar_diary.storage.backup_store import repair_photos as repair
    from scar_diary.storage.diary_lock import DiaryLock

    folder = _folder(args)
    with DiaryLock(folder) as lock:
        if not lock.acquire():
            raise diary_open_elsewhere("repair")
        repaired, left = repair(folder)
    for relative in repaired:
        say(translate("Cli", "repaired         {file}").format(file=relative))
    for relative in left:
        say(translate("Cli", "no good copy     {file}").format(file=relative))
    if not repaired and not left:
        say(translate("Cli", "Every photo of the diary is whole."))
    if left:
        raise CliError(
            translate(
                "Cli",
                "{count} photos are damaged or missing and the backups have no good copy of "
                "them; restore an older backup folder, or delete those photos from their scars",
            ).format(count=len(left))
        )
    return EXIT_OK


def backups(args: argparse.Namespace) -> int:
    from scar_diary.services.backups import list_backups

    folder = data_dir(args)
    not_a_folder(folder)
    found = list_backups(folder)
    if args.json:
        say(
            json.dumps(
                [
                    {
                        "name": b.path.name,
                        "made_at": b.made_at.isoformat(),
                        "reason": b.reason,
                        "scars": b.scars,
                        "ratings": b.ratings,
                        "photos": len(b.photos),
                        "dated_in_future": b.dated_in_future(),
                        "damaged_photos": list(b.damaged_photos),
                    }
                    for b in found
                ],
                indent=2,
            )
        )
        return EXIT_OK
    if not found:
        say(translate("Cli", "No backups yet."))
    for b in found:
        future = (
            translate("Cli", "  (dated in the future: restore it by its name)")
            if b.dated_in_future()
            else ""
        )
        counts = translate("Cli", "{scars} scars, {ratings} ratings, {photos} photos").format(
            scars=b.scars, ratings=b.ratings, photos=len(b.photos)
        )
        say(f"{b.path.name}  {b.reason:<15} {counts}{future}")
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from scar_diary.services.backups import PhotosMissing, list_backups
    from scar_diary.services.backups import restore as restore_backup
    from scar_diary.services.recovery import latest_good_backup
    from scar_diary.storage.diary_lock import DiaryLock

    folder = data_dir(args)
    not_a_folder(folder)
    found = list_backups(folder)
    if args.backup == "latest":
        chosen = latest_good_backup(folder)
    else:
        chosen = next((b for b in found if args.backup in (b.path.name, str(b.path))), None)
    if chosen is None and args.backup == "latest" and any(b.dated_in_future() for b in found):
        raise CliError(
            translate(
                "Cli",
                "the only backups that could be restored are dated in the future (the clock was "
                "wrong, or they were changed); `scar-diary backups` lists them: name one to "
                "restore it",
            )
        )
    if chosen is None:
        raise CliError(
            translate(
                "Cli", "there is no backup called {name}; `scar-diary backups` lists them"
            ).format(name=repr(args.backup))
        )
    with DiaryLock(folder) as lock:
        if not lock.acquire():
            raise diary_open_elsewhere("restore")
        try:
            restored = restore_backup(folder, chosen, allow_missing=args.allow_missing_photos)
        except PhotosMissing as exc:
            raise CliError(
                translate(
                    "Cli",
                    "{count} photos this backup needs are nowhere to be found ({files}); nothing "
                    "was changed. Add --allow-missing-photos to restore the records without them",
                ).format(
                    count=len(exc.missing),
                    files=", ".join(exc.missing[:3]) + ("…" if len(exc.missing) > 3 else ""),
                )
            ) from exc
    if restored.before is not None:
        say(
            translate("Cli", "The diary that was there is backed up in {path}").format(
                path=restored.before.path
            )
        )
    for missing in restored.missing_photos:
        say(translate("Cli", "missing photo    {file}").format(file=missing))
    say(translate("Cli", "Restored {name}").format(name=chosen.path.name))
    return EXIT_OK
