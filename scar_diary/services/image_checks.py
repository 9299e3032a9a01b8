"""The one set of checks every photo passes, wherever it enters the diary (Add Photos, the
command line, an imported archive): a supported format and colour mode, a pixel count under
the limit, a file that decodes to the end. Importing this module registers HEIC/HEIF with
Pillow, so every module that opens images imports it (or `open_image` from here).

Safe on a worker thread: files and Pillow only, no Qt, no database.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # a plain name lupdate recognises

pillow_heif.register_heif_opener()

# Pillow format name → the extension the stored copy gets.
SUPPORTED_FORMATS = {
    "JPEG": ".jpg",
    "PNG": ".png",
    "WEBP": ".webp",
    "TIFF": ".tif",
    "HEIF": ".heic",
}
SUPPORTED_EXTENSIONS = frozenset(SUPPORTED_FORMATS.values())
# Colour modes that turn into RGB for the screen, the thumbnails and the report.
SUPPORTED_MODES = frozenset(
    {"1", "L", "LA", "P", "PA", "RGB", "RGBA", "RGBX", "CMYK", "YCbCr", "I", "I;16", "I;16B", "F"}
)
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 100_000_000  # about twice a 48-megapixel phone photo
EARLIEST_PHOTO_YEAR = 1900
DRAFT_SIDE = 256  # a check decodes a JPEG at about this size: every byte read, less work
Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # one limit: Pillow's own check uses it too

_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 36867
_OFFSET_TIME_ORIGINAL = 36881
_ORIENTATION = 0x0112


class ImageRefused(Exception):
    """The file is not a photo the diary can keep; `str()` says why, for the user."""


@dataclass(frozen=True)
class CheckedImage:
    format: str
    ext: str
    width: int  # as the photo is meant to be seen (after its EXIF orientation)
    height: int
    taken_at: dt.datetime | None  # from EXIF, when it holds a believable instant


@contextmanager
def pillow_rules() -> Iterator[None]:
    """How the diary opens every image with Pillow: a damaged multi-picture (MPO) index or
    the like only makes Pillow warn and read the first image, which is all the diary keeps;
    an image over the pixel limit is an error, not a warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


@contextmanager
def open_image(data: bytes, *, draft_side: int = 0) -> Iterator[Image.Image]:
    """Open and fully decode an image, refusing what the diary cannot keep; a JPEG at a
    scale no smaller than `draft_side` when one is given (`image.size` is then the decoded
    size; `info["full_size"]` keeps the file's own)."""
    try:
        with pillow_rules(), Image.open(io.BytesIO(data)) as image:
            if image.format not in SUPPORTED_FORMATS:
                raise ImageRefused(
                    translate("PhotoImport", "unsupported format ({format})").format(
                        format=image.format
                    )
                )
            if image.width * image.height > MAX_PIXELS:
                raise Image.DecompressionBombError("too many pixels")
            if image.mode not in SUPPORTED_MODES:
                raise ImageRefused(
                    translate("PhotoImport", "unsupported colour mode ({mode})").format(
                        mode=image.mode
                    )
                )
            image.info["full_size"] = image.size
            if draft_side and image.format == "JPEG":
                image.draft("RGB", (draft_side, draft_side))
            image.load()  # decodes everything: truncated files fail here
            yield image
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRefused(
            translate("PhotoImport", "the image is too large (more than {mp} megapixels)").format(
                mp=MAX_PIXELS // 1_000_000
            )
        ) from exc
    except UnidentifiedImageError as exc:
        raise ImageRefused(
            translate("PhotoImport", "not an image, or a kind of image the diary cannot read")
        ) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageRefused(
            translate("PhotoImport", "the image is damaged or incomplete ({error})").format(
                error=str(exc)[:120]
            )
        ) from exc


def too_small(files: list[Path]) -> list[Path]:
    """Of these files, the images whose shorter side is under SMALL_PHOTO_SIDE pixels, read
    from their headers only (quick, for the question before an import); what cannot be read
    here is left to the import itself, which says why."""
    from scar_diary.domain.limits import SMALL_PHOTO_SIDE

    small = []
    for path in files:
        try:
            with pillow_rules(), Image.open(path) as image:
                if min(image.size) < SMALL_PHOTO_SIDE:
                    small.append(path)
        except (
            OSError,
            SyntaxError,
            ValueError,
            EOFError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ):
            continue
    return small


def decode(data: bytes, preview_side: int = 0) -> tuple[CheckedImage, Image.Image | None]:
    """Check the image by decoding all of it, once: a JPEG at a reduced scale (Pillow's
    `draft`, which still reads every part of the file, so a truncated one fails), other
    formats in full. With `preview_side`, also a small upright RGB copy for thumbnails."""
    if not data:
        raise ImageRefused(translate("PhotoImport", "the file is empty"))
    if len(data) > MAX_FILE_BYTES:
        raise ImageRefused(translate("PhotoImport", "the file is larger than 200 MB"))
    side = preview_side or DRAFT_SIDE
    with open_image(data, draft_side=side) as image:
        width, height = oriented_size(image, full_size=True)
        fmt = str(image.format)
        checked = CheckedImage(fmt, SUPPORTED_FORMATS[fmt], width, height, exif_taken_at(image))
        preview = None
        if preview_side:
            preview = upright(image).convert("RGB")
            preview.thumbnail((preview_side, preview_side))
        return checked, preview


def check_image(data: bytes) -> CheckedImage:
    return decode(data)[0]


def upright(image: Image.Image) -> Image.Image:
    """The image turned as its EXIF orientation says; odd orientation values are ignored."""
    try:
        turned = ImageOps.exif_transpose(image)
    except (ValueError, TypeError, KeyError):
        return image
    return turned if turned is not None else image


def oriented_size(image: Image.Image, *, full_size: bool = False) -> tuple[int, int]:
    """Width and height as the photo is meant to be seen (EXIF orientations 5–8 turn it);
    with `full_size`, the file's own size even when it was decoded at a smaller scale."""
    try:
        orientation = image.getexif().get(_ORIENTATION, 1)
    except (ValueError, TypeError, KeyError, SyntaxError, OSError):
        orientation = 1
    width, height = image.info.get("full_size", image.size) if full_size else image.size
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def exif_taken_at(image: Image.Image) -> dt.datetime | None:
    """DateTimeOriginal, with its offset when the camera wrote one, else as local time. A
    date no camera could have written (year 1, year 9999, an offset beyond ±14 hours) is
    not believed: the caller falls back to the file's time."""
    try:
        exif = image.getexif().get_ifd(_EXIF_IFD)
    except (ValueError, TypeError, KeyError, OSError):
        return None
    raw = exif.get(_DATETIME_ORIGINAL)
    if not isinstance(raw, str):
        return None
    try:
        naive = dt.datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
        if not EARLIEST_PHOTO_YEAR <= naive.year <= dt.date.today().year + 1:
            return None
        offset = exif.get(_OFFSET_TIME_ORIGINAL)
        if isinstance(offset, str) and offset.strip("\x00 "):
            aware = dt.datetime.fromisoformat(naive.isoformat() + offset.strip("\x00 "))
            utc_offset = aware.utcoffset()
            if utc_offset is None or abs(utc_offset) > dt.timedelta(hours=14):
                return None  # no place on earth: the whole date is not to be believed
            return aware.astimezone(dt.UTC)
        return naive.astimezone(dt.UTC)  # naive = the computer's local time
    except (ValueError, OverflowError, OSError):
        return None
