"""A generated set of photo pairs for the automatic alignment, with the true answer.

Each pair is two "phone photos" of one patch of synthetic skin: the later one moved, turned
(±25°), scaled (0.7–1.4×), tilted (up to 8°), relit (side light, white balance), blurred,
recompressed as JPEG and sometimes partly covered, sometimes from another phone (another
size). Non-matching pairs show two different patches. Mirrored pairs flip the later photo,
as a selfie camera does. Everything follows from the seed: the same seed, the same set.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any, Literal

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image

Kind = Literal["textured", "smooth", "different", "mirrored"]
REFERENCE_SIZE = (1200, 900)
WORLD = 2800


@dataclass(frozen=True)
class Pair:
    kind: Kind
    reference: bytes  # JPEG
    later: bytes  # JPEG
    truth: npt.NDArray[Any] | None  # later pixels → reference pixels; None: no match
    reference_size: tuple[int, int]


def _smooth_noise(rng: np.random.Generator, sigma: float) -> npt.NDArray[Any]:
    """Gaussian noise blurred by `sigma`, unit deviation; wide blurs made on a smaller grid
    and enlarged (the same look, a hundredth of the work)."""
    step = max(1, int(sigma // 3))
    small = -(-WORLD // step)
    noise: npt.NDArray[Any] = rng.standard_normal((small, small)).astype(np.float32)
    noise = cv2.GaussianBlur(noise, (0, 0), sigma / step)
    if step > 1:
        noise = cv2.resize(noise, (WORLD, WORLD), interpolation=cv2.INTER_CUBIC)
    return np.asarray(noise / max(float(noise.std()), 1e-6))


def skin(rng: np.random.Generator, *, textured: bool) -> npt.NDArray[Any]:
    """A WORLD×WORLD RGB patch of synthetic skin (0–255 floats)."""
    shape = (WORLD, WORLD)
    tone: npt.NDArray[Any] = np.zeros(shape, np.float32)
    scales = (
        ((1.2, 0.5), (3, 0.6), (8, 0.8), (25, 1.0), (80, 1.2))
        if textured
        else ((30, 1.0), (90, 1.2))
    )
    for sigma, weight in scales:
        tone += weight * _smooth_noise(rng, sigma)
    tone *= 6.0
    if textured:  # pores and small marks: the features a match can hold on to
        count = WORLD * WORLD // 900
        xs, ys = rng.integers(0, WORLD, count), rng.integers(0, WORLD, count)
        radii = rng.integers(1, 4, count)
        depth = rng.uniform(10, 35, count)
        for x, y, r, d in zip(xs, ys, radii, depth, strict=True):
            cv2.circle(tone, (int(x), int(y)), int(r), -float(d), -1)
        for _ in range(40):  # scars: darker dents with a lighter rim
            centre = (int(rng.integers(0, WORLD)), int(rng.integers(0, WORLD)))
            axes = (int(rng.integers(6, 25)), int(rng.integers(6, 25)))
            cv2.ellipse(tone, centre, axes, float(rng.uniform(0, 180)), 0, 360, -25.0, -1)
            cv2.ellipse(tone, centre, axes, 0, 0, 360, 12.0, 2)
        tone = cv2.GaussianBlur(tone, (0, 0), 0.8)
    base = np.array([205.0, 160.0, 140.0], np.float32) * rng.uniform(0.8, 1.1)
    redness = 10 * _smooth_noise(rng, 40)
    image = base[None, None, :] + tone[..., None] * np.array([1.0, 1.1, 1.1], np.float32)
    image[..., 0] += redness
    return np.asarray(np.clip(image, 0, 255))


def _translate(x: float, y: float) -> npt.NDArray[Any]:
    return np.array([[1, 0, x], [0, 1, y], [0, 0, 1]], np.float64)


def _later_from_reference(
    rng: np.random.Generator, later_size: tuple[int, int]
) -> npt.NDArray[Any]:
    """A plausible second photo: the reference frame moved, turned, scaled and tilted."""
    angle = math.radians(rng.uniform(-25, 25))
    scale = rng.uniform(0.7, 1.4)
    shift = rng.uniform(-0.08, 0.08, 2) * np.array(REFERENCE_SIZE)
    similarity = np.array(
        [
            [scale * math.cos(angle), -scale * math.sin(angle), shift[0]],
            [scale * math.sin(angle), scale * math.cos(angle), shift[1]],
            [0, 0, 1],
        ]
    )
    tilt = math.radians(rng.uniform(0, 8))
    direction = rng.uniform(0, 2 * math.pi)
    rx, ry = tilt * math.cos(direction), tilt * math.sin(direction)
    rotation, _ = cv2.Rodrigues(np.array([rx, ry, 0.0]))
    focal = 1.2 * max(later_size)
    k = np.diag([focal, focal, 1.0])
    perspective = k @ rotation @ np.linalg.inv(k)
    centre_ref = _translate(-REFERENCE_SIZE[0] / 2, -REFERENCE_SIZE[1] / 2)
    centre_later = _translate(later_size[0] / 2, later_size[1] / 2)
    return np.asarray(centre_later @ perspective @ similarity @ centre_ref)


def _photo(
    rng: np.random.Generator,
    world: npt.NDArray[Any],
    from_world: npt.NDArray[Any],
    size: tuple[int, int],
    *,
    degrade: bool,
) -> bytes:
    image = cv2.warpPerspective(
        world, from_world, size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REFLECT
    )
    if degrade:
        height, width = image.shape[:2]
        direction = rng.uniform(0, 2 * math.pi)
        xs, ys = np.meshgrid(np.linspace(-1, 1, width), np.linspace(-1, 1, height))
        light = 1 + rng.uniform(0.1, 0.35) * (np.cos(direction) * xs + np.sin(direction) * ys)
        gains = rng.uniform(0.85, 1.15, 3) * rng.uniform(0.8, 1.15)
        image = (
            image * light[..., None].astype(np.float32) * gains[None, None, :].astype(np.float32)
        )
        blur = rng.uniform(0, 1.5)
        if blur > 0.3:
            image = cv2.GaussianBlur(image, (0, 0), blur)
        if rng.random() < 0.3:  # a strand of hair or a finger over part of the photo
            x0, y0 = int(rng.integers(0, width // 2)), int(rng.integers(0, height // 2))
            cv2.rectangle(
                image, (x0, y0), (x0 + width // 4, y0 + height // 3), (60.0, 45.0, 40.0), -1
            )
        image += rng.normal(0, 2.0, image.shape).astype(np.float32)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(image, 0, 255).astype(np.uint8)).save(
        buffer, "JPEG", quality=int(rng.integers(70, 93))
    )
    return buffer.getvalue()


def make_pair(seed: int, kind: Kind) -> Pair:
    rng = np.random.default_rng(seed)
    world = skin(rng, textured=kind != "smooth")
    ref_from_world = _translate(-(WORLD - REFERENCE_SIZE[0]) / 2, -(WORLD - REFERENCE_SIZE[1]) / 2)
    later_size = REFERENCE_SIZE if rng.random() < 0.6 else (1440, 1080)
    later_from_ref = _later_from_reference(rng, later_size)
    reference = _photo(rng, world, ref_from_world, REFERENCE_SIZE, degrade=False)
    if kind == "different":
        world = skin(np.random.default_rng(seed + 10_000), textured=True)
    later = _photo(rng, world, later_from_ref @ ref_from_world, later_size, degrade=True)
    truth: npt.NDArray[Any] | None = np.linalg.inv(later_from_ref)
    if kind == "mirrored":
        flipped = Image.open(io.BytesIO(later)).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        buffer = io.BytesIO()
        flipped.save(buffer, "JPEG", quality=90)
        later, truth = buffer.getvalue(), None
    if kind == "different":
        truth = None
    return Pair(kind, reference, later, truth, REFERENCE_SIZE)


def errors_at_1000(pair: Pair, matrix: npt.NDArray[Any]) -> tuple[float, float]:
    """(centre error, worst corner error) in reference pixels scaled to a 1000 px long side:
    each point of the reference is taken to the later photo by the truth and back by the
    answer."""
    assert pair.truth is not None
    width, height = pair.reference_size
    points = [(width / 2, height / 2), (0, 0), (width, 0), (0, height), (width, height)]
    back = np.linalg.inv(pair.truth)
    errors = []
    for x, y in points:
        later = back @ np.array([x, y, 1.0])
        found = matrix @ (later / later[2])
        errors.append(math.hypot(found[0] / found[2] - x, found[1] / found[2] - y))
    factor = 1000 / max(width, height)
    return errors[0] * factor, max(errors[1:]) * factor
