"""Automatic alignment of a scar's later photo onto an earlier one (OpenCV and numpy, no Qt,
no database). The method is in `method.py` (`align`, `align_files`), imported only where an
alignment is made: OpenCV is large, and the window must not wait for it at start."""

from scar_diary.alignment.result import Alignment, Reason, Tier

__all__ = ["Alignment", "Reason", "Tier"]
