from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.progress.page import ProgressPage
from scar_diary.ui.report.page import ReportPage
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow, opened


@pytest.fixture
def window(make_window: MakeWindow, qtbot: QtBot) -> MainWindow:
    made = make_window()
    opened(qtbot, made, made.open_sample)
    return made


def progress(window: MainWindow, qtbot: QtBot) -> ProgressPage:
    window.show_page(window.progress_holder)
    page = window.built(ProgressPage)
    assert page is not None
    qtbot.waitUntil(page.isVisible)  # a page added to a shown window appears on the next turn
    return page


def report(window: MainWindow) -> ReportPage:
    window.show_page(window.report_holder)
    page = window.built(ReportPage)
    assert page is not None
    return page


class TestProgress:
    def test_three_charts_for_the_sample(self, window: MainWindow, qtbot: QtBot) -> None:
        page = progress(window, qtbot)
        for box in (page.series_box, page.scars_box, page.scar_box):
            assert box.canvas.isVisible() and not box.empty.isVisible()
        assert page.scar_combo.count() == 6
        title = page.scar_box.figure.axes[0].get_title()
        assert title == "Left cheek, lower — Rolling, Left cheek"

    def test_hover_reads_out_a_point(self, window: MainWindow, qtbot: QtBot) -> None:
        page = progress(window, qtbot)
        box = page.series_box
        box.canvas.draw()
        ax = box.figure.axes[0]
        line = next(ln for ln in ax.get_lines() if ln.get_gid() == "mean")
        x, y = ax.transData.transform((line.get_xdata()[2], line.get_ydata()[2]))
        # the pointer over the third point, as matplotlib reports it from the Qt mouse event
        MouseEvent("motion_notify_event", box.canvas, x, y)._process()
        assert box.readout.text() == "After session 3: 16%"  # the ice-pick scar counted apart

    def test_axis_range_and_scale_controls(self, window: MainWindow, qtbot: QtBot) -> None:
        page = progress(window, qtbot)
        page.x_axis.setCurrentIndex(page.x_axis.findData("session"))
        assert page.scar_box.figure.axes[0].get_xlabel() == "Sessions"
        page.fixed_axis.setChecked(False)
        assert page.scar_box.figure.axes[0].get_ylim() != pytest.approx((-0.3, 10.3))
        page.scar_combo.setCurrentIndex(5)
        assert page.scar_box.figure.axes[0].get_title().startswith("Chin — Ice-pick")

    def test_save_as_png_and_svg(self, window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
        box = progress(window, qtbot).series_box
        assert box.save_to(str(tmp_path / "chart.png"))
        assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
        assert box.save_to(str(tmp_path / "chart.svg"))
        assert b"<svg" in (tmp_path / "chart.svg").read_bytes()[:500]

    def test_empty_state_says_what_to_do(self, make_window: MakeWindow, qtbot: QtBot) -> None:
        window = make_window()
        assert window.diary is not None
        window.diary.series.start(TODAY)
        page = progress(window, qtbot)
        assert page.series_box.empty.text().startswith("Rate your scars to see progress")
        assert not page.series_box.canvas.isVisible()


class TestReport:
    def test_save_pdf_with_questions(
        self, window: MainWindow, qtbot: QtBot, tmp_path: Path
    ) -> None:
        page = report(window)
        qtbot.keyClicks(page.questions, "Why does the chin not change?")
        target = tmp_path / "for-the-doctor"
        with qtbot.waitSignal(page.pdf_saved, timeout=30000):
            page.save_pdf(str(target))
        pdf = tmp_path / "for-the-doctor.pdf"
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Why does the chin not change?" in text and "Sam Sample" in text
        assert page.status.text() == f"Saved {pdf}"

    def test_questions_are_remembered(
        self, window: MainWindow, qtbot: QtBot, ui_settings: QSettings
    ) -> None:
        page = report(window)
        page.questions.setPlainText("Keep this")
        page.set_diary(window.diary)
        assert page.questions.toPlainText() == "Keep this"

    def test_unticked_scars_are_left_out(self, window: MainWindow) -> None:
        page = report(window)
        page.scar_list.item(0).setCheckState(Qt.CheckState.Unchecked)
        assert len(page.options().scar_ids) == 5

    def test_preview_opens(self, window: MainWindow, qtbot: QtBot) -> None:
        page = report(window)
        with qtbot.waitSignal(page.rendered, timeout=30000):
            page.preview()
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, QPrintPreviewDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets() + page.findChildren(QPrintPreviewDialog)
            )
        )
        for dialog in page.findChildren(QPrintPreviewDialog):
            dialog.close()

    def test_csv_export(self, window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
        page = report(window)
        page.bom.setChecked(True)
        with qtbot.waitSignal(page.csv_saved, timeout=10000) as saved:
            page.export_csv_to(str(tmp_path))
        written = saved.args[0] if saved.args else []
        assert [p.name for p in written] == ["ratings.csv", "sessions.csv"]
        assert written[0].read_bytes().startswith(b"\xef\xbb\xbf")
        assert "ratings.csv" in page.status.text()
