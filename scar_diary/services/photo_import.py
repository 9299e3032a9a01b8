"""Reading a photo file for the diary: checks, EXIF date and orientation, storing, thumbnail.

Everything here is safe to run on a worker thread: it touches files, never the database or Qt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError
from PySide6.QtCore import QCoreApplication

from scar_diary.services.thumbnails import save_thumbnail
from scar_diary.storage.photo_store import PhotoStore

pillow_heif.register_heif_opener()

# Pillow format name → the extension the stored copy gets.
SUPPORTED_FORMATS = {
    "JPEG": ".jpg",
    "PNG": ".png",
    "WEBP": ".webp",
    "TIFF": ".tif",
    "HEIF": ".heic",
}
FILE_DIALOG_PATTERNS = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.heif"
MAX_FILE_BYTES = 200 * 1024 * 1024

_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 36867
_OFFSET_TIME_ORIGINAL = 36881
_ORIENTATION = 0x0112


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


def _t(text: str) -> str:
    return QCoreApplication.translate("PhotoImport", text)


def exif_taken_at(image: Image.Image) -> dt.datetime | None:
    """DateTimeOriginal, with its offset when the camera wrote one, else as local time."""
    exif = image.getexif().get_ifd(_EXIF_IFD)
    raw = exif.get(_DATETIME_ORIGINAL)
    if not isinstance(raw, str):
        return None
    try:
        naive = dt.datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = exif.get(_OFFSET_TIME_ORIGINAL)
    if isinstance(offset, str):
        try:
            return dt.datetime.fromisoformat(naive.isoformat() + offset.strip("\x00 ")).astimezone(
                dt.UTC
            )
        except ValueError:
            pass
    return naive.astimezone(dt.UTC)  # naive = the computer's local time


def oriented_size(image: Image.Image) -> tuple[int, int]:
    """Width and height as the photo is meant to be seen (EXIF orientations 5–8 turn it)."""
    orientation = image.getexif().get(_ORIENTATION, 1)
    width, height = image.size
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def prepare_photo(store: PhotoStore, source: Path, thumbs_dir: Path) -> PreparedPhoto | Rejected:
    name = source.name
    try:
        size = source.stat().st_size
        if not source.is_file():
            return Rejected(name, _t("not a file"))
        if size == 0:
            return Rejected(name, _t("the file is empty"))
        if size > MAX_FILE_BYTES:
            return Rejected(name, _t("the file is larger than 200 MB"))
        data = source.read_bytes()
    except OSError as exc:
        return Rejected(name, _t("cannot be read: {error}").format(error=exc.strerror or exc))
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its pixel limit and twice it; refuse both.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in SUPPORTED_FORMATS:
                    return Rejected(
                        name, _t("unsupported format ({format})").format(format=image.format)
                    )
                ext = SUPPORTED_FORMATS[image.format]
                image.load()  # decodes everything: truncated files fail here
                width, height = oriented_size(image)
                taken_at = exif_taken_at(image)
                oriented = ImageOps.exif_transpose(image)
                sha = hashlib.sha256(data).hexdigest()
                save_thumbnail(oriented, thumbs_dir, sha)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Rejected(
            name,
            _t("the image is too large (more than {mp} megapixels)").format(
                mp=(Image.MAX_IMAGE_PIXELS or 0) // 1_000_000
            ),
        )
    except UnidentifiedImageError:
        return Rejected(name, _t("not an image, or a kind of image the diary cannot read"))
    except (OSError, SyntaxError, ValueError) as exc:
        return Rejected(name, _t("the image is damaged or incomplete ({error})").format(error=exc))
    if taken_at is None:
        taken_at = dt.datetime.fromtimestamp(source.stat().st_mtime, dt.UTC)
    try:
        relative = store.put(data, sha, ext)
    except OSError as exc:
        return Rejected(
            name, _t("cannot be saved in the diary: {error}").format(error=exc.strerror or exc)
        )
    return PreparedPhoto(sha, relative, width, height, taken_at, name)
