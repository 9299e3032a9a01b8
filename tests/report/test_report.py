"""The doctor summary as a real PDF, read back with poppler's tools; the CSV with the csv
module; the charts' data against the domain's numbers."""

from __future__ import annotations

import csv
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.domain.progress import improvement_after_sessions
from scar_diary.domain.scores import improvements
from scar_diary.report import charts
from scar_diary.report.content import ReportOptions, default_paper, gather
from scar_diary.report.document import make_document, write_pdf
from scar_diary.report.render import render
from scar_diary.services.csv_export import RATING_COLUMNS, SESSION_COLUMNS, export_csv
from scar_diary.services.diary import Diary
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)


def pdf_text(path: Path) -> str:
    """The text in reading order (table cells stay whole), white space folded."""
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(raw.split())


def pdf_images(path: Path) -> list[list[str]]:
    """The images stored in the PDF, once each (a page draws a tall image in strips, so an
    image can be placed more than once)."""
    lines = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    stored: dict[str, list[str]] = {}
    for line in lines:
        fields = line.split()
        stored.setdefault(fields[10], fields)  # by object number
    return list(stored.values())


def pdf_pages(path: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


@pytest.fixture
def summary(qapp: object, sample: Diary, tmp_path: Path) -> Path:
    out = tmp_path / "summary.pdf"
    options = ReportOptions(questions="Should I go on after session 6?\nIs the chin worth it?")
    write_pdf(render(gather(sample, options, TODAY)), out, "A4")
    return out


class TestPdf:
    def test_text_is_real_and_complete(self, summary: Path) -> None:
        text = pdf_text(summary)
        for expected in (
            "Saline injections for acne scars",
            "Sam Sample (made-up)",
            "Dr. A. Example, Example Skin Clinic",
            "Wednesday, 25 November 2026",
            "The series",
            "Friday, 28 August 2026",
            "Saturday, 22 August 2026",
            "5 of 6–8 planned sessions done.",
            "Next allowed window (session 6):",
            "Average depth improvement so far: 38%.",
            "Softening since the baseline:",
            "Scars of types that rarely respond (ice-pick, deep boxcar) are counted apart: no change in depth on average.",
            "Rated on",
            "17 Sept 2026",
            "8 Dec 2026",
            "Inside the allowed window.",
            "Scars",
            "Left cheek, lower",
            "57%",
            "rarely responds; not in the mean",
            "Progress",
            "Photos: baseline and latest",
            "Before the first session",
            "3 days after session 5",
            "Questions for my doctor",
            "Should I go on after session 6?",
            "Is the chin worth it?",
            "This is a patient’s own record",
            "Injecting yourself without that experience is risky.",
        ):
            assert expected in text, expected

    def test_two_to_four_a4_pages_with_numbers(self, summary: Path) -> None:
        pages, size = pdf_pages(summary)
        assert 2 <= pages <= 4
        assert size.startswith("595 x 842")  # A4 in points
        raw = subprocess.run(
            ["pdftotext", "-layout", str(summary), "-"], capture_output=True, text=True, check=True
        ).stdout
        last_lines = [page.strip().splitlines()[-1].strip() for page in raw.split("\f")[:pages]]
        assert last_lines == [str(n) for n in range(1, pages + 1)]

    def test_charts_and_photo_pairs_without_exif(self, summary: Path, tmp_path: Path) -> None:
        images = pdf_images(summary)
        assert len(images) == 1 + 2 * 6  # the face map, six pairs: the charts are vectors
        subprocess.run(["pdfimages", "-all", str(summary), str(tmp_path / "img")], check=True)
        extracted = sorted(tmp_path.glob("img-*"))  # one file per placement
        assert len(extracted) >= len(images)
        for image in extracted:
            data = image.read_bytes()
            assert b"Exif" not in data and b"GPS" not in data

    def test_no_photos_and_chosen_scars_and_letter(
        self, qapp: object, sample: Diary, tmp_path: Path
    ) -> None:
        chin = next(s for s in sample.scars.all() if s.label == "Chin")
        out = tmp_path / "chin.pdf"
        options = ReportOptions(scar_ids=(chin.id,), include_photos=False, paper="Letter")
        write_pdf(render(gather(sample, options, TODAY)), out, "Letter")
        text = pdf_text(out)
        assert "Chin" in text and "Left cheek, lower" not in text
        assert "Photos: baseline and latest" not in text
        # the series' chart is the whole diary's (and says so), then the chin's bar: both
        # vectors; the one picture is the map
        assert len(pdf_images(out)) == 1
        assert "Is it working? Mean improvement over the series" in text
        assert "Chin (Ice-pick, rarely responds)" in text  # the chin's bar, named
        assert "The series' mean above is the whole diary's." in text
        assert "covers 1 of the 6 scars in the diary" in text
        assert "Numbers as in the table of scars." in text
        assert pdf_pages(out)[1].startswith("612 x 792")

    def test_the_charts_are_vectors_with_their_text_as_text(
        self, qapp: object, sample: Diary, tmp_path: Path
    ) -> None:
        out = tmp_path / "summary.pdf"
        write_pdf(render(gather(sample, ReportOptions(include_photos=False), TODAY)), out, "A4")
        text = pdf_text(out)
        for words in (
            "Is it working? Mean improvement over the series",
            "Improvement per scar",
            "Depth improvement since the baseline (%)",
            "Left cheek, lower (Rolling)",
        ):
            assert words in text, words
        assert len(pdf_images(out)) == 1  # the face map only: no picture of a chart

    def test_a_scar_that_rarely_responds_is_striped_with_lines_not_a_picture(
        self, qapp: object, diary: Diary, tmp_path: Path
    ) -> None:
        """Its bar is striped (not only a colour), and the stripes are lines: matplotlib's
        hatch became one picture per bar in the PDF (QtSvg paints SVG patterns as images)."""
        from matplotlib.collections import LineCollection
        from matplotlib.figure import Figure

        from scar_diary.report import charts

        diary.series.start(TODAY - 80 * DAY, acne_clear_on=TODAY - 80 * DAY)
        for label, kind in (("Pit", ScarType.ICE_PICK), ("Wave", ScarType.ROLLING)):
            scar = diary.scars.add(label, FaceRegion.LEFT_CHEEK, kind)
            diary.ratings.record(scar, TODAY - 70 * DAY, 8, 2, today=TODAY)
        diary.series.record_done(TODAY - 60 * DAY, today=TODAY)
        for each in diary.scars.all():
            diary.ratings.record(each.id, TODAY - 5 * DAY, 5, 5, today=TODAY)
        out = tmp_path / "striped.pdf"
        write_pdf(render(gather(diary, ReportOptions(include_photos=False), TODAY)), out, "A4")
        assert pdf_images(out) == []  # no scar pinned on the map (no map), both bars vectors
        assert "Pit (Ice-pick, rarely responds)" in pdf_text(out)
        data = gather(diary, ReportOptions(include_photos=False), TODAY)
        figure = Figure()
        facts = data.status
        charts.per_scar_chart(
            figure,
            scars=list(data.scars),
            improvements=facts.improvements,
            style=charts.Style(),
            names=charts.told_apart(data.scars, data.numbers),
        )
        ax = figure.axes[0]
        (stripes,) = [c for c in ax.collections if isinstance(c, LineCollection)]
        rows = [label.get_text() for label in ax.get_yticklabels()]
        pit = ax.patches[rows.index("Pit (Ice-pick, rarely responds)")]
        x0, x1 = sorted((pit.get_x(), pit.get_x() + pit.get_width()))
        y0, y1 = pit.get_y(), pit.get_y() + pit.get_height()
        ends = [point for segment in stripes.get_segments() for point in segment]
        assert len(ends) > 10 and all(  # every stripe ends inside the pit's bar: no clipping
            x0 - 1e-9 <= x <= x1 + 1e-9 and y0 - 1e-9 <= y <= y1 + 1e-9 for x, y in ends
        )

    def test_every_text_is_in_the_pdf_once(
        self, qapp: object, sample: Diary, tmp_path: Path
    ) -> None:
        # pages are drawn in strips; a line or table cut by a strip was drawn (and found by
        # search and copy) twice
        rendered = render(gather(sample, ReportOptions(), TODAY))
        out = tmp_path / "summary.pdf"
        write_pdf(rendered, out, "A4")
        in_pdf = subprocess.run(
            ["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        written = " ".join(make_document(rendered).toPlainText().split())
        checked = 0
        for line in {" ".join(line.split()) for line in in_pdf}:
            if len(line) > 12 and line in written:
                assert in_pdf.count(line) <= written.count(line), line
                checked += 1
        assert checked > 30

    def test_a_long_table_repeats_its_header_and_never_splits_a_row(
        self, qapp: object, diary: Diary, tmp_path: Path
    ) -> None:
        for number in range(1, 41):
            scar = diary.scars.add(f"Scar {number}", FaceRegion.LEFT_CHEEK, ScarType.DEEP_BOXCAR)
            diary.ratings.record(scar, TODAY, 5, 2, today=TODAY)
        out = tmp_path / "long.pdf"
        write_pdf(render(gather(diary, ReportOptions(include_photos=False), TODAY)), out, "A4")
        pages = [
            " ".join(
                subprocess.run(
                    ["pdftotext", "-raw", "-f", str(n), "-l", str(n), str(out), "-"],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()
            )
            for n in range(1, pdf_pages(out)[0] + 1)
        ]
        header = "# Scar Type Baseline Latest Rated on Depth Softening Note"
        with_rows = [page for page in pages if "Scar 1 " in page or "Scar 40 " in page]
        assert len(with_rows) >= 2 and all(header in page for page in with_rows)
        for number in range(1, 41):  # each row whole, on one page: its label beside its type
            row = f"{number} Scar {number} Left cheek Deep boxcar 5 / 2"
            assert sum(row in page for page in pages) == 1, row
        # no page holds the header alone above an empty row (a row moved on twice once left
        # a blank page between the two halves of the table)
        for page in pages:
            if header in page:
                assert re.search(r"\d+ Scar \d+ Left cheek", page), page

    def test_a_short_label_keeps_its_place_whole(
        self, qapp: object, sample: Diary, tmp_path: Path
    ) -> None:
        # the empty "Note" column once took room from the others and split "cheek"
        scar = next(s for s in sample.scars.all() if s.label == "Left cheek, lower")
        sample.scars.update(scar.id, "A", scar.region, scar.scar_type, "")
        out = tmp_path / "short.pdf"
        options = ReportOptions(scar_ids=(scar.id,), include_photos=False)
        write_pdf(render(gather(sample, options, TODAY)), out, "A4")
        assert "A Left cheek Rolling" in pdf_text(out)

    def test_saved_alignment_is_used(self, qapp: object, sample: Diary, tmp_path: Path) -> None:
        from scar_diary.domain.alignment import SavedAlignment, Similarity, Warp

        scar = sample.scars.all()[0]
        first, *_, last = sample.photos.for_scar(scar.id)
        sample.photos.save_alignment(
            first.id, last.id, SavedAlignment(Warp.of(Similarity(1.05, 3, -10, 4)))
        )
        data = gather(sample, ReportOptions(scar_ids=(scar.id,)), TODAY)
        kept = data.pairs[0].alignment
        assert kept is not None and kept.warp == Warp.of(Similarity(1.05, 3, -10, 4))
        out = tmp_path / "aligned.pdf"
        write_pdf(render(data), out, "A4")
        assert "aligned by hand" in pdf_text(out)

    @pytest.mark.parametrize(
        ("tier", "said"),
        [("aligned", "(aligned automatically)"), ("approximate", "automatically, approximately")],
    )
    def test_an_automatic_alignment_is_named_with_its_tier(
        self, qapp: object, sample: Diary, tmp_path: Path, tier: str, said: str
    ) -> None:
        from scar_diary.domain.alignment import SavedAlignment, Warp

        scar = sample.scars.all()[0]
        first, *_, last = sample.photos.for_scar(scar.id)
        tilted = Warp(((1.02, 0.01, -6.0), (-0.01, 0.98, 3.0), (2e-5, -1e-5, 1.0)))
        automatic = SavedAlignment(tilted, "orb-ransac-homography", 1, tier, 0.8)
        sample.photos.save_alignment(first.id, last.id, automatic)
        out = tmp_path / "automatic.pdf"
        write_pdf(render(gather(sample, ReportOptions(scar_ids=(scar.id,)), TODAY)), out, "A4")
        text = " ".join(pdf_text(out).split())
        assert said in text and "aligned by hand" not in text

    def test_paper_follows_the_country(self) -> None:
        assert default_paper("US") == "Letter" and default_paper("NL") == "A4"


class TestCli:
    def test_report_command(self, sample_dir: Path, tmp_path: Path) -> None:
        import os
        import sys

        out = tmp_path / "r.pdf"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "scar_diary",
                "report",
                "--data-dir",
                str(sample_dir),
                "--out",
                str(out),
                "--no-photos",
                "--scar",
                "6",
                "--today",
                "2026-11-25",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")},
        )
        assert result.returncode == 0, result.stderr
        # the whole diary's series chart, its bar and the map
        assert "Chin" in pdf_text(out) and len(pdf_images(out)) == 1  # the map; charts: vectors

    def test_the_questions_kept_in_the_diary_are_printed(
        self, sample_dir: Path, tmp_path: Path
    ) -> None:
        import sys

        diary = Diary.open(sample_dir)
        diary.profile.save_questions("Is the chin worth another try?")
        diary.close()
        out = tmp_path / "q.pdf"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "scar_diary",
                "report",
                "--data-dir",
                str(sample_dir),
                "--out",
                str(out),
                "--no-photos",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "Is the chin worth another try?" in pdf_text(out)

    def test_report_for_an_unknown_scar(self, sample_dir: Path, tmp_path: Path) -> None:
        import sys

        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "scar_diary",
                "report",
                "--data-dir",
                str(sample_dir),
                "--out",
                str(tmp_path / "r.pdf"),
                "--scar",
                "99",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 2 and "no scar with id 99" in result.stderr
        assert not (tmp_path / "r.pdf").exists()


class TestCsv:
    def test_ratings_and_sessions(self, sample: Diary, tmp_path: Path) -> None:
        ratings_file, sessions_file = export_csv(sample.facts(), tmp_path / "csv", today=TODAY)
        with ratings_file.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert tuple(rows[0]) == RATING_COLUMNS and len(rows) == 1 + 42
        first = dict(zip(rows[0], rows[1], strict=True))
        assert first["rated_on (YYYY-MM-DD)"] == "2026-08-28"
        assert first["depth (0-10, 0 = level with the skin)"] == "7"
        with sessions_file.open(encoding="utf-8", newline="") as handle:
            sessions = list(csv.DictReader(handle))
        assert tuple(sessions[0]) == SESSION_COLUMNS
        assert [s["status"] for s in sessions] == ["done"] * 5 + ["booked"]
        assert [s["number (blank = not confirmed)"] for s in sessions] == list("123456")
        assert {s["kind (session or boost)"] for s in sessions} == {"session"}
        assert [s["days_since_previous"] for s in sessions] == ["", "15", "21", "14", "16", "16"]
        assert sessions[-1]["time (HH:MM, local)"] == "10:30"

    def test_bom_for_excel(self, sample: Diary, tmp_path: Path) -> None:
        ratings_file, _ = export_csv(sample.facts(), tmp_path, today=TODAY, bom=True)
        assert ratings_file.read_bytes().startswith(b"\xef\xbb\xbf")
        plain, _ = export_csv(sample.facts(), tmp_path / "plain", today=TODAY)
        assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")


class TestChartData:
    def test_series_line_is_the_domains_numbers(self, sample: Diary) -> None:
        facts = sample.facts()
        points = improvement_after_sessions(facts, TODAY)
        figure = Figure()
        charts.series_chart(figure, points, facts.settings, charts.Style())
        (line,) = [ln for ln in figure.axes[0].get_lines() if ln.get_gid() == "mean"]
        assert list(line.get_xdata()) == [1.0, 2.0, 3.0, 4.0, 5.0]
        assert list(line.get_ydata()) == pytest.approx([p.mean_pct for p in points])
        ceiling = [ln for ln in figure.axes[0].get_lines() if list(ln.get_ydata()) == [80, 80]]
        assert ceiling

    def test_bars_are_each_scars_improvement_sorted(self, sample: Diary) -> None:
        facts = sample.facts()
        per_scar = improvements(facts)
        figure = Figure()
        rows = charts.per_scar_chart(figure, facts.active_scars, per_scar, charts.Style())
        widths = [bar.get_width() for bar in figure.axes[0].patches]
        expected = sorted(i.depth_pct for i in per_scar.values() if i.depth_pct is not None)
        assert widths == pytest.approx(expected) and [v for _, v in rows] == pytest.approx(expected)

    def test_scar_lines_are_its_ratings(self, sample: Diary) -> None:
        facts = sample.facts()
        scar = facts.scars[0]
        figure = Figure()
        charts.scar_chart(
            figure,
            facts,
            scar,
            7,
            by_session=True,
            since=None,
            fixed_axis=True,
            style=charts.Style(),
        )
        depth = next(ln for ln in figure.axes[0].get_lines() if ln.get_gid() == "depth")
        ratings = sorted(
            (r for r in facts.ratings if r.scar_id == scar.id), key=lambda r: (r.rated_on, r.id)
        )
        assert list(depth.get_ydata()) == [r.depth for r in ratings]
        assert figure.axes[0].get_ylim() == pytest.approx((-0.3, 10.3))
