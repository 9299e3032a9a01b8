"""Labels and notes are text, never markup: a scar named with HTML shows as typed in every
label, tooltip, list and message of the window; chart labels never reach matplotlib's math
parser; two scars with one name stay two; separators and control characters never break
the calendar file, the CSV or the report."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from scar_diary.domain.entities import FaceRegion, MapView, ScarType
from scar_diary.services.diary import Diary
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow

DAY = dt.timedelta(days=1)
HTML_LABEL = "<img src='/etc/hosts'><font color=red>WARNING</font>"
HTML_NOTE = "<b>bold</b> & <i>not</i>"


def markup_shown(root: QWidget) -> list[str]:
    """Widgets that would render the planted markup instead of showing it as typed."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts: list[tuple[str, bool]] = []
        if isinstance(widget, QLabel):
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText
                and QtGui.mightBeRichText(widget.text())
            )
            texts.append((widget.text(), rich))
        if isinstance(widget, QGroupBox):
            texts.append((widget.title(), False))  # a group box title is always plain
        tooltip = widget.toolTip()
        texts.append((tooltip, QtGui.mightBeRichText(tooltip)))
        for text, rich in texts:
            if rich and ("<img" in text or "<font" in text or "<b>bold" in text):
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text[:80]}")
    return found


def test_a_scar_named_with_html_is_shown_as_typed_everywhere(
    make_window: MakeWindow, own_dir: Path, qtbot: QtBot
) -> None:
    diary = Diary.open(own_dir)
    scar = diary.scars.add(HTML_LABEL, FaceRegion.LEFT_CHEEK, ScarType.ROLLING, notes=HTML_NOTE)
    diary.scars.move(scar, MapView.FRONT, 0.3, 0.5)
    diary.ratings.record(scar, TODAY, 6, 3, note=HTML_NOTE, today=TODAY)
    diary.close()
    window = make_window()
    found = []
    for holder in window.holders.values():
        window.show_page(holder)
        found += [f"{holder.spec.key}: {f}" for f in markup_shown(window)]
    assert found == [], "\n".join(found)
    window.show_page(window.scars_holder)
    dialog = window.commands.rate_scars()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert markup_shown(dialog) == []
    assert any(HTML_LABEL in box.title() for box in dialog.findChildren(QGroupBox))  # as typed


def test_message_boxes_show_their_words_as_typed(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox

    from scar_diary.ui import dialogs

    parent = QWidget()
    qtbot.addWidget(parent)
    for box in (
        dialogs.error(parent, "Delete", f"Delete {HTML_LABEL}?"),
        dialogs.confirm(
            parent, "Delete", f"Delete {HTML_LABEL}?", confirm_text="Delete", on_confirm=print
        ),
    ):
        assert isinstance(box, QMessageBox)
        assert box.textFormat() == Qt.TextFormat.PlainText
        box.close()


def _diary_with(diary: Diary, labels: list[str], note: str = "") -> list[int]:
    ids = []
    for label in labels:
        scar = diary.scars.add(label, FaceRegion.LEFT_CHEEK, ScarType.ROLLING, notes=note)
        diary.ratings.record(scar, TODAY - dt.timedelta(days=40), 8, 3, note=note, today=TODAY)
        ids.append(scar)
    diary.series.start(TODAY - 60 * DAY, acne_clear_on=TODAY - 60 * DAY)
    diary.series.record_done(TODAY - 40 * DAY, today=TODAY)
    for n, scar in enumerate(ids):
        diary.ratings.record(scar, TODAY - 10 * DAY, 4 + n, 5, note=note, today=TODAY)
    return ids


def _pdf_text(diary: Diary, tmp_path: Path) -> str:
    from scar_diary.report.content import ReportOptions, gather
    from scar_diary.report.document import write_pdf
    from scar_diary.report.render import render

    out = tmp_path / "r.pdf"
    write_pdf(render(gather(diary, ReportOptions(include_photos=False), TODAY)), out, "A4")
    return subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_dollar_in_a_label_is_drawn_as_typed(qapp: object, diary: Diary, tmp_path: Path) -> None:
    from matplotlib.figure import Figure

    from scar_diary.report import charts

    label = r"Cheek $\frac{ and $5"  # a malformed formula, as matplotlib would read it
    _diary_with(diary, [label])
    text = _pdf_text(diary, tmp_path)  # the report builds, charts and all
    assert label in text
    figure = Figure()
    facts = diary.facts()
    drawn = charts.per_scar_chart(
        figure, facts.active_scars, diary.status(TODAY).improvements, charts.Style()
    )
    figure.canvas.draw()  # would raise on mathtext
    assert [name for name, _ in drawn] == [f"{label} (Rolling)"]


def test_two_scars_of_one_name_stay_two(qapp: object, diary: Diary, tmp_path: Path) -> None:
    from matplotlib.figure import Figure

    from scar_diary.report import charts

    _diary_with(diary, ["Cheek", "Cheek"])
    figure = Figure()
    drawn = charts.per_scar_chart(
        figure, diary.facts().active_scars, diary.status(TODAY).improvements, charts.Style()
    )
    assert sorted(name for name, _ in drawn) == ["Cheek (#1) (Rolling)", "Cheek (#2) (Rolling)"]
    assert len([p for p in figure.axes[0].patches]) == 2  # two bars, not one merged
    assert _pdf_text(diary, tmp_path).count("Cheek") >= 2  # two rows in the table


def test_separators_and_control_codes_never_reach_an_output(
    qapp: object, diary: Diary, tmp_path: Path
) -> None:
    from scar_diary.services.calendar_export import calendar_ics
    from scar_diary.services.csv_export import export_csv

    hostile = "line\u2028sep\u2029para\u0085nel\x1b[31mred\x00nul\x07"
    _diary_with(diary, [f"Cheek {hostile}"], note=hostile)
    diary.series.book(TODAY + 20 * DAY, notes=hostile)  # its notes go into the calendar
    bad = ("\u2028", "\u2029", "\u0085", "\x1b", "\x00", "\x07")
    for path in export_csv(diary.facts(), tmp_path / "csv", today=TODAY):
        content = path.read_text("utf-8")
        assert not any(c in content for c in bad), path.name
        assert "line\nsep\npara\nnel[31mrednul" in content
    facts = diary.facts()
    ics = calendar_ics(facts, diary.status(TODAY), "x", full_text=True).decode()
    assert not any(c in ics for c in bad)
    text = _pdf_text(diary, tmp_path)
    assert not any(c in text for c in bad)
