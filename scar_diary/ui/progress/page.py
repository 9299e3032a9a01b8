"""The Progress page: is it working? The series' mean improvement after each session, each
scar's improvement, and one scar's depth and softening over time. matplotlib is imported
only when this page is first built."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import scar_numbers
from scar_diary.domain.progress import improvement_after_sessions
from scar_diary.domain.scores import improvements
from scar_diary.domain.status import diary_status
from scar_diary.report import charts
from scar_diary.services.diary import Diary
from scar_diary.ui import dialogs
from scar_diary.ui.enabling import set_enabled
from scar_diary.ui.icons import icon
from scar_diary.ui.theme import is_dark
from scar_diary.wording.status import improvement_lines


class ChartBox(QGroupBox):
    """A chart with a hover read-out and "Save Chart…"."""

    def __init__(self, title: str, height: float, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.figure = Figure(figsize=(7.5, height), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(int(height * 90))
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.readout = QLabel(" ", self)
        self.readout.setObjectName("readout")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save Chart…"), self)
        self.save_button.setIcon(icon("export"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.readout, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.canvas)
        layout.addLayout(row)
        self.hover: list[tuple[str, list[str]]] = []  # line gid → label per point
        self.canvas.mpl_connect("motion_notify_event", self._moved)

    def show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(True)
        self.canvas.setVisible(False)
        set_enabled(self.save_button, False, self.tr("There is no chart to save yet."))

    def draw(self, build: Callable[[Figure], list[tuple[str, list[str]]]], background: str) -> None:
        self.figure.clear()
        self.figure.set_facecolor(background)
        self.hover = build(self.figure)
        self.empty.setVisible(False)
        self.canvas.setVisible(True)
        set_enabled(self.save_button, True, "")
        self.canvas.draw_idle()

    def _moved(self, event: MouseEvent) -> None:
        for ax in self.figure.axes:
            for line in ax.get_lines():
                labels = dict(self.hover).get(str(line.get_gid()))
                if labels is None:
                    continue
                hit, info = line.contains(event)
                if hit and info.get("ind") is not None and len(info["ind"]):
                    self.readout.setText(labels[int(info["ind"][0])])
                    return

    def save(self) -> None:
        dialogs.save_file(
            self, self.tr("Save Chart"), self.tr("Images (*.png *.svg)"), "chart.png", self.save_to
        )

    def save_to(self, path: str) -> bool:
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".png")
        try:
            self.figure.savefig(target, dpi=200, facecolor=self.figure.get_facecolor())
        except OSError as exc:
            dialogs.error(
                self,
                self.tr("Save Chart"),
                self.tr("The chart could not be saved: {error}").format(error=exc),
            )
            return False
        return True


class ProgressPage(QScrollArea):
    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPage")
        self.setWidgetResizable(True)
        self.today = today
        self.diary: Diary | None = None
        content = QWidget(self)
        self.scar_combo = QComboBox(content)
        self.scar_combo.setObjectName("scarChoice")
        self.x_axis = QComboBox(content)
        self.x_axis.addItem(self.tr("by date"), "date")
        self.x_axis.addItem(self.tr("by session"), "session")
        self.range = QComboBox(content)
        self.range.addItem(self.tr("this series"), "series")
        self.range.addItem(self.tr("full history"), "all")
        self.fixed_axis = QCheckBox(self.tr("Fixed 0–10 scale"), content)
        self.fixed_axis.setChecked(True)
        controls = QHBoxLayout()
        for label, widget in (
            (self.tr("Scar:"), self.scar_combo),
            (self.tr("Show"), self.x_axis),
            (self.tr("for"), self.range),
        ):
            controls.addWidget(QLabel(label, content))
            controls.addWidget(widget)
        controls.addWidget(self.fixed_axis)
        controls.addStretch(1)
        self.series_box = ChartBox(self.tr("The series"), 3.2, content)
        self.series_box.setObjectName("seriesChart")
        self.scars_box = ChartBox(self.tr("Each scar"), 2.8, content)
        self.scars_box.setObjectName("scarsChart")
        self.scar_box = ChartBox(self.tr("One scar over time"), 3.2, content)
        self.scar_box.setObjectName("scarChart")
        self.summary = QLabel(content)
        self.summary.setObjectName("progressSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addWidget(self.summary)
        layout.addWidget(self.series_box)
        layout.addWidget(self.scars_box)
        layout.addLayout(controls)
        layout.addWidget(self.scar_box)
        self.setWidget(content)
        for combo in (self.scar_combo, self.x_axis, self.range):
            combo.currentIndexChanged.connect(self._draw_scar)
        self.fixed_axis.toggled.connect(self._draw_scar)

    def set_diary(self, diary: Diary | None) -> None:
        self.diary = diary
        self.reload()

    def chart_style(self) -> charts.Style:
        return charts.Style.dark() if is_dark(self.palette()) else charts.Style()

    def reload(self, changed: Changed = Changed.EVERYTHING) -> None:
        """Everything the page shows is read again, whatever `changed` says."""
        if self.diary is None:
            return
        facts = self.diary.facts()
        style = self.chart_style()
        current = self.scar_combo.currentData()
        self.scar_combo.blockSignals(True)
        self.scar_combo.clear()
        # two scars of one name stay two, numbered as on the map and in the list
        names = charts.told_apart(facts.active_scars, scar_numbers(facts.scars))
        for scar in facts.active_scars:
            self.scar_combo.addItem(names[scar.id], scar.id)
        index = self.scar_combo.findData(current)
        self.scar_combo.setCurrentIndex(max(index, 0))
        self.scar_combo.blockSignals(False)

        if not facts.ratings:
            text = self.tr(
                "Rate your scars to see progress: before your first session (the "
                "baseline) and again a few days after each session."
            )
            for box in (self.series_box, self.scars_box, self.scar_box):
                box.show_empty(text)
            self.summary.setText("")
            return
        status = diary_status(facts, self.today())
        self.summary.setText("\n".join(line.text for line in improvement_lines(status)))
        points = improvement_after_sessions(facts, self.today())
        if not any(p.mean_pct is not None for p in points):
            self.series_box.show_empty(
                self.tr(
                    "Improvement shows here once a session is done and you have rated your scars "
                    "again after it."
                )
            )
        else:

            def series(fig: Figure) -> list[tuple[str, list[str]]]:
                hover = charts.series_chart(fig, points, facts.settings, style, status.planned)
                return [("mean", [text for _, text in hover])]

            self.series_box.draw(series, style.background)
        per_scar = status.improvements
        if not any(i.depth_pct is not None for i in per_scar.values()):
            self.scars_box.show_empty(
                self.tr(
                    "Each scar's improvement shows here once it has a rating after its baseline."
                )
            )
        else:

            def bars(fig: Figure) -> list[tuple[str, list[str]]]:
                charts.per_scar_chart(fig, facts.active_scars, per_scar, style)
                return []  # the bars carry their numbers; no hover needed

            self.scars_box.draw(bars, style.background)
        self._draw_scar()

    def _draw_scar(self) -> None:
        if self.diary is None or self.scar_combo.count() == 0:
            return
        facts = self.diary.facts()
        scar_id = self.scar_combo.currentData()
        scar = next((s for s in facts.scars if s.id == scar_id), None)
        if scar is None or not any(r.scar_id == scar.id for r in facts.ratings):
            self.scar_box.show_empty(self.tr("This scar has no ratings yet."))
            return
        since = None
        if self.range.currentData() == "series" and facts.series and facts.series.prep_started_on:
            since = facts.series.prep_started_on
        imp = improvements(facts, upto=self.today()).get(scar.id)
        baseline = imp.baseline.depth if imp and imp.baseline else None
        style = self.chart_style()

        def build(fig: Figure) -> list[tuple[str, list[str]]]:
            labels = [
                text
                for _, text in charts.scar_chart(
                    fig,
                    facts,
                    scar,
                    baseline,
                    by_session=self.x_axis.currentData() == "session",
                    since=since,
                    fixed_axis=self.fixed_axis.isChecked(),
                    style=style,
                )
            ]
            return [("depth", labels), ("softening", labels)]

        self.scar_box.draw(build, style.background)
