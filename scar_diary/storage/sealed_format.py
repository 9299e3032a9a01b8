"""What an encrypted file of the diary looks like from outside (see crypto.py): how it
begins and the identity it is bound to. Known without loading the cryptography library,
so a look at a diary folder, or a plain diary's thumbnails, before the window paints stays
cheap."""

from __future__ import annotations

MAGIC = b"SDENC\x01\x00\x00"
FILE_FORMAT = 2  # the associated data names the file's identity (format 1: its purpose only)


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def identity(purpose: str, sha256: str) -> str:
    """The associated data of a photo's (or thumbnail's) file: what it is, of which photo."""
    return f"{purpose}/v{FILE_FORMAT}/{sha256}"
