"""Photos stored by content: `photos/<first two hex>/<sha256><ext>` inside the diary folder.

A file only ever appears under its final name complete and on disk (temp file, fsync, rename,
fsync of the folder), so a crash leaves either the whole photo or nothing. Stored files are
never changed; the same content is stored once.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from scar_diary.storage.files import write_atomically
from scar_diary.storage.sealed_format import is_encrypted

if TYPE_CHECKING:
    from scar_diary.storage.crypto import Cipher

PHOTOS_DIRNAME = "photos"


class DamagedPhoto(Exception):
    """A stored photo cannot be read as itself: missing, not decrypting with this diary's
    key (damaged, plain, from another diary) or not matching the hash that names it.
    `str()` says which file and why; callers name the photo in a sentence."""

    def __init__(self, relative: str, reason: str) -> None:
        super().__init__(f"{relative}: {reason}")
        self.relative = relative
        self.reason = reason


def seal_photo(cipher: Cipher, data: bytes, sha256: str) -> bytes:
    from scar_diary.storage.crypto import identity

    return cipher.encrypt(data, identity("photo", sha256))


def open_photo(cipher: Cipher, blob: bytes, sha256: str) -> bytes:
    """A photo's plain bytes: bound to its identity, or written before that (purpose only)."""
    from scar_diary.storage.crypto import DecryptionFailed, identity

    try:
        return cipher.decrypt(blob, identity("photo", sha256))
    except DecryptionFailed:
        return cipher.decrypt(blob, "photo")


def name_hash(path: Path | PurePosixPath) -> str:
    """The SHA-256 a stored photo's file name carries."""
    return path.name.split(".", 1)[0]


_STORED_NAME = re.compile(r"[0-9a-f]{64}(\.[A-Za-z0-9]{1,8})?")


def is_stored_photo(path: Path) -> bool:
    """Whether a file has a stored photo's name (`<sha256><ext>` in its two-letter folder).
    Anything else in the store is not the diary's (a `.DS_Store`, an interrupted write's
    `.partial-` file) and never makes a conversion, export or backup fail."""
    return bool(_STORED_NAME.fullmatch(path.name)) and path.parent.name == path.name[:2]


def has_encrypted_photos(data_dir: Path) -> bool:
    """Whether the diary's photo store holds an encrypted photo (a quick look at the first
    one): a diary folder that was protected, even when its key file is gone."""
    store = data_dir / PHOTOS_DIRNAME
    if not store.is_dir():
        return False
    for path in store.rglob("*"):
        if path.is_file() and is_stored_photo(path):
            with path.open("rb") as handle:
                return is_encrypted(handle.read(16))
    return False


def relative_path(sha256: str, ext: str) -> str:
    return str(PurePosixPath(PHOTOS_DIRNAME) / sha256[:2] / f"{sha256}{ext}")


class PhotoStore:
    """`cipher`: a protected diary's key. Its files are then stored encrypted, and `read`
    gives the plain bytes, in memory only; names stay the hashes of the plain content."""

    def __init__(self, data_dir: Path, cipher: Cipher | None = None) -> None:
        self.data_dir = data_dir
        self.cipher = cipher

    def path(self, relative: str) -> Path:
        """The file for a stored relative path; refuses anything that leaves the store."""
        pure = PurePosixPath(relative)
        if pure.is_absolute() or ".." in pure.parts or pure.parts[:1] != (PHOTOS_DIRNAME,):
            raise ValueError(f"not a photo-store path: {relative!r}")
        return self.data_dir.joinpath(*pure.parts)

    def put(self, data: bytes, sha256: str, ext: str) -> str:
        relative = relative_path(sha256, ext)
        target = self.path(relative)
        if not (target.is_file() and target.stat().st_size):  # complete once it has its name
            stored = seal_photo(self.cipher, data, sha256) if self.cipher else data
            write_atomically(target, stored)
        return relative

    def read(self, relative: str) -> bytes:
        """The photo's plain bytes, checked against the hash that names it: a damaged file,
        or another photo's copied over it, is refused (DamagedPhoto), never shown as this."""
        from scar_diary.storage.crypto import DecryptionFailed

        path = self.path(relative)
        expected = name_hash(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise DamagedPhoto(relative, "the file is missing") from None
        except OSError as exc:
            raise DamagedPhoto(relative, exc.strerror or "it cannot be read") from exc
        if self.cipher is not None:
            try:
                data = open_photo(self.cipher, data, expected)
            except DecryptionFailed:
                raise DamagedPhoto(relative, "it does not decrypt with this diary's key") from None
        if hashlib.sha256(data).hexdigest() != expected:
            raise DamagedPhoto(relative, "its content does not match its name")
        return data

    def remove(self, relative: str) -> None:
        self.path(relative).unlink(missing_ok=True)
