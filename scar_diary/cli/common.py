"""What every command shares: the diary folder, opening it, dates, output and errors."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary

EXIT_OK = 0
EXIT_ERROR = 2  # the user can act on it; one sentence says what
EXIT_BUG = 70  # something unexpected (EX_SOFTWARE); the log says where

# Every sentence a command prints is in the user's language (main.py installs the
# translations before a command runs; with --json the words stay English for scripts).
translate = QCoreApplication.translate


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
        raise argparse.ArgumentTypeError(
            translate("Cli", "not a date in YYYY-MM-DD form: {text}").format(text=repr(text))
        ) from None


def today(args: argparse.Namespace) -> dt.date:
    return getattr(args, "today", None) or dt.date.today()


def open_existing(args: argparse.Namespace) -> Diary:
    from scar_diary.services.diary import Diary
    from scar_diary.storage.database import DB_FILENAME

    folder = data_dir(args)
    not_a_folder(folder)
    if not (folder / DB_FILENAME).exists():
        from scar_diary.storage.database import lived_here

        if folder.is_dir() and lived_here(folder):
            raise CliError(
                translate(
                    "Cli",
                    "the diary file is missing in {folder}, although its photos or backups are "
                    "there; restore a backup with `scar-diary restore latest`",
                ).format(folder=folder)
            )
        raise no_diary(folder)
    return Diary.open(folder)


def not_a_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise CliError(
            translate("Cli", "{folder} is a file, not a diary folder").format(folder=folder)
        )


def no_diary(folder: Path) -> CliError:
    return CliError(translate("Cli", "there is no diary in {folder}").format(folder=folder))


def diary_open_elsewhere(action: str) -> CliError:
    """The window (or another command) holds the diary; `action` is what to do again once it
    is closed: "repair", "restore", "import", or anything else for "try"."""
    sentences = {
        "repair": translate(
            "Cli", "Scar Diary has this diary open; close it first, then repair again"
        ),
        "restore": translate(
            "Cli", "Scar Diary has this diary open; close it first, then restore again"
        ),
        "import": translate(
            "Cli", "Scar Diary has this diary open; close it first, then import again"
        ),
    }
    return CliError(
        sentences.get(action)
        or translate("Cli", "Scar Diary has this diary open; close it first, then try again")
    )


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
            raise CliError(
                translate("Cli", "the passphrase file {path} is not a regular file").format(
                    path=path
                )
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_SECRET_FILE)
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(
            translate("Cli", "cannot read the passphrase file {path}").format(path=path)
        ) from exc
    secret = _first_line(text)
    if not secret:
        raise CliError(
            translate("Cli", "the passphrase file {path} has an empty first line").format(path=path)
        )
    return secret


def new_passphrase_checked(secret: str) -> str:
    """A new passphrase must be as long as the window asks for."""
    from scar_diary.wording.protection import MIN_PASSPHRASE

    if len(secret) < MIN_PASSPHRASE:
        raise CliError(
            translate(
                "Cli", "a passphrase needs at least {count} characters; nothing was changed"
            ).format(count=MIN_PASSPHRASE)
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

        secret = getpass.getpass(translate("Cli", "Passphrase for {what}: ").format(what=what))
        if confirm and secret and getpass.getpass(translate("Cli", "The same again: ")) != secret:
            raise CliError(translate("Cli", "the two passphrases differ; nothing was changed"))
        if secret:
            return secret
    raise CliError(
        translate(
            "Cli",
            "{what} is protected with a passphrase; give it with --passphrase-file FILE or "
            "{variable}",
        ).format(what=what, variable=PASSPHRASE_ENV)
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
    secret = passphrase(args, translate("Cli", "the diary in {folder}").format(folder=folder))
    try:
        protection.unlock(folder, secret)
    except protection.WrongPassphrase:
        raise CliError(
            translate(
                "Cli",
                "that passphrase (or recovery key) does not open the diary in {folder}; nothing "
                "was changed",
            ).format(folder=folder)
        ) from None
    except protection.DamagedKeyFile as exc:
        raise CliError(
            translate("Cli", "the diary's key file in {folder} is damaged ({detail})").format(
                folder=folder, detail=exc
            )
        ) from None
