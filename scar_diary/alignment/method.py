"""Line a later photo of a scar up with an earlier one, or say honestly that it cannot.

The method (measured on generated and real pairs; `docs/alignment.md` has the numbers):
1. Both photos are made upright (EXIF) and small (≤ 1000 px), and their lighting is taken
   out: each is divided by a strongly blurred copy of itself and its contrast stretched, so
   side light and white balance stop mattering.
2. ORB features with a low corner threshold (skin has weak corners) are matched with a
   loose ratio test (pores look alike), and a move+turn+scale model is fitted with RANSAC.
3. That first guess is refined to a perspective by tracking corners of the earlier photo
   into the roughly aligned later one with pyramidal Lucas–Kanade, keeping only tracks that
   come back to where they started (forward-backward check).
4. Every answer is checked before it is given: enough matches spread over the photo, a
   plausible transform, no better match for a mirrored later photo (a selfie camera),
   enough overlap, and the two photos' band-passed correlation over their overlap.
OpenCV's RANSAC uses a fixed seed, so the same photos always give the same answer.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
import pillow_heif
from PIL import Image, ImageOps

from scar_diary.alignment.result import Alignment, Reason, Tier
from scar_diary.domain.alignment import Matrix3

pillow_heif.register_heif_opener()
# One thread per alignment: the app runs alignments on its image workers already, and
# OpenCV's own pool on top of them left the window's thread waiting for a core.
cv2.setNumThreads(1)

# OpenCV's stubs type its results loosely: arrays are arrays here
Gray = npt.NDArray[Any]  # 8-bit grey pixels
Floats = npt.NDArray[Any]  # float64 points or matrices

WORK_SIDE = 1000  # the long side the photos are aligned at
MIN_WORK_SIDE = 64  # smaller than this there is nothing to match
ORB_FEATURES = 3000
ORB_FAST_THRESHOLD = 15
ORB_LEVELS = 5  # 1.2⁴ ≈ 2: with both photos' pyramids, scale changes from 0.5× to 2×
RATIO = 0.85  # Lowe's ratio test, looser than the usual 0.75: pores look alike
RANSAC_PIXELS = 4.0
MIN_INLIERS = 20
GRID = 4
MIN_GRID_CELLS = 4  # of the 16 cells of the reference's overlap, the inliers must touch
SCALE_RANGE = (0.4, 2.5)
MAX_KEYSTONE = 0.25  # how much the refinement may change the scale across the photo
MIN_OVERLAP = 0.25  # of the reference covered by the later photo
GUIDE_PIXELS = 30.0  # a match this near where the similarity puts it may confirm a tilt
GUIDE_SHARE = 0.05  # … or this share of the photo's long side, if larger
MIN_PERSPECTIVE_INLIERS = 100  # smooth skin confirms 30–50 wrong ones; textured, hundreds
MIN_PERSPECTIVE_CELLS = 10
MIRROR_FEATURES = 1500  # enough to find a mirror image; half the work of a full look
MIRROR_CHECK_BELOW = 150  # a match this strong is never a mirror image's: no need to look
MIN_CORRELATION = 0.12  # below: another patch of skin, or none at all
ALIGNED_CORRELATION = 0.25  # at and above (with a confirmed perspective): "aligned"
MIRROR_MARGIN = 0.8  # refuse when a mirrored later photo matches at least this well


@dataclass(frozen=True)
class Prepared:
    """A photo decoded for matching: grey pixels at the working size and the factor
    from full-size (upright) pixels to working pixels."""

    pixels: Gray
    factor: float
    full_size: tuple[int, int]


MAX_PIXELS = 100_000_000  # as the diary's own limit: larger files are not photos it keeps


class UnreadablePhoto(Exception):
    """A file that cannot be read as a photo; `str()` says which and why."""

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"cannot read {name} as a photo: {detail}")
        self.name = name


def align(reference: bytes, later: bytes) -> Alignment:
    """Align two photos given as their files' bytes."""
    return align_prepared(
        _decoded(reference, "the earlier photo"), _decoded(later, "the later photo")
    )


def align_files(reference: Path, later: Path) -> Alignment:
    return align_prepared(_decoded(reference, str(reference)), _decoded(later, str(later)))


def align_arrays(reference: Image.Image, later: Image.Image) -> Alignment:
    return align_prepared(prepare(reference), prepare(later))


def prepared_from(source: Path | bytes, name: str) -> Prepared:
    """A photo made ready for aligning, once, to align with several others (the inbox's
    matching); UnreadablePhoto when it cannot be read."""
    return _decoded(source, name)


def _decoded(source: Path | bytes, name: str) -> Prepared:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(source) if isinstance(source, bytes) else source)
            if image.width * image.height > MAX_PIXELS:
                raise UnreadablePhoto(name, "it has more pixels than any photo the diary keeps")
            image.info["full_size"] = image.size
            image.draft("L", (WORK_SIDE, WORK_SIDE))  # a JPEG decodes at the size it needs
            return prepare(image)
    except UnreadablePhoto:
        raise
    except FileNotFoundError:
        raise UnreadablePhoto(name, "there is no such file") from None
    except IsADirectoryError:
        raise UnreadablePhoto(name, "it is a folder") from None
    except PermissionError:
        raise UnreadablePhoto(name, "permission denied") from None
    except (
        OSError,
        ValueError,
        SyntaxError,
        EOFError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as exc:
        detail = (
            "not an image this app can read" if not str(exc) else f"not a readable image ({exc})"
        )
        raise UnreadablePhoto(name, detail) from None


def prepare(image: Image.Image) -> Prepared:
    full = image.info.get("full_size")
    try:
        upright = ImageOps.exif_transpose(image) or image
    except (ValueError, TypeError, KeyError):  # an orientation no camera writes: as stored
        upright = image
    width, height = upright.size
    if full is not None and full != image.size:  # JPEG draft: decoded smaller than the file
        turned = width != image.size[0]
        full_width, full_height = (full[1], full[0]) if turned else full
    else:
        full_width, full_height = width, height
    gray = upright.convert("L")
    factor_now = min(1.0, WORK_SIDE / max(gray.size))
    if factor_now < 1.0:
        gray = gray.resize(
            (max(1, round(width * factor_now)), max(1, round(height * factor_now))),
            Image.Resampling.BILINEAR,
            reducing_gap=2.0,
        )
    pixels = np.asarray(gray, dtype=np.uint8)
    return Prepared(pixels, pixels.shape[1] / full_width, (full_width, full_height))


def flatten(gray: Gray) -> Gray:
    """Lighting removed: the image divided by a strongly blurred copy, contrast stretched.
    The blur is made on an eighth-size copy and enlarged: the light varies slowly, and a
    full-size blur this wide would cost more than the whole match."""
    values = gray.astype(np.float32) + 1.0
    height, width = gray.shape
    small = cv2.resize(
        values, (max(1, width // 8), max(1, height // 8)), interpolation=cv2.INTER_AREA
    )
    small = cv2.GaussianBlur(small, (0, 0), max(gray.shape) / 30 / 8)
    light = cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR)
    ratio = values / light
    low, high = np.percentile(ratio[::4, ::4], (1, 99))
    stretched = (ratio - low) * (255 / max(float(high - low), 1e-6))
    return np.asarray(np.clip(stretched, 0, 255).astype(np.uint8))


@dataclass(frozen=True)
class Matches:
    later: Floats  # N×2 working pixels of the later photo
    reference: Floats  # N×2 working pixels of the reference


def _features(pixels: Gray, count: int = ORB_FEATURES) -> tuple[Floats, npt.NDArray[Any] | None]:
    orb = cv2.ORB.create(
        nfeatures=count, nlevels=ORB_LEVELS, fastThreshold=ORB_FAST_THRESHOLD, edgeThreshold=15
    )
    keypoints, descriptors = orb.detectAndCompute(pixels, None)
    points = np.array([k.pt for k in keypoints], dtype=np.float64).reshape(-1, 2)
    return points, descriptors


def _match(
    reference: tuple[Floats, npt.NDArray[Any] | None],
    later: tuple[Floats, npt.NDArray[Any] | None],
) -> Matches:
    ref_points, ref_desc = reference
    later_points, later_desc = later
    if ref_desc is None or later_desc is None or len(ref_desc) < 2 or len(later_desc) < 2:
        return Matches(np.empty((0, 2)), np.empty((0, 2)))
    matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
    pairs = matcher.knnMatch(later_desc, ref_desc, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
    return Matches(
        np.array([later_points[m.queryIdx] for m in good]).reshape(-1, 2),
        np.array([ref_points[m.trainIdx] for m in good]).reshape(-1, 2),
    )


def _similarity(matches: Matches) -> tuple[Floats | None, npt.NDArray[Any]]:
    if len(matches.later) < MIN_INLIERS:
        return None, np.zeros(len(matches.later), dtype=bool)
    model, inliers = cv2.estimateAffinePartial2D(
        matches.later,
        matches.reference,
        method=cv2.RANSAC,
        ransacReprojThreshold=RANSAC_PIXELS,
        maxIters=5000,
        confidence=0.999,
        refineIters=10,
    )
    if model is None:
        return None, np.zeros(len(matches.later), dtype=bool)
    return np.vstack([model, [0.0, 0.0, 1.0]]), inliers.ravel().astype(bool)


Features = tuple[Floats, npt.NDArray[Any] | None]
QUICK_FEATURES = 800  # enough to tell the same skin from another (hundreds of agreeing
# matches against a handful), a fifth of the full look's work


def features_of(prepared: Prepared) -> Features:
    """A photo's features for the quick look, once, to compare it with many others."""
    return _features(flatten(prepared.pixels), QUICK_FEATURES)


def inlier_count(reference: Features, later: Features) -> int:
    """How many features agree on one move, turn and scale: a quick look at whether two
    photos show the same skin, before the full alignment checks it. Arrays only (no Python
    object per match): other threads, the window's included, keep running meanwhile."""
    ref_points, ref_desc = reference
    later_points, later_desc = later
    if ref_desc is None or later_desc is None or len(ref_desc) < 2 or len(later_desc) < 2:
        return 0
    distances, nearest = cv2.batchDistance(
        later_desc, ref_desc, cv2.CV_32S, normType=cv2.NORM_HAMMING, K=2
    )
    good = distances[:, 0] < RATIO * distances[:, 1]
    model, inliers = _similarity(Matches(later_points[good], ref_points[nearest[good, 0]]))
    return int(inliers.sum()) if model is not None else 0


def _grid_cells(points: Floats, shape: tuple[int, ...]) -> int:
    height, width = shape[:2]
    cols = np.clip((points[:, 0] / width * GRID).astype(int), 0, GRID - 1)
    rows = np.clip((points[:, 1] / height * GRID).astype(int), 0, GRID - 1)
    return len(set(zip(rows.tolist(), cols.tolist(), strict=True)))


def _scale_of(model: Floats) -> float:
    return float(np.sqrt(abs(np.linalg.det(model[:2, :2]))))


def _overlap_mask(model: Floats, later_shape: tuple[int, ...], ref_shape: tuple[int, ...]) -> Gray:
    ones = np.full(later_shape[:2], 255, dtype=np.uint8)
    return cv2.warpPerspective(ones, model, (ref_shape[1], ref_shape[0]), flags=cv2.INTER_NEAREST)


def _perspective(matches: Matches, model: Floats, shape: tuple[int, ...]) -> Floats | None:
    """The similarity refined to a perspective from the matches that agree with it roughly;
    None when too few of them, or too bunched, confirm one."""
    guide = max(GUIDE_PIXELS, GUIDE_SHARE * max(shape[:2]))
    moved = np.hstack([matches.later, np.ones((len(matches.later), 1))]) @ model.T
    near = np.linalg.norm(moved[:, :2] - matches.reference, axis=1) < guide
    if near.sum() < MIN_PERSPECTIVE_INLIERS:
        return None
    # MAGSAC++ weighs each match by its residual instead of a hard cut: on the generated
    # set it made the worst corner error 5 times smaller than plain RANSAC (0.75 against
    # 3.96 px on 20 pairs). USAC's generator has a fixed seed: the same answer every time.
    found, inliers = cv2.findHomography(
        matches.later[near],
        matches.reference[near],
        cv2.USAC_MAGSAC,
        RANSAC_PIXELS,
        maxIters=3000,
        confidence=0.999,
    )
    if found is None or inliers.sum() < MIN_PERSPECTIVE_INLIERS:
        return None
    agreeing = matches.reference[near][inliers.ravel().astype(bool)]
    if _grid_cells(agreeing, shape) < MIN_PERSPECTIVE_CELLS:
        return None
    return np.asarray(found / found[2, 2])


def _keystone(model: Floats, shape: tuple[int, ...]) -> float:
    """How unevenly the transform scales across the photo (0 for a similarity)."""
    height, width = shape[:2]
    scales = []
    for x, y in ((0, 0), (width, 0), (0, height), (width, height), (width / 2, height / 2)):
        jac = _jacobian(model, x, y)
        scales.append(float(np.sqrt(abs(np.linalg.det(jac)))))
    return max(scales) / max(min(scales), 1e-9) - 1.0


def _jacobian(model: Floats, x: float, y: float) -> Floats:
    (a, b, c), (d, e, f), (g, h, i) = model
    w = g * x + h * y + i
    u, v = (a * x + b * y + c) / w, (d * x + e * y + f) / w
    return np.array([[(a - g * u) / w, (b - h * u) / w], [(d - g * v) / w, (e - h * v) / w]])


def _band_pass(pixels: Gray) -> npt.NDArray[Any]:
    values = pixels.astype(np.float32)
    return cv2.GaussianBlur(values, (0, 0), 1.5) - cv2.GaussianBlur(values, (0, 0), 6.0)


def correlation(reference: Gray, warped: Gray, mask: Gray) -> float:
    """Normalised correlation of the two band-passed photos over their overlap."""
    inner = cv2.erode(mask, np.ones((9, 9), np.uint8)) > 0
    if inner.sum() < 1000:
        return 0.0
    a = _band_pass(reference)[inner]
    b = _band_pass(warped)[inner]
    a = a - a.mean()
    b = b - b.mean()
    denominator = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return float((a * b).sum() / denominator) if denominator > 0 else 0.0


def _refused(reason: Reason) -> Alignment:
    return Alignment(Tier.REFUSED, None, reason, 0.0)


def align_prepared(reference: Prepared, later: Prepared) -> Alignment:
    if min(reference.pixels.shape) < MIN_WORK_SIDE or min(later.pixels.shape) < MIN_WORK_SIDE:
        return _refused(Reason.TOO_SMALL)
    ref, lat = flatten(reference.pixels), flatten(later.pixels)
    ref_features = _features(ref)
    matches = _match(ref_features, _features(lat))
    model, inliers = _similarity(matches)
    count = int(inliers.sum()) if model is not None else 0
    if count < MIRROR_CHECK_BELOW:
        mirrored, mirrored_inliers = _similarity(
            _match(ref_features, _features(np.ascontiguousarray(lat[:, ::-1]), MIRROR_FEATURES))
        )
        mirrored_count = int(mirrored_inliers.sum()) if mirrored is not None else 0
        if mirrored_count >= MIN_INLIERS and mirrored_count >= MIRROR_MARGIN * count:
            return _refused(Reason.MIRRORED)
    if model is None or count < MIN_INLIERS:
        return _refused(Reason.TOO_FEW_MATCHES)
    if _grid_cells(matches.reference[inliers], ref.shape) < MIN_GRID_CELLS:
        return _refused(Reason.MATCHES_CLUSTERED)
    if not SCALE_RANGE[0] <= _scale_of(model) <= SCALE_RANGE[1]:
        return _refused(Reason.IMPLAUSIBLE)
    size = (ref.shape[1], ref.shape[0])
    final, reason = model, Reason.NO_PERSPECTIVE
    refined = _perspective(matches, model, ref.shape)
    if (
        refined is not None
        and np.linalg.det(refined[:2, :2]) > 0
        and _keystone(refined, lat.shape) <= MAX_KEYSTONE
    ):
        final, reason = refined, Reason.CONFIRMED
    mask = _overlap_mask(final, lat.shape, ref.shape)
    if (mask > 0).mean() < MIN_OVERLAP:
        return _refused(Reason.TOO_LITTLE_OVERLAP)
    warped = cv2.warpPerspective(lat, final, size, flags=cv2.INTER_LINEAR)
    score = correlation(ref, warped, mask)
    if score < MIN_CORRELATION:
        return _refused(Reason.DIFFERENT_SKIN)
    tier = Tier.APPROXIMATE
    if reason is Reason.CONFIRMED:
        if score >= ALIGNED_CORRELATION:
            tier = Tier.ALIGNED
        else:
            reason = Reason.WEAK_CORRELATION
    confidence = _confidence(score, count)
    return Alignment(tier, _full_size(final, reference, later), reason, confidence)


def _confidence(score: float, inliers: int) -> float:
    """0–1: mostly the correlation (what a viewer sees), a little the number of matches."""
    from_score = min(1.0, max(0.0, (score - MIN_CORRELATION) / (0.6 - MIN_CORRELATION)))
    from_matches = min(1.0, inliers / 200)
    return round(0.8 * from_score + 0.2 * from_matches, 3)


def _full_size(model: Floats, reference: Prepared, later: Prepared) -> Matrix3:
    """The working-size matrix as one on full-size pixels: later full → later working →
    reference working → reference full."""
    to_working = np.diag([later.factor, later.factor, 1.0])
    from_working = np.diag([1 / reference.factor, 1 / reference.factor, 1.0])
    full = from_working @ model @ to_working
    full /= full[2, 2]
    return tuple(tuple(float(v) for v in row) for row in full)  # type: ignore[return-value]
