"""How a sentence should feel on screen: a tone the window turns into a colour. Its own
module so the window's first paint needs none of the domain that decides the tone."""

from __future__ import annotations

from enum import StrEnum


class Tone(StrEnum):
    INFO = "info"
    GOOD = "good"
    WARN = "warn"
