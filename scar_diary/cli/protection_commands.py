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
    new_passphrase_checked,
    passphrase,
    read_secret_file,
    say,
    unlock_diary,
)

_BUSY = "Scar Diary has this diary open; close it first, then try again"


def _diary_folder(args: argparse.Namespace) -> Path:
    from scar_diary.storage.database import DB_FILENAME

    folder = data_dir(args)
    if not (folder / DB_FILENAME).is_file():
        raise CliError(f"there is no diary in {folder}")
    return folder


@contextlib.contextmanager
def _alone(folder: Path) -> Iterator[None]:
    """The diary's lock for the whole conversion: no app or other command meanwhile."""
    from scar_diary.storage.diary_lock import DiaryLock

    with DiaryLock(folder) as lock:
        if not lock.acquire():
            raise CliError(_BUSY)
        yield


def _progress(done: int, total: int) -> None:
    if total >= 200 and (done == total or done % (total // 10) == 0):
        say(f"  {done} of {total} files")


def encrypt(args: argparse.Namespace) -> int:
    from scar_diary.services import protection

    folder = _diary_folder(args)
    protection.settle(folder)
    if protection.is_protected(folder):
        raise CliError(f"the diary in {folder} is protected already")
    secret = new_passphrase_checked(passphrase(args, f"the diary in {folder} (new)", confirm=True))
    with _alone(folder):
        recovery = protection.protect(folder, secret, _progress)
    say(f"The diary in {folder} is now encrypted.")
    say("Recovery key (write it down and keep it apart from this computer; it is shown once):")
    say(f"    {recovery}")
    say("Without the passphrase or this key, nobody can open the diary: not even you.")
    return EXIT_OK


def decrypt(args: argparse.Namespace) -> int:
    from scar_diary.services import protection

    folder = _diary_folder(args)
    if not protection.is_protected(folder):
        raise CliError(f"the diary in {folder} is not encrypted")
    unlock_diary(args)
    with _alone(folder):
        protection.unprotect(folder, _progress)
    say(f"The diary in {folder} is no longer encrypted; its passphrase is not needed any more.")
    return EXIT_OK


def change_passphrase(args: argparse.Namespace) -> int:
    from scar_diary.services import protection

    folder = _diary_folder(args)
    if not protection.is_protected(folder):
        raise CliError(f"the diary in {folder} is not encrypted; use `scar-diary encrypt`")
    new = new_passphrase_checked(read_secret_file(args.new_passphrase_file))
    unlock_diary(args)
    if args.keep_key:
        with _alone(folder):
            protection.change_passphrase(folder, new)
        say(f"The passphrase of the diary in {folder} is changed; the recovery key still works.")
        return EXIT_OK
    with _alone(folder):
        recovery = protection.rekey(folder, new, _progress)
    say(f"The diary in {folder} is encrypted again under a new key, with the new passphrase.")
    say("New recovery key (the old one opens nothing any more; it is shown once):")
    say(f"    {recovery}")
    return EXIT_OK
