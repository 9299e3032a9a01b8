from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scar_diary.domain.entities import FaceRegion, MapView, ScarType
from scar_diary.services.diary import Diary
from scar_diary.services.errors import InvalidInput
from scar_diary.services.ratings import RatingInput
from tests.conftest import TODAY
from tests.images import photo

DAY = dt.timedelta(days=1)


@pytest.fixture
def scar_id(diary: Diary) -> int:
    return diary.scars.add("cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING, map_x=0.3, map_y=0.5)


class TestScars:
    def test_edit_move_archive(self, diary: Diary, scar_id: int) -> None:
        diary.scars.update(
            scar_id, "Cheek, low", FaceRegion.RIGHT_CHEEK, ScarType.SHALLOW_BOXCAR, "since 2019"
        )
        diary.scars.move(scar_id, MapView.RIGHT, 0.6, 0.4)
        diary.scars.set_archived(scar_id, True)
        scar = diary.scars.get(scar_id)
        assert (scar.label, scar.region, scar.scar_type, scar.notes) == (
            "Cheek, low",
            FaceRegion.RIGHT_CHEEK,
            ScarType.SHALLOW_BOXCAR,
            "since 2019",
        )
        assert (scar.map_view, scar.map_x, scar.map_y, scar.archived) == (
            MapView.RIGHT,
            0.6,
            0.4,
            True,
        )
        assert diary.facts().active_scars == ()

    def test_moving_off_the_map_is_refused(self, diary: Diary, scar_id: int) -> None:
        with pytest.raises(InvalidInput):
            diary.scars.move(scar_id, MapView.FRONT, -0.1, 0.5)
        assert diary.scars.get(scar_id).map_x == 0.3

    def test_delete_counts_and_removes_everything(
        self, diary: Diary, scar_id: int, tmp_path: Path
    ) -> None:
        diary.ratings.record(scar_id, TODAY, 5, 5, today=TODAY)
        diary.ratings.record(scar_id, TODAY - DAY, 6, 4, today=TODAY)
        diary.photos.import_files(scar_id, [photo(tmp_path / "a.jpg")])
        dependents = diary.scars.dependents(scar_id)
        assert (dependents.photos, dependents.ratings) == (1, 2)
        paths = diary.scars.delete(scar_id)
        diary.photos.remove_unused_files(paths)
        assert diary.facts().ratings == () and diary.scars.all() == []
        assert not any(p.is_file() for p in (diary.data_dir / "photos").rglob("*"))

    def test_unknown_scar(self, diary: Diary) -> None:
        with pytest.raises(InvalidInput, match="no scar"):
            diary.scars.get(7)


class TestRatings:
    def test_record_many_is_all_or_nothing(self, diary: Diary, scar_id: int) -> None:
        other = diary.scars.add("chin", FaceRegion.CHIN, ScarType.ICE_PICK)
        with pytest.raises(InvalidInput, match="no scar"):
            diary.ratings.record_many(
                TODAY, [RatingInput(scar_id, 5, 5), RatingInput(99, 5, 5)], today=TODAY
            )
        assert diary.facts().ratings == ()
        ids = diary.ratings.record_many(
            TODAY, [RatingInput(scar_id, 5, 5, 4, "ok"), RatingInput(other, 8, 1)], today=TODAY
        )
        assert len(ids) == 2 and len(diary.facts().ratings) == 2

    def test_history_edit_and_delete(self, diary: Diary, scar_id: int) -> None:
        first = diary.ratings.record(scar_id, TODAY - 3 * DAY, 7, 2, today=TODAY)
        second = diary.ratings.record(scar_id, TODAY, 6, 3, today=TODAY)
        assert [r.id for r in diary.ratings.for_scar(scar_id)] == [second, first]
        diary.ratings.update(
            first, TODAY - 4 * DAY, RatingInput(scar_id, 8, 1, 9, "redo"), today=TODAY
        )
        edited = diary.ratings.for_scar(scar_id)[1]
        assert (
            edited.rated_on,
            edited.depth,
            edited.softening,
            edited.visibility,
            edited.note,
        ) == (
            TODAY - 4 * DAY,
            8,
            1,
            9,
            "redo",
        )
        with pytest.raises(InvalidInput, match="0 to 10"):
            diary.ratings.update(first, TODAY, RatingInput(scar_id, 12, 1), today=TODAY)
        with pytest.raises(InvalidInput, match="future"):
            diary.ratings.update(first, TODAY + DAY, RatingInput(scar_id, 5, 1), today=TODAY)
        deleted = diary.ratings.delete(second)
        assert deleted.depth == 6 and [r.id for r in diary.ratings.for_scar(scar_id)] == [first]
        with pytest.raises(InvalidInput, match="no rating"):
            diary.ratings.delete(second)

    def test_booleans_are_not_scores(self, diary: Diary, scar_id: int) -> None:
        with pytest.raises(InvalidInput):
            diary.ratings.record(scar_id, TODAY, True, 5, today=TODAY)
