"""The diaries the benchmarks run on, made once and kept in `.bench-data/` (not committed).

- the sample diary (6 scars, 5 sessions, 18 small photos);
- a large diary: 40 scars, 8 sessions, phone-size photos (4032×3024 JPEG): one scar with a
  1,000-photo timeline and 4 photos of each other scar, a baseline and a rating after every
  session. Photos are made quickly: a few
  images are drawn and encoded once, and each photo is one of them with its own EXIF (a
  different date, so a different file and hash) — what a phone's camera roll looks like to
  the diary.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent / ".bench-data"
TODAY = dt.date(2026, 11, 25)
PHONE_SIZE = (4032, 3024)
BASE_IMAGES = 6
FORMAT_VERSION = "6"  # bump when the data below changes


@dataclass(frozen=True)
class Sizes:
    scars: int
    timeline: int  # photos of the first scar: one long timeline
    per_scar: int  # photos of each other scar
    photo_size: tuple[int, int]


FULL = Sizes(scars=40, timeline=1000, per_scar=4, photo_size=PHONE_SIZE)
TINY = Sizes(scars=4, timeline=12, per_scar=2, photo_size=(640, 480))


def _base_jpegs(size: tuple[int, int]) -> list[bytes]:
    """A few skin-like pictures with scars and grain, encoded as a phone would."""
    from PIL import Image, ImageDraw, ImageFilter

    images = []
    rng = random.Random(7)
    for index in range(BASE_IMAGES):
        small = Image.new("RGB", (size[0] // 8, size[1] // 8), (214, 170, 150))
        draw = ImageDraw.Draw(small)
        for _ in range(40):
            x, y = rng.randrange(small.width), rng.randrange(small.height)
            r = rng.randrange(4, 30)
            shade = rng.randrange(120, 200)
            draw.ellipse(
                (x - r, y - r, x + r, y + r), fill=(shade, int(shade * 0.75), int(shade * 0.65))
            )
        noise = Image.effect_noise(small.size, 24).convert("RGB")
        small = Image.blend(small, noise, 0.12).filter(ImageFilter.GaussianBlur(1))
        big = small.resize(size, Image.Resampling.BICUBIC)
        # sensor grain: makes the files as large as a phone's (about 2.5 MB at 12 MP)
        grain = Image.effect_noise(size, 30).convert("RGB")
        big = Image.blend(big, grain, 0.12 + index * 0.005)
        buffer = io.BytesIO()
        big.save(buffer, "JPEG", quality=92)
        images.append(buffer.getvalue())
    return images


def _with_exif(jpeg: bytes, taken: dt.datetime) -> bytes:
    """The picture with its own EXIF (date taken), spliced in after the SOI marker, and one
    byte of its image data changed: each photo its own picture, as in a camera roll."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x8769] = {36867: taken.strftime("%Y:%m:%d %H:%M:%S"), 36881: "+01:00"}
    exif[0x0112] = 1
    payload = exif.tobytes()
    segment = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
    picture = bytearray(jpeg)
    spot = len(picture) - 64 - (int(taken.timestamp()) // 60) % 4096
    # a plain data byte, away from 0xFF and its stuffing, so the change makes no marker
    while picture[spot] in (0x00, 0xFE, 0xFF) or picture[spot - 1] == 0xFF:
        spot -= 1
    picture[spot] ^= 0x01
    return bytes(picture[:2]) + segment + bytes(picture[2:])


def _large(folder: Path, sizes: Sizes) -> None:
    from scar_diary.domain.entities import FaceRegion, ScarType
    from scar_diary.services.diary import Diary

    diary = Diary.open(folder)
    rng = random.Random(11)
    try:
        start = TODAY - dt.timedelta(days=160)
        diary.series.start(start, acne_clear_on=start)
        types = list(ScarType)
        regions = [
            FaceRegion.LEFT_CHEEK,
            FaceRegion.RIGHT_CHEEK,
            FaceRegion.FOREHEAD,
            FaceRegion.CHIN,
        ]
        scars = [
            diary.scars.add(
                f"Scar {n + 1}",
                regions[n % len(regions)],
                types[n % len(types)],
                map_x=0.2 + 0.6 * rng.random(),
                map_y=0.2 + 0.6 * rng.random(),
            )
            for n in range(sizes.scars)
        ]
        for scar in scars:
            diary.ratings.record(scar, start, rng.randrange(4, 9), rng.randrange(1, 5), today=TODAY)
        sessions = [start + dt.timedelta(days=16 + 16 * n) for n in range(8)]
        for on in sessions:
            diary.series.record_done(on, scars, today=TODAY)
            for scar in scars:
                diary.ratings.record(
                    scar,
                    on + dt.timedelta(days=4),
                    rng.randrange(2, 8),
                    rng.randrange(2, 9),
                    today=TODAY,
                )
        bases = _base_jpegs(sizes.photo_size)
        incoming = folder.parent / (folder.name + "-incoming")
        incoming.mkdir(exist_ok=True)
        count = 0
        for index, scar in enumerate(scars):
            files = []
            for n in range(sizes.timeline if index == 0 else sizes.per_scar):
                taken = dt.datetime.combine(start, dt.time(9)) + dt.timedelta(
                    hours=3 * n, minutes=index
                )
                path = incoming / f"IMG_{count:05d}.jpg"
                path.write_bytes(_with_exif(bases[count % len(bases)], taken))
                files.append(path)
                count += 1
            diary.photos.import_files(scar, files)
        shutil.rmtree(incoming)
    finally:
        diary.close()


BENCH_PASSPHRASE = "benchmark passphrase"  # made-up data; the benchmarks unlock with it
ENCRYPTED_VERSION = "2"  # 2: files named by a keyed hash


def _encrypted_copy(large: Path, folder: Path) -> None:
    """The large diary protected with a passphrase (its backups and cache left out)."""
    from scar_diary.services import protection
    from scar_diary.storage import keyring

    marker = folder / "VERSION"
    if marker.is_file() and marker.read_text() == ENCRYPTED_VERSION:
        return
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(large, folder / "diary", ignore=shutil.ignore_patterns("cache", "backups"))
    protection.protect(folder / "diary", BENCH_PASSPHRASE)
    shutil.rmtree(folder / "diary" / "backups", ignore_errors=True)
    keyring.forget(folder / "diary")
    marker.write_text(ENCRYPTED_VERSION)


def ensure(sizes: Sizes = FULL) -> dict[str, Path]:
    """The sample, the large diary and its encrypted copy for these sizes, made when
    missing or outdated."""
    from scar_diary.services.demo import write_sample

    name = "tiny" if sizes == TINY else "full"
    folder = ROOT / name
    marker = folder / "VERSION"
    if not (marker.is_file() and marker.read_text() == FORMAT_VERSION):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        write_sample(folder / "sample", TODAY).close()
        _large(folder / "large", sizes)
        marker.write_text(FORMAT_VERSION)
    _encrypted_copy(folder / "large", folder / "encrypted")
    return {
        "sample": folder / "sample",
        "large": folder / "large",
        "encrypted": folder / "encrypted" / "diary",
    }


if __name__ == "__main__":
    import time

    started = time.perf_counter()
    print(ensure())
    print(f"{time.perf_counter() - started:.1f} s")
