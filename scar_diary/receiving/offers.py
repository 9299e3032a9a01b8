"""What a phone offers to send (the body of `prepare-upload`), read strictly: only photos of
the kinds the diary imports, with plain file names and sizes within the limits."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from scar_diary.domain.limits import PHOTO_EXTENSIONS

# The MIME types of the photos the diary imports (services/image_checks).
IMAGE_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/webp", "image/tiff", "image/heic", "image/heif"}
)
_UNSAFE_NAME = re.compile(r"[/\\\x00-\x1f\x7f]|^\.\.?$|^\s*$")


class BadOffer(ValueError):
    """The request's body is not what the protocol describes (HTTP 400)."""


@dataclass(frozen=True)
class Sender:
    alias: str
    device_model: str
    device_type: str
    fingerprint: str
    address: str  # the IP address it connected from


@dataclass(frozen=True)
class Offer:
    file_id: str
    name: str
    size: int
    file_type: str
    sha256: str | None
    modified: dt.datetime | None  # the file's time on the phone, when it says


@dataclass(frozen=True)
class Refused:
    name: str
    reason: str  # "type", "size"


def _text(value: Any, limit: int = 200) -> str:
    if not isinstance(value, str):
        raise BadOffer("a text field is missing")
    return value[:limit]


def sender_of(info: Any, address: str) -> Sender:
    if not isinstance(info, dict):
        raise BadOffer("no sender info")
    return Sender(
        _text(info.get("alias")),
        str(info.get("deviceModel") or "")[:100],
        str(info.get("deviceType") or "mobile")[:20],
        str(info.get("fingerprint") or "")[:200],
        address,
    )


def _modified(metadata: Any) -> dt.datetime | None:
    if not isinstance(metadata, dict) or not isinstance(metadata.get("modified"), str):
        return None
    try:
        when = dt.datetime.fromisoformat(metadata["modified"].replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def is_photo(name: str, file_type: str) -> bool:
    dot = name.rfind(".")
    extension = name[dot:].lower() if dot > 0 else ""
    return extension in PHOTO_EXTENSIONS and (
        file_type.lower() in IMAGE_TYPES or file_type in ("image", "")
    )


def read_offers(files: Any, max_file_bytes: int) -> tuple[list[Offer], list[Refused]]:
    """The photos offered, and what is left out (not a photo, too large). A name that is a
    path, or a field of the wrong kind, refuses the whole request: a phone never sends it."""
    if not isinstance(files, dict) or not files or len(files) > 10_000:
        raise BadOffer("no files")
    offers: list[Offer] = []
    refused: list[Refused] = []
    for key, item in files.items():
        if not isinstance(item, dict):
            raise BadOffer("a file entry is not an object")
        file_id, name = _text(item.get("id"), 100), _text(item.get("fileName"), 255)
        size, file_type = item.get("size"), str(item.get("fileType") or "")
        if file_id != key or not file_id:
            raise BadOffer("a file id does not match its key")
        if _UNSAFE_NAME.search(name) or ".." in name:
            raise BadOffer("a file name is a path")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise BadOffer("a file size is not a number")
        sha = item.get("sha256")
        sha256 = (
            sha.lower() if isinstance(sha, str) and re.fullmatch(r"[0-9a-fA-F]{64}", sha) else None
        )
        if not is_photo(name, file_type):
            refused.append(Refused(name, "type"))
        elif size == 0 or size > max_file_bytes:
            refused.append(Refused(name, "size"))
        else:
            offers.append(
                Offer(file_id, name, size, file_type, sha256, _modified(item.get("metadata")))
            )
    return offers, refused


def looks_like_photo(data: bytes) -> bool:
    """The first bytes of a JPEG, PNG, WebP, TIFF or HEIF file (the full check is the
    import's decoding; this keeps anything else out of memory's next steps)."""
    head = data[:16]
    return (
        head.startswith(b"\xff\xd8\xff")
        or head.startswith(b"\x89PNG\r\n\x1a\n")
        or (head.startswith(b"RIFF") and head[8:12] == b"WEBP")
        or head.startswith((b"II*\x00", b"MM\x00*"))
        or (
            head[4:8] == b"ftyp"
            and head[8:12] in {b"heic", b"heix", b"mif1", b"msf1", b"hevc", b"heif"}
        )
    )
