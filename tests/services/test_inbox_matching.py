"""The inbox's suggested scars, on photos made from the sample diary's own: each scar's
newest photo moved, turned and relit as the next phone photo would be. Every sure
suggestion must be right; a photo of no scar gets none."""

from __future__ import annotations

import io
from functools import partial

import numpy as np
import pytest
from PIL import Image

from scar_diary.services.diary import Diary
from scar_diary.services.inbox_matching import Matcher
from tests.images import next_photo_of

VARIANTS = {  # turned (degrees), moved (pixels), relit (brightness)
    "moved": (0.0, 30, 1.0),
    "turned": (9.0, 0, 1.0),
    "relit darker": (-4.0, -15, 0.75),
    "relit brighter": (6.0, 20, 1.25),
}


@pytest.fixture
def matcher(sample: Diary) -> Matcher:
    latest = sample.photos.latest()
    return Matcher(
        [(scar_id, partial(sample.photos.read, photo)) for scar_id, (photo, _) in latest.items()]
    )


def test_each_scar_is_found_in_its_next_photo(sample: Diary, matcher: Matcher) -> None:
    sure, tried = 0, 0
    for scar_id, (photo, _) in sample.photos.latest().items():
        data = sample.photos.read(photo)
        for name, args in VARIANTS.items():
            suggestion = matcher.suggest(next_photo_of(data, *args))
            tried += 1
            if suggestion.sure:
                assert suggestion.scar_id == scar_id, (scar_id, name, suggestion)
                sure += 1
            else:  # a doubtful suggestion is still never another scar
                assert suggestion.scar_id in (scar_id, None), (scar_id, name, suggestion)
    assert sure >= 0.75 * tried, f"only {sure} of {tried} were sure"


@pytest.mark.parametrize("kind", ["noise", "plain skin", "not a photo"])
def test_a_photo_of_no_scar_gets_no_suggestion(matcher: Matcher, kind: str) -> None:
    if kind == "not a photo":
        data = b"\xff\xd8\xff\xe0 broken"
    else:
        rng = np.random.default_rng(4)
        pixels = (
            (rng.random((600, 800, 3)) * 255).astype("uint8")
            if kind == "noise"
            else np.full((600, 800, 3), (224, 178, 152), dtype="uint8")
        )
        out = io.BytesIO()
        Image.fromarray(pixels).save(out, "JPEG")
        data = out.getvalue()
    suggestion = matcher.suggest(data)
    assert suggestion.scar_id is None and not suggestion.sure


def test_a_damaged_newest_photo_suggests_nothing_and_breaks_nothing(sample: Diary) -> None:
    latest = sample.photos.latest()
    first, (photo, _) = next(iter(latest.items()))
    data = sample.photos.read(photo)
    matcher = Matcher([(first, lambda: b"damaged")])
    assert matcher.suggest(next_photo_of(data, 3.0, 10, 1.0)).scar_id is None
