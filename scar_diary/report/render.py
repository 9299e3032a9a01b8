"""The doctor summary as an HTML document with its images: charts rendered from the same
Figures as the Progress page at print resolution, and photo pairs downscaled and re-encoded
from pixels, so no EXIF (no GPS) ever reaches the report. Safe to run on a worker thread."""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial

from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from scar_diary.domain.alignment import Warp
from scar_diary.domain.entities import (
    ProtocolSettings,
    Rating,
    Scar,
    Series,
    SeriesEnd,
    VisitStatus,
)
from scar_diary.domain.progress import improvement_after_sessions
from scar_diary.domain.protocol import ClassifiedVisit, SeriesState, classify_visits
from scar_diary.domain.scores import ScarImprovement, whole_pct
from scar_diary.domain.suitability import Response, expected_response
from scar_diary.domain.text import clean_text
from scar_diary.domain.timeline import treatment_context
from scar_diary.drawing.face_image import face_image
from scar_diary.report import charts
from scar_diary.report.content import PhotoPair, ReportData
from scar_diary.report.document import report_font
from scar_diary.report.tables import Column, table
from scar_diary.services.display_images import display_image
from scar_diary.storage.photo_store import DamagedPhoto
from scar_diary.wording.alignment import how_aligned
from scar_diary.wording.dates import long_date, medium_date
from scar_diary.wording.error_messages import damaged_photo_reason
from scar_diary.wording.safety import injection_warning
from scar_diary.wording.scars import region_name, session_context_text, type_name
from scar_diary.wording.status import (
    depth_change_text,
    depth_points_text,
    flag_texts,
    improvement_lines,
    planned_text,
    stop_rule_sentence,
    window_closed_line,
)

PHOTO_SIDE = 360  # pixels of a photo's longest side: about 300 dpi at its printed size
CHART_WIDTH = 480  # a chart's width in the document, in its layout's pixels
SCARS_PER_CHART = 14  # bars per chart: each part fits on a page

translate = QCoreApplication.translate


@dataclass(frozen=True)
class RenderedReport:
    html: str
    images: dict[str, QImage]  # resource name → image (photos, the face map)
    charts: dict[str, bytes] = field(default_factory=dict)  # resource name → SVG: vectors


def _e(text: str) -> str:
    """Free text as the report's HTML: escaped, one line, no control codes."""
    return html.escape(clean_text(text, one_line=True))


def _figure_svg(build: Callable[[Figure], object], width: float, height: float) -> bytes:
    """The chart as SVG, its text kept as text: drawn into the PDF as vectors (sharp at any
    zoom, a fraction of a picture's size, and searchable), and into the preview alike."""
    import io

    import matplotlib

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "scar-diary"}):
        figure = charts.new_figure(width, height, charts.Style(), dpi=72)  # SVG's own unit
        build(figure)
        out = io.BytesIO()
        figure.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    return out.getvalue()


def _chart(name: str, width: float, height: float) -> str:
    """The place of a chart in the HTML, at the report's chart width and the figure's shape;
    document.py draws the SVG there."""
    return (
        f"<p align='center'><img src='{name}' width='{CHART_WIDTH}' "
        f"height='{round(CHART_WIDTH * height / width)}'/></p>"
    )


def aligned_pair(pair: PhotoPair) -> tuple[QImage, QImage]:
    """The earlier photo, and the later one drawn into the earlier one's frame with the saved
    alignment, both at the report size. The later photo is decoded only as large as its
    pixels end up in the report (a JPEG at a reduced scale), never at full size."""
    fixed = display_image(pair.read(pair.fixed), PHOTO_SIDE)
    scale = fixed.width() / pair.fixed.width  # fixed photo pixels → report pixels
    warp = pair.alignment.warp if pair.alignment else Warp()
    # later photo → earlier photo, at its most enlarged corner (a perspective varies)
    zoom = max(
        warp.local(corner).scale
        for corner in (
            (0, 0),
            (pair.moving.width, 0),
            (0, pair.moving.height),
            (pair.moving.width, pair.moving.height),
        )
    )
    needed = max(pair.moving.width, pair.moving.height) * scale * zoom * 1.25  # room to smooth
    moving_full = display_image(
        pair.read(pair.moving),
        min(max(round(needed), 1), max(pair.moving.width, pair.moving.height)),
    )
    canvas = QImage(fixed.size(), QImage.Format.Format_RGB888)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    transform = QTransform(*warp.qt_order())
    to_full = pair.moving.width / max(moving_full.width(), 1)
    painter.setTransform(
        QTransform().scale(to_full, to_full) * transform * QTransform().scale(scale, scale)
    )
    painter.drawImage(QPointF(0, 0), moving_full)
    painter.end()
    return fixed, canvas


def _aligned_or_damaged(pair: PhotoPair) -> tuple[QImage, QImage] | DamagedPhoto:
    try:
        return aligned_pair(pair)
    except DamagedPhoto as damaged:  # one photo never stops the summary of the others
        return damaged


def _aligned(pairs: tuple[PhotoPair, ...]) -> list[tuple[QImage, QImage] | DamagedPhoto]:
    """Every pair decoded and aligned, on all cores: Pillow's decoding and Qt's painting on
    a QImage let go of Python's interpreter lock while they work. A pair with a photo that
    cannot be read comes back as the reason."""
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return list(pool.map(_aligned_or_damaged, pairs))


def render(data: ReportData) -> RenderedReport:
    options = data.options
    facts, status = data.facts, data.status
    series_status = data.series_status
    settings = facts.settings
    images: dict[str, QImage] = {}
    vectors: dict[str, bytes] = {}
    parts: list[str] = []
    add = parts.append

    name = data.profile.display_name or translate("Report", "(name not set)")
    add(_heading(1, translate("Report", "Saline injections for acne scars — my summary")))
    details = [_labelled(translate("Report", "Patient"), name)]
    if data.profile.doctor or data.profile.clinic:
        who = ", ".join(x for x in (data.profile.doctor, data.profile.clinic) if x)
        details.append(_labelled(translate("Report", "Doctor"), who))
    details.append(_labelled(translate("Report", "Made on"), long_date(data.today)))
    add("<p>" + "<br/>".join(details) + "</p>")

    # --- series overview
    add(_heading(2, translate("Report", "The series")))
    if data.subset:
        add(
            _paragraph(
                translate(
                    "Report",
                    "This summary covers {n} of the {total} scars in the diary. The series' facts "
                    "below (improvement, the stop rule, visits) are those of the whole diary.",
                ).format(n=len(data.scars), total=data.all_scars)
            )
        )
    series = series_status.series
    if series is None:
        add(_paragraph(translate("Report", "No treatment series has been set up yet.")))
    else:
        lines = "<br/>".join(_e(line) for line in _series_lines(data))
        map_note = translate("Report", "Numbers as in the table of scars.")
        if any(s.map_x is not None for s in data.scars):
            # the scars' places beside the series' facts: page 1 holds what a doctor scans
            images["face-map"] = face_image(list(enumerate(data.scars, start=1)))
            width = 150 * images["face-map"].width() // images["face-map"].height()
            add(
                "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                f"<td valign='top'>{lines}</td>"
                f"<td valign='top' align='right' width='{width + 8}'>"
                f"<img src='face-map' width='{width}' height='150'/><br/>"
                f"<small>{_e(map_note)}</small>"
                "</td></tr></table>"
            )
        else:
            add(f"<p>{lines}</p>")
        if series_status.visits:
            if data.series_facts.earlier:
                this_series = translate("Report", "This series")
                add(f"<p><b>{_e(this_series)}</b></p>")
            add(_visit_table(series_status.visits, settings))
        for number, (earlier, visits) in enumerate(_earlier_series(data), start=1):
            add(f"<p>{_earlier_series_title(number, earlier)}</p>")
            if visits:
                add(_visit_table(visits, settings))

    # --- per scar
    add(_heading(2, translate("Report", "Scars")))
    if data.subset and status.evidence.mean_depth_pct is not None:
        add(
            _paragraph(
                translate(
                    "Report",
                    "For the {n} scars in this summary only: {change} on average.",
                ).format(
                    n=len(data.scars), change=depth_change_text(status.evidence.mean_depth_pct)
                )
            )
        )
    per_scar = status.improvements
    scar_rows: list[list[str]] = []
    numbers = data.numbers
    for scar in data.scars:
        number = numbers.get(scar.id, 0)
        imp = per_scar.get(scar.id)
        scar_rows.append(_scar_row(data, number, scar, imp, options.include_notes))
    if scar_rows:
        scar_columns = (
            Column("#", "center"),
            Column(translate("Report", "Scar")),
            Column(translate("Report", "Type")),
            Column(translate("Report", "Baseline"), "center"),
            Column(translate("Report", "Latest"), "center"),
            Column(translate("Report", "Rated on"), "center"),
            Column(translate("Report", "Depth"), "center"),
            Column(translate("Report", "Softening"), "center"),
            Column(translate("Report", "Note")),
        )
        add(table(scar_columns, scar_rows, report_font()))
    else:
        add(_paragraph(translate("Report", "No scars are in the diary yet.")))
    add(
        _paragraph(
            translate(
                "Report",
                "Baseline and latest show depth / softening, self-rated from 0 to 10 (depth 0 = level with the skin; softening 10 = soft, moving freely). Change = fall in depth since the baseline (the last rating on or before the day of the first session), and the change in softening in points. Ratings made in the first days after a visit, when the skin may be swollen, are listed but not used.",
            ),
            small=True,
        )
    )
    swollen = _swollen_list(data)
    if swollen:
        intro = translate("Report", "Ratings that fell in the swelling days after a visit:")
        add(_paragraph(f"{intro} {swollen}", small=True))

    # --- charts
    points = improvement_after_sessions(data.series_facts, data.today)
    if options.include_charts and any(p.mean_pct is not None for p in points):
        vectors["chart-series"] = _figure_svg(
            lambda fig: charts.series_chart(
                fig, points, settings, charts.Style(), series_status.planned
            ),
            7.0,
            3.9,  # with the legend below
        )
        add(_heading(2, translate("Report", "Progress")))
        add(_chart("chart-series", 7.0, 3.9))
        if data.subset:
            note = translate("Report", "The series' mean above is the whole diary's.")
            add(_paragraph(note, small=True))
    measured = sorted(
        (s for s in data.scars if per_scar.get(s.id) and per_scar[s.id].depth_pct is not None),
        key=lambda s: -(per_scar[s.id].depth_pct or 0.0),
    )
    if options.include_charts and measured:
        if "chart-series" not in vectors:
            add(_heading(2, translate("Report", "Progress")))
        # in parts that each fit on a page, best scars first, all on one scale
        x_min = min([-10.0, *(per_scar[s.id].depth_pct or 0.0 for s in measured)])
        groups = [
            measured[i : i + SCARS_PER_CHART] for i in range(0, len(measured), SCARS_PER_CHART)
        ]
        for number, group in enumerate(groups, start=1):
            draw = partial(
                charts.per_scar_chart,
                scars=group,
                improvements=per_scar,
                style=charts.Style(),
                x_min=x_min,
                part=(number, len(groups)),
                names=charts.told_apart(data.scars, data.numbers),  # as in the table
            )
            height = 0.9 + 0.42 * max(len(group), 2)
            vectors[f"chart-scars-{number}"] = _figure_svg(draw, 7.0, height)
            add(_chart(f"chart-scars-{number}", 7.0, height))

    # --- photos
    if data.pairs:
        add(_heading(2, translate("Report", "Photos: baseline and latest")))
        days = facts.treatment_days()
        cells = []
        for index, (pair, drawn) in enumerate(zip(data.pairs, _aligned(data.pairs), strict=True)):
            if isinstance(drawn, DamagedPhoto):
                missing = translate(
                    "Report", "These photos cannot be shown: {file} cannot be read ({reason})."
                ).format(file=drawn.relative, reason=damaged_photo_reason(drawn))
                cells.append(
                    f"<td width='50%'><b>{_e(pair.scar.label)}</b><br/>"
                    f"<small>{_e(missing)}</small></td>"
                )
                continue
            images[f"photo-{index}-a"], images[f"photo-{index}-b"] = drawn
            captions = []
            for photo in (pair.fixed, pair.moving):
                day = photo.taken_at.astimezone().date()
                captions.append(
                    f"{medium_date(day)}<br/>{_e(session_context_text(treatment_context(day, days)))}"
                )
            aligned = how_aligned(pair.alignment)
            cells.append(
                f"<td width='50%'><b>{_e(pair.scar.label)}</b> <small>({_e(aligned)})</small><br/>"
                f"<img src='photo-{index}-a' width='114'/>&nbsp;<img src='photo-{index}-b' width='114'/>"
                f"<br/><table width='100%' style='font-size: 7.5pt'><tr><td width='50%'>{captions[0]}</td>"
                f"<td>{captions[1]}</td></tr></table></td>"
            )
        # one table per row of two pairs, so a page break never cuts a pair from its label
        for i in range(0, len(cells), 2):
            row = "".join(cells[i : i + 2])
            add(f"<table width='100%' cellspacing='4' cellpadding='2'><tr>{row}</tr></table>")

    # --- questions and disclaimer
    add(_heading(2, translate("Report", "Questions for my doctor")))
    questions = (options.questions or "").strip()
    if questions:
        add(
            "<ul>"
            + "".join(f"<li>{_e(q.strip())}</li>" for q in questions.splitlines() if q.strip())
            + "</ul>"
        )
    else:
        add("<p>&nbsp;</p><p>&nbsp;</p>")
    add(
        _paragraph(
            translate(
                "Report",
                "This is a patient’s own record, kept with the Scar Diary app; it is not a medical assessment.",
            ),
            small=True,
            italic=True,
        )
    )
    safety = _labelled(translate("Report", "Safety"), injection_warning())
    add(f"<p><small>{safety}</small></p>")
    return RenderedReport("\n".join(parts), images, vectors)


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{_e(text)}</h{level}>"


def _paragraph(text: str, *, small: bool = False, italic: bool = False) -> str:
    body = _e(text)
    if italic:
        body = f"<i>{body}</i>"
    if small:
        body = f"<small>{body}</small>"
    return f"<p>{body}</p>"


def _labelled(label: str, value: str) -> str:
    """ "Label: value", the label in bold (both escaped)."""
    return f"<b>{_e(label)}:</b> {_e(value)}"


def _unbroken(text: str) -> str:
    """Escaped, and kept on one line (a date, a score pair)."""
    return _e(text).replace(" ", "&nbsp;")


def _series_lines(data: ReportData) -> list[str]:
    status, settings = data.series_status, data.facts.settings
    series = status.series
    assert series is not None
    lines = []
    if series.prep_started_on:
        lines.append(
            translate("Report", "Preparation (tretinoin) started on {date}.").format(
                date=long_date(series.prep_started_on)
            )
        )
    if series.acne_clear_on:
        lines.append(
            translate("Report", "Acne confirmed fully clear on {date}.").format(
                date=long_date(series.acne_clear_on)
            )
        )
    if series.acne_flared_on:
        lines.append(
            translate("Report", "An acne flare was reported on {date}.").format(
                date=long_date(series.acne_flared_on)
            )
        )
    progress = status.progress
    lines.append(
        translate("Report", "{done} of {planned} planned sessions done.").format(
            done=progress.done, planned=planned_text(status.planned)
        )
    )
    if status.boosts_done:
        lines.append(
            translate("Report", "Maintenance boosts since: {n}.").format(n=status.boosts_done)
        )
    if series.ended_on is not None:
        lines.append(
            (
                translate("Report", "The series was completed on {date}.")
                if series.end_reason is SeriesEnd.COMPLETED
                else translate("Report", "The series was stopped on {date}.")
            ).format(date=long_date(series.ended_on))
        )
    window = status.next_window
    if status.state is SeriesState.COMPLETE:
        lines.append(translate("Report", "The planned length is reached: no further window."))
    elif status.window_closed_on is not None:
        lines.append(window_closed_line(status).text)
    elif window is not None and window.earliest is not None:
        lines.append(
            translate("Report", "Next allowed window: from {earliest}.").format(
                earliest=long_date(window.earliest)
            )
            if window.latest is None
            else translate(
                "Report", "Next allowed window (session {n}): {earliest} to {latest}."
            ).format(
                n=window.after_session + 1,
                earliest=long_date(window.earliest),
                latest=long_date(window.latest),
            )
        )
    if status.maintenance_due_on is not None:
        lines.append(
            translate("Report", "Next maintenance boost suggested around {date}.").format(
                date=long_date(status.maintenance_due_on)
            )
        )
    lines.extend(line.text for line in improvement_lines(status))
    stop = stop_rule_sentence(status, settings)
    if stop:
        lines.append(stop)
    return lines


def _visit_table(visits: tuple[ClassifiedVisit, ...], settings: ProtocolSettings) -> str:
    """The visits with every protocol flag each has (not only the first)."""
    rows = [
        [
            _unbroken(_visit_label(c)),
            _unbroken(medium_date(c.visit.scheduled_on)),
            "" if c.interval_days is None else str(c.interval_days),
            _e(_visit_state(c)),
            "<br/>".join(_e(line.text) for line in flag_texts(c, settings)),
        ]
        for c in visits
    ]
    columns = (
        Column(translate("Report", "Visit")),
        Column(translate("Report", "Date")),
        Column(translate("Report", "Days apart"), "center"),
        Column(translate("Report", "Status")),
        Column(translate("Report", "Check against the protocol")),
    )
    return table(columns, rows, report_font())


def _earlier_series(data: ReportData) -> list[tuple[Series, tuple[ClassifiedVisit, ...]]]:
    """Each earlier series with its visits classified as they stood in that series."""
    facts = data.series_facts
    found = []
    for earlier in facts.earlier:
        then = replace(facts, series=earlier.series, visits=earlier.visits, earlier=())
        found.append((earlier.series, classify_visits(then, data.today)))
    return found


def _earlier_series_title(number: int, series: Series) -> str:
    title = translate("Report", "Earlier series {n}").format(n=number)
    if series.ended_on is not None:
        title = translate("Report", "Earlier series {n}, ended on {date}").format(
            n=number, date=long_date(series.ended_on)
        )
    return f"<b>{_e(title)}</b>"


def _visit_label(c: ClassifiedVisit) -> str:
    if c.number is None:
        return "–"
    return (
        translate("Report", "Boost {n}") if c.is_boost else translate("Report", "Session {n}")
    ).format(n=c.number)


def _visit_state(c: ClassifiedVisit) -> str:
    if c.awaiting:
        return translate("Report", "not confirmed")
    return (
        translate("Report", "done")
        if c.visit.status is VisitStatus.DONE
        else translate("Report", "booked")
    )


def _scar_row(
    data: ReportData, number: int, scar: Scar, imp: ScarImprovement | None, include_notes: bool
) -> list[str]:
    base = imp.baseline if imp else None
    mine = sorted(
        (r for r in data.facts.ratings if r.scar_id == scar.id), key=lambda r: (r.rated_on, r.id)
    )
    swollen = data.status.swollen_rating_ids
    latest = imp.latest if imp else None
    if latest is None and base is None:
        # no baseline: nothing to compare, but the doctor still sees where the scar stands
        latest = next((r for r in reversed(mine) if r.id not in swollen), None)
    notes = []
    if expected_response(scar.scar_type) is Response.POOR:
        notes.append(translate("Report", "rarely responds; not in the mean"))
    if base is None and any(r.scar_id == scar.id for r in data.facts.ratings):
        notes.append(
            translate("Report", "no baseline (first rated after the series began): change unknown")
        )
    elif base is None:
        notes.append(translate("Report", "not rated yet"))
    if include_notes and scar.notes:
        notes.append(scar.notes)
    newest_text = _rated_on(latest or base, mine[-1] if mine else None, swollen)
    depth = "–"
    if imp is not None and imp.level:
        depth = _e(translate("Report", "level (your rating)"))
    elif imp is not None and imp.depth_pct is not None:
        depth = _e(f"{whole_pct(imp.depth_pct)}%")
        if imp.baseline and imp.latest and imp.latest.depth > imp.baseline.depth:
            deeper = depth_points_text(imp.baseline.depth, imp.latest.depth)
            depth += f"<br/><small>{_e(deeper)}</small>"
    softening = "–"
    if imp is not None and imp.softening_change is not None:
        softening = f"{'+' if imp.softening_change > 0 else ''}{imp.softening_change}"
    where = region_name(scar.region)
    place = "" if where.casefold() == scar.label.casefold() else f"<br/><small>{_e(where)}</small>"
    return [
        str(number),
        f"{_e(scar.label)}{place}",
        _e(type_name(scar.scar_type)),
        "" if base is None else _unbroken(f"{base.depth} / {base.softening}"),
        "" if latest is None else _unbroken(f"{latest.depth} / {latest.softening}"),
        newest_text,
        depth,
        softening,
        _e("; ".join(notes)),
    ]


def _rated_on(shown: Rating | None, newest: Rating | None, swollen: AbstractSet[int]) -> str:
    """The day of the rating the row shows; a newer one made while the skin may have been
    swollen is named under it, so the scores and the date never seem to disagree."""
    if shown is None:
        return ""
    text = _unbroken(medium_date(shown.rated_on))
    if newest is not None and newest is not shown and newest.id in swollen:
        later = translate("Report", "later: {date}, may be swollen (not used)").format(
            date=medium_date(newest.rated_on)
        )
        text += f"<br/><small>{_e(later)}</small>"
    return text


def _swollen_list(data: ReportData) -> str:
    labels = {s.id: s.label for s in data.scars}
    swollen = sorted(
        (
            r
            for r in data.facts.ratings
            if r.id in data.status.swollen_rating_ids and r.scar_id in labels
        ),
        key=lambda r: (r.rated_on, r.id),
    )
    return "; ".join(f"{labels[r.scar_id]} {medium_date(r.rated_on)}" for r in swollen)
