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


def seal_photo(cipher: Cipher, data: bytes, name: str) -> bytes:
    """A photo's file in a protected diary, bound to the name it is stored under (as the
    format before keyed names bound it, for a key that names files by their SHA-256)."""
    from scar_diary.storage.crypto import identity

    return cipher.encrypt(data, identity("photo", name, version=3 if cipher.keyed_names else 2))


def open_photo(cipher: Cipher, blob: bytes, name: str) -> bytes:
    """A photo's plain bytes from its file, bound to its name; for a diary protected before
    names were keyed, bound to the SHA-256 naming it, or (older still) to its purpose only."""
    from scar_diary.storage.crypto import DecryptionFailed, identity

    if cipher.keyed_names:
        return cipher.decrypt(blob, identity("photo", name))
    try:
        return cipher.decrypt(blob, identity("photo", name, version=2))
    except DecryptionFailed:
        return cipher.decrypt(blob, "photo")


def stored_name(path: Path | PurePosixPath) -> str:
    """A stored photo's name without its extension: its SHA-256, or in a protected diary the
    keyed HMAC of it."""
    return path.name.split(".", 1)[0]


_STORED_NAME = re.compile(r"[0-9a-f]{64}(\.[A-Za-z0-9]{1,8})?")


def is_stored_photo(path: Path) -> bool:
    """Whether a file has a stored photo's name (`<64 hex><ext>` in its two-letter folder).
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


def relative_path(name: str, ext: str) -> str:
    return str(PurePosixPath(PHOTOS_DIRNAME) / name[:2] / f"{name}{ext}")


class PhotoStore:
    """`cipher`: a protected diary's key. Its files are then stored encrypted, and `read`
    gives the plain bytes, in memory only; names are then keyed hashes of the plain
    content (`Cipher.file_name`), otherwise its SHA-256."""

    def __init__(self, data_dir: Path, cipher: Cipher | None = None) -> None:
        self.data_dir = data_dir
        self.cipher = cipher

    def path(self, relative: str) -> Path:
        """The file for a stored relative path; refuses anything that leaves the store."""
        pure = PurePosixPath(relative)
        if pure.is_absolute() or ".." in pure.parts or pure.parts[:1] != (PHOTOS_DIRNAME,):
            raise ValueError(f"not a photo-store path: {relative!r}")
        return self.data_dir.joinpath(*pure.parts)

    def name_for(self, sha256: str) -> str:
        return self.cipher.file_name(sha256) if self.cipher else sha256

    def relative_for(self, sha256: str, ext: str) -> str:
        """Where the photo with this SHA-256 is (or would be) stored."""
        return relative_path(self.name_for(sha256), ext)

    def put(self, data: bytes, sha256: str, ext: str) -> str:
        relative = self.relative_for(sha256, ext)
        target = self.path(relative)
        if not (target.is_file() and target.stat().st_size):  # complete once it has its name
            name = stored_name(target)
            stored = seal_photo(self.cipher, data, name) if self.cipher else data
            write_atomically(target, stored)
        return relative

    def read(self, relative: str) -> bytes:
        """The photo's plain bytes, checked against the name it is stored under: a damaged
        file, or another photo's copied over it, is refused (DamagedPhoto), never shown as
        this one."""
        from scar_diary.storage.crypto import DecryptionFailed

        path = self.path(relative)
        name = stored_name(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise DamagedPhoto(relative, "the file is missing") from None
        except OSError as exc:
            raise DamagedPhoto(relative, exc.strerror or "it cannot be read") from exc
        if self.cipher is not None:
            try:
                data = open_photo(self.cipher, data, name)
            except DecryptionFailed:
                raise DamagedPhoto(relative, "it does not decrypt with this diary's key") from None
        if self.name_for(hashlib.sha256(data).hexdigest()) != name:
            raise DamagedPhoto(relative, "its content does not match its name")
        return data

    def remove(self, relative: str) -> None:
        self.path(relative).unlink(missing_ok=True)
