"""The inbox's suggestions made in a process of their own (`scar-diary --match-child`):
matching a photo against every scar's newest photo is minutes of decoding and feature work
for a batch from the phone, and in a thread of the window's process it held Python's
interpreter lock — and the window with it — for up to ~100 ms at a time.

The window writes one request to the child's standard input, an inherited pipe — the only
way a protected diary's key travels (never a file, an argument or the environment) — and
reads one answer per photo from its standard output as each is ready: a 4-byte length, then
a pickle of (inbox photo id, Suggestion). Pickles between the app and itself."""

from __future__ import annotations

import pickle
import struct
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from scar_diary.services.inbox_matching import NO_SUGGESTION, Matcher, Suggestion

FRAME = struct.Struct(">I")


@dataclass(frozen=True)
class MatchRequest:
    data_dir: Path
    inbox_ids: tuple[int, ...]
    key: bytes | None = None  # a protected diary's data key (unlocked in the window)


def frame(inbox_id: int, suggestion: Suggestion) -> bytes:
    body = pickle.dumps((inbox_id, suggestion), protocol=pickle.HIGHEST_PROTOCOL)
    return FRAME.pack(len(body)) + body


def read_frames(buffer: bytearray) -> list[tuple[int, Suggestion]]:
    """The whole answers at the start of `buffer` (taken out of it); a partial one stays."""
    found = []
    while len(buffer) >= FRAME.size:
        (length,) = FRAME.unpack_from(buffer)
        if len(buffer) < FRAME.size + length:
            break
        body = bytes(buffer[FRAME.size : FRAME.size + length])
        del buffer[: FRAME.size + length]
        inbox_id, suggestion = pickle.loads(body)
        found.append((int(inbox_id), suggestion))
    return found


def _in_the_background() -> None:
    """A helper, not the work the patient is watching: one core at a time, and behind the
    window when both compete for the processor (a laptop with two cores)."""
    import os

    import cv2

    cv2.setNumThreads(1)
    if hasattr(os, "nice"):
        os.nice(10)


def serve(requests: BinaryIO | None = None, answers: BinaryIO | None = None) -> int:
    """The child's side: one request in, one answer per photo out."""
    from scar_diary.services.diary import Diary
    from scar_diary.storage import keyring
    from scar_diary.storage.crypto import Cipher
    from scar_diary.storage.photo_store import DamagedPhoto

    _in_the_background()
    inbox = requests or sys.stdin.buffer
    outbox = answers or sys.stdout.buffer
    request: MatchRequest = pickle.load(inbox)
    if request.key is not None:
        keyring.remember(request.data_dir, Cipher(request.key))
    diary = Diary.open(request.data_dir)
    try:
        active = {scar.id for scar in diary.scars.all() if not scar.archived}
        matcher = Matcher(
            [
                (scar_id, partial(diary.photos.read, newest))
                for scar_id, (newest, _) in diary.photos.latest().items()
                if scar_id in active
            ]
        )
        waiting = {photo.id: photo for photo in diary.inbox.waiting()}
        for inbox_id in request.inbox_ids:
            photo = waiting.get(inbox_id)
            suggestion = NO_SUGGESTION
            if photo is not None:
                try:
                    suggestion = matcher.suggest(diary.photos.store.read(photo.relative_path))
                except (DamagedPhoto, OSError, ValueError):
                    suggestion = NO_SUGGESTION  # a damaged photo waits for the patient
            outbox.write(frame(inbox_id, suggestion))
            outbox.flush()
    finally:
        diary.close()
    return 0
