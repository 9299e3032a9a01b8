"""The doctor summary as an HTML document with its images: charts rendered from the same
Figures as the Progress page at print resolution, and photo pairs downscaled and re-encoded
from pixels, so no EXIF (no GPS) ever reaches the report. Safe to run on a worker thread."""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from scar_diary.domain.progress import improvement_after_sessions
from scar_diary.domain.scores import improvements
from scar_diary.domain.suitability import Response, expected_response
from scar_diary.domain.timeline import session_context
from scar_diary.report import charts
from scar_diary.report.content import PhotoPair, ReportData
from scar_diary.services.display_images import display_image
from scar_diary.wording.dates import long_date, medium_date
from scar_diary.wording.scars import region_name, session_context_text, type_name
from scar_diary.wording.status import flag_text

PHOTO_SIDE = 700  # pixels of the longest side of a photo in the report
CHART_DPI = 200
TABLE = "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='font-size: 9pt'>"

translate = QCoreApplication.translate


@dataclass(frozen=True)
class RenderedReport:
    html: str
    images: dict[str, QImage]  # resource name → image


def _e(text: str) -> str:
    return html.escape(text)


def _t(text: str) -> str:
    return translate("Report", text)


def _figure_image(build: Callable[[Figure], object], width: float, height: float) -> QImage:
    figure = charts.new_figure(width, height, charts.Style(), dpi=CHART_DPI)
    build(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI, facecolor="white")
    return QImage.fromData(buffer.getvalue())


def aligned_pair(pair: PhotoPair) -> tuple[QImage, QImage]:
    """The earlier photo, and the later one drawn into the earlier one's frame with the saved
    alignment, both downscaled to the report size."""
    fixed = display_image(pair.fixed_file, PHOTO_SIDE)
    moving_full = display_image(pair.moving_file, max(pair.moving.width, pair.moving.height))
    scale = fixed.width() / pair.fixed.width  # fixed photo pixels → report pixels
    canvas = QImage(fixed.size(), QImage.Format.Format_RGB888)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    transform = QTransform(*(pair.alignment.matrix() if pair.alignment else (1, 0, 0, 1, 0, 0)))
    to_full = pair.moving.width / max(moving_full.width(), 1)
    painter.setTransform(
        QTransform().scale(to_full, to_full) * transform * QTransform().scale(scale, scale)
    )
    painter.drawImage(QPointF(0, 0), moving_full)
    painter.end()
    return fixed, canvas


def render(data: ReportData) -> RenderedReport:
    options = data.options
    facts, status = data.facts, data.status
    settings = facts.settings
    images: dict[str, QImage] = {}
    parts: list[str] = []
    add = parts.append

    name = data.profile.display_name or _t("(name not set)")
    add(f"<h1>{_e(_t('Saline injections for acne scars — my summary'))}</h1>")
    details = [f"<b>{_e(_t('Patient'))}:</b> {_e(name)}"]
    if data.profile.doctor or data.profile.clinic:
        details.append(
            f"<b>{_e(_t('Doctor'))}:</b> "
            f"{_e(', '.join(x for x in (data.profile.doctor, data.profile.clinic) if x))}"
        )
    details.append(f"<b>{_e(_t('Made on'))}:</b> {_e(long_date(data.today))}")
    add("<p>" + "<br/>".join(details) + "</p>")

    # --- series overview
    add(f"<h2>{_e(_t('The series'))}</h2>")
    series = status.series
    if series is None:
        add(f"<p>{_e(_t('No treatment series has been set up yet.'))}</p>")
    else:
        lines = []
        if series.prep_started_on:
            lines.append(
                _t("Preparation (vitamin A acid) started on {date}.").format(
                    date=long_date(series.prep_started_on)
                )
            )
        if series.acne_clear_on:
            lines.append(
                _t("Acne confirmed fully clear on {date}.").format(
                    date=long_date(series.acne_clear_on)
                )
            )
        progress = status.progress
        lines.append(
            _t("{done} sessions done; the series is planned for {low}–{high}.").format(
                done=progress.done, low=progress.planned_min, high=progress.planned_max
            )
        )
        if status.mean_improvement is not None:
            lines.append(
                _t(
                    "Mean depth improvement so far: {pct}% (about 80% is the best this "
                    "treatment usually gives)."
                ).format(pct=round(status.mean_improvement))
            )
        add("<p>" + "<br/>".join(_e(line) for line in lines) + "</p>")
        if status.sessions:
            rows = "".join(
                f"<tr><td align='center'>{c.number}</td><td>{_e(medium_date(c.visit.scheduled_on))}</td>"
                f"<td align='center'>{'' if c.interval_days is None else c.interval_days}</td>"
                f"<td>{_e(_t('done') if c.visit.status.value == 'done' else _t('booked'))}</td>"
                f"<td>{_e(flag_text(c, settings).text)}</td></tr>"
                for c in status.sessions
            )
            add(
                TABLE + f"<tr><th width='5%'>#</th><th width='20%'>{_e(_t('Date'))}</th>"
                f"<th width='10%'>{_e(_t('Days apart'))}</th>"
                f"<th width='11%'>{_e(_t('Status'))}</th><th>{_e(_t('Check against the protocol'))}</th></tr>"
                f"{rows}</table>"
            )

    # --- per scar
    add(f"<h2>{_e(_t('Scars'))}</h2>")
    per_scar = improvements(facts)
    scar_rows = []
    for scar in data.scars:
        imp = per_scar.get(scar.id)
        base = imp.baseline if imp else None
        latest = imp.latest if imp else None
        pct = imp.depth_pct if imp else None
        note = ""
        if expected_response(scar.scar_type) is Response.POOR:
            note = _t("responds poorly to this treatment")
        if options.include_notes and scar.notes:
            note = f"{note}; {scar.notes}" if note else scar.notes
        scar_rows.append(
            f"<tr><td>{_e(scar.label)}</td><td>{_e(region_name(scar.region))}</td>"
            f"<td>{_e(type_name(scar.scar_type))}</td>"
            f"<td align='center'>{'' if base is None else f'{base.depth} / {base.softening}'}</td>"
            f"<td align='center'>{'' if latest is None else f'{latest.depth} / {latest.softening}'}</td>"
            f"<td align='center'>{'–' if pct is None else f'{round(pct)}%'}</td>"
            f"<td>{_e(note)}</td></tr>"
        )
    add(
        TABLE + f"<tr><th width='21%'>{_e(_t('Scar'))}</th><th width='13%'>{_e(_t('Where'))}</th>"
        f"<th width='14%'>{_e(_t('Type'))}</th><th width='12%'>{_e(_t('Baseline'))}</th>"
        f"<th width='10%'>{_e(_t('Latest'))}</th><th width='11%'>{_e(_t('Change'))}</th>"
        f"<th>{_e(_t('Note'))}</th></tr>{''.join(scar_rows)}</table>"
    )
    add(
        f"<p><small>{_e(_t('Baseline and latest show depth / softening, self-rated from 0 to 10 (depth 0 = level with the skin; softening 10 = soft, moving freely). Change = fall in depth since the baseline, the last rating before the first session.'))}</small></p>"
    )

    # --- charts
    if options.include_charts and facts.ratings:
        points = improvement_after_sessions(facts, data.today)
        images["chart-series"] = _figure_image(
            lambda fig: charts.series_chart(fig, points, settings, charts.Style()), 7.0, 3.4
        )
        images["chart-scars"] = _figure_image(
            lambda fig: charts.per_scar_chart(fig, data.scars, per_scar, charts.Style()),
            7.0,
            0.5 + 0.42 * max(len(data.scars), 2),
        )
        add(f"<h2>{_e(_t('Progress'))}</h2>")
        add("<p align='center'><img src='chart-series' width='480'/></p>")
        add("<p align='center'><img src='chart-scars' width='480'/></p>")

    # --- photos
    if data.pairs:
        add(f"<h2>{_e(_t('Photos: baseline and latest'))}</h2>")
        done = facts.done_visits()
        cells = []
        for index, pair in enumerate(data.pairs):
            first, second = aligned_pair(pair)
            images[f"photo-{index}-a"], images[f"photo-{index}-b"] = first, second
            captions = []
            for photo in (pair.fixed, pair.moving):
                day = photo.taken_at.astimezone().date()
                captions.append(
                    f"{medium_date(day)}<br/>{_e(session_context_text(session_context(day, done)))}"
                )
            aligned = _t("aligned as saved") if pair.alignment else _t("not aligned")
            cells.append(
                f"<td width='50%'><b>{_e(pair.scar.label)}</b> <small>({_e(aligned)})</small><br/>"
                f"<img src='photo-{index}-a' width='114'/>&nbsp;<img src='photo-{index}-b' width='114'/>"
                f"<br/><table width='100%' style='font-size: 7.5pt'><tr><td width='50%'>{captions[0]}</td>"
                f"<td>{captions[1]}</td></tr></table></td>"
            )
        rows_html = "".join(
            "<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2)
        )
        add(f"<table width='100%' cellspacing='4' cellpadding='2'>{rows_html}</table>")

    # --- questions and disclaimer
    add(f"<h2>{_e(_t('Questions for my doctor'))}</h2>")
    questions = options.questions.strip()
    if questions:
        add(
            "<ul>"
            + "".join(f"<li>{_e(q.strip())}</li>" for q in questions.splitlines() if q.strip())
            + "</ul>"
        )
    else:
        add("<p>&nbsp;</p><p>&nbsp;</p>")
    add(
        f"<p><small><i>{_e(_t('This is a patient’s own record, kept with the Scar Diary app; it is not a medical assessment.'))}</i></small></p>"
    )
    return RenderedReport("\n".join(parts), images)
