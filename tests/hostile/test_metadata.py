"""Privacy: metadata stripping keeps only what it knows is safe. Every exported photo, the
report's images and the CSV files are scanned for EXIF, GPS, XMP, C2PA/JUMBF, comments, a
second image and the text planted in them."""

from __future__ import annotations

import io
import struct
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from scar_diary.archive.export import export_archive
from scar_diary.archive.strip import MetadataError, strip_metadata
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.report.content import ReportOptions, gather
from scar_diary.report.document import write_pdf
from scar_diary.report.render import render
from scar_diary.services.csv_export import export_csv
from scar_diary.services.diary import Diary
from scar_diary.services.image_checks import pillow_rules
from tests.conftest import TODAY
from tests.hostile.forge import (
    SECRET,
    every_hiding_place,
    every_hiding_place_jpeg,
    every_hiding_place_png,
    icc_with_words,
    jpeg,
    metadata_found,
    phone_jpeg,
    phone_png,
    progressive_with_hidden_segments,
    secrets_found,
    stray_marker_jpeg,
)
from tests.images import photo


def colour_tags(profile: bytes) -> dict[bytes, bytes]:
    """An ICC profile's tags other than its words (description, copyright), by signature."""
    (count,) = struct.unpack(">I", profile[128:132])
    tags = {}
    for index in range(count):
        start = 132 + 12 * index
        offset, size = struct.unpack(">II", profile[start + 4 : start + 12])
        tags[profile[start : start + 4]] = profile[offset : offset + size]
    return {k: v for k, v in tags.items() if k not in (b"desc", b"cprt", b"dmnd", b"dmdd", b"priv")}


HOSTILE = {
    "phone JPEG with a second JPEG appended": (phone_jpeg, ".jpg"),
    "progressive JPEG with segments between scans": (progressive_with_hidden_segments, ".jpg"),
    "PNG with text, XMP, EXIF, C2PA and trailing bytes": (phone_png, ".png"),
    "JPEG with a stray marker in its image data": (stray_marker_jpeg, ".jpg"),
}


class TestStripping:
    @pytest.mark.parametrize("name", list(HOSTILE))
    def test_nothing_but_the_picture_survives(self, name: str) -> None:
        make, ext = HOSTILE[name]
        data = make()
        assert metadata_found(data), "the forged file must carry metadata to begin with"
        clean, new_ext = strip_metadata(data, ext)
        assert metadata_found(clean) == [] and new_ext == ext
        with pillow_rules(), Image.open(io.BytesIO(clean)) as image:
            image.load()  # still a whole picture
            assert image.size == Image.open(io.BytesIO(data)).size

    def test_jpeg_pixels_are_untouched(self) -> None:
        data = phone_jpeg()
        clean, _ = strip_metadata(data, ".jpg")
        with (
            pillow_rules(),
            Image.open(io.BytesIO(data)) as before,
            Image.open(io.BytesIO(clean)) as after,
        ):
            assert before.tobytes() == after.tobytes()

    @pytest.mark.parametrize("ext", [".jpg", ".png"])
    def test_the_colour_profile_keeps_its_colour_and_loses_its_words(self, ext: str) -> None:
        from PIL import ImageCms

        icc = icc_with_words()
        data = jpeg(icc_profile=icc) if ext == ".jpg" else every_hiding_place_png()
        clean, _ = strip_metadata(data, ext)
        with Image.open(io.BytesIO(clean)) as image:
            kept = image.info.get("icc_profile")
        assert kept and secrets_found(kept) == []
        assert colour_tags(kept) == colour_tags(icc)  # the same colour, to the byte
        profile = ImageCms.ImageCmsProfile(io.BytesIO(kept))  # a profile LittleCMS reads
        assert ImageCms.getProfileDescription(profile).strip() == "Colour profile"

    @pytest.mark.parametrize(
        ("make", "ext"),
        [
            (every_hiding_place_jpeg, ".jpg"),
            (every_hiding_place_png, ".png"),
            (lambda: every_hiding_place("WEBP"), ".webp"),
            (lambda: every_hiding_place("HEIF"), ".heic"),
        ],
        ids=["JPEG", "PNG", "WebP", "HEIC"],
    )
    def test_no_hiding_place_survives_the_default_export(
        self, make: Callable[[], bytes], ext: str
    ) -> None:
        data = make()
        assert secrets_found(data), "the forged file must hide something to begin with"
        clean, _ = strip_metadata(data, ext)
        assert secrets_found(clean) == []
        with pillow_rules(), Image.open(io.BytesIO(clean)) as image:
            image.load()
            assert image.size == ((64, 48) if ext == ".jpg" else (40, 30))
            assert image.info.get("icc_profile")  # the colour stays

    @pytest.mark.parametrize("name", list(HOSTILE))
    def test_cleaning_twice_changes_nothing(self, name: str) -> None:
        make, ext = HOSTILE[name]
        once, _ = strip_metadata(make(), ext)
        assert strip_metadata(once, ext)[0] == once

    @pytest.mark.parametrize(
        ("data", "ext"),
        [(b"\xff\xd8\xff\xe0\x00\x10JFIF", ".jpg"), (b"\x89PNG\r\n\x1a\n\x00\x00", ".png")],
    )
    def test_a_cut_file_is_refused_not_half_cleaned(self, data: bytes, ext: str) -> None:
        with pytest.raises(MetadataError):
            strip_metadata(data, ext)


@pytest.fixture
def planted(diary: Diary, tmp_path: Path) -> Diary:
    """A diary with the hostile photos in it, and notes that look like formulas."""
    scar = diary.scars.add('=HYPERLINK("x")', FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    files = []
    for index, (make, ext) in enumerate(HOSTILE.values()):
        target = tmp_path / f"hostile{index}{ext}"
        target.write_bytes(make())
        files.append(target)
    files.append(photo(tmp_path / "heic.heic", format="HEIF", taken="2026:01:01 10:00:00"))
    summary = diary.photos.import_files(scar, files)
    assert len(summary.imported) == len(files), summary.rejected
    diary.ratings.record(scar, TODAY, 6, 3, today=TODAY, note="+1 looked better")
    return diary


class TestEverythingThatLeaves:
    def test_exported_archive_photos(self, planted: Diary, tmp_path: Path) -> None:
        archive = export_archive(planted.db, tmp_path / "out.zip")
        with zipfile.ZipFile(archive) as zipped:
            photos = [n for n in zipped.namelist() if n.startswith("photos/")]
            assert len(photos) == len(HOSTILE) + 1  # and the HEIC
            for name in photos:
                assert metadata_found(zipped.read(name)) == [], name

    def test_report_images(self, qapp: object, planted: Diary, tmp_path: Path) -> None:
        out = tmp_path / "report.pdf"
        write_pdf(render(gather(planted, ReportOptions(), TODAY)), out, "A4")
        subprocess.run(["pdfimages", "-all", str(out), str(tmp_path / "img")], check=True)
        images = sorted(tmp_path.glob("img-*"))
        assert images
        for image in images:
            assert metadata_found(image.read_bytes()) == [], image.name
        assert SECRET not in out.read_bytes()

    def test_csv_files(self, planted: Diary, tmp_path: Path) -> None:
        for written in export_csv(planted.facts(), tmp_path / "csv", today=TODAY):
            data = written.read_bytes()
            assert metadata_found(data) == [], written.name


class TestSamePictureTwice:
    def test_photos_that_differ_only_in_metadata_export_and_import(
        self, diary: Diary, tmp_path: Path
    ) -> None:
        from scar_diary.archive.importer import import_archive

        scar = diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        first = photo(tmp_path / "a.jpg", taken="2026:01:01 10:00:00")
        second = photo(tmp_path / "b.jpg", taken="2026:02:01 10:00:00")  # same picture
        diary.photos.import_files(scar, [first, second])
        one, two = diary.photos.for_scar(scar)
        from scar_diary.domain.alignment import SavedAlignment, Similarity, Warp

        diary.photos.save_alignment(
            one.id, two.id, SavedAlignment(Warp.of(Similarity(1.1, 2, 3, 4)))
        )
        archive = export_archive(diary.db, tmp_path / "out.zip")
        import_archive(archive, tmp_path / "copy")
        copy = Diary.open(tmp_path / "copy")
        try:
            assert len(copy.photos.for_scar(scar)) == 1  # one picture, once
        finally:
            copy.close()
