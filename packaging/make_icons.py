"""Build the app icon in every size the desktops ask for, from resources/icons/scar-diary.svg:
hicolor PNGs for Linux, an .ico for Windows and an .icns for macOS (`make icons`)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "scar-diary.svg"
APP_ID = "io.github.scardiary.ScarDiary"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> Image.Image:
    renderer = QSvgRenderer(str(SVG))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main(out: Path, platform_icons: Path = ROOT / "packaging") -> None:
    app = QGuiApplication(sys.argv[:1])
    del app
    images = {size: render(size) for size in SIZES}
    for size, image in images.items():
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    # The .ico and .icns are build products (not in git), so their folders may not exist yet.
    ico = platform_icons / "windows" / "scar-diary.ico"
    icns = platform_icons / "macos" / "scar-diary.icns"
    for target in (ico, icns):
        target.parent.mkdir(parents=True, exist_ok=True)
    images[256].save(
        ico,
        sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
    )
    images[512].save(icns)
    print(f"icons written to {out}, {ico} and {icns}")


if __name__ == "__main__":
    # make_icons.py [OUT [PLATFORM_ICONS]]: the second folder is for tests, which must not
    # write into the checkout.
    arguments = [Path(argument) for argument in sys.argv[1:3]]
    main(*arguments) if arguments else main(ROOT / "build" / "icons")
