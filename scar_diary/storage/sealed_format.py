"""What an encrypted file of the diary looks like from outside (see crypto.py): how it
begins and the identity it is bound to. Known without loading the cryptography library,
so a look at a diary folder, or a plain diary's thumbnails, before the window paints stays
cheap."""

from __future__ import annotations

MAGIC = b"SDENC\x01\x00\x00"
# 3: a protected diary's photo is bound to its stored name (a keyed HMAC of its SHA-256) and a
# thumbnail to its photo's SHA-256; 2: a photo to the SHA-256 that named it; 1: purpose only
FILE_FORMAT = 3


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def identity(purpose: str, of: str, version: int = FILE_FORMAT) -> str:
    """The associated data of a photo's (or thumbnail's) file: what it is, of which photo."""
    return f"{purpose}/v{version}/{of}"
