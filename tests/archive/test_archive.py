from __future__ import annotations

import copy
import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from scar_diary.archive.export import export_archive
from scar_diary.archive.importer import ArchiveError, import_archive, read_archive
from scar_diary.archive.strip import strip_metadata
from scar_diary.domain.alignment import SavedAlignment, Similarity, Warp
from scar_diary.domain.entities import (
    FaceRegion,
    ProtocolSettings,
    ScarType,
    SeriesEnd,
    VisitKind,
    VisitStatus,
)
from scar_diary.services.diary import Diary
from scar_diary.storage.backup_store import list_backups
from scar_diary.storage.database import DB_FILENAME
from scar_diary.storage.sqlite_files import has_user_data
from tests.conftest import TODAY
from tests.images import photo

DAY = dt.timedelta(days=1)


def unpack(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read("diary.json"))
        files = {n: archive.read(n) for n in archive.namelist() if n != "diary.json"}
    return document, files


def pack(path: Path, document: Any, files: dict[str, bytes], raw_json: bytes | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("diary.json", raw_json if raw_json is not None else json.dumps(document))
        for name, data in files.items():
            archive.writestr(name, data)
    return path


@pytest.fixture(scope="module")
def sample_archive(tmp_path_factory: pytest.TempPathFactory, sample_template: Path) -> Path:
    diary = Diary.open(sample_template)
    try:
        return export_archive(diary.db, tmp_path_factory.mktemp("archive") / "sample.zip")
    finally:
        diary.close()


class TestRoundTrip:
    def test_export_import_export_is_identical(self, sample_archive: Path, tmp_path: Path) -> None:
        import_archive(sample_archive, tmp_path / "copy")
        again = Diary.open(tmp_path / "copy")
        try:
            second = export_archive(again.db, tmp_path / "again.zip")
            assert again.status(TODAY).mean_improvement == pytest.approx(38.4, abs=0.1)
        finally:
            again.close()
        first_doc, first_files = unpack(sample_archive)
        second_doc, second_files = unpack(second)
        first_doc.pop("exported_at")
        second_doc.pop("exported_at")
        assert first_doc == second_doc
        assert first_files == second_files  # byte-identical photos
        assert first_doc["format"] == "scar-diary-archive" and first_doc["version"] == 4
        assert len(first_doc["scars"]) == 6 and len(first_doc["ratings"]) == 42
        assert len(first_files) == 18 and all(i["id"].isdigit() for i in first_doc["scars"])

    def test_exported_photos_carry_no_gps(self, diary: Diary, tmp_path: Path) -> None:
        scar = diary.scars.add("a", FaceRegion.CHIN, ScarType.ROLLING)
        source = tmp_path / "gps.jpg"
        image = Image.new("RGB", (40, 30), (200, 150, 120))
        exif = Image.Exif()
        exif[0x0112] = 6
        exif[0x8825] = {1: "N", 2: (52.0, 22.0, 0.0)}
        exif[0x8769] = {36867: "2026:01:01 10:00:00"}
        image.save(source, "JPEG", exif=exif.tobytes())
        diary.photos.import_files(scar, [source])
        _, files = unpack(export_archive(diary.db, tmp_path / "stripped.zip", strip=True))
        (data,) = files.values()
        with Image.open(io.BytesIO(data)) as exported:
            assert dict(exported.getexif()) == {}  # no EXIF at all
            assert exported.size == (30, 40)  # turned upright in its pixels instead
        _, kept = unpack(export_archive(diary.db, tmp_path / "kept.zip", strip=False))
        (original,) = kept.values()
        assert original == source.read_bytes()

    def test_stripping_twice_changes_nothing(self, tmp_path: Path) -> None:
        for fmt, ext in (("JPEG", ".jpg"), ("PNG", ".png"), ("WEBP", ".webp")):
            data = photo(tmp_path / f"x{ext}", format=fmt, taken="2026:01:01 10:00:00").read_bytes()
            once, new_ext = strip_metadata(data, ext)
            twice, _ = strip_metadata(once, new_ext)
            assert once == twice and new_ext in (".jpg", ".png")

    def test_import_into_a_diary_with_data_backs_it_up(
        self, sample_archive: Path, diary: Diary
    ) -> None:
        diary.scars.add("mine", FaceRegion.CHIN, ScarType.OTHER)
        folder = diary.data_dir
        diary.close()
        assert has_user_data(folder / DB_FILENAME)
        backup = import_archive(sample_archive, folder)
        assert backup is not None and backup.scars == 1
        assert [b.reason for b in list_backups(folder)] == ["before-import"]
        reopened = Diary.open(folder)
        try:
            assert len(reopened.scars.all()) == 6
        finally:
            reopened.close()


class TestVersions:
    def test_a_version_1_archive_still_imports(self, sample_archive: Path, tmp_path: Path) -> None:
        document, files = unpack(sample_archive)
        document["version"] = 1
        del document["diary_id"]
        for key in (
            "fresh_rating_sessions",
            "lapse_days",
            "retinoid_resume_days",
            "swelling_days",
            "boost_needs_prep",
            "strip_photo_metadata",
        ):
            del document["settings"][key]
        del document["profile"]["questions"]
        for item in document["series"]:
            del item["acne_flared_on"]
        for item in document["visits"]:
            del item["kind"]
        old = pack(tmp_path / "v1.zip", document, files)
        import_archive(old, tmp_path / "from-v1")
        diary = Diary.open(tmp_path / "from-v1")
        try:
            facts = diary.facts()
            assert {v.kind for v in facts.visits} == {VisitKind.SESSION}
            assert facts.settings.swelling_days == 2 and not facts.settings.boost_needs_prep
            assert diary.status(TODAY).progress.done == 5
        finally:
            diary.close()

    def test_a_version_2_archive_still_imports_with_a_diary_id_of_its_own(
        self, sample_archive: Path, tmp_path: Path
    ) -> None:
        document, files = unpack(sample_archive)
        document["version"] = 2
        del document["diary_id"]
        for key in ("fresh_rating_sessions", "lapse_days"):
            del document["settings"][key]
        import_archive(pack(tmp_path / "v2.zip", document, files), tmp_path / "from-v2")
        diary = Diary.open(tmp_path / "from-v2")
        try:
            settings = diary.facts().settings
            assert (settings.fresh_rating_sessions, settings.lapse_days) == (1, 90)
            assert diary.status(TODAY).progress.done == 5
            assert len(diary.profile.diary_uuid()) == 36
        finally:
            diary.close()

    def test_a_version_3_archive_still_imports_its_alignments_as_made_by_hand(
        self, sample_archive: Path, tmp_path: Path
    ) -> None:
        document, files = unpack(sample_archive)
        document["version"] = 3
        one, two = document["photos"][0]["id"], document["photos"][1]["id"]
        document["alignments"] = [
            {
                "fixed_photo_id": one,
                "moving_photo_id": two,
                "scale": 1.1,
                "angle_deg": 5.0,
                "dx": 3.0,
                "dy": -4.0,
            }
        ]
        import_archive(pack(tmp_path / "v3.zip", document, files), tmp_path / "from-v3")
        diary = Diary.open(tmp_path / "from-v3")
        try:
            saved = diary.photos.alignment(int(one), int(two))
            assert saved is not None and not saved.automatic and saved.tier is None
            expected = Warp.of(Similarity(1.1, 5.0, 3.0, -4.0))
            for point in ((0.0, 0.0), (100.0, 50.0)):
                assert saved.warp.apply(point) == pytest.approx(expected.apply(point))
            again, _ = unpack(export_archive(diary.db, tmp_path / "again.zip"))
            assert again["version"] == 4 and again["alignments"][0]["method"] == "hand"
        finally:
            diary.close()

    def test_an_automatic_alignment_travels_with_its_tier_and_confidence(
        self, diary: Diary, tmp_path: Path
    ) -> None:
        scar = diary.scars.add("Cheek", FaceRegion.CHIN, ScarType.ROLLING)
        a = photo(tmp_path / "a.png", size=(300, 200), taken="2026:10:01 10:00:00")
        b = photo(tmp_path / "b.png", size=(300, 200), color=(190, 140, 120))
        diary.photos.import_files(scar, [a, b])
        first, second = diary.photos.for_scar(scar)
        kept = SavedAlignment(
            Warp(((1.01, 0.02, 5.0), (-0.02, 0.99, -3.0), (1e-5, -2e-5, 1.0))),
            "orb-ransac-homography",
            1,
            "approximate",
            0.62,
            dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC),
        )
        diary.photos.save_alignment(first.id, second.id, kept)
        import_archive(export_archive(diary.db, tmp_path / "a.zip"), tmp_path / "copy")
        copy_ = Diary.open(tmp_path / "copy")
        try:
            (scar_copy,) = copy_.facts().scars
            photos = copy_.photos.for_scar(scar_copy.id)
            assert copy_.photos.alignment(photos[0].id, photos[1].id) == kept
        finally:
            copy_.close()

    def test_a_flat_alignment_matrix_is_refused(self, sample_archive: Path, tmp_path: Path) -> None:
        document, files = unpack(sample_archive)
        one, two = document["photos"][0]["id"], document["photos"][1]["id"]
        document["alignments"] = [
            {
                "fixed_photo_id": one,
                "moving_photo_id": two,
                "matrix": [[1, 2, 0], [2, 4, 0], [0, 0, 1]],
                "method": "hand",
                "method_version": None,
                "tier": None,
                "confidence": None,
                "saved_at": None,
            }
        ]
        refused(tmp_path, document, files, "cannot place a photo")

    def test_a_version_3_field_in_a_version_2_archive_is_refused(
        self, sample_archive: Path, tmp_path: Path
    ) -> None:
        document, files = unpack(sample_archive)
        document["version"] = 2  # but it still has "diary_id"
        refused(tmp_path, document, files, "not valid at")

    def test_a_version_2_field_in_a_version_1_archive_is_refused(
        self, sample_archive: Path, tmp_path: Path
    ) -> None:
        document, files = unpack(sample_archive)
        document["version"] = 1  # but it still has "kind" on its visits
        refused(tmp_path, document, files, "not valid at")

    def test_boosts_flares_and_the_new_settings_travel(self, diary: Diary, tmp_path: Path) -> None:
        diary.series.start(TODAY - 200 * DAY, acne_clear_on=TODAY - 200 * DAY)
        diary.series.record_done(TODAY - 170 * DAY, today=TODAY)
        diary.series.report_flare(TODAY - 160 * DAY)
        diary.series.end(TODAY - 150 * DAY, SeriesEnd.STOPPED)
        diary.series.record_done(TODAY - 10 * DAY, today=TODAY)  # a boost
        diary.series.book(TODAY + 300 * DAY)
        diary.profile.save_settings(
            ProtocolSettings(swelling_days=4, retinoid_resume_days=5, boost_needs_prep=True)
        )
        archive = export_archive(diary.db, tmp_path / "a.zip")
        import_archive(archive, tmp_path / "copy")
        copy_ = Diary.open(tmp_path / "copy")
        try:
            facts = copy_.facts()
            assert [(v.kind, v.status) for v in sorted(facts.visits, key=lambda v: v.id)] == [
                (VisitKind.SESSION, VisitStatus.DONE),
                (VisitKind.BOOST, VisitStatus.DONE),
                (VisitKind.BOOST, VisitStatus.BOOKED),
            ]
            assert facts.series is not None and facts.series.acne_flared_on == TODAY - 160 * DAY
            assert (
                facts.settings.swelling_days,
                facts.settings.retinoid_resume_days,
                facts.settings.boost_needs_prep,
            ) == (4, 5, True)
        finally:
            copy_.close()


def refused(
    tmp_path: Path,
    document: Any,
    files: dict[str, bytes],
    message: str,
    raw_json: bytes | None = None,
) -> None:
    path = pack(tmp_path / "broken.zip", document, files, raw_json)
    with pytest.raises(ArchiveError, match=message):
        read_archive(path)


class TestRefusals:
    @pytest.fixture
    def parts(self, sample_archive: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
        return unpack(sample_archive)

    def test_not_a_zip(self, tmp_path: Path) -> None:
        bad = tmp_path / "notes.zip"
        bad.write_text("hello")
        with pytest.raises(ArchiveError, match="not a readable zip"):
            read_archive(bad)

    @pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "photos/../../x", "C:\\x"])
    def test_paths_outside_the_archive(self, tmp_path: Path, parts: Any, name: str) -> None:
        document, files = parts
        refused(tmp_path, document, {**files, name: b"x"}, "outside the archive")

    def test_missing_diary_json(self, tmp_path: Path, parts: Any) -> None:
        path = tmp_path / "nojson.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("photos/readme.txt", "x")
        with pytest.raises(ArchiveError, match=r"no diary\.json"):
            read_archive(path)

    def test_huge_diary_json(
        self, tmp_path: Path, parts: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import scar_diary.archive.importer as importer

        monkeypatch.setattr(importer, "MAX_JSON_BYTES", 1000)
        document, files = parts
        refused(tmp_path, document, files, "too large")

    def test_unknown_format_and_newer_version(self, tmp_path: Path, parts: Any) -> None:
        document, files = parts
        refused(tmp_path, {**document, "format": "other-app"}, files, "unknown format")
        refused(tmp_path, {**document, "version": 5}, files, "newer version")
        refused(tmp_path, {**document, "version": 0}, files, "not one this app knows")

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            (lambda d: d["ratings"][0].update(depth=11), "not valid at ratings/0/depth"),
            (lambda d: d["scars"][0].update(type="keloid"), "not valid at scars/0/type"),
            (lambda d: d["ratings"][0].update(scar_id="999"), "refers to a scar"),
            (lambda d: d["ratings"][0].update(date="2026-02-30"), "not valid at ratings/0/date"),
            (lambda d: d["ratings"][0].update(date="2031-01-01"), "dated after the archive"),
            (lambda d: d["visits"][0].update(series_id="77"), "refers to a series"),
            (lambda d: d["settings"].update(interval_min_days=30), "do not fit together"),
            (lambda d: d["scars"].append(copy.deepcopy(d["scars"][0])), "same scar id twice"),
            (lambda d: d.pop("photos"), "not valid"),
        ],
    )
    def test_schema_and_reference_violations(
        self, tmp_path: Path, parts: Any, change: Any, message: str
    ) -> None:
        document, files = copy.deepcopy(parts)
        change(document)
        refused(tmp_path, document, files, message)

    def test_photo_hash_mismatch(self, tmp_path: Path, parts: Any) -> None:
        document, files = parts
        name = next(iter(files))
        refused(tmp_path, document, {**files, name: files[name] + b"tampered"}, "checksum")

    def test_missing_photo(self, tmp_path: Path, parts: Any) -> None:
        document, files = parts
        refused(tmp_path, document, dict(list(files.items())[1:]), "missing from the archive")

    def test_bad_json(self, tmp_path: Path, parts: Any) -> None:
        _, files = parts
        refused(tmp_path, None, files, "cannot be read", raw_json=b"{not json")

    def test_refusal_changes_nothing(self, tmp_path: Path, parts: Any, diary: Diary) -> None:
        diary.scars.add("mine", FaceRegion.CHIN, ScarType.OTHER)
        folder = diary.data_dir
        diary.close()
        before = (folder / "diary.sqlite3").read_bytes()
        document, files = copy.deepcopy(parts)
        document["ratings"][0]["softening"] = -1
        with pytest.raises(ArchiveError):
            import_archive(pack(tmp_path / "b.zip", document, files), folder)
        assert (folder / "diary.sqlite3").read_bytes() == before
        assert not (folder / "backups").exists()

    @settings(
        max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(data=st.data())
    def test_randomly_broken_archives_are_refused_cleanly(
        self, tmp_path_factory: pytest.TempPathFactory, parts: Any, data: st.DataObject
    ) -> None:
        """Whatever is broken, the answer is an ArchiveError, never a crash."""
        document, files = copy.deepcopy(parts)
        kind = data.draw(st.sampled_from(["value", "drop", "bytes", "names"]))
        if kind == "value":
            section = data.draw(st.sampled_from(["scars", "ratings", "visits", "photos"]))
            item = data.draw(st.sampled_from(document[section]))
            key = data.draw(st.sampled_from(sorted(item)))
            item[key] = data.draw(
                st.one_of(
                    st.none(),
                    st.integers(-5, 99),
                    st.text(max_size=5),
                    st.booleans(),
                    st.lists(st.integers(), max_size=2),
                )
            )
        elif kind == "drop":
            document.pop(data.draw(st.sampled_from(sorted(document))))
        elif kind == "bytes":
            raw = json.dumps(document).encode()
            cut = data.draw(st.integers(1, len(raw) - 1))
            path = pack(tmp_path_factory.mktemp("h") / "a.zip", None, files, raw[:cut])
            with pytest.raises(ArchiveError):
                read_archive(path)
            return
        else:
            name = data.draw(st.sampled_from(sorted(files)))
            files[data.draw(st.sampled_from(["../" + name, "/" + name, name + "x"]))] = files.pop(
                name
            )
        path = pack(tmp_path_factory.mktemp("h") / "a.zip", document, files)
        try:
            read_archive(path)
        except ArchiveError:
            return
        # a change that kept the archive valid is fine (e.g. a note set to other text)
