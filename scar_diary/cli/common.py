"""What every command shares: the diary folder, opening it, dates, output and errors."""

from __future__ import annotations

import argparse
import datetime as dt
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
