"""Small JPEG copies of photos, cached on disk beside the diary and made off the GUI thread."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from scar_diary.storage.files import write_atomically

if TYPE_CHECKING:
    from PIL import Image

THUMB_SIZE = 320
CACHE_DIRNAME = "cache/thumbnails"


def thumbs_dir(data_dir: Path) -> Path:
    return data_dir / CACHE_DIRNAME


def thumbnail_path(folder: Path, sha256: str) -> Path:
    return folder / f"{sha256}-{THUMB_SIZE}.jpg"


def save_thumbnail(oriented: Image.Image, folder: Path, sha256: str) -> Path:
    """From an image already turned upright; written atomically, without any metadata. A
    cache, made again when lost: written without waiting for the disk (no fsync)."""
    target = thumbnail_path(folder, sha256)
    if target.is_file():
        return target
    small = oriented.copy()
    small.thumbnail((THUMB_SIZE, THUMB_SIZE))
    buffer = io.BytesIO()
    small.convert("RGB").save(buffer, "JPEG", quality=85)
    write_atomically(target, buffer.getvalue(), durable=False)
    return target


def ensure_thumbnail(photo_file: Path, folder: Path, sha256: str) -> Path:
    """The cached thumbnail, made from the stored photo if it is not there yet (a JPEG is
    decoded at a reduced scale: a thumbnail needs no more)."""
    from PIL import Image  # on a worker, when first needed

    from scar_diary.services.image_checks import pillow_rules, upright

    target = thumbnail_path(folder, sha256)
    if target.is_file() and target.stat().st_size:
        return target
    with pillow_rules(), Image.open(photo_file) as image:
        if image.format == "JPEG":
            image.draft("RGB", (THUMB_SIZE, THUMB_SIZE))
        return save_thumbnail(upright(image), folder, sha256)
