"""The inbox's suggestions as the child process makes them (`--match-child`): one request
in, one framed answer per photo out, for a plain and for a protected diary (whose key
travels in the request, as it does through the child's standard input)."""

from __future__ import annotations

import datetime as dt
import io
import pickle
from pathlib import Path

from PIL import Image

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services import protection
from scar_diary.services.demo_photos import scar_photo
from scar_diary.services.diary import Diary
from scar_diary.services.inbox import InboxPhoto
from scar_diary.services.match_child import MatchRequest, read_frames, serve
from scar_diary.storage import keyring

TAKEN = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)


def _turned(data: bytes) -> bytes:
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).convert("RGB").rotate(6, translate=(14, -8)).save(out, "JPEG")
    return out.getvalue()


def _fill(diary: Diary, tmp_path: Path) -> tuple[list[int], list[int]]:
    """Two scars with a photo each; the inbox: each one's next photo, then a damaged one."""
    scars, waiting = [], []
    for index in range(2):
        scar = diary.scars.add(f"Scar {index}", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        data = scar_photo(4, TAKEN, index, skin_seed=index + 10)
        path = tmp_path / f"scar{index}.jpg"
        path.write_bytes(data)
        diary.photos.import_files(scar, [path])
        arrived = diary.inbox.receive(_turned(data), f"IMG_{index}.jpg", "phone")
        assert isinstance(arrived, InboxPhoto)
        scars.append(scar)
        waiting.append(arrived.id)
    return scars, waiting


def _served(request: MatchRequest) -> list[tuple[int, int | None, bool]]:
    answers = io.BytesIO()
    assert serve(io.BytesIO(pickle.dumps(request)), answers) == 0
    frames = read_frames(bytearray(answers.getvalue()))
    return [(inbox_id, s.scar_id, s.sure) for inbox_id, s in frames]


def test_each_photo_is_answered_as_it_is_matched(diary: Diary, tmp_path: Path) -> None:
    scars, waiting = _fill(diary, tmp_path)
    folder = diary.db.data_dir
    answers = _served(MatchRequest(folder, (*waiting, 999)))
    assert answers == [
        (waiting[0], scars[0], True),
        (waiting[1], scars[1], True),
        (999, None, False),
    ]


def test_a_protected_diary_is_matched_with_the_key_it_is_given(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    diary = Diary.open(folder)
    scars, waiting = _fill(diary, tmp_path)
    diary.close()
    protection.protect(folder, "violet staircase 42")
    diary = Diary.open(folder)
    cipher = diary.db.cipher
    assert cipher is not None
    key = cipher.key
    diary.close()
    keyring.forget(folder)  # the child has only what the request carries
    answers = _served(MatchRequest(folder, tuple(waiting), key=key))
    assert [(i, s) for i, s, _ in answers] == list(zip(waiting, scars, strict=True))
