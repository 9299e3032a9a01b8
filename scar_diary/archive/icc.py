"""ICC colour profiles with their colour kept and their words taken out.

A profile is a header, a tag table and tag data. An exported photo keeps only the tags that
define colour (an allow-list); the description and copyright, which phones and editors fill
with device names, owners' names or free text, are replaced by a neutral text; every other
tag (device and viewing-condition descriptions, private tags) is dropped. The header keeps
its colour fields; the device, creator and profile-id fields are cleared (the id is an MD5
of the old content; zero means "not computed"). See ICC.1:2010, sections 7 and 10.
"""

from __future__ import annotations

import struct

NEUTRAL = "Colour profile"
_HEADER = 128
# Tags that define colour: matrices, curves, lookup tables, white and black points,
# chromatic adaptation, colorant data, measurement. Nothing here carries free text.
_COLOUR_TAGS = {
    sig.encode("ascii")
    for sig in [
        "A2B0",
        "A2B1",
        "A2B2",
        "A2B3",
        "A2M0",
        "B2A0",
        "B2A1",
        "B2A2",
        "B2A3",
        "D2B0",
        "D2B1",
        "D2B2",
        "D2B3",
        "B2D0",
        "B2D1",
        "B2D2",
        "B2D3",
        "rXYZ",
        "gXYZ",
        "bXYZ",
        "rTRC",
        "gTRC",
        "bTRC",
        "kTRC",
        "wtpt",
        "bkpt",
        "chad",
        "chrm",
        "clro",
        "clrt",
        "clot",
        "ciis",
        "cicp",
        "gamt",
        "lumi",
        "meas",
        "pre0",
        "pre1",
        "pre2",
        "resp",
        "rig0",
        "rig2",
    ]
}
_TEXT_TAGS = {b"desc", b"cprt"}


class IccError(ValueError):
    """Not an ICC profile this can read; the caller drops it instead."""


def _text_tag(signature: bytes, version: int) -> bytes:
    """A neutral description or copyright in the tag type the profile's version uses."""
    text = NEUTRAL.encode("ascii")
    if version >= 4:  # multiLocalizedUnicodeType, one record (en-US)
        utf16 = NEUTRAL.encode("utf-16-be")
        return (
            b"mluc"
            + bytes(4)
            + struct.pack(">II", 1, 12)
            + b"enUS"
            + struct.pack(">II", len(utf16), 28)
            + utf16
        )
    if signature == b"desc":  # textDescriptionType: ASCII, no Unicode, no ScriptCode text
        return (
            b"desc"
            + bytes(4)
            + struct.pack(">I", len(text) + 1)
            + text
            + b"\x00"
            + bytes(4)
            + struct.pack(">I", 0)
            + bytes(2)
            + bytes(1)
            + bytes(67)
        )
    return b"text" + bytes(4) + text + b"\x00"  # textType


def _padded(data: bytes) -> bytes:
    return data + bytes(-len(data) % 4)


def neutral_profile(profile: bytes) -> bytes:
    """The profile rebuilt from its colour tags, with a neutral description and copyright."""
    if len(profile) < _HEADER + 4 or profile[36:40] != b"acsp":
        raise IccError("not an ICC profile")
    version = profile[8]
    (count,) = struct.unpack(">I", profile[_HEADER : _HEADER + 4])
    if count > 1000 or _HEADER + 4 + 12 * count > len(profile):
        raise IccError("damaged tag table")
    tags: list[tuple[bytes, bytes]] = []
    for index in range(count):
        start = _HEADER + 4 + 12 * index
        signature = profile[start : start + 4]
        offset, size = struct.unpack(">II", profile[start + 4 : start + 12])
        if offset + size > len(profile):
            raise IccError("a tag lies outside the profile")
        if signature in _COLOUR_TAGS:
            tags.append((signature, profile[offset : offset + size]))
    tags += [(signature, _text_tag(signature, version)) for signature in sorted(_TEXT_TAGS)]
    table = bytearray(struct.pack(">I", len(tags)))
    data = bytearray()
    shared: dict[bytes, int] = {}  # the same data stored once, as profiles often do
    data_start = _HEADER + 4 + 12 * len(tags)
    for signature, content in tags:
        if content not in shared:
            shared[content] = data_start + len(data)
            data += _padded(content)
        table += signature + struct.pack(">II", shared[content], len(content))
    header = bytearray(profile[:_HEADER])
    header[0:4] = struct.pack(">I", _HEADER + len(table) + len(data))
    header[4:8] = bytes(4)  # preferred CMM
    header[24:36] = bytes(12)  # when the profile was made
    header[48:56] = bytes(8)  # device manufacturer and model
    header[56:64] = bytes(8)  # device attributes
    header[80:84] = bytes(4)  # creator
    header[84:100] = bytes(16)  # profile id (an MD5 of the old content)
    header[100:128] = bytes(28)  # reserved
    return bytes(header + table + data)
