"""The automatic alignment's rules, on the generated set (tests/alignment_pairs.py): no wrong
pair accepted, accepted pairs right in the centre, "aligned" pairs right at the corners, nine
in ten textured pairs aligned within 3 px, mirror images refused, the same answer twice."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from scar_diary.alignment import Tier
from scar_diary.alignment.method import UnreadablePhoto, align, align_files
from scar_diary.alignment.result import Alignment, Reason
from tests.alignment_pairs import Kind, Pair, errors_at_1000, make_pair

COUNTS: dict[Kind, int] = {"textured": 20, "smooth": 4, "different": 10, "mirrored": 4}


@pytest.fixture(scope="module")
def answered() -> Iterator[list[tuple[Pair, Alignment]]]:
    results = []
    for kind, count in COUNTS.items():
        for seed in range(count):
            pair = make_pair(1000 + seed, kind)
            results.append((pair, align(pair.reference, pair.later)))
    yield results


def _of(answered: list[tuple[Pair, Alignment]], *kinds: Kind) -> list[tuple[Pair, Alignment]]:
    return [(p, a) for p, a in answered if p.kind in kinds]


def test_no_pair_of_different_skin_is_accepted(answered: list[tuple[Pair, Alignment]]) -> None:
    wrong = _of(answered, "different", "mirrored")
    assert len(wrong) == COUNTS["different"] + COUNTS["mirrored"]
    accepted = [(p.kind, a.result) for p, a in wrong if a.result is not Tier.REFUSED]
    assert accepted == []
    assert all(a.matrix is None and a.confidence == 0 for _, a in wrong)


def test_mirror_images_are_refused_as_mirrored(answered: list[tuple[Pair, Alignment]]) -> None:
    reasons = [a.reason for _, a in _of(answered, "mirrored")]
    assert reasons == [Reason.MIRRORED] * COUNTS["mirrored"]


def test_every_accepted_pair_is_right_in_the_centre(answered: list[tuple[Pair, Alignment]]) -> None:
    accepted = [
        (p, a) for p, a in _of(answered, "textured", "smooth") if a.result is not Tier.REFUSED
    ]
    assert accepted
    centre = [errors_at_1000(p, np.array(a.matrix))[0] for p, a in accepted]
    assert max(centre) <= 5.0, centre


def test_aligned_pairs_are_right_at_the_corners(answered: list[tuple[Pair, Alignment]]) -> None:
    aligned = [(p, a) for p, a in answered if a.result is Tier.ALIGNED]
    corners = [errors_at_1000(p, np.array(a.matrix))[1] for p, a in aligned]
    assert aligned and max(corners) <= 15.0, corners


def test_nine_in_ten_textured_pairs_are_aligned_within_3_px(
    answered: list[tuple[Pair, Alignment]],
) -> None:
    textured = _of(answered, "textured")
    good = [
        a
        for p, a in textured
        if a.result is Tier.ALIGNED and errors_at_1000(p, np.array(a.matrix))[1] <= 3.0
    ]
    assert len(good) >= 0.9 * len(textured), f"{len(good)} of {len(textured)}"


def test_approximate_results_say_why(answered: list[tuple[Pair, Alignment]]) -> None:
    for _, found in answered:
        if found.result is Tier.APPROXIMATE:
            assert found.reason in (Reason.NO_PERSPECTIVE, Reason.WEAK_CORRELATION)
        if found.result is Tier.ALIGNED:
            assert found.reason is Reason.CONFIRMED and 0 < found.confidence <= 1


def test_the_same_photos_give_the_same_answer() -> None:
    pair = make_pair(7, "textured")
    first, second = align(pair.reference, pair.later), align(pair.reference, pair.later)
    assert first == second and first.result is Tier.ALIGNED


def test_the_matrix_is_in_full_size_upright_pixels(tmp_path: Path) -> None:
    """A photo saved on its side with an EXIF orientation, and at twice the size: the matrix
    maps the later photo's upright full-size pixels."""
    pair = make_pair(11, "textured")
    later = Image.open(__import__("io").BytesIO(pair.later))
    big = later.resize((later.width * 2, later.height * 2))
    turned = big.transpose(Image.Transpose.ROTATE_90)  # stored turned, EXIF turns it back
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    turned.save(tmp_path / "later.jpg", quality=92, exif=exif)
    (tmp_path / "reference.jpg").write_bytes(pair.reference)
    found = align_files(tmp_path / "reference.jpg", tmp_path / "later.jpg")
    assert found.result is Tier.ALIGNED
    halve = np.diag([0.5, 0.5, 1.0])  # upright full-size later pixels → the generated ones
    centre, corners = errors_at_1000(pair, np.array(found.matrix) @ np.linalg.inv(halve))
    assert centre <= 3 and corners <= 5


def test_the_command_prints_json_and_exits_0_for_every_result(tmp_path: Path) -> None:
    for kind in ("textured", "different"):
        pair = make_pair(21, kind)
        (tmp_path / "a.jpg").write_bytes(pair.reference)
        (tmp_path / "b.jpg").write_bytes(pair.later)
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "scar_diary",
                "align",
                str(tmp_path / "a.jpg"),
                str(tmp_path / "b.jpg"),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        answer = json.loads(done.stdout)
        assert set(answer) >= {"result", "matrix", "reason", "confidence"}
        if kind == "textured":
            assert answer["result"] == "aligned" and len(answer["matrix"]) == 3
            assert all(len(row) == 3 for row in answer["matrix"])
        else:
            assert answer["result"] == "refused" and answer["matrix"] is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [(None, "no such file"), (b"not an image at all", "not a readable image"), (b"", "")],
)
def test_a_file_it_cannot_read_is_one_sentence_and_exit_2(
    tmp_path: Path, content: bytes | None, expected: str
) -> None:
    good = tmp_path / "good.jpg"
    good.write_bytes(make_pair(3, "textured").reference)
    bad = tmp_path / "bad.jpg"
    if content is not None:
        bad.write_bytes(content)
    done = subprocess.run(
        [sys.executable, "-m", "scar_diary", "align", str(good), str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.jpg" in lines[0] and expected in lines[0]
    assert "Traceback" not in done.stderr


def test_a_tiny_photo_is_refused_not_an_error() -> None:
    small = __import__("io").BytesIO()
    Image.new("RGB", (40, 30), "tan").save(small, "PNG")
    pair = make_pair(3, "textured")
    found = align(pair.reference, small.getvalue())
    assert (found.result, found.reason) == (Tier.REFUSED, Reason.TOO_SMALL)


def test_an_unreadable_photo_raises_the_named_error() -> None:
    with pytest.raises(UnreadablePhoto, match="the later photo"):
        align(make_pair(3, "textured").reference, b"\xff\xd8\xff\xe0garbage")
