"""Reading diary.json strictly: numbers a diary can hold, no NaN or Infinity, and text
without NUL characters or lone surrogates (which no database or file can store)."""

from __future__ import annotations

import json
import math
from typing import Any

MAX_NUMBER_CHARACTERS = 40  # a diary's numbers are ids, scores, pixels, offsets


class StrictJsonError(ValueError):
    """diary.json holds something a diary cannot: the message says what."""


def _integer(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARACTERS:
        raise StrictJsonError(f"a number of {len(text)} digits")
    return int(text)


def _decimal(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARACTERS:
        raise StrictJsonError(f"a number of {len(text)} characters")
    value = float(text)
    if not math.isfinite(value):
        raise StrictJsonError("a number too large to keep")
    return value


def _constant(name: str) -> Any:
    raise StrictJsonError(f"the value {name}, which is not a number")


def _check_strings(value: Any, where: str = "diary.json") -> None:
    if isinstance(value, str):
        if "\x00" in value:
            raise StrictJsonError(f"a NUL character in {where}")
        if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            raise StrictJsonError(f"a broken (lone surrogate) character in {where}")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_strings(key, where)
            _check_strings(item, f"{where}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{where}/{index}")


def loads(raw: bytes) -> Any:
    """Parse UTF-8 JSON; raises StrictJsonError (or UnicodeDecodeError / JSONDecodeError)."""
    document = json.loads(
        raw.decode("utf-8"),
        parse_int=_integer,
        parse_float=_decimal,
        parse_constant=_constant,
    )
    _check_strings(document)
    return document
