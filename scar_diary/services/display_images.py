"""Photos decoded for the screen: turned upright, downscaled, as a QImage. Runs on a worker;
QImage (unlike QPixmap) may be made off the GUI thread."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

from scar_diary.services.image_checks import pillow_rules, upright

DISPLAY_MAX_SIDE = 2400


def display_image(source: Path | bytes, max_side: int = DISPLAY_MAX_SIDE) -> QImage:
    """`source`: a file, or a photo's bytes (as a protected diary gives them: never written
    to the disk decrypted)."""
    opened = io.BytesIO(source) if isinstance(source, bytes) else source
    with pillow_rules(), Image.open(opened) as image:
        if max_side < max(image.size):
            image.draft("RGB", (max_side, max_side))  # JPEG: decode at a smaller scale
        shown = upright(image).convert("RGB")
    shown.thumbnail((max_side, max_side))
    data = shown.tobytes()
    width, height = shown.size
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
