"""Removing EXIF, GPS and other metadata from exported photo copies.

JPEG and PNG are cleaned without touching the pixels (segments and chunks are dropped), so
cleaning is exact and idempotent: a cleaned file cleaned again stays byte-identical. A JPEG's
orientation survives as a minimal EXIF block holding only that tag, so the photo still shows
upright. Other formats are re-encoded from their pixels (turned upright) as PNG.
"""

from __future__ import annotations

import io
import struct

from PIL import Image, ImageOps

_ORIENTATION = 0x0112
_PNG_METADATA_CHUNKS = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}


def _jpeg_orientation(data: bytes) -> int:
    with Image.open(io.BytesIO(data)) as image:
        value = image.getexif().get(_ORIENTATION, 1)
        return int(value) if isinstance(value, int) and 1 <= value <= 8 else 1


def _minimal_exif(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[_ORIENTATION] = orientation
    tiff = exif.tobytes()  # Pillow gives "Exif\0\0" + TIFF data
    payload = tiff if tiff.startswith(b"Exif\x00\x00") else b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def strip_jpeg(data: bytes) -> bytes:
    """Drop APP1 (EXIF, XMP), APP12–APP15 and comments; keep JFIF, ICC colour and the image."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    orientation = _jpeg_orientation(data)
    out = bytearray(b"\xff\xd8")
    if orientation != 1:
        out += _minimal_exif(orientation)
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ValueError("damaged JPEG")
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            out += data[pos:]
            return bytes(out)
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        segment = data[pos : pos + 2 + length]
        if not (marker == 0xE1 or 0xEC <= marker <= 0xEF or marker == 0xFE):
            out += segment
        pos += 2 + length
    raise ValueError("damaged JPEG")


def strip_png(data: bytes) -> bytes:
    signature = b"\x89PNG\r\n\x1a\n"
    if not data.startswith(signature):
        raise ValueError("not a PNG")
    out = bytearray(signature)
    pos = len(signature)
    while pos < len(data):
        length = struct.unpack(">I", data[pos : pos + 4])[0]
        kind = data[pos + 4 : pos + 8]
        chunk = data[pos : pos + 12 + length]
        if kind not in _PNG_METADATA_CHUNKS:
            out += chunk
        pos += 12 + length
        if kind == b"IEND":
            break
    return bytes(out)


def strip_metadata(data: bytes, ext: str) -> tuple[bytes, str]:
    """The cleaned file and its extension (which changes only when re-encoded as PNG)."""
    if ext == ".jpg":
        return strip_jpeg(data), ext
    if ext == ".png":
        return strip_png(data), ext
    with Image.open(io.BytesIO(data)) as image:
        upright = ImageOps.exif_transpose(image)
        buffer = io.BytesIO()
        upright.save(buffer, "PNG")
    return buffer.getvalue(), ".png"
