"""Hostile archives: each is refused with one sentence and exit status 2, before anything is
written — no backup made, no photo copied, no staging left, the diary as it was."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from scar_diary.services.diary import Diary
from scar_diary.storage.database import DB_FILENAME
from tests.hostile.cli import one_sentence, run
from tests.hostile.forge import pack, unpack

Document = dict[str, Any]
Files = dict[str, bytes]


def _image(mode: str, size: tuple[int, int], fmt: str, **options: Any) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, fmt, **options)
    return buffer.getvalue()


def _replace_photo(doc: Document, files: Files, data: bytes, ext: str) -> None:
    """Put `data` in place of the first photo, with a matching hash and name."""
    photo = doc["photos"][0]
    del files[photo["file"]]
    sha = hashlib.sha256(data).hexdigest()
    for other in doc["photos"]:
        if other["file"] == photo["file"]:
            other["sha256"], other["file"] = sha, f"photos/{sha}{ext}"
    files[f"photos/{sha}{ext}"] = data


def _raw(doc: Document, old: str, new: str) -> bytes:
    text = json.dumps(doc)
    assert old in text
    return text.replace(old, new, 1).encode()


# name → (how to spoil the sample's archive, what the sentence says)
Spoil = Callable[[Document, Files], bytes | None]
CASES: dict[str, tuple[Spoil, str]] = {
    "exported_at without a zone": (
        lambda d, f: d.update(exported_at="2026-11-25T10:00:00"),
        "exported_at",
    ),
    "taken_at with a space, not a T": (
        lambda d, f: d["photos"][0].update(taken_at="2026-11-25 10:00:00Z"),
        "photos/0/taken_at",
    ),
    "an impossible instant": (
        lambda d, f: d["photos"][0].update(taken_at="2026-02-30T10:00:00Z"),
        "photos/0/taken_at",
    ),
    "an id with a trailing newline": (
        lambda d, f: d["scars"][0].update(id=d["scars"][0]["id"] + "\n"),
        "scars/0/id",
    ),
    "a date with a trailing newline": (
        lambda d, f: d["ratings"][0].update(date=d["ratings"][0]["date"] + "\n"),
        "ratings/0/date",
    ),
    "a 5,000-digit number": (
        lambda d, f: _raw(d, '"depth": ', '"depth": 1' + "0" * 5000 + ', "x": '),
        "number of",
    ),
    "NaN": (
        lambda d, f: _raw(d, '"no_improvement_pct": 10.0', '"no_improvement_pct": NaN'),
        "which is not a number",
    ),
    "Infinity": (
        lambda d, f: _raw(d, '"no_improvement_pct": 10.0', '"no_improvement_pct": -Infinity'),
        "which is not a number",
    ),
    "a NUL in a label": (
        lambda d, f: d["scars"][0].update(label="Cheek\x00DROP"),
        "NUL character",
    ),
    "a lone surrogate in a note": (
        lambda d, f: _raw(d, '"note": "', '"note": "\\ud800'),
        "lone surrogate",
    ),
    "the same photo twice on one scar": (
        lambda d, f: d["photos"].append({**copy.deepcopy(d["photos"][0]), "id": "999"}),
        "same photo of one scar twice",
    ),
    "the same alignment twice": (
        lambda d, f: d["alignments"].extend(
            [
                {
                    "fixed_photo_id": d["photos"][0]["id"],
                    "moving_photo_id": d["photos"][1]["id"],
                    "matrix": [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
                    "method": "hand",
                    "method_version": None,
                    "tier": None,
                    "confidence": None,
                    "saved_at": None,
                }
            ]
            * 2
        ),
        "same photo alignment twice",
    ),
    "a photo that is text": (
        lambda d, f: _replace_photo(d, f, b"just some text, not a picture", ".jpg"),
        "cannot be kept",
    ),
    "a photo in an unsupported colour mode": (
        lambda d, f: _replace_photo(d, f, _image("LAB", (16, 16), "TIFF"), ".tif"),
        "unsupported colour mode",
    ),
    "a PNG named as a JPEG": (
        lambda d, f: _replace_photo(d, f, _image("RGB", (16, 16), "PNG"), ".jpg"),
        "not the kind of image its name says",
    ),
    "an image bomb": (
        lambda d, f: _replace_photo(d, f, _image("L", (12_000, 12_000), "PNG"), ".png"),
        "too large",
    ),
}


def spoil(sample_zip: Path, tmp_path: Path, how: Spoil) -> Path:
    document, files = unpack(sample_zip)
    raw = how(document, files)
    return pack(
        tmp_path / "hostile.zip", document, files, raw_json=raw if isinstance(raw, bytes) else None
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under the folder (the diary, its photos, backups, anything left behind)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


@pytest.fixture
def my_diary(diary: Diary) -> Path:
    from scar_diary.domain.entities import FaceRegion, ScarType

    diary.scars.add("Mine", FaceRegion.CHIN, ScarType.ROLLING)
    folder = diary.data_dir
    diary.close()
    return folder


class TestRefusedBeforeAnythingIsWritten:
    @pytest.mark.parametrize("case", list(CASES))
    def test_one_sentence_and_nothing_changed(
        self, sample_zip: Path, tmp_path: Path, my_diary: Path, case: str
    ) -> None:
        how, says = CASES[case]
        hostile = spoil(sample_zip, tmp_path, how)
        before = snapshot(my_diary)
        result = run("import", str(hostile), "--replace", "--data-dir", str(my_diary))
        line = one_sentence(result)
        assert says in line, line
        assert "Nothing was changed." in line
        assert snapshot(my_diary) == before  # no backup, no photo, no staging

    def test_encrypted_entries(self, sample_zip: Path, tmp_path: Path, my_diary: Path) -> None:
        hostile = tmp_path / "locked.zip"
        data = bytearray(sample_zip.read_bytes())
        # Python's zipfile cannot write encrypted entries: mark them so in the headers, as an
        # encrypting zip tool would (bit 0 of the general-purpose flags)
        for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            start = 0
            while (start := data.find(signature, start)) >= 0:
                data[start + flags_at] |= 0x1
                start += 4
        hostile.write_bytes(bytes(data))
        result = run("import", str(hostile), "--replace", "--data-dir", str(my_diary))
        assert "encrypted" in one_sentence(result)

    def test_unsupported_compression(
        self, sample_zip: Path, tmp_path: Path, my_diary: Path
    ) -> None:
        document, files = unpack(sample_zip)
        hostile = tmp_path / "bzip.zip"
        with zipfile.ZipFile(hostile, "w", compression=zipfile.ZIP_BZIP2) as archive:
            archive.writestr("diary.json", json.dumps(document))
            for name, data in files.items():
                archive.writestr(name, data)
        result = run("import", str(hostile), "--replace", "--data-dir", str(my_diary))
        assert "compression this app does not read" in one_sentence(result)

    def test_a_zip_bomb_entry(self, sample_zip: Path, tmp_path: Path, my_diary: Path) -> None:
        document, files = unpack(sample_zip)
        bomb = b"\0" * (20 * 1024 * 1024)
        _replace_photo(document, files, bomb, ".jpg")
        hostile = tmp_path / "bomb.zip"
        with zipfile.ZipFile(hostile, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("diary.json", json.dumps(document))
            for name, data in files.items():
                archive.writestr(name, data)
        assert hostile.stat().st_size < 1_000_000
        result = run("import", str(hostile), "--replace", "--data-dir", str(my_diary))
        assert "packed suspiciously tightly" in one_sentence(result)

    def test_more_than_the_disk_has_room_for(self, sample_zip: Path, tiny_disk: Path) -> None:
        result = run("import", str(sample_zip), "--data-dir", str(tiny_disk / "diary"))
        assert "only" in one_sentence(result) and "is free there" in result.stderr
        assert not (tiny_disk / "diary" / DB_FILENAME).exists()
        assert not (tiny_disk / "diary" / "photos").exists()
