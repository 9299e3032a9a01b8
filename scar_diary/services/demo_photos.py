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


def scar_photo(
    depth: int, taken: dt.datetime, seed: int, *, skin_seed: int = 7, narrow: bool = False
) -> bytes:
    """A JPEG with EXIF date; `depth` 0–10 sets how dark the scar's shadow is. `skin_seed`
    picks the patch of skin: every photo of one scar shows the same pores and freckles, and
    another scar's photos other ones (as real photos of two scars do; the automatic
    alignment and the inbox's suggestions find a scar by them)."""
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
    # pores and a few freckles: this patch of skin's own features to match points on
    marks = ImageDraw.Draw(photo)
    patch = random.Random(skin_seed)
    for _ in range(700):
        x, y = patch.uniform(0, SIZE[0]), patch.uniform(0, SIZE[1])
        r = patch.uniform(1.0, 2.2)
        tone = patch.randint(0, 14)
        marks.ellipse((x - r, y - r, x + r, y + r), fill=(206 - tone, 158 - tone, 133 - tone))
    for _ in range(6):
        x, y = patch.uniform(60, 580), patch.uniform(60, 420)
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
