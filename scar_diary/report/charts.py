"""The progress charts as matplotlib Figures (never pyplot: no global state, safe off the GUI
thread). The Progress page shows them on a canvas; the doctor summary renders the same
Figures at print resolution."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from PySide6.QtCore import QCoreApplication

from scar_diary.domain import limits
from scar_diary.domain.entities import DiaryFacts, ProtocolSettings, Scar, ScarType, scar_numbers
from scar_diary.domain.progress import SessionImprovement, scar_points
from scar_diary.domain.protocol import PlannedLength
from scar_diary.domain.scores import ScarImprovement, whole_pct
from scar_diary.domain.suitability import Response, expected_response
from scar_diary.wording.dates import medium_date
from scar_diary.wording.scars import region_name, type_name

CEILING_PCT = float(limits.CEILING_PCT)
GOOD_RESPONSE_PCT = float(limits.GOOD_RESPONSE_PCT)

TYPE_COLOURS = {
    ScarType.ROLLING: "#2a9d8f",
    ScarType.SHALLOW_BOXCAR: "#457b9d",
    ScarType.SHALLOW_ATROPHIC: "#8ab17d",
    ScarType.CHICKENPOX: "#e9c46a",
    ScarType.DEEP_BOXCAR: "#9d8189",
    ScarType.ICE_PICK: "#8d99ae",
    ScarType.OTHER: "#b5838d",
}

translate = QCoreApplication.translate


def chart_text(text: str) -> str:
    """Text as typed in a chart: matplotlib reads "$…$" as mathematics (and stops on a
    malformed formula), so a dollar sign is escaped; usetex is never on."""
    return text.replace("$", r"\$")


def told_apart(scars: Sequence[Scar], numbers: dict[int, int] | None = None) -> dict[int, str]:
    """Each scar's name for a chart; scars that share a name get their own number (as on
    the map, in the list and in the report's table) so two never look like one."""
    counts = Counter(s.label for s in scars)
    numbers = numbers or scar_numbers(scars)
    return {
        s.id: s.label if counts[s.label] == 1 else f"{s.label} (#{numbers.get(s.id, 0)})"
        for s in scars
    }


@dataclass(frozen=True)
class Style:
    """Colours for light or dark surroundings."""

    background: str = "#ffffff"
    text: str = "#202020"
    grid: str = "#d0d0d0"
    depth: str = "#c0392b"
    softening: str = "#2471a3"
    session: str = "#7f8c8d"

    @classmethod
    def dark(cls) -> Style:
        return cls("#2b2b2b", "#e6e6e6", "#505050", "#ff7b6b", "#7fb8ec", "#9aa5a6")


def new_figure(width: float, height: float, style: Style, dpi: int = 100) -> Figure:
    figure = Figure(
        figsize=(width, height), dpi=dpi, facecolor=style.background, layout="constrained"
    )
    return figure


def _style_axes(axes: Axes, style: Style) -> None:
    axes.set_facecolor(style.background)
    for spine in axes.spines.values():
        spine.set_color(style.grid)
    axes.tick_params(colors=style.text)
    axes.xaxis.label.set_color(style.text)
    axes.yaxis.label.set_color(style.text)
    axes.title.set_color(style.text)
    axes.grid(True, color=style.grid, linewidth=0.6, alpha=0.7)


def scar_chart(
    figure: Figure,
    facts: DiaryFacts,
    scar: Scar,
    baseline_depth: int | None,
    *,
    by_session: bool,
    since: dt.date | None,
    fixed_axis: bool,
    style: Style,
) -> list[tuple[Any, str]]:
    """Depth and softening of one scar over time. Returns hover labels per point (x, text)."""
    ax = figure.add_subplot()
    _style_axes(ax, style)
    every = scar_points(facts, scar.id, since=since)
    # ratings made while the skin may be swollen are shown apart, never part of the lines
    points = [p for p in every if not p.may_be_swollen]
    swollen = [p for p in every if p.may_be_swollen]
    xs: list[Any] = [p.session_x if by_session else p.rating.rated_on for p in points]
    if swollen:
        swollen_xs: list[Any] = [p.session_x if by_session else p.rating.rated_on for p in swollen]
        ax.plot(
            swollen_xs,
            [p.rating.depth for p in swollen],
            linestyle="none",
            marker="o",
            markerfacecolor="none",
            color=style.depth,
            label=translate("Charts", "May be swollen (not counted)"),
            gid="swollen",
        )
    ax.plot(
        xs,
        [p.rating.depth for p in points],
        marker="o",
        color=style.depth,
        label=translate("Charts", "Depth (0 = level with the skin)"),
        gid="depth",
    )
    ax.plot(
        xs,
        [p.rating.softening for p in points],
        marker="s",
        color=style.softening,
        label=translate("Charts", "Softening (10 = soft)"),
        gid="softening",
    )
    if baseline_depth is not None:
        ax.axhline(
            baseline_depth,
            color=style.depth,
            linestyle=":",
            linewidth=1,
            label=translate("Charts", "Baseline depth"),
        )
    for number, on in enumerate(facts.treatment_days(), start=1):
        if since is not None and on < since:
            continue
        x = float(number) if by_session else on
        ax.axvline(x, color=style.session, linestyle="--", linewidth=0.8)  # type: ignore[arg-type]
        ax.annotate(
            str(number),
            (x, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(2, -12),
            textcoords="offset points",
            color=style.session,
            fontsize=8,
        )
    if fixed_axis:
        ax.set_ylim(-0.3, 10.3)
    ax.set_ylabel(translate("Charts", "Score (0–10)"))
    ax.set_xlabel(translate("Charts", "Sessions") if by_session else translate("Charts", "Date"))
    ax.set_title(
        chart_text(f"{scar.label} — {type_name(scar.scar_type)}, {region_name(scar.region)}"),
        fontsize=11,
    )
    if not by_session:
        from matplotlib.dates import num2date
        from matplotlib.ticker import FuncFormatter

        # the app's own date style, with the month in the user's language
        ax.xaxis.set_major_formatter(
            FuncFormatter(lambda value, _pos: medium_date(num2date(value).date()))  # type: ignore[no-untyped-call]
        )
        figure.autofmt_xdate()
    legend = ax.legend(loc="best", fontsize=8, facecolor=style.background, edgecolor=style.grid)
    for text in legend.get_texts():
        text.set_color(style.text)
    return [
        (
            x,
            translate("Charts", "{date}: depth {depth}, softening {softening}").format(
                date=medium_date(p.rating.rated_on),
                depth=p.rating.depth,
                softening=p.rating.softening,
            ),
        )
        for x, p in zip(xs, points, strict=True)
    ]


def series_chart(
    figure: Figure,
    points: Sequence[SessionImprovement],
    settings: ProtocolSettings,
    style: Style,
    planned: PlannedLength | None = None,
) -> list[tuple[float, str]]:
    """Mean improvement after each session, against the ~80 % ceiling and the "no
    improvement" band, with the sessions where the stop rule applies marked, and the mean
    softening (points) on a second scale."""
    planned = planned or PlannedLength(settings.series_min, settings.series_max)
    ax = figure.add_subplot()
    _style_axes(ax, style)
    measured = [p for p in points if p.mean_pct is not None]
    xs = [float(p.session) for p in measured]
    ys = [float(p.mean_pct) for p in measured if p.mean_pct is not None]
    ax.axhspan(
        min([0.0, *ys]) - 5,
        settings.no_improvement_pct,
        color="#e67e22",
        alpha=0.15,
        label=translate("Charts", "No improvement (below {pct}%)").format(
            pct=whole_pct(settings.no_improvement_pct)
        ),
    )
    ax.axhline(
        CEILING_PCT,
        color="#27ae60",
        linestyle="--",
        linewidth=1.2,
        label=translate("Charts", "About the best possible ({pct}%)").format(
            pct=limits.CEILING_PCT
        ),
    )
    ax.axhline(
        GOOD_RESPONSE_PCT,
        color="#16a085",
        linestyle=":",
        linewidth=1,
        label=translate("Charts", "Good response in a 2025 trial ({pct}%)").format(
            pct=limits.GOOD_RESPONSE_PCT
        ),
    )
    ax.axvspan(
        planned.low - 0.5,
        planned.high + 0.5,
        color=style.session,
        alpha=0.12,
        label=(
            translate("Charts", "Stop-rule session ({n})").format(n=planned.low)
            if planned.fixed
            else translate("Charts", "Stop-rule sessions ({low}–{high})").format(
                low=planned.low, high=planned.high
            )
        ),
    )
    ax.plot(
        xs,
        ys,
        marker="o",
        color=style.depth,
        linewidth=2,
        gid="mean",
        label=translate("Charts", "Mean depth improvement"),
    )
    last = max([float(planned.high), float(len(points)), *xs])
    ax.set_xlim(0.5, last + 0.5)
    ax.set_ylim(min([-10.0, *(y - 5 for y in ys)]), 100)
    ax.set_xlabel(translate("Charts", "After session"))
    ax.set_ylabel(translate("Charts", "Improvement (%)"))
    ax.set_title(
        translate("Charts", "Is it working? Mean improvement over the series"), fontsize=11
    )
    ax.set_xticks(range(1, int(last) + 1))
    softened = [p for p in points if p.mean_softening is not None]
    handles, labels = ax.get_legend_handles_labels()
    if softened:
        soft_ax = ax.twinx()
        soft_ax.plot(
            [float(p.session) for p in softened],
            [float(p.mean_softening or 0.0) for p in softened],
            marker="s",
            linestyle="--",
            color=style.softening,
            gid="softening",
            label=translate("Charts", "Mean softening change (points, right scale)"),
        )
        soft_ax.set_ylim(-10, 10)
        soft_ax.set_ylabel(translate("Charts", "Softening change (points)"))
        soft_ax.tick_params(colors=style.text)
        soft_ax.yaxis.label.set_color(style.text)
        more_handles, more_labels = soft_ax.get_legend_handles_labels()
        handles, labels = handles + more_handles, labels + more_labels
    # below the plot, not over its lines
    legend = figure.legend(
        handles,
        labels,
        loc="outside lower center",
        ncol=2,
        fontsize=7.5,
        facecolor=style.background,
        edgecolor=style.grid,
    )
    for text in legend.get_texts():
        text.set_color(style.text)
    return [
        (x, translate("Charts", "After session {n}: {pct}%").format(n=int(x), pct=whole_pct(y)))
        for x, y in zip(xs, ys, strict=True)
    ]


def per_scar_chart(
    figure: Figure,
    scars: Sequence[Scar],
    improvements: dict[int, ScarImprovement],
    style: Style,
    *,
    x_min: float | None = None,
    part: tuple[int, int] = (1, 1),
    names: dict[int, str] | None = None,
) -> list[tuple[str, float]]:
    """One bar per scar, best first, coloured by type: which scars respond at a glance.
    A long list is drawn in parts (`part` = this one, of how many) on one shared scale."""
    ax = figure.add_subplot()
    _style_axes(ax, style)
    rows = [(s, improvements[s.id].depth_pct) for s in scars if s.id in improvements]
    measured = sorted(((s, p) for s, p in rows if p is not None), key=lambda row: row[1])
    rarely = translate("Charts", "rarely responds")
    names = names or told_apart(scars)
    labels = [
        f"{names[s.id]} ({type_name(s.scar_type)}"
        + (f", {rarely})" if expected_response(s.scar_type) is Response.POOR else ")")
        for s, _ in measured
    ]
    values = [p for _, p in measured]
    # one row per scar, by position: bars named by text would merge two scars of one name
    bars = ax.barh(
        range(len(measured)),
        values,
        color=[TYPE_COLOURS[s.scar_type] for s, _ in measured],
        gid="bars",
    )
    ax.set_yticks(range(len(measured)), [chart_text(label) for label in labels])
    for bar, (scar, _value) in zip(bars, measured, strict=True):
        if expected_response(scar.scar_type) is Response.POOR:
            _hatch(ax, bar)  # counted apart from the series' mean; not only a colour
    ax.axvline(CEILING_PCT, color="#27ae60", linestyle="--", linewidth=1)
    ax.set_xlim(min([-10.0, *values]) if x_min is None else x_min, 100)
    ax.set_xlabel(translate("Charts", "Depth improvement since the baseline (%)"))
    title = translate("Charts", "Improvement per scar")
    if part[1] > 1:
        title = translate("Charts", "{title} ({part} of {parts})").format(
            title=title, part=part[0], parts=part[1]
        )
    ax.set_title(title, fontsize=11)
    level = translate("Charts", "level")
    deeper = translate("Charts", "{pct}% (deeper)")
    for y, (scar, value) in enumerate(measured):
        shown = whole_pct(value)
        ax.annotate(
            level
            if improvements[scar.id].level
            else (deeper.format(pct=shown) if shown < 0 else f"{shown}%"),
            (max(value, 0), y),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            color=style.text,
            fontsize=8,
        )
    return list(zip(labels, values, strict=True))


def _hatch(ax: Axes, bar: Rectangle) -> None:
    """Diagonal stripes over a bar, each one cut to the bar here: matplotlib's own hatch is
    an SVG pattern, which QtSvg paints into the summary's PDF as one picture per bar, and
    QtSvg ignores SVG clipping, so the stripes are whole lines that end at the bar's edges
    (the same on the Progress page)."""
    left = min(bar.get_x(), bar.get_x() + bar.get_width())
    right = max(bar.get_x(), bar.get_x() + bar.get_width())
    bottom, top = bar.get_y(), bar.get_y() + bar.get_height()
    # about 45° on this chart's scale: 110 % across ~4.3 in, one row per 0.42 in
    rise = STRIPE_SLANT * bar.get_height()
    segments = []
    for start in np.arange(left - rise, right, STRIPE_GAP):
        low = max(0.0, (left - start) / rise)  # where the stripe enters the bar…
        high = min(1.0, (right - start) / rise)  # …and leaves it, along its length
        if low < high:
            segments.append(
                [
                    (start + rise * low, bottom + (top - bottom) * low),
                    (start + rise * high, bottom + (top - bottom) * high),
                ]
            )
    ax.add_collection(
        LineCollection(segments, colors="#1d2a33", linewidths=0.7, alpha=0.7), autolim=False
    )


STRIPE_SLANT = 10.0  # x units (%) per y unit (one bar row) for a stripe at about 45°
STRIPE_GAP = 3.0  # % between stripes
