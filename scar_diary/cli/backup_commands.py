"""Backups from the command line: make one, list them, restore one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scar_diary.cli.common import EXIT_OK, CliError, data_dir, say


def _folder(args: argparse.Namespace) -> Path:
    from scar_diary.storage.database import DB_FILENAME

    folder = data_dir(args)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file, not a diary folder")
    if not (folder / DB_FILENAME).is_file():
        raise CliError(f"there is no diary in {folder}")
    return folder


def backup(args: argparse.Namespace) -> int:
    from scar_diary.services.backups import back_up

    made = back_up(_folder(args), "manual")
    say(f"Backed up to {made.path}")
    for damaged in made.damaged_photos:
        if damaged in made.good_copies:
            say(
                f"damaged photo    {damaged}: not carried into the backups, which keep a good "
                "copy of it; `scar-diary repair-photos` brings it back"
            )
        else:
            say(
                f"damaged photo    {damaged}: not carried into the backups, which have no good "
                "copy of it either"
            )
    return EXIT_OK


def repair_photos(args: argparse.Namespace) -> int:
    from scar_diary.storage.backup_store import repair_photos as repair
    from scar_diary.storage.diary_lock import DiaryLock

    folder = _folder(args)
    with DiaryLock(folder) as lock:
        if not lock.acquire():
            raise CliError("Scar Diary has this diary open; close it first, then repair again")
        repaired, left = repair(folder)
    for relative in repaired:
        say(f"repaired         {relative}")
    for relative in left:
        say(f"no good copy     {relative}")
    if not repaired and not left:
        say("Every photo of the diary is whole.")
    if left:
        raise CliError(
            f"{len(left)} photos are damaged or missing and the backups have no good copy of "
            "them; restore an older backup folder, or delete those photos from their scars"
        )
    return EXIT_OK


def backups(args: argparse.Namespace) -> int:
    from scar_diary.services.backups import list_backups

    folder = data_dir(args)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file, not a diary folder")
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
        say("No backups yet.")
    for b in found:
        future = "  (dated in the future: restore it by its name)" if b.dated_in_future() else ""
        say(
            f"{b.path.name}  {b.reason:<15} {b.scars} scars, {b.ratings} ratings, "
            f"{len(b.photos)} photos{future}"
        )
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from scar_diary.services.backups import PhotosMissing, list_backups
    from scar_diary.services.backups import restore as restore_backup
    from scar_diary.services.recovery import latest_good_backup
    from scar_diary.storage.diary_lock import DiaryLock

    folder = data_dir(args)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file, not a diary folder")
    found = list_backups(folder)
    if args.backup == "latest":
        chosen = latest_good_backup(folder)
    else:
        chosen = next((b for b in found if args.backup in (b.path.name, str(b.path))), None)
    if chosen is None and args.backup == "latest" and any(b.dated_in_future() for b in found):
        raise CliError(
            "the only backups that could be restored are dated in the future (the clock was "
            "wrong, or they were changed); `scar-diary backups` lists them: name one to restore it"
        )
    if chosen is None:
        raise CliError(
            f"there is no backup called {args.backup!r}; `scar-diary backups` lists them"
        )
    with DiaryLock(folder) as lock:
        if not lock.acquire():
            raise CliError("Scar Diary has this diary open; close it first, then restore again")
        try:
            restored = restore_backup(folder, chosen, allow_missing=args.allow_missing_photos)
        except PhotosMissing as exc:
            raise CliError(
                f"{len(exc.missing)} photos this backup needs are nowhere to be found "
                f"({', '.join(exc.missing[:3])}{'…' if len(exc.missing) > 3 else ''}); nothing "
                "was changed. Add --allow-missing-photos to restore the records without them"
            ) from exc
    if restored.before is not None:
        say(f"The diary that was there is backed up in {restored.before.path}")
    for missing in restored.missing_photos:
        say(f"missing photo    {missing}")
    say(f"Restored {chosen.path.name}")
    return EXIT_OK
