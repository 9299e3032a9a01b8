"""Made-up close-up photos for the sample diary: a patch of skin with a scar whose shadow
fades as it gets shallower, each shot a little off from the last, as phone photos are."""

from __future__ import annotations

import datetime as dt
import io
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = (640, 480)
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 36867
_OFFSET_TIME_ORIGINAL = 36881


def scar_photo(depth: int, taken: dt.datetime, seed: int, *, narrow: bool = False) -> bytes:
    """A JPEG with EXIF date; `depth` 0–10 sets how dark the scar's shadow is."""
    rng = random.Random(seed)
    base = Image.new("RGB", SIZE, (224, 178, 152))
    noise = Image.effect_noise(SIZE, 18).convert("RGB")
    skin = Image.blend(base, noise, 0.08)
    shade = Image.new("L", SIZE, 0)
    draw = ImageDraw.Draw(shade)
    cx, cy = SIZE[0] / 2, SIZE[1] / 2
    rx, ry = (14, 14) if narrow else (90, 62)
    strength = int(14 + depth * 11)
    draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=strength)
    shade = shade.filter(ImageFilter.GaussianBlur(6 if narrow else 22))
    dark = Image.new("RGB", SIZE, (120, 78, 62))
    photo = Image.composite(dark, skin, shade)
    # a few freckles: sharp features to match points on
    marks = ImageDraw.Draw(photo)
    freckles = random.Random(7)  # the same skin in every photo of the sample
    for _ in range(6):
        x, y = freckles.uniform(60, 580), freckles.uniform(60, 420)
        marks.ellipse((x - 4, y - 4, x + 4, y + 4), fill=(138, 92, 70))
    # every shot is a little off: turned, moved, nearer or further
    angle = rng.uniform(-6, 6)
    scale = rng.uniform(1.04, 1.14)  # zoomed in a little, so turning leaves no empty corners
    shifted = photo.rotate(
        angle,
        resample=Image.Resampling.BICUBIC,
        fillcolor=(224, 178, 152),
        translate=(rng.randint(-20, 20), rng.randint(-14, 14)),
    )
    w, h = SIZE
    big = shifted.resize((int(w * scale), int(h * scale)))
    left, top = (big.width - w) // 2, (big.height - h) // 2
    crop = big.crop((left, top, left + w, top + h))
    exif = Image.Exif()
    local = taken.astimezone()
    exif[_EXIF_IFD] = {
        _DATETIME_ORIGINAL: local.strftime("%Y:%m:%d %H:%M:%S"),
        _OFFSET_TIME_ORIGINAL: local.strftime("%z")[:3] + ":" + local.strftime("%z")[3:],
    }
    buffer = io.BytesIO()
    crop.save(buffer, "JPEG", quality=88, exif=exif.tobytes())
    return buffer.getvalue()
