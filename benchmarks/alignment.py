"""`make bench` rows for the automatic alignment: its time per pair (decode excluded,
against a raw decode of the same pair), the GUI thread's longest stall while 50 imported
photos are lined up, and what OpenCV adds to the bundle."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from benchmarks.measure import PROBE, Row, median_of, run_script

ALIGN_TIMES = (
    PROBE
    + """
import sys, io
sys.path.insert(0, sys.argv[2])
from PIL import Image
from tests.alignment_pairs import make_pair
import scar_diary.alignment.method as method
count = int(sys.argv[1])
accepted, refused, decodes = [], [], []
for seed in range(count):
    for kind in ("textured", "different"):
        pair = make_pair(500 + seed, kind)
        started = time.perf_counter()
        reference = method._decoded(pair.reference, "reference")
        later = method._decoded(pair.later, "later")
        decodes.append(time.perf_counter() - started)
        started = time.perf_counter()
        found = method.align_prepared(reference, later)
        took = time.perf_counter() - started
        (refused if found.matrix is None else accepted).append(took)
print(json.dumps({"accepted": accepted, "refused": refused, "decodes": decodes}))
"""
)

IMPORT_STALL = (
    PROBE
    + """
import sys, io, shutil, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from PIL import Image
from PySide6.QtCore import QSettings
from tests.alignment_pairs import make_pair
from scar_diary.services.diary import Diary
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.ui.app import start_app
from scar_diary.ui.preferences import AUTO_ALIGN_IMPORTS, PHOTO_GUIDE_SEEN
work = Path(sys.argv[3])
pairs = int(sys.argv[1])
files = []
for index in range(pairs):
    pair = make_pair(700 + index, "textured")
    for part, data in (("a", pair.reference), ("b", pair.later)):
        image = Image.open(io.BytesIO(data))
        exif = Image.Exif()
        exif[0x8769] = {36867: f"2026:{1 + index % 12:02d}:{1 + index // 12:02d} 09:00:{'00' if part == 'a' else '30'}"}
        target = work / f"IMG_{index:03d}{part}.jpg"
        image.save(target, "JPEG", quality=92, exif=exif.tobytes())
        files.append(target)
diary = Diary.open(work / "diary")
scar_id = diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
diary.close()
app, window = start_app(work / "diary")
until(app, lambda: window.diary is not None)
settings = window.ui_settings
AUTO_ALIGN_IMPORTS.set(settings, sys.argv[4] == "align")
PHOTO_GUIDE_SEEN.set(settings, True)
window.show_page(window.scars_holder)
page = window.page("scars")
until(app, lambda: page is not None)
beat = Heartbeat()
beat.start()
started = time.perf_counter()
page.edits.import_photos(scar_id, files)
if sys.argv[4] == "align":
    until(app, lambda: window.statusBar().currentMessage().startswith("Lined up"))
else:
    until(app, lambda: not page.edits.imports and len(window.diary.photos.for_scar(scar_id)) == len(files))
worst = beat.stop()
print(json.dumps({"worst": worst, "seconds": time.perf_counter() - started,
                  "message": window.statusBar().currentMessage()}))
window.close()
"""
)


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def _bundle_growth() -> tuple[float, str]:
    """OpenCV's files as the bundle takes them: the cv2 library and the libraries it links
    (its face cascades and Python wrappers are left out by the spec)."""
    import cv2

    package = Path(cv2.__file__).parent
    libs = package.parent / "opencv_python_headless.libs"
    total = 0
    for path in [*package.rglob("*"), *libs.rglob("*")]:
        if path.is_file() and "data" not in path.relative_to(package.parent).parts[1:2]:
            if path.suffix in (".pyi", ".pyc", ".txt"):
                continue
            total += path.stat().st_size
    built = Path("dist/scar-diary/_internal")
    if built.is_dir():  # the bundle itself, when `make bundle` has run
        total = sum(
            p.stat().st_size
            for p in built.rglob("*")
            if p.is_file() and ("cv2" in p.parts or "opencv_python_headless.libs" in p.parts)
        )
        return total / 1e6, "measured in dist/scar-diary"
    return total / 1e6, "OpenCV's files as the spec collects them (no bundle built)"


def alignment(paths: dict[str, Path], runs: int) -> list[Row]:
    tiny = "tiny" in str(paths["large"])
    root = str(Path(__file__).resolve().parent.parent)
    count = 3 if tiny else 20
    report: dict[str, Any] = dict(run_script(ALIGN_TIMES, str(count), root).report)
    decode = median_of(report["decodes"])
    accepted, refused = _p90(report["accepted"]), _p90(report["refused"] or [0.0])
    stalls: dict[str, list[float]] = {"align": [], "import": []}
    for _ in range(1 if tiny else min(runs, 3)):
        for how in stalls:
            with tempfile.TemporaryDirectory() as work:
                found = run_script(IMPORT_STALL, str(2 if tiny else 25), root, work, how)
                stalls[how].append(float(found.report["worst"]))
    worst, plain = median_of(stalls["align"]), median_of(stalls["import"])
    growth, where = _bundle_growth()
    return [
        Row(
            "automatic alignment of a matching pair at 1000 px (p90, decode excluded)",
            f"decoding the pair to 1000 px: {decode * 1000:.0f} ms",
            accepted * 1000,
            "ms",
            "≤ 500 ms",
            accepted <= 0.5,
            f"{len(report['accepted'])} pairs, 2 cores",
        ),
        Row(
            "automatic alignment refusing a pair of different skin (p90)",
            f"decoding the pair to 1000 px: {decode * 1000:.0f} ms",
            refused * 1000,
            "ms",
            "≤ 300 ms",
            refused <= 0.3,
            f"{len(report['refused'])} pairs",
        ),
        Row(
            "longest GUI-thread stall: importing and auto-aligning 50 photos",
            f"a 5 ms QTimer heartbeat; the same import without aligning: {plain:.0f} ms",
            worst,
            "ms",
            "≤ 50 ms",
            worst <= 50,
            "decode, match and save on the image and diary lanes",
        ),
        Row(
            "what OpenCV adds to the bundle",
            "the bundle without it",
            growth,
            "MB more",
            "≤ 90 MB",
            growth <= 90,
            where,
        ),
    ]
