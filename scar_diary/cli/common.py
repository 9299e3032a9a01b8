"""What every command shares: the diary folder, opening it, dates, output and errors."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary

EXIT_OK = 0
EXIT_ERROR = 2  # the user can act on it; one sentence says what
EXIT_BUG = 70  # something unexpected (EX_SOFTWARE); the log says where


class CliError(Exception):
    """A problem the user can fix; printed as one line, no traceback."""


def escape_controls(text: str) -> str:
    """Terminal control characters (escape sequences, bidi overrides) shown as harmless
    escapes, so a file name cannot rewrite the user's terminal."""
    out = []
    for ch in text:
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf"):
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


def say(text: str = "") -> None:
    print(escape_controls(text))


def complain(text: str) -> None:
    print(f"scar-diary: {escape_controls(text)}", file=sys.stderr)


def data_dir(args: argparse.Namespace) -> Path:
    if getattr(args, "data_dir", None):
        return Path(args.data_dir).expanduser()
    from scar_diary.paths import default_data_dir

    return default_data_dir()


def iso_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def today(args: argparse.Namespace) -> dt.date:
    return getattr(args, "today", None) or dt.date.today()


def open_existing(args: argparse.Namespace) -> Diary:
    from scar_diary.services.diary import Diary
    from scar_diary.storage.database import DB_FILENAME

    folder = data_dir(args)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file, not a diary folder")
    if not (folder / DB_FILENAME).exists():
        from scar_diary.storage.database import lived_here

        if folder.is_dir() and lived_here(folder):
            raise CliError(
                f"the diary file is missing in {folder}, although its photos or backups "
                "are there; restore a backup with `scar-diary restore latest`"
            )
        raise CliError(f"there is no diary in {folder}")
    return Diary.open(folder)


def output_file(args: argparse.Namespace, diary_folder: Path) -> Path:
    """--out, checked: never into the diary folder or at the diary itself."""
    from scar_diary.services.output_paths import check_output

    return check_output(Path(args.out), diary_folder)


PASSPHRASE_ENV = "SCAR_DIARY_PASSPHRASE"
_environment_secret = ""  # SCAR_DIARY_PASSPHRASE, once taken out of the environment


def _remember_environment_secret(secret: str) -> None:
    global _environment_secret
    _environment_secret = secret


MAX_SECRET_FILE = 4096  # a passphrase file is read this far, never more


def _first_line(text: str) -> str:
    """A passphrase's line: its line ending (CR, LF or both) is not part of it."""
    return text.splitlines()[0] if text else ""


def read_secret_file(path_text: str) -> str:
    """A passphrase from the first line of a regular file, read as UTF-8 (a byte-order mark
    allowed) and at most a few KB of it: a device or a FIFO is refused at once."""
    import stat

    path = Path(path_text).expanduser()
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise CliError(f"the passphrase file {path} is not a regular file")
        with path.open("rb") as handle:
            data = handle.read(MAX_SECRET_FILE)
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read the passphrase file {path}") from exc
    secret = _first_line(text)
    if not secret:
        raise CliError(f"the passphrase file {path} has an empty first line")
    return secret


def new_passphrase_checked(secret: str) -> str:
    """A new passphrase must be as long as the window asks for."""
    from scar_diary.wording.protection import MIN_PASSPHRASE

    if len(secret) < MIN_PASSPHRASE:
        raise CliError(
            f"a passphrase needs at least {MIN_PASSPHRASE} characters; nothing was changed"
        )
    return secret


def passphrase(args: argparse.Namespace, what: str, *, confirm: bool = False) -> str:
    """The passphrase from --passphrase-file, else SCAR_DIARY_PASSPHRASE, else asked for at
    a terminal. A script without either gets one sentence (never a hanging prompt)."""
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file)
    # read once and taken out of the environment, so no child process inherits it
    from_environment = os.environ.pop(PASSPHRASE_ENV, "")
    if from_environment:
        _remember_environment_secret(from_environment)
    if _environment_secret:
        return _first_line(_environment_secret)
    if sys.stdin.isatty():
        import getpass

        secret = getpass.getpass(f"Passphrase for {what}: ")
        if confirm and secret and getpass.getpass("The same again: ") != secret:
            raise CliError("the two passphrases differ; nothing was changed")
        if secret:
            return secret
    raise CliError(
        f"{what} is protected with a passphrase; give it with --passphrase-file FILE "
        f"or {PASSPHRASE_ENV}"
    )


def unlock_diary(args: argparse.Namespace) -> None:
    """Unlock a protected diary for this command (nothing is changed by a wrong one)."""
    from scar_diary.storage.locations import is_converting, is_protected

    folder = data_dir(args)
    if not (is_protected(folder) or is_converting(folder)):
        return  # a plain diary: nothing to unlock (and `status` stays quick: no SQLAlchemy)
    from scar_diary.services import protection

    if folder.is_dir():
        protection.settle(folder)
    if not protection.is_protected(folder) or protection.is_unlocked(folder):
        return
    secret = passphrase(args, f"the diary in {folder}")
    try:
        protection.unlock(folder, secret)
    except protection.WrongPassphrase:
        raise CliError(
            f"that passphrase (or recovery key) does not open the diary in {folder}; "
            "nothing was changed"
        ) from None
    except protection.DamagedKeyFile as exc:
        raise CliError(f"the diary's key file in {folder} is damaged ({exc})") from None
