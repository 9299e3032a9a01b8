"""Photos decoded for the screen: turned upright, downscaled, as a QImage. Runs on a worker;
QImage (unlike QPixmap) may be made off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

from scar_diary.services.image_checks import pillow_rules, upright

DISPLAY_MAX_SIDE = 2400


def display_image(path: Path, max_side: int = DISPLAY_MAX_SIDE) -> QImage:
    with pillow_rules(), Image.open(path) as image:
        if max_side < max(image.size):
            image.draft("RGB", (max_side, max_side))  # JPEG: decode at a smaller scale
        shown = upright(image).convert("RGB")
    shown.thumbnail((max_side, max_side))
    data = shown.tobytes()
    width, height = shown.size
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
