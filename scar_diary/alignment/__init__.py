"""Automatic alignment of a scar's later photo onto an earlier one (OpenCV and numpy, no Qt,
no database): `align(reference, later)` says "aligned", "approximate" or "refused"."""

from scar_diary.alignment.method import UnreadablePhoto, align, align_arrays, align_files
from scar_diary.alignment.result import Alignment, Tier

__all__ = ["Alignment", "Tier", "UnreadablePhoto", "align", "align_arrays", "align_files"]
