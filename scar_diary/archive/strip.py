"""Removing metadata from exported photo copies, by keeping only what is known to be safe.

- JPEG: the first image only (nothing after its end-of-image marker, where phones append a
  second JPEG with its own EXIF and GPS), and of the marker segments only those that make up
  the picture: quantisation and Huffman tables, frame and scan headers, restart intervals,
  plus a bare JFIF header (APP0 rewritten without its thumbnail) and the ICC colour profile
  (APP2) with its words taken out (archive/icc.py). No EXIF, XMP, MPF, IPTC, JFXX extension
  (a thumbnail that can carry its own EXIF), C2PA/JUMBF, comments or any other APPn, also not
  between the scans of a progressive JPEG. The pixels stay untouched. A photo that needs its EXIF orientation to show upright, or an Adobe colour
  transform to show its colours, is re-encoded from its pixels instead.
- PNG: the chunks needed to show the image (header, palette, transparency, colour space,
  image data), the ICC profile renamed and with its words taken out, and nothing after the
  end chunk.
- Other formats are re-encoded from their pixels, upright, as PNG.

Cleaning is idempotent: a cleaned file cleaned again stays byte-identical.
"""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

from scar_diary.archive.icc import IccError, neutral_profile
from scar_diary.services.image_checks import ImageRefused, open_image, pillow_rules, upright

_ORIENTATION = 0x0112
_SOI, _EOI, _SOS = 0xD8, 0xD9, 0xDA
# Structural JPEG markers: frames (SOF0–SOF15 without DHT C4, JPG C8 and DAC CC), tables.
_FRAME = {m for m in range(0xC0, 0xD0) if m not in (0xC4, 0xC8, 0xCC)}
_KEEP = _FRAME | {0xC4, 0xCC, 0xDB, 0xDD, 0xDC}  # DHT, DAC, DQT, DRI, DNL
_JFIF = (0xE0, (b"JFIF\x00",))
_ICC = (0xE2, (b"ICC_PROFILE\x00",))
_ICC_CHUNK = 65519 - 14  # profile bytes per APP2 segment (after its name and numbering)
_MAX_ICC = 4 * 1024 * 1024
_PNG_ICC_NAME = b"ICC profile"
_ADOBE = (0xEE, (b"Adobe",))
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_KEEP = {
    b"IHDR",
    b"PLTE",
    b"tRNS",
    b"gAMA",
    b"cHRM",
    b"sRGB",
    b"iCCP",
    b"sBIT",
    b"IDAT",
    b"IEND",
}


class MetadataError(ValueError):
    """The file is not a well-formed image of its kind; it cannot be cleaned safely."""


def _is(marker: int, payload: bytes, kind: tuple[int, tuple[bytes, ...]]) -> bool:
    return marker == kind[0] and payload.startswith(kind[1])


def _scan_end(data: bytes, pos: int) -> int:
    """The position of the first marker after entropy-coded scan data starting at `pos`
    (0xFF 0x00 is a stuffed byte, 0xFF 0xD0–0xD7 a restart marker: both belong to the scan)."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            raise MetadataError("the JPEG ends inside its image data")
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            pos += 1
            continue
        return pos


def _jpeg_segments(data: bytes) -> list[tuple[int, bytes]]:
    """(marker, whole segment bytes) of the first image, scans with their data."""
    if not data.startswith(b"\xff\xd8"):
        raise MetadataError("not a JPEG")
    segments: list[tuple[int, bytes]] = []
    pos = 2
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            raise MetadataError("damaged JPEG")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        if marker == _EOI:
            return segments
        if pos + 4 > len(data):
            break
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise MetadataError("damaged JPEG")
        if marker == _SOS:
            end = _scan_end(data, end)
        segments.append((marker, data[pos:end]))
        pos = end
    raise MetadataError("the JPEG has no end-of-image marker")


def _jpeg_orientation(data: bytes) -> int:
    """From the EXIF alone: the pixels are not decoded."""
    try:
        with pillow_rules(), Image.open(io.BytesIO(data)) as image:
            value = image.getexif().get(_ORIENTATION, 1)
    except (ValueError, TypeError, KeyError, SyntaxError, OSError):
        return 1  # unreadable EXIF: nothing to keep upright by
    return int(value) if isinstance(value, int) and 1 <= value <= 8 else 1


def _reencode_jpeg(data: bytes) -> bytes:
    with open_image(data) as image:
        icc = image.info.get("icc_profile")
        shown = upright(image).convert("RGB")
    options: dict[str, object] = {"quality": 95}
    if icc:
        options["icc_profile"] = icc
    buffer = io.BytesIO()
    shown.save(buffer, "JPEG", **options)
    return strip_jpeg(buffer.getvalue())


def strip_jpeg(data: bytes) -> bytes:
    try:
        segments = _jpeg_segments(data)
    except MetadataError:
        # Phones and editors write JPEGs that bend the format (a stray marker inside the
        # image data) and still decode: clean those by re-encoding the pixels. A file no
        # decoder can read stays refused.
        try:
            return _reencode_jpeg(data)
        except ImageRefused:
            raise MetadataError("damaged JPEG") from None
    needs_pixels = any(_is(m, s[4:], _ADOBE) for m, s in segments)
    if needs_pixels or _jpeg_orientation(data) != 1:
        return _reencode_jpeg(data)
    out = bytearray(b"\xff\xd8")
    jfif = next((s[4:] for m, s in segments if _is(m, s[4:], _JFIF)), None)
    if jfif is not None and len(jfif) >= 12:
        # version, units and densities; no thumbnail (its width and height 0)
        out += _segment(0xE0, b"JFIF\x00" + jfif[5:12] + b"\x00\x00")
    profile = _icc_of(segments)
    for marker, segment in segments:
        if marker in _KEEP or marker == _SOS:
            if profile is not None and marker in _FRAME:
                out += _icc_segments(profile)  # before the frame, as encoders place it
                profile = None
            out += segment
    out += b"\xff\xd9"
    return bytes(out)


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def _icc_of(segments: list[tuple[int, bytes]]) -> bytes | None:
    """The JPEG's ICC profile (its APP2 pieces in order), without its words; None when it
    has none or it cannot be read (then it is dropped: colour falls back to sRGB)."""
    pieces = sorted(
        (s[4 + 12], s[4 + 14 :]) for m, s in segments if _is(m, s[4:], _ICC) and len(s) > 18
    )
    if not pieces:
        return None
    try:
        return neutral_profile(b"".join(piece for _, piece in pieces))
    except IccError:
        return None


def _icc_segments(profile: bytes) -> bytes:
    parts = [profile[i : i + _ICC_CHUNK] for i in range(0, len(profile), _ICC_CHUNK)]
    return b"".join(
        _segment(0xE2, b"ICC_PROFILE\x00" + bytes((n, len(parts))) + part)
        for n, part in enumerate(parts, start=1)
    )


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def _png_icc(payload: bytes) -> bytes | None:
    """An iCCP chunk renamed, its profile without words; None when it cannot be read."""
    name_end = payload.find(b"\x00")
    if name_end < 0 or name_end + 2 > len(payload) or payload[name_end + 1] != 0:
        return None
    try:
        inflater = zlib.decompressobj()
        profile = inflater.decompress(payload[name_end + 2 :], _MAX_ICC)
        if inflater.unconsumed_tail:
            return None  # larger than any real profile: dropped
        cleaned = neutral_profile(profile)
    except (zlib.error, IccError):
        return None
    return _png_chunk(b"iCCP", _PNG_ICC_NAME + b"\x00\x00" + zlib.compress(cleaned, 9))


def strip_png(data: bytes) -> bytes:
    if not data.startswith(_PNG_SIGNATURE):
        raise MetadataError("not a PNG")
    out = bytearray(_PNG_SIGNATURE)
    pos = len(_PNG_SIGNATURE)
    while pos + 12 <= len(data):
        length = struct.unpack(">I", data[pos : pos + 4])[0]
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise MetadataError("damaged PNG")
        if kind == b"iCCP":
            out += _png_icc(data[pos + 8 : end - 4]) or b""
        elif kind in _PNG_KEEP:
            out += data[pos:end]
        if kind == b"IEND":
            return bytes(out)
        pos = end
    raise MetadataError("the PNG has no end chunk")


def strip_metadata(data: bytes, ext: str) -> tuple[bytes, str]:
    """The cleaned file and its extension (which changes only when re-encoded as PNG)."""
    if ext == ".jpg":
        return strip_jpeg(data), ext
    if ext == ".png":
        return strip_png(data), ext
    with open_image(data) as image:
        shown = upright(image)
        buffer = io.BytesIO()
        shown.save(buffer, "PNG")
    return strip_png(buffer.getvalue()), ".png"
