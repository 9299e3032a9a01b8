"""Protecting a diary from the command line: encrypt, decrypt, change-passphrase."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from scar_diary.cli.common import (
    EXIT_OK,
    CliError,
    data_dir,
    diary_open_elsewhere,
    new_passphrase_checked,
    no_diary,
    passphrase,
    read_secret_file,
    say,
    translate,
    unlock_diary,
)


def _diary_folder(args: argparse.Namespace) -> Path:
    from scar_diary.storage.database import DB_FILENAME

    folder = data_dir(args)
    if not (folder / DB_FILENAME).is_file():
        raise no_diary(folder)
    from scar_diary.storage.database import DiaryConverting
    from scar_diary.storage.diary_lock import in_use
    from scar_diary.storage.locations import is_converting

    if is_converting(folder) and in_use(folder):  # another conversion is under way: its
        raise DiaryConverting(folder / DB_FILENAME)  # half-done state says nothing yet
    return folder


@contextlib.contextmanager
def _alone(folder: Path) -> Iterator[None]:
    """The diary's lock for the whole conversion: no app or other command meanwhile."""
    from scar_diary.storage.diary_lock import DiaryLock

    with DiaryLock(folder) as lock:
        if not lock.acquire():
            raise diary_open_elsewhere("try")
        yield


def _progress(done: int, total: int) -> None:
    if total >= 200 and (done == total or done % (total // 10) == 0):
        say(translate("Cli", "  {done} of {total} files").format(done=done, total=total))


def encrypt(args: argparse.Namespace) -> int:
    from scar_diary.services import protection

    folder = _diary_folder(args)
    protection.settle(folder)
    if protection.is_protected(folder):
        raise CliError(
            translate("Cli", "the diary in {folder} is protected already").format(folder=folder)
        )
    what = translate("Cli", "the diary in {folder} (new)").format(folder=folder)
    secret = new_passphrase_checked(passphrase(args, what, confirm=True))
    with _alone(folder):
        recovery = protection.protect(folder, secret, _progress)
    say(translate("Cli", "The diary in {folder} is now encrypted.").format(folder=folder))
    say(
        translate(
            "Cli",
            "Recovery key (write it down and keep it apart from this computer; it is shown once):",
        )
    )
    say(f"    {recovery}")
    say(
        translate(
            "Cli", "Without the passphrase or this key, nobody can open the diary: not even you."
        )
    )
    return EXIT_OK


def decrypt(args: argparse.Namespace) -> int:
    from scar_diary.services import protection

    folder = _diary_folder(args)
    if not protection.is_protected(folder):
        raise CliError(
            translate("Cli", "the diary in {folder} is not encrypted").format(folder=folder)
        )
    unlock_diary(args)
    with _alone(folder):
        protection.unprotect(folder, _progress)
    say(
        translate(
            "Cli",
            "The diary in {folder} is no longer encrypted; its passphrase is not needed any more.",
        ).format(folder=folder)
    )
    return EXIT_OK


def change_passphrase(args: argparse.Namespace) -> int:
    from scar_diary.services import protection

    folder = _diary_folder(args)
    if not protection.is_protected(folder):
        raise CliError(
            translate(
                "Cli", "the diary in {folder} is not encrypted; use `scar-diary encrypt`"
            ).format(folder=folder)
        )
    new = new_passphrase_checked(read_secret_file(args.new_passphrase_file))
    unlock_diary(args)
    if args.keep_key:
        with _alone(folder):
            protection.change_passphrase(folder, new)
        say(
            translate(
                "Cli",
                "The passphrase of the diary in {folder} is changed; the recovery key still works.",
            ).format(folder=folder)
        )
        return EXIT_OK
    with _alone(folder):
        recovery = protection.rekey(folder, new, _progress)
    say(
        translate(
            "Cli",
            "The diary in {folder} is encrypted again under a new key, with the new passphrase.",
        ).format(folder=folder)
    )
    say(
        translate("Cli", "New recovery key (the old one opens nothing any more; it is shown once):")
    )
    say(f"    {recovery}")
    return EXIT_OK
