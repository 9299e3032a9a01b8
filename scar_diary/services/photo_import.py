"""Reading a photo file for the diary: checks, EXIF date and orientation, storing, thumbnail.

Everything here is safe to run on a worker thread: it touches files, never the database or Qt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from scar_diary.services.image_checks import MAX_FILE_BYTES, ImageRefused, decode
from scar_diary.services.thumbnails import THUMB_SIZE, save_thumbnail
from scar_diary.storage.photo_store import PhotoStore

translate = QCoreApplication.translate  # a plain name lupdate recognises

FILE_DIALOG_PATTERNS = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.heif"


@dataclass(frozen=True)
class PreparedPhoto:
    sha256: str
    relative_path: str
    width: int
    height: int
    taken_at: dt.datetime
    original_name: str


@dataclass(frozen=True)
class Rejected:
    name: str
    reason: str


def prepare_photo(store: PhotoStore, source: Path, thumbs_dir: Path) -> PreparedPhoto | Rejected:
    """Check, hash, thumbnail and store one file (encrypted, for a protected diary)."""
    name = source.name
    try:
        size = source.stat().st_size
        if not source.is_file():
            return Rejected(name, translate("PhotoImport", "not a file"))
        if size > MAX_FILE_BYTES:
            return Rejected(name, translate("PhotoImport", "the file is larger than 200 MB"))
        data = source.read_bytes()
        modified = source.stat().st_mtime
    except OSError as exc:
        return Rejected(
            name,
            translate("PhotoImport", "cannot be read: {error}").format(error=exc.strerror or exc),
        )
    return prepare_bytes(store, data, name, modified, thumbs_dir)


def prepare_bytes(
    store: PhotoStore, data: bytes, name: str, modified: float, thumbs_dir: Path
) -> PreparedPhoto | Rejected:
    """`prepare_photo` for a photo in memory (one received from the phone): nothing of it is
    written anywhere but the diary's photo store (sealed, for a protected diary). `modified`
    (a POSIX time) dates it when its EXIF has no date."""
    if len(data) > MAX_FILE_BYTES:
        return Rejected(name, translate("PhotoImport", "the file is larger than 200 MB"))
    try:
        checked, preview = decode(data, THUMB_SIZE)
        sha = hashlib.sha256(data).hexdigest()
        assert preview is not None
        save_thumbnail(preview, thumbs_dir, sha, store.cipher)
    except ImageRefused as exc:
        return Rejected(name, str(exc))
    except OSError as exc:
        return Rejected(
            name,
            translate("PhotoImport", "cannot be saved in the diary: {error}").format(
                error=exc.strerror or exc
            ),
        )
    taken_at = checked.taken_at or dt.datetime.fromtimestamp(modified, dt.UTC)
    try:
        relative = store.put(data, sha, checked.ext)
    except OSError as exc:
        return Rejected(
            name,
            translate("PhotoImport", "cannot be saved in the diary: {error}").format(
                error=exc.strerror or exc
            ),
        )
    return PreparedPhoto(sha, relative, checked.width, checked.height, taken_at, name)
