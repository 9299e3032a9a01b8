"""Free text (labels, notes) as every output can carry it: Unicode's line and paragraph
separators (U+2028, U+2029) and NEL (U+0085) become plain line breaks, which calendar files,
CSV and the report know how to hold; other control characters (C0 but tab and line feed,
DEL, C1), which terminals, calendars and PDF text treat as commands, are dropped."""

from __future__ import annotations

import re

_SEPARATORS = re.compile("[\u2028\u2029\u0085]|\r\n?")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str, *, one_line: bool = False) -> str:
    """`text` with separators as "\\n" (or spaces, for `one_line`) and no control codes."""
    text = _CONTROLS.sub("", _SEPARATORS.sub("\n", text))
    return text.replace("\n", " ") if one_line else text
