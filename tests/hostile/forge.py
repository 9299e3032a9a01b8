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


def icc_with_words() -> bytes:
    """A real sRGB profile (made by LittleCMS) whose description, copyright, device
    descriptions and a private tag carry the planted text, as editors and phones write."""
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    (count,) = struct.unpack(">I", srgb[128:132])
    tags = []
    for index in range(count):
        start = 132 + 12 * index
        signature = srgb[start : start + 4]
        offset, size = struct.unpack(">II", srgb[start + 4 : start + 12])
        if signature not in (b"desc", b"cprt"):
            tags.append((signature, srgb[offset : offset + size]))
    utf16 = SECRET.decode().encode("utf-16-be")
    words = b"mluc" + bytes(4) + struct.pack(">II", 1, 12) + b"enUS"
    words += struct.pack(">II", len(utf16), 28) + utf16
    for signature in (b"desc", b"cprt", b"dmnd", b"dmdd"):
        tags.append((signature, words))
    tags.append((b"priv", b"text" + bytes(4) + SECRET + b"\x00"))
    table, body = bytearray(struct.pack(">I", len(tags))), bytearray()
    start = 128 + 4 + 12 * len(tags)
    for signature, content in tags:
        table += signature + struct.pack(">II", start + len(body), len(content))
        body += content + bytes(-len(content) % 4)
    header = bytearray(srgb[:128])
    header[0:4] = struct.pack(">I", 128 + len(table) + len(body))
    header[48:52] = b"SECR"  # device manufacturer
    return bytes(header + table + body)


def _jfif_with_thumbnail() -> bytes:
    """APP0 JFIF with an embedded 2×2 RGB thumbnail (its pixels planted text)."""
    thumb = (SECRET * 1)[:12]
    return _segment(0xE0, b"JFIF\x00\x01\x02\x00\x00\x01\x00\x01\x02\x02" + thumb)


def _jfxx_with_exif() -> bytes:
    """APP0 JFXX: a JPEG thumbnail (code 0x10) that carries its own EXIF with GPS."""
    small = jpeg((16, 12), exif=_exif_with_gps())
    return _segment(0xE0, b"JFXX\x00\x10" + small)


def every_hiding_place_jpeg() -> bytes:
    """A JPEG with metadata in every place a JPEG can hold it: a JFIF thumbnail, a JFXX
    thumbnail with EXIF and GPS, EXIF (with its own thumbnail), XMP, extended XMP, IPTC
    (Photoshop APP13), MPF, an ICC profile with words, a comment, C2PA, and a second image."""
    exif = Image.Exif()
    exif[GPS_IFD] = {1: "N", 2: (52.0, 22.0, 12.72)}
    exif[0x010E] = SECRET.decode()
    base = jpeg((64, 48), exif=exif.tobytes(), icc_profile=icc_with_words())
    hidden = (
        _jfif_with_thumbnail()
        + _jfxx_with_exif()
        + _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>" + SECRET)
        + _segment(0xE1, b"http://ns.adobe.com/xmp/extension/\x00" + SECRET)
        + _segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00" + SECRET)
        + _segment(0xE2, b"MPF\x00" + SECRET)
        + _segment(0xFE, SECRET)
        + _segment(0xEB, b"JP\x00\x01jumbc2pa" + SECRET)
    )
    return base[:2] + hidden + base[2:] + jpeg((20, 10))


def every_hiding_place_png() -> bytes:
    """A PNG with text in every chunk that can hold it, an ICC profile with words and a
    personal profile name, EXIF, and bytes after its end."""
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 150, 130)).save(buffer, "PNG", icc_profile=icc_with_words())
    data = buffer.getvalue()
    start = data.index(b"iCCP") - 4
    (length,) = struct.unpack(">I", data[start : start + 4])
    payload = data[start + 8 : start + 8 + length]
    renamed = _chunk(b"iCCP", SECRET[:60] + payload[payload.index(b"\x00") :])
    data = data[:start] + renamed + data[start + 12 + length :]
    end = data.index(b"IEND") - 4
    extra = (
        _chunk(b"tEXt", b"Comment\x00" + SECRET)
        + _chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + SECRET)
        + _chunk(b"zTXt", b"Author\x00\x00" + zlib.compress(SECRET))
        + _chunk(b"eXIf", _exif_with_gps().removeprefix(b"Exif\x00\x00"))
    )
    return data[:end] + extra + data[end:] + SECRET


def every_hiding_place(format_name: str) -> bytes:
    """A WebP or HEIC with EXIF (GPS and planted text), XMP and an ICC profile with words."""
    buffer = io.BytesIO()
    xmp = b"<x:xmpmeta>" + SECRET + b"</x:xmpmeta>"
    Image.new("RGB", (40, 30), (200, 150, 130)).save(
        buffer, format_name, exif=_exif_with_gps(), xmp=xmp, icc_profile=icc_with_words()
    )
    return buffer.getvalue()


def secrets_found(data: bytes) -> list[str]:
    """The planted text in any encoding a container stores it in, GPS, or a second image."""
    found = metadata_found(data)
    for name, needle in (
        ("planted text (UTF-16)", SECRET.decode().encode("utf-16-be")),
        ("planted text (compressed)", zlib.compress(SECRET)[2:12]),
        ("JFXX thumbnail", b"JFXX"),
        ("IPTC", b"8BIM"),
        ("device manufacturer", b"SECR"),
    ):
        if needle in data:
            found.append(name)
    if data.startswith(b"\x89PNG"):
        for chunk in _png_chunks(data):
            if chunk[0] == b"iCCP":
                profile_name = chunk[1].split(b"\x00", 1)[0]
                if profile_name != b"ICC profile":
                    found.append("PNG profile name")
                profile = zlib.decompress(chunk[1][len(profile_name) + 2 :])
                found += [f"in the ICC profile: {f}" for f in secrets_found(profile)]
    if data.startswith(b"\xff\xd8"):
        app0 = [i for i in range(len(data) - 4) if data[i : i + 2] == b"\xff\xe0"]
        for index in app0:
            (length,) = struct.unpack(">H", data[index + 2 : index + 4])
            if length != 16:
                found.append("a JFIF thumbnail")
    return found


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    chunks, pos = [], 8
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        chunks.append((data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return chunks


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
