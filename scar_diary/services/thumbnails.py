"""Small JPEG copies of photos, cached on disk beside the diary and made off the GUI thread."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from scar_diary.storage.files import write_atomically
from scar_diary.storage.sealed_format import identity

if TYPE_CHECKING:
    from collections.abc import Callable

    from PIL import Image

    from scar_diary.storage.crypto import Cipher

THUMB_SIZE = 320
CACHE_DIRNAME = "cache/thumbnails"


def thumbs_dir(data_dir: Path) -> Path:
    return data_dir / CACHE_DIRNAME


def thumbnail_path(folder: Path, sha256: str, cipher: Cipher | None = None) -> Path:
    """A protected diary's thumbnails are named as its photos are, by a keyed hash."""
    name = cipher.file_name(sha256) if cipher else sha256
    return folder / f"{name}-{THUMB_SIZE}.jpg"


def save_thumbnail(
    oriented: Image.Image, folder: Path, sha256: str, cipher: Cipher | None = None
) -> Image.Image:
    """From an image already turned upright (which becomes the thumbnail: pass a copy to
    keep it); written atomically, without any metadata, encrypted for a protected diary. A
    cache, made again when lost: written without waiting for the disk (no fsync)."""
    oriented.thumbnail((THUMB_SIZE, THUMB_SIZE))
    small = oriented.convert("RGB")
    target = thumbnail_path(folder, sha256, cipher)
    if not target.is_file():
        buffer = io.BytesIO()
        small.save(buffer, "JPEG", quality=85)
        data = buffer.getvalue()
        sealed = cipher.encrypt(data, identity("thumbnail", sha256)) if cipher else data
        write_atomically(target, sealed, durable=False)
    return small


def _cached(target: Path, sha256: str, cipher: Cipher | None) -> bytes | None:
    """The cached thumbnail's bytes; None when there is none, or when it is not this
    photo's (another's copied over it, or one written before thumbnails named their photo):
    it is then removed and made again from the photo, since the cache is only a copy."""
    from scar_diary.storage.crypto import DecryptionFailed

    if not (target.is_file() and target.stat().st_size):
        return None
    data = target.read_bytes()
    if cipher is None:
        return data
    try:
        return cipher.decrypt(data, identity("thumbnail", sha256))
    except DecryptionFailed:
        target.unlink(missing_ok=True)
        return None


def thumbnail_image(
    read_photo: Callable[[], bytes],
    folder: Path,
    sha256: str,
    side: int = THUMB_SIZE,
    cipher: Cipher | None = None,
) -> Image.Image:
    """The photo's thumbnail as an RGB image no smaller than `side` where it can help it:
    read from the cache, or made from the stored photo (a JPEG decoded at a reduced scale)
    and cached. Call it off the GUI thread."""
    from PIL import Image  # on a worker, when first needed

    from scar_diary.services.image_checks import pillow_rules, upright

    target = thumbnail_path(folder, sha256, cipher)
    with pillow_rules():
        cached_bytes = _cached(target, sha256, cipher)
        if cached_bytes is not None:
            with Image.open(io.BytesIO(cached_bytes)) as cached:
                cached.draft("RGB", (side, side))
                return cached.convert("RGB")
        with Image.open(io.BytesIO(read_photo())) as image:
            if image.format == "JPEG":
                image.draft("RGB", (THUMB_SIZE, THUMB_SIZE))
            return save_thumbnail(upright(image), folder, sha256, cipher)
