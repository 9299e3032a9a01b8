"""Photos stored by content: `photos/<first two hex>/<sha256><ext>` inside the diary folder.

A file only ever appears under its final name complete and on disk (temp file, fsync, rename,
fsync of the folder), so a crash leaves either the whole photo or nothing. Stored files are
never changed; the same content is stored once.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from scar_diary.storage.files import write_atomically

PHOTOS_DIRNAME = "photos"


def relative_path(sha256: str, ext: str) -> str:
    return str(PurePosixPath(PHOTOS_DIRNAME) / sha256[:2] / f"{sha256}{ext}")


class PhotoStore:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def path(self, relative: str) -> Path:
        """The file for a stored relative path; refuses anything that leaves the store."""
        pure = PurePosixPath(relative)
        if pure.is_absolute() or ".." in pure.parts or pure.parts[:1] != (PHOTOS_DIRNAME,):
            raise ValueError(f"not a photo-store path: {relative!r}")
        return self.data_dir.joinpath(*pure.parts)

    def put(self, data: bytes, sha256: str, ext: str) -> str:
        relative = relative_path(sha256, ext)
        target = self.path(relative)
        if not (target.is_file() and target.stat().st_size == len(data)):
            write_atomically(target, data)
        return relative

    def remove(self, relative: str) -> None:
        self.path(relative).unlink(missing_ok=True)
