"""Photos decoded for the screen: turned upright, downscaled, as a QImage. Runs on a worker;
QImage (unlike QPixmap) may be made off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pillow_heif
from PIL import Image, ImageOps
from PySide6.QtGui import QImage

pillow_heif.register_heif_opener()

DISPLAY_MAX_SIDE = 2400


def display_image(path: Path, max_side: int = DISPLAY_MAX_SIDE) -> QImage:
    with Image.open(path) as image:
        upright = ImageOps.exif_transpose(image).convert("RGB")
    upright.thumbnail((max_side, max_side))
    data = upright.tobytes()
    width, height = upright.size
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
