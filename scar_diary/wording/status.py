"""Today's status as cards of sentences: the Today page shows them, `scar-diary status` prints
them, so both always say the same thing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from scar_diary.domain.entities import ProtocolSettings, SeriesEnd
from scar_diary.domain.protocol import ClassifiedVisit, StopRule, VisitFlag
from scar_diary.domain.status import DiaryStatus
from scar_diary.wording.aftercare import tip_text
from scar_diary.wording.dates import clock_time, long_date

# A plain name lupdate recognises, so every sentence below is extracted for translators.
translate = QCoreApplication.translate

CEILING_PCT = 80  # the article's best-case improvement


class Tone(StrEnum):
    INFO = "info"
    GOOD = "good"
    WARN = "warn"


@dataclass(frozen=True)
class Line:
    text: str
    tone: Tone = Tone.INFO


@dataclass(frozen=True)
class Card:
    key: str  # stable name, for tests and styling
    title: str
    lines: tuple[Line, ...]
    bullets: tuple[str, ...] = ()
    progress: tuple[int, int] | None = None  # (value, maximum) for a progress bar
    tone: Tone = field(default=Tone.INFO)


def _days(n: int) -> str:
    # Plain singular/plural pair: right for English and Dutch without shipping an English .qm.
    return translate("Status", "1 day") if n == 1 else translate("Status", "{n} days").format(n=n)


def status_cards(status: DiaryStatus, settings: ProtocolSettings) -> list[Card]:
    cards: list[Card] = []
    if status.series is None:
        cards.append(
            Card(
                "prep",
                translate("Status", "No treatment series yet"),
                (
                    Line(
                        translate(
                            "Status",
                            "When your doctor has planned your saline series, set it up here: preparation "
                            "starts at least {days} before the first session.",
                        ).format(days=_days(settings.prep_days))
                    ),
                ),
            )
        )
    elif status.last_done is None and not status.series_ended:
        cards.append(_prep_card(status))
    if status.series is not None and (status.sessions or status.series_ended):
        cards.append(_series_card(status))
    if status.series is not None and not status.series_ended:
        next_card = _next_card(status, settings)
        if next_card is not None:
            cards.append(next_card)
    if status.aftercare is not None:
        cards.append(_aftercare_card(status))
    notices = _notices(status, settings)
    if notices:
        cards.append(
            Card(
                "notices",
                translate("Status", "Worth discussing with your doctor"),
                tuple(notices),
                tone=Tone.WARN,
            )
        )
    return cards


def _prep_card(status: DiaryStatus) -> Card:
    prep = status.prep
    lines: list[Line] = []
    progress: tuple[int, int] | None = None
    if not prep.started or prep.ready_on is None:
        title = translate("Status", "Preparation has not started")
        lines.append(
            Line(
                translate(
                    "Status",
                    "Before the first session, vitamin A acid (tretinoin) is applied to the scars for at "
                    "least {days}, as your doctor prescribed.",
                ).format(days=_days(prep.prep_days))
            )
        )
        if prep.started_on is not None:
            lines.append(
                Line(
                    translate("Status", "It is planned to start on {date}.").format(
                        date=long_date(prep.started_on)
                    )
                )
            )
    elif not prep.complete:
        title = translate("Status", "Preparation: day {day} of {total}").format(
            day=prep.day_number, total=prep.prep_days
        )
        lines.append(
            Line(
                translate("Status", "Your first session can be from {date} ({left} to go).").format(
                    date=long_date(prep.ready_on), left=_days(prep.days_left)
                )
            )
        )
        progress = (prep.days_done, prep.prep_days)
    else:
        title = translate("Status", "Preparation complete")
        lines.append(
            Line(
                translate("Status", "{days} of preparation were done on {date}.").format(
                    days=_days(prep.prep_days), date=long_date(prep.ready_on)
                ),
                Tone.GOOD,
            )
        )
        progress = (prep.prep_days, prep.prep_days)
    if prep.acne_clear_on is not None:
        lines.append(
            Line(
                translate("Status", "Acne confirmed fully clear on {date}.").format(
                    date=long_date(prep.acne_clear_on)
                ),
                Tone.GOOD,
            )
        )
    else:
        lines.append(
            Line(
                translate(
                    "Status",
                    "Your acne is not yet confirmed as fully clear. The first session waits until it is; "
                    "your doctor decides.",
                ),
                Tone.WARN,
            )
        )
    return Card("prep", title, tuple(lines), progress=progress)


def _series_card(status: DiaryStatus) -> Card:
    progress = status.progress
    planned = (
        str(progress.planned_min)
        if progress.planned_min == progress.planned_max
        else f"{progress.planned_min}–{progress.planned_max}"
    )
    title = translate("Status", "Series: {done} of {planned} sessions done").format(
        done=progress.done, planned=planned
    )
    lines: list[Line] = []
    series = status.series
    if series is not None and series.ended_on is not None:
        ended = (
            translate("Status", "Series completed on {date}.")
            if series.end_reason is SeriesEnd.COMPLETED
            else translate("Status", "Series stopped on {date}.")
        )
        lines.append(Line(ended.format(date=long_date(series.ended_on))))
    if status.mean_improvement is None:
        lines.append(
            Line(
                translate(
                    "Status",
                    "Rate your scars before and after sessions to see how much they improve.",
                )
            )
        )
    else:
        lines.append(
            Line(
                translate("Status", "Average depth improvement so far: {pct}%.").format(
                    pct=round(status.mean_improvement)
                )
            )
        )
        lines.append(
            Line(
                translate(
                    "Status",
                    "About {ceiling}% is the best this treatment usually achieves; 100% is not possible.",
                ).format(ceiling=CEILING_PCT)
            )
        )
    return Card(
        "series",
        title,
        tuple(lines),
        progress=(min(progress.done, progress.planned_max), progress.planned_max),
    )


def flag_text(c: ClassifiedVisit, settings: ProtocolSettings) -> Line:
    """One sentence per booked session flag; the first allowed date where it helps."""
    first = long_date(c.first_allowed_on) if c.first_allowed_on else None
    flag = c.flag
    if flag is VisitFlag.PREP_INCOMPLETE:
        text = (
            translate(
                "Status",
                "This is before preparation is complete; the first allowed date is {date}.",
            ).format(date=first)
            if first
            else translate("Status", "Preparation has not started yet, so this date is too early.")
        )
        return Line(text + " " + translate("Status", "Check with your clinic."), Tone.WARN)
    if flag is VisitFlag.ACNE_NOT_CLEAR:
        return Line(
            translate(
                "Status",
                "Your acne is not yet confirmed as fully clear. Check with your clinic before this "
                "session.",
            ),
            Tone.WARN,
        )
    if flag is VisitFlag.TOO_EARLY:
        return Line(
            translate(
                "Status",
                "Too early: only {interval} after the previous session, and the protocol asks for at "
                "least {minimum}. The first allowed date is {date}. Check with your clinic.",
            ).format(
                interval=_days(c.interval_days or 0),
                minimum=_days(settings.interval_min_days),
                date=first,
            ),
            Tone.WARN,
        )
    if flag is VisitFlag.OVERDUE:
        return Line(
            translate(
                "Status",
                "Later than usual: {interval} after the previous session, where {maximum} is usual. "
                "That is allowed; mention it to your clinic.",
            ).format(
                interval=_days(c.interval_days or 0), maximum=_days(settings.interval_max_days)
            ),
            Tone.INFO,
        )
    return Line(translate("Status", "Inside the allowed window."), Tone.GOOD)


def visit_when(c: ClassifiedVisit) -> str:
    when = long_date(c.visit.scheduled_on)
    if c.visit.scheduled_time is not None:
        when = translate("Status", "{date} at {time}").format(
            date=when, time=clock_time(c.visit.scheduled_time)
        )
    return when


def _next_card(status: DiaryStatus, settings: ProtocolSettings) -> Card | None:
    today = status.today
    lines: list[Line] = []
    booked = status.next_booked
    window = status.next_window
    if booked is not None:
        title = translate("Status", "Session {n} is booked").format(n=booked.number)
        lines.append(Line(visit_when(booked)))
        days_away = (booked.visit.scheduled_on - today).days
        if days_away == 0:
            lines.append(Line(translate("Status", "That is today."), Tone.GOOD))
        elif days_away == 1:
            lines.append(Line(translate("Status", "That is tomorrow."), Tone.GOOD))
        else:
            lines.append(
                Line(translate("Status", "That is in {days}.").format(days=_days(days_away)))
            )
        lines.append(flag_text(booked, settings))
        if window is not None and window.earliest is not None and window.latest is not None:
            lines.append(
                Line(
                    translate(
                        "Status", "Allowed window for session {n}: {earliest} to {latest}."
                    ).format(
                        n=window.after_session + 1,
                        earliest=long_date(window.earliest),
                        latest=long_date(window.latest),
                    )
                )
            )
        return Card("next", title, tuple(lines))
    if window is None or window.earliest is None:
        return None
    if window.after_session == 0 and not status.prep.complete:
        return None  # the preparation card already says when the first session can be
    number = window.after_session + 1
    title = translate("Status", "Next: session {n}").format(n=number)
    if window.latest is None:
        lines.append(
            Line(
                translate("Status", "Your first session can be from {date}.").format(
                    date=long_date(window.earliest)
                )
            )
        )
    else:
        lines.append(
            Line(
                translate(
                    "Status",
                    "Session {n} may be from {earliest} to {latest} ({low}–{high} days after session "
                    "{previous}).",
                ).format(
                    n=number,
                    earliest=long_date(window.earliest),
                    latest=long_date(window.latest),
                    low=settings.interval_min_days,
                    high=settings.interval_max_days,
                    previous=window.after_session,
                )
            )
        )
    if today < window.earliest:
        lines.append(
            Line(
                translate("Status", "The window opens in {days}.").format(
                    days=_days((window.earliest - today).days)
                )
            )
        )
    elif window.latest is None or today <= window.latest:
        lines.append(
            Line(
                translate("Status", "The window is open now and nothing is booked yet."), Tone.GOOD
            )
        )
    else:
        lines.append(
            Line(
                translate(
                    "Status",
                    "The usual window closed {days} ago. A later session is not forbidden; book one with "
                    "your clinic soon.",
                ).format(days=_days((today - window.latest).days)),
                Tone.WARN,
            )
        )
    return Card("next", title, tuple(lines))


def _aftercare_card(status: DiaryStatus) -> Card:
    care = status.aftercare
    assert care is not None
    if care.day == 0:
        title = translate("Status", "Aftercare: session {n} was today").format(
            n=care.session_number
        )
    else:
        title = translate("Status", "Aftercare: day {day} after session {n}").format(
            day=care.day, n=care.session_number
        )
    return Card(
        "aftercare",
        title,
        (Line(translate("Status", "If anything worries you, contact your clinic.")),),
        bullets=care.clinic_texts or tuple(tip_text(t) for t in care.tips),
    )


def _notices(status: DiaryStatus, settings: ProtocolSettings) -> list[Line]:
    done = status.progress.done
    notices: list[Line] = []
    if not status.series_ended:
        if status.stop_rule is StopRule.DISCUSS_STOPPING:
            notices.append(
                Line(
                    translate(
                        "Status",
                        "After {n} sessions your ratings show no measurable improvement (less than "
                        "{threshold}%). Discuss with your doctor whether to stop the series.",
                    ).format(n=done, threshold=round(settings.no_improvement_pct)),
                    Tone.WARN,
                )
            )
        elif status.stop_rule is StopRule.NOT_EXPECTED_TO_HELP:
            notices.append(
                Line(
                    translate(
                        "Status",
                        "After {n} sessions without measurable improvement, more sessions in this series "
                        "are not expected to help. Talk to your doctor about what comes next.",
                    ).format(n=done),
                    Tone.WARN,
                )
            )
        elif status.progress.length_reached:
            notices.append(
                Line(
                    translate(
                        "Status",
                        "You have had {n} sessions, the planned length of the series. Ask your doctor "
                        "whether the series is complete.",
                    ).format(n=done)
                )
            )
    if status.maintenance_due_on is not None:
        due = status.maintenance_due_on
        text = (
            translate(
                "Status",
                "A maintenance session (boost) was due on {date}. Discuss it with your clinic.",
            )
            if due <= status.today
            else translate(
                "Status",
                "A maintenance session (boost) is suggested around {date}; discuss it with "
                "your clinic.",
            )
        )
        notices.append(Line(text.format(date=long_date(due))))
    return notices


def today_heading(today: dt.date) -> str:
    return translate("Status", "Today, {date}").format(date=long_date(today))
