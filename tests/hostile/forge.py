"""Hostile inputs made in the test: phone photos that hide a second image or their place,
metadata in every corner of a JPEG and a PNG, archives that lie, and the scanner that looks
for what must never leave the diary."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from PIL import Image

GPS_IFD = 0x8825
EXIF_IFD = 0x8769
SECRET = b"SECRET-METADATA-52.3702N-4.8952E"  # text planted in every piece of metadata


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _exif_with_gps() -> bytes:
    exif = Image.Exif()
    exif[GPS_IFD] = {1: "N", 2: (52.0, 22.0, 12.72), 3: "E", 4: (4.0, 53.0, 42.72)}
    exif[EXIF_IFD] = {36867: "2026:01:01 10:00:00"}
    exif[0x010E] = SECRET.decode()  # ImageDescription
    return exif.tobytes()


def jpeg(size: tuple[int, int] = (64, 48), *, progressive: bool = False, **extra: Any) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 150, 130)).save(
        buffer, "JPEG", quality=90, progressive=progressive, **extra
    )
    return buffer.getvalue()


def phone_jpeg() -> bytes:
    """A phone photo: EXIF with GPS, XMP, a comment, a C2PA/JUMBF box (APP11), an MPF index
    (APP2) — and a second JPEG with its own EXIF and GPS appended after the first's end, as
    multi-picture and motion photos do."""
    main = jpeg(exif=_exif_with_gps())
    xmp = _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>" + SECRET + b"</x:xmpmeta>")
    comment = _segment(0xFE, SECRET)
    jumbf = _segment(0xEB, b"JP\x00\x01\x00\x00\x00\x01jumb" + b"c2pa" + SECRET)
    mpf = _segment(0xE2, b"MPF\x00" + SECRET)
    second = jpeg((32, 24), exif=_exif_with_gps())
    return main[:2] + xmp + comment + jumbf + mpf + main[2:] + second


def progressive_with_hidden_segments() -> bytes:
    """A progressive JPEG with a comment and an APP segment between its scans."""
    data = jpeg((96, 64), progressive=True)
    first_scan = data.index(b"\xff\xda")
    second_marker = data.index(b"\xff\xc4", first_scan + 2)  # tables before the next scan
    hidden = _segment(0xFE, SECRET) + _segment(0xE5, SECRET)
    return data[:second_marker] + hidden + data[second_marker:]


def _chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def phone_png() -> bytes:
    """A PNG with text, XMP, EXIF, a time stamp, a C2PA chunk, and bytes after its end."""
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 150, 130)).save(buffer, "PNG")
    data = buffer.getvalue()
    end = data.index(b"IEND") - 4
    extra = (
        _chunk(b"tEXt", b"Comment\x00" + SECRET)
        + _chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + SECRET)
        + _chunk(b"zTXt", b"Author\x00\x00" + zlib.compress(SECRET))
        + _chunk(b"eXIf", _exif_with_gps().removeprefix(b"Exif\x00\x00"))
        + _chunk(b"tIME", b"\x07\xea\x01\x01\x0a\x00\x00")
        + _chunk(b"caBX", b"jumb" + SECRET)
    )
    return data[:end] + extra + data[end:] + b"TRAILING" + SECRET


def stray_marker_jpeg() -> bytes:
    """A photo with EXIF and GPS whose image data holds a stray marker (a stuffed 0xFF00
    turned into 0xFF01), as some phones and editors write: decoders carry on, a strict
    segment reader cannot."""
    buffer = io.BytesIO()
    Image.effect_noise((256, 192), 40).convert("RGB").save(
        buffer, "JPEG", quality=90, exif=_exif_with_gps()
    )
    data = bytearray(buffer.getvalue())
    stuffed = data.rfind(b"\xff\x00", 0, len(data) - 10)
    data[stuffed + 1] = 0x01
    return bytes(data)


def metadata_found(data: bytes) -> list[str]:
    """What of the forbidden kinds is in a file: EXIF, GPS, XMP, C2PA/JUMBF, comments, a
    second image, or the planted text."""
    found = []
    checks = {
        "EXIF": b"Exif\x00",
        "XMP": b"http://ns.adobe.com/xap",
        "XMP packet": b"x:xmpmeta",
        "JUMBF": b"jumb",
        "C2PA": b"c2pa",
        "MPF": b"MPF\x00",
        "planted text": SECRET,
        "PNG text": b"tEXt",
        "PNG international text": b"iTXt",
        "PNG compressed text": b"zTXt",
        "PNG EXIF": b"eXIf",
        "PNG time": b"tIME",
    }
    for name, needle in checks.items():
        if needle in data:
            found.append(name)
    if data.startswith(b"\xff\xd8"):
        if data.count(b"\xff\xd8\xff") > 1:
            found.append("a second JPEG")
        if b"\xff\xfe" in data:
            found.append("JPEG comment")
        if not data.endswith(b"\xff\xd9"):
            found.append("bytes after the image")
    if data.startswith(b"\x89PNG") and not data.endswith(b"IEND\xaeB`\x82"):
        found.append("bytes after the PNG")
    return found


def pack(
    path: Path, document: Any, files: dict[str, bytes], *, raw_json: bytes | None = None
) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("diary.json", raw_json if raw_json is not None else json.dumps(document))
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def unpack(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read("diary.json"))
        files = {n: archive.read(n) for n in archive.namelist() if n != "diary.json"}
    return document, files
