"""`scar-diary align REFERENCE LATER`: the automatic alignment of two photo files, as the
window uses it (also how the method is tried from outside)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scar_diary.cli.common import EXIT_OK, CliError, say


def align(args: argparse.Namespace) -> int:
    from scar_diary.alignment.method import UnreadablePhoto, align_files

    try:
        found = align_files(Path(args.reference), Path(args.later))
    except UnreadablePhoto as exc:
        raise CliError(str(exc)) from None
    if args.json:
        say(json.dumps(found.as_json()))
        return EXIT_OK
    from scar_diary.wording.alignment import result_sentence

    say(result_sentence(found))
    if found.matrix is not None:
        for row in found.matrix:
            say("  " + "  ".join(f"{value: .6g}" for value in row))
    return EXIT_OK
