from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from PIL import Image

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
from scar_diary.services.photo_import import PreparedPhoto, Rejected
from scar_diary.services.thumbnails import thumbnail_path
from tests.images import photo, truncated


@pytest.fixture
def scar_id(diary: Diary) -> int:
    return diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)


def red(image: Image.Image, x: int, y: int) -> int:
    pixel = image.getpixel((x, y))
    assert isinstance(pixel, tuple)
    return int(pixel[0])


def prepared(diary: Diary, source: Path) -> PreparedPhoto:
    result = diary.photos.prepare(source)
    assert isinstance(result, PreparedPhoto), result
    return result


class TestFormats:
    @pytest.mark.parametrize(
        ("name", "fmt", "ext"),
        [
            ("a.jpg", "JPEG", ".jpg"),
            ("b.png", "PNG", ".png"),
            ("c.webp", "WEBP", ".webp"),
            ("d.tif", "TIFF", ".tif"),
            ("e.heic", "HEIF", ".heic"),
        ],
    )
    def test_every_supported_format_is_stored_unchanged(
        self, diary: Diary, scar_id: int, tmp_path: Path, name: str, fmt: str, ext: str
    ) -> None:
        source = photo(tmp_path / name, format=fmt)
        original = source.read_bytes()
        result = prepared(diary, source)
        stored = diary.data_dir / result.relative_path
        assert stored.read_bytes() == original == source.read_bytes()
        assert result.relative_path == f"photos/{result.sha256[:2]}/{result.sha256}{ext}"
        assert result.sha256 == hashlib.sha256(original).hexdigest()
        photo_id, new = diary.photos.add(scar_id, result)
        assert new and diary.photos.get(photo_id).original_name == name
        assert thumbnail_path(diary.photos.thumbs_dir, result.sha256).is_file()

    def test_heic_from_a_phone_with_a_date(self, diary: Diary, tmp_path: Path) -> None:
        source = photo(tmp_path / "IMG_0001.HEIC", format="HEIF", size=(120, 90))
        result = prepared(diary, source)
        assert (result.width, result.height) == (120, 90)


class TestExif:
    def test_date_taken_with_offset(self, diary: Diary, tmp_path: Path) -> None:
        source = photo(tmp_path / "a.jpg", taken="2026:03:01 10:15:00", offset="+02:00")
        assert prepared(diary, source).taken_at == dt.datetime(2026, 3, 1, 8, 15, tzinfo=dt.UTC)

    def test_date_taken_without_offset_is_local_time(self, diary: Diary, tmp_path: Path) -> None:
        source = photo(tmp_path / "a.jpg", taken="2026:03:01 10:15:00")
        expected = dt.datetime(2026, 3, 1, 10, 15).astimezone(dt.UTC)
        assert prepared(diary, source).taken_at == expected

    def test_without_exif_the_file_time_is_used(self, diary: Diary, tmp_path: Path) -> None:
        source = photo(tmp_path / "a.png", format="PNG")
        stamp = dt.datetime(2025, 12, 24, 9, 0, tzinfo=dt.UTC).timestamp()
        os.utime(source, (stamp, stamp))
        assert prepared(diary, source).taken_at == dt.datetime(2025, 12, 24, 9, 0, tzinfo=dt.UTC)

    def test_orientation_turns_size_and_thumbnail(self, diary: Diary, tmp_path: Path) -> None:
        # Stored 80×40 with the mark top-left; orientation 6 means "turn 90° clockwise to view".
        source = photo(tmp_path / "rotated.jpg", size=(80, 40), orientation=6)
        result = prepared(diary, source)
        assert (result.width, result.height) == (40, 80)
        with Image.open(thumbnail_path(diary.photos.thumbs_dir, result.sha256)) as thumb:
            assert thumb.width < thumb.height
            # after turning clockwise, the mark sits in the top-right corner
            rgb = thumb.convert("RGB")
            assert red(rgb, thumb.width - 3, 3) < 100
            assert red(rgb, 2, 2) > 150
        assert not thumb.getexif()


class TestBadFiles:
    @pytest.mark.parametrize(
        ("make", "reason"),
        [
            (lambda p: p.write_bytes(b"") or p, "empty"),
            (lambda p: p.write_text("not a photo at all") or p, "not an image"),
            (truncated, "damaged or incomplete"),
            (lambda p: photo(p, format="GIF"), "unsupported format (GIF)"),
        ],
    )
    def test_refused_with_a_reason_and_nothing_left_behind(
        self, diary: Diary, tmp_path: Path, make: object, reason: str
    ) -> None:
        source = tmp_path / "bad.jpg"
        make(source)  # type: ignore[operator]
        result = diary.photos.prepare(source)
        assert isinstance(result, Rejected) and reason in result.reason
        assert not (diary.data_dir / "photos").exists() or not any(
            (diary.data_dir / "photos").rglob("*")
        )

    @pytest.mark.parametrize("pixels_over", [1.5, 3.0])  # Pillow warns below 2×, errors above
    def test_decompression_bombs_are_refused(
        self, diary: Diary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pixels_over: float
    ) -> None:
        monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
        side = int((1_000_000 * pixels_over) ** 0.5) + 1
        source = photo(tmp_path / "bomb.png", size=(side, side), format="PNG", marker=False)
        result = diary.photos.prepare(source)
        assert isinstance(result, Rejected) and "too large" in result.reason

    def test_missing_file(self, diary: Diary, tmp_path: Path) -> None:
        result = diary.photos.prepare(tmp_path / "gone.jpg")
        assert isinstance(result, Rejected) and "cannot be read" in result.reason


class TestImportAndStore:
    def test_same_file_twice_is_stored_once(
        self, diary: Diary, scar_id: int, tmp_path: Path
    ) -> None:
        source = photo(tmp_path / "a.jpg")
        copy = tmp_path / "copy-of-a.jpg"
        copy.write_bytes(source.read_bytes())
        summary = diary.photos.import_files(scar_id, [source, copy])
        assert summary.imported == ["a.jpg"] and summary.already_present == ["copy-of-a.jpg"]
        assert len(diary.photos.for_scar(scar_id)) == 1
        assert len([p for p in (diary.data_dir / "photos").rglob("*") if p.is_file()]) == 1

    def test_a_batch_records_new_known_and_repeated_photos_in_order(
        self, diary: Diary, scar_id: int, tmp_path: Path
    ) -> None:
        known = prepared(diary, photo(tmp_path / "known.jpg", color=(10, 20, 30)))
        [(known_id, _)] = diary.photos.add_many(scar_id, [known])
        new = prepared(diary, photo(tmp_path / "new.jpg", color=(40, 50, 60)))
        added = diary.photos.add_many(scar_id, [new, known, new])
        new_id = added[0][0]
        assert added == [(new_id, True), (known_id, False), (new_id, False)]
        assert sorted(p.id for p in diary.photos.for_scar(scar_id)) == sorted([known_id, new_id])

    def test_a_mixed_folder_keeps_the_good_ones(
        self, diary: Diary, scar_id: int, tmp_path: Path
    ) -> None:
        good = [photo(tmp_path / f"{i}.jpg", color=(200, 100 + i, 90)) for i in range(3)]
        empty = tmp_path / "empty.jpg"
        empty.write_bytes(b"")
        summary = diary.photos.import_files(scar_id, [*good, empty])
        assert summary.imported == ["0.jpg", "1.jpg", "2.jpg"]
        assert [(r.name, "empty" in r.reason) for r in summary.rejected] == [("empty.jpg", True)]
        assert not list((diary.data_dir / "photos").rglob(".partial-*"))

    def test_progress_can_cancel(self, diary: Diary, scar_id: int, tmp_path: Path) -> None:
        files = [photo(tmp_path / f"{i}.jpg", color=(200, 100 + i, 90)) for i in range(5)]
        summary = diary.photos.import_files(scar_id, files, progress=lambda done, _: done < 2)
        assert summary.cancelled and len(summary.imported) == 2

    def test_timeline_order_date_change_and_delete(
        self, diary: Diary, scar_id: int, tmp_path: Path
    ) -> None:
        late = photo(tmp_path / "late.jpg", taken="2026:05:01 10:00:00", offset="+00:00")
        early = photo(
            tmp_path / "early.jpg", taken="2026:01:01 10:00:00", offset="+00:00", color=(10, 10, 10)
        )
        diary.photos.import_files(scar_id, [late, early])
        timeline = diary.photos.for_scar(scar_id)
        assert [p.original_name for p in timeline] == ["early.jpg", "late.jpg"]
        diary.photos.set_taken_at(timeline[1].id, dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
        assert [p.original_name for p in diary.photos.for_scar(scar_id)] == [
            "late.jpg",
            "early.jpg",
        ]
        stored = diary.photos.file(timeline[0])
        unused = diary.photos.delete(timeline[0].id)
        assert stored.exists()  # the row is gone; the file goes separately (on a worker)
        diary.photos.remove_files(unused)
        assert not stored.exists()
        assert [p.original_name for p in diary.photos.for_scar(scar_id)] == ["late.jpg"]

    def test_a_file_shared_by_two_scars_stays_until_both_are_gone(
        self, diary: Diary, scar_id: int, tmp_path: Path
    ) -> None:
        other = diary.scars.add("chin", FaceRegion.CHIN, ScarType.ICE_PICK)
        source = photo(tmp_path / "both.jpg")
        diary.photos.import_files(scar_id, [source])
        diary.photos.import_files(other, [source])
        (first,) = diary.photos.for_scar(scar_id)
        assert diary.photos.delete(first.id) == []  # the other scar still uses the file
        assert diary.photos.file(first).exists()
        paths = diary.scars.delete(other)
        diary.photos.remove_unused_files(paths)
        assert not diary.photos.file(first).exists()

    def test_store_refuses_paths_outside_it(self, diary: Diary) -> None:
        for bad in ("../diary.sqlite3", "/etc/passwd", "cache/x.jpg", "photos/../../x"):
            with pytest.raises(ValueError):
                diary.photos.store.path(bad)
