"""Lining a later photo up with an earlier one: a similarity transform (move, turn, scale).

Phone photos never line up exactly, so the later ("moving") photo is mapped onto the earlier
("fixed") one. Coordinates are pixels of each photo after its EXIF orientation is applied.
"""

from __future__ import annotations

import cmath
import datetime as dt
import math
from dataclasses import dataclass, replace
from itertools import pairwise

Point = tuple[float, float]

MIN_SCALE = 0.05
MAX_SCALE = 20.0


@dataclass(frozen=True)
class Similarity:
    """x' = s·R(θ)·x + d, written as the complex map z' = a·z + b."""

    scale: float = 1.0
    angle_deg: float = 0.0
    dx: float = 0.0
    dy: float = 0.0

    @property
    def _a(self) -> complex:
        return cmath.rect(self.scale, math.radians(self.angle_deg))

    def apply(self, point: Point) -> Point:
        z = self._a * complex(*point) + complex(self.dx, self.dy)
        return (z.real, z.imag)

    def matrix(self) -> tuple[float, float, float, float, float, float]:
        """(m11, m12, m21, m22, dx, dy) in Qt's QTransform order."""
        a = self._a
        return (a.real, a.imag, -a.imag, a.real, self.dx, self.dy)

    def is_identity(self) -> bool:
        return self == Similarity()

    def moved(self, dx: float, dy: float) -> Similarity:
        return Similarity(self.scale, self.angle_deg, self.dx + dx, self.dy + dy)

    def turned_about(self, centre: Point, factor: float = 1.0, degrees: float = 0.0) -> Similarity:
        """Scale by `factor` and turn by `degrees` around `centre` (fixed-photo coordinates),
        after this transform: the point at `centre` stays where it is."""
        k = cmath.rect(factor, math.radians(degrees))
        c = complex(*centre)
        a = k * self._a
        b = k * (complex(self.dx, self.dy) - c) + c
        scale, angle = cmath.polar(a)
        return Similarity(scale, math.degrees(angle), b.real, b.imag)

    @classmethod
    def from_point_pairs(
        cls, moving: tuple[Point, Point], fixed: tuple[Point, Point]
    ) -> Similarity:
        """The transform taking two points on the moving photo onto their matches on the fixed
        one. Raises ValueError when the two moving points coincide or the scale is absurd."""
        z1, z2 = complex(*moving[0]), complex(*moving[1])
        w1, w2 = complex(*fixed[0]), complex(*fixed[1])
        if abs(z2 - z1) < 1e-9 or abs(w2 - w1) < 1e-9:
            raise ValueError("the two points of a pair must be apart")
        a = (w2 - w1) / (z2 - z1)
        b = w1 - a * z1
        scale, angle = cmath.polar(a)
        if not MIN_SCALE <= scale <= MAX_SCALE:
            raise ValueError("the points would scale the photo beyond reason")
        return cls(scale, math.degrees(angle), b.real, b.imag)


Matrix3 = tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]
IDENTITY3: Matrix3 = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def _product(a: Matrix3, b: Matrix3) -> Matrix3:
    return tuple(  # type: ignore[return-value]
        tuple(sum(a[i][k] * b[k][j] for k in range(3)) for j in range(3)) for i in range(3)
    )


@dataclass(frozen=True)
class Warp:
    """A later photo placed on an earlier one by a 3×3 matrix (x', y', w) = H·(x, y, 1):
    a similarity from a hand alignment, or a perspective from the automatic one. Hand
    changes (move, turn, scale) are applied after it, in earlier-photo coordinates."""

    matrix: Matrix3 = IDENTITY3

    @classmethod
    def from_values(cls, values: list[float]) -> Warp:
        """From nine numbers, row by row (as the diary and archives keep them)."""
        if len(values) != 9:
            raise ValueError("a placement has nine numbers")
        v = [float(x) for x in values]
        return cls(((v[0], v[1], v[2]), (v[3], v[4], v[5]), (v[6], v[7], v[8])))

    def values(self) -> list[float]:
        return [value for row in self.normalised().matrix for value in row]

    @classmethod
    def of(cls, similarity: Similarity) -> Warp:
        m11, m12, m21, m22, dx, dy = similarity.matrix()
        return cls(((m11, m21, dx), (m12, m22, dy), (0.0, 0.0, 1.0)))

    def normalised(self) -> Warp:
        last = self.matrix[2][2]
        if abs(last) < 1e-12:
            raise ValueError("a placement with no scale")
        m = self.matrix
        return Warp(tuple(tuple(v / last for v in row) for row in m))  # type: ignore[arg-type]

    def apply(self, point: Point) -> Point:
        x, y = point
        (a, b, c), (d, e, f), (g, h, i) = self.matrix
        w = g * x + h * y + i
        return ((a * x + b * y + c) / w, (d * x + e * y + f) / w)

    def then(self, other: Warp) -> Warp:
        """This placement, then `other` (in earlier-photo coordinates)."""
        return Warp(_product(other.matrix, self.matrix)).normalised()

    def qt_order(self) -> tuple[float, ...]:
        """The nine values in QTransform's order (row vectors: x' = m11·x + m21·y + m31)."""
        (a, b, c), (d, e, f), (g, h, i) = self.matrix
        return (a, d, g, b, e, h, c, f, i)

    def is_identity(self) -> bool:
        return all(
            abs(value - IDENTITY3[i][j]) < 1e-9
            for i, row in enumerate(self.normalised().matrix)
            for j, value in enumerate(row)
        )

    def local(self, at: Point) -> Similarity:
        """The move, turn and scale this placement gives near `at` (later-photo pixels): what
        the scale and turn fields show, and what the report's photo decode size follows."""
        here = self.apply(at)
        there = self.apply((at[0] + 1.0, at[1]))
        step = complex(there[0] - here[0], there[1] - here[1])
        scale, angle = cmath.polar(step)
        a = cmath.rect(scale, angle)
        b = complex(*here) - a * complex(*at)
        return Similarity(scale, math.degrees(angle), b.real, b.imag)

    def moved(self, dx: float, dy: float) -> Warp:
        return self.then(Warp.of(Similarity(dx=dx, dy=dy)))

    def turned_about(self, centre: Point, factor: float = 1.0, degrees: float = 0.0) -> Warp:
        return self.then(Warp.of(Similarity().turned_about(centre, factor, degrees)))


BY_HAND = "hand"  # the method of an alignment made by dragging, the fields or two points


@dataclass(frozen=True)
class SavedAlignment:
    """An alignment as the diary keeps it: the placement and how it was made."""

    warp: Warp
    method: str = BY_HAND  # BY_HAND, or the automatic method's name
    method_version: int | None = None
    tier: str | None = None  # "aligned" or "approximate" for an automatic one
    confidence: float | None = None
    saved_at: dt.datetime | None = None

    @property
    def automatic(self) -> bool:
        return self.method != BY_HAND


def placed_on_first(
    photo_ids: list[int], saved: dict[tuple[int, int], SavedAlignment]
) -> dict[int, SavedAlignment | None]:
    """Each photo of a timeline (oldest first) placed on the first one: by the alignment
    saved for the pair (first, photo), else through the photo before it (the pair's saved
    alignment, then that photo's placement). None where no saved alignments lead. A chain
    is as good as its weakest step: one step by hand makes it by hand, one approximate
    step approximate, and its confidence is the lowest."""
    if not photo_ids:
        return {}
    first = photo_ids[0]
    steps: dict[int, list[SavedAlignment] | None] = {first: []}
    for before, photo in pairwise(photo_ids):
        direct, step, earlier = saved.get((first, photo)), saved.get((before, photo)), steps[before]
        if direct is not None:
            steps[photo] = [direct]
        elif step is not None and earlier is not None:
            steps[photo] = [step, *earlier]
        else:
            steps[photo] = None
    return {photo: None if chain is None else _chained(chain) for photo, chain in steps.items()}


def _chained(chain: list[SavedAlignment]) -> SavedAlignment:
    """Steps from a photo towards the first one, applied in that order."""
    warp = Warp()
    for step in chain:
        warp = warp.then(step.warp)
    if len(chain) == 1:
        return replace(chain[0], warp=warp)
    if not chain or any(not step.automatic for step in chain):
        return SavedAlignment(warp)
    return SavedAlignment(
        warp,
        chain[0].method,
        chain[0].method_version,
        "approximate" if any(s.tier == "approximate" for s in chain) else "aligned",
        min(s.confidence or 0.0 for s in chain),
    )
