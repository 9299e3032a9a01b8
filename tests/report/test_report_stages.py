"""The doctor summary builds at every stage of a series' life and says what that stage
needs: the next window, each scar's latest rating, ratings made while swollen, boosts."""

from __future__ import annotations

from pathlib import Path

import pytest

from scar_diary.report.content import ReportOptions, gather
from scar_diary.report.document import write_pdf
from scar_diary.report.render import render
from scar_diary.services.diary import Diary
from tests.conftest import TODAY
from tests.report.test_report import pdf_pages, pdf_text
from tests.stages import STAGES


def summary_text(diary: Diary, tmp_path: Path) -> str:
    out = tmp_path / "summary.pdf"
    write_pdf(render(gather(diary, ReportOptions(), TODAY)), out, "A4")
    assert 1 <= pdf_pages(out)[0] <= 4
    return pdf_text(out)


@pytest.mark.parametrize("stage", list(STAGES))
def test_the_summary_builds_at_every_stage(
    qapp: object, diary: Diary, tmp_path: Path, stage: str
) -> None:
    STAGES[stage](diary, TODAY)
    text = summary_text(diary, tmp_path)
    assert "The series" in text and "Injecting yourself without that experience is risky." in text


class TestWhatEachStageShows:
    def test_preparation(self, qapp: object, diary: Diary, tmp_path: Path) -> None:
        STAGES["preparation"](diary, TODAY)
        text = summary_text(diary, tmp_path)
        assert "Next allowed window: from Sunday, 6 December 2026." in text
        assert "0 of 6–8 planned sessions done." in text

    def test_one_session_with_ratings_that_may_be_swollen(
        self, qapp: object, diary: Diary, tmp_path: Path
    ) -> None:
        STAGES["one session"](diary, TODAY)
        text = summary_text(diary, tmp_path)
        assert "Next allowed window (session 2): Tuesday, 8 December 2026 to" in text
        assert "Rate your scars before the first session and again after sessions" in text

    def test_mid_series_lists_the_swollen_rating_and_latest_dates(
        self, qapp: object, diary: Diary, tmp_path: Path
    ) -> None:
        STAGES["mid-series"](diary, TODAY)
        text = summary_text(diary, tmp_path)
        assert "Ratings that fell in the swelling days after a visit: Left cheek 6 Nov 2026" in text
        assert "10 Nov 2026" in text  # each scar's latest rating
        assert "rarely responds; not in the mean" in text
        assert "Average depth improvement so far: 29%." in text  # 7 → 5, the swollen 3 unused

    def test_complete(self, qapp: object, diary: Diary, tmp_path: Path) -> None:
        STAGES["complete"](diary, TODAY)
        text = summary_text(diary, tmp_path)
        assert "8 of 6–8 planned sessions done." in text
        assert "The planned length is reached: no further window." in text

    def test_after_a_boost(self, qapp: object, diary: Diary, tmp_path: Path) -> None:
        STAGES["boost"](diary, TODAY)
        text = summary_text(diary, tmp_path)
        assert "A maintenance visit after the series." in text  # a year after its end: no flag
        assert "Maintenance boosts since: 1." in text
        assert "Boost 1" in text
        # the row's scores and date are the rating it uses; the newer one is named under it
        assert "4 / 6 13 Nov 2025 later: 23 Nov 2026, may be swollen (not used)" in text
        assert "Next maintenance boost suggested around Monday, 22 November 2027." in text
        # the rating two days after the boost may be swollen: the change is 7 → 4
        assert "Average depth improvement by the end of the series: 43%." in text
