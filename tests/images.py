"""Real image files made in the test: every format the diary reads, EXIF included, and the
broken kinds it must refuse."""

from __future__ import annotations

from pathlib import Path

import pillow_heif
from PIL import Image

pillow_heif.register_heif_opener()

EXIF_IFD = 0x8769
ORIENTATION = 0x0112
DATETIME_ORIGINAL = 36867
OFFSET_TIME_ORIGINAL = 36881


def photo(
    path: Path,
    *,
    size: tuple[int, int] = (64, 48),
    color: tuple[int, int, int] = (200, 150, 130),
    format: str | None = None,
    orientation: int | None = None,
    taken: str | None = None,  # "YYYY:MM:DD HH:MM:SS"
    offset: str | None = None,  # "+02:00"
    marker: bool = True,
) -> Path:
    """A skin-coloured picture with a dark mark in its top-left quarter, so orientation shows."""
    image = Image.new("RGB", size, color)
    if marker:
        w, h = size
        image.paste((40, 20, 20), (0, 0, max(w // 4, 1), max(h // 4, 1)))
    exif = Image.Exif()
    if orientation is not None:
        exif[ORIENTATION] = orientation
    if taken is not None:
        ifd = {DATETIME_ORIGINAL: taken}
        if offset is not None:
            ifd[OFFSET_TIME_ORIGINAL] = offset
        exif[EXIF_IFD] = ifd
    kwargs = {"exif": exif.tobytes()} if len(exif) else {}
    image.save(path, format=format, **kwargs)
    return path


def truncated(path: Path) -> Path:
    full = photo(path, size=(400, 300))
    data = full.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def next_photo_of(data: bytes, turn: float, shift: int, light: float) -> bytes:
    """The next phone photo of the same skin: turned (degrees), moved (pixels), relit."""
    import io

    from PIL import ImageEnhance

    image = Image.open(io.BytesIO(data)).convert("RGB")
    image = image.rotate(turn, resample=Image.Resampling.BICUBIC, translate=(shift, -shift // 2))
    image = ImageEnhance.Brightness(image).enhance(light)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()
