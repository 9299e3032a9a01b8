"""Lining a later photo up with an earlier one: a similarity transform (move, turn, scale).

Phone photos never line up exactly, so the later ("moving") photo is mapped onto the earlier
("fixed") one. Coordinates are pixels of each photo after its EXIF orientation is applied.
"""

from __future__ import annotations

import cmath
import math
from dataclasses import dataclass

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
