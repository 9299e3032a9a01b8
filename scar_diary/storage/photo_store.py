"""Photos stored by content: `photos/<first two hex>/<sha256><ext>` inside the diary folder.

A file only ever appears under its final name complete and on disk (temp file, fsync, rename,
fsync of the folder), so a crash leaves either the whole photo or nothing. Stored files are
never changed; the same content is stored once.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from scar_diary.storage.files import write_atomically

if TYPE_CHECKING:
    from scar_diary.storage.crypto import Cipher

PHOTOS_DIRNAME = "photos"


_STORED_NAME = re.compile(r"[0-9a-f]{64}(\.[A-Za-z0-9]{1,8})?")


def is_stored_photo(path: Path) -> bool:
    """Whether a file has a stored photo's name (`<sha256><ext>` in its two-letter folder).
    Anything else in the store is not the diary's (a `.DS_Store`, an interrupted write's
    `.partial-` file) and never makes a conversion, export or backup fail."""
    return bool(_STORED_NAME.fullmatch(path.name)) and path.parent.name == path.name[:2]


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
            stored = self.cipher.encrypt(data, "photo") if self.cipher else data
            write_atomically(target, stored)
        return relative

    def read(self, relative: str) -> bytes:
        data = self.path(relative).read_bytes()
        return self.cipher.decrypt(data, "photo") if self.cipher else data

    def remove(self, relative: str) -> None:
        self.path(relative).unlink(missing_ok=True)
