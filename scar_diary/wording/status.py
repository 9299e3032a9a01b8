"""Today's status as cards of sentences: the Today page shows them, `scar-diary status` prints
them, so both always say the same thing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from scar_diary.domain import limits
from scar_diary.domain.entities import ProtocolSettings, SeriesEnd
from scar_diary.domain.protocol import (
    ClassifiedVisit,
    PlannedLength,
    PrepPhase,
    SeriesOutcome,
    SeriesState,
    StopRule,
    VisitFlag,
    maintenance_spacing_days,
)
from scar_diary.domain.scores import Evidence, tenths, whole_pct
from scar_diary.domain.status import DiaryStatus
from scar_diary.wording.aftercare import tip_text
from scar_diary.wording.dates import clock_time, decimal, long_date
from scar_diary.wording.tone import Tone

# A plain name lupdate recognises, so every sentence below is extracted for translators.
translate = QCoreApplication.translate


class Action(StrEnum):
    """What a card's button does; the Today page carries it out."""

    CONFIRM_DONE = "confirm_done"
    CONFIRM_MOVED = "confirm_moved"
    CONFIRM_CANCELLED = "confirm_cancelled"
    SET_UP_SERIES = "set_up_series"
    BOOK = "book"
    BOOK_ANYWAY = "book_anyway"
    BOOK_BOOST = "book_boost"
    END_SERIES = "end_series"
    RATE = "rate"
    OPEN_INBOX = "open_inbox"


@dataclass(frozen=True)
class CardAction:
    action: Action
    label: str
    visit_id: int | None = None


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
    actions: tuple[CardAction, ...] = ()


def days_text(n: int) -> str:
    # Plain singular/plural pair: right for English and Dutch without shipping an English .qm.
    return translate("Status", "1 day") if n == 1 else translate("Status", "{n} days").format(n=n)


def pct_text(value: float) -> str:
    """A percentage as shown everywhere (rounded half up, the value compared with)."""
    return translate("Status", "{pct}%").format(pct=whole_pct(value))


def softening_text(points: float) -> str:
    value = tenths(points)
    if value < 0:
        return translate("Status", "{points} points (firmer)").format(points=decimal(value))
    return translate("Status", "{sign}{points} points").format(
        sign="+" if value > 0 else "", points=decimal(value)
    )


def depth_change_text(pct: float) -> str:
    """A depth change in words as well as a number: "20% better", "15% deeper"."""
    shown = whole_pct(pct)
    if shown > 0:
        return translate("Status", "{pct}% better").format(pct=shown)
    if shown < 0:
        return translate("Status", "{pct}% deeper").format(pct=-shown)
    return translate("Status", "no change in depth")


def depth_points_text(baseline_depth: int, latest_depth: int) -> str:
    """A scar's depth against its baseline in points: "3 points deeper than before the
    series", "2 points shallower …" or "as deep as before the series"."""
    change = latest_depth - baseline_depth
    if change > 0:
        return (
            translate("Status", "1 point deeper than before the series")
            if change == 1
            else translate("Status", "{n} points deeper than before the series").format(n=change)
        )
    if change < 0:
        return (
            translate("Status", "1 point shallower than before the series")
            if change == -1
            else translate("Status", "{n} points shallower than before the series").format(
                n=-change
            )
        )
    return translate("Status", "as deep as before the series")


def planned_text(planned: PlannedLength) -> str:
    """ "6–8" for a range, "10" for the doctor's own number — never "10–10"."""
    return str(planned.low) if planned.fixed else f"{planned.low}–{planned.high}"


def visit_name(c: ClassifiedVisit) -> str:
    """ "Session 3", "Boost 1", or "The session on 23 Nov" while it waits for an answer."""
    if c.number is None:
        return (
            translate("Status", "The boost on {date}")
            if c.is_boost
            else translate("Status", "The session on {date}")
        ).format(date=long_date(c.visit.scheduled_on))
    return (
        translate("Status", "Boost {n}") if c.is_boost else translate("Status", "Session {n}")
    ).format(n=c.number)


def status_cards(status: DiaryStatus, settings: ProtocolSettings) -> list[Card]:
    cards: list[Card] = [_awaiting_card(c) for c in status.awaiting]
    state = status.state
    if state is SeriesState.NO_SERIES:
        cards.append(_no_series_card(status, settings))
    elif state is SeriesState.PREPARING:
        cards.append(_prep_card(status))
    if state in (SeriesState.IN_SERIES, SeriesState.COMPLETE, SeriesState.ENDED) and (
        status.progress.done or state is SeriesState.ENDED
    ):
        cards.append(_series_card(status))
    if state is SeriesState.COMPLETE:
        cards.append(_complete_card(status))
    next_card = _next_card(status, settings)
    if next_card is not None:
        cards.append(next_card)
    if state is SeriesState.ENDED:
        cards.append(_maintenance_card(status))
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
                actions=(
                    (CardAction(Action.RATE, translate("Status", "Rate Now")),)
                    if status.stop_rule is StopRule.NOT_ENOUGH_RATINGS
                    else ()
                ),
            )
        )
    return cards


def _awaiting_card(c: ClassifiedVisit) -> Card:
    when = long_date(c.visit.scheduled_on)
    title = (
        translate("Status", "Boost on {date}: did it happen?")
        if c.is_boost
        else translate("Status", "Session on {date}: did it happen?")
    ).format(date=when)
    return Card(
        f"awaiting:{c.visit.id}",
        title,
        (
            Line(
                translate(
                    "Status",
                    "Its day has passed. Until you say what happened it does not count: "
                    "the next window and the session numbers go by the visits marked done.",
                )
            ),
        ),
        tone=Tone.WARN,
        actions=(
            CardAction(Action.CONFIRM_DONE, translate("Status", "Mark Done…"), c.visit.id),
            CardAction(Action.CONFIRM_MOVED, translate("Status", "It Was Moved…"), c.visit.id),
            CardAction(
                Action.CONFIRM_CANCELLED, translate("Status", "It Was Cancelled"), c.visit.id
            ),
        ),
    )


def _no_series_card(status: DiaryStatus, settings: ProtocolSettings) -> Card:
    text = (
        translate(
            "Status",
            "When your doctor has planned your saline series, set it up here: preparation "
            "starts at least {days} before the first session.",
        ).format(days=days_text(settings.prep_days))
        if settings.prep_days
        else translate(
            "Status",
            "When your doctor has planned your saline series, set it up here. Your settings ask "
            "for no preparation before the first session.",
        )
    )
    return Card(
        "prep",
        translate("Status", "No treatment series yet"),
        (Line(text),),
        actions=(CardAction(Action.SET_UP_SERIES, translate("Status", "Set Up My Series…")),),
    )


def previous_series_note(outcome: SeriesOutcome | None) -> str:
    """What the series before this one showed, in words that claim only what it can: the
    article's "little sense in trying again" rests on a full series without improvement."""
    if outcome is SeriesOutcome.NO_IMPROVEMENT:
        return translate(
            "Status",
            "Your previous series ended without measurable improvement. The article sees little "
            "sense in trying the same treatment again; whether to go ahead is for you and your "
            "doctor to decide.",
        )
    if outcome is SeriesOutcome.PLAN_DONE:
        return translate(
            "Status",
            "Your previous series did all its planned sessions without measurable improvement, "
            "though it was shorter than the usual series. Whether to try again is for you and "
            "your doctor to decide.",
        )
    if outcome is SeriesOutcome.TOO_EARLY:
        return translate(
            "Status",
            "Your previous series stopped early; it was too early to say whether the treatment "
            "helps you.",
        )
    return ""


def _prep_card(status: DiaryStatus) -> Card:
    prep = status.prep
    lines: list[Line] = []
    progress: tuple[int, int] | None = None
    previous = previous_series_note(status.previous_outcome)
    if previous:
        lines.append(Line(previous))
    phase = prep.phase
    if not prep.needed:
        title = translate("Status", "No preparation needed")
        lines.append(
            Line(
                translate(
                    "Status",
                    "Your settings ask for no preparation before the first session; your doctor "
                    "decides when it can be.",
                )
            )
        )
    elif phase is PrepPhase.NOT_STARTED or prep.ready_on is None:
        title = translate("Status", "Preparation has not started")
        lines.append(
            Line(
                translate(
                    "Status",
                    "Before the first session, tretinoin (vitamin A acid) is applied to the scars for at "
                    "least {days}, as your doctor prescribed.",
                ).format(days=days_text(prep.prep_days))
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
    elif phase is PrepPhase.APPLYING:
        title = translate("Status", "Preparation: day {day} of {total}").format(
            day=prep.day_number, total=prep.prep_days
        )
        lines.append(
            Line(
                translate("Status", "Your first session can be from {date} ({left} to go).").format(
                    date=long_date(prep.ready_on), left=days_text(prep.days_left)
                )
            )
        )
        if prep.pause_days:
            lines.append(
                Line(
                    translate(
                        "Status",
                        "Your clinic asks for a pause from the retinoid of {days} before a session; "
                        "it is counted in that date.",
                    ).format(days=days_text(prep.pause_days))
                )
            )
        progress = (prep.days_done, prep.total_days)
    elif phase is PrepPhase.PAUSING:
        title = translate("Status", "Retinoid pause: day {day} of {total}").format(
            day=prep.day_number, total=prep.pause_days
        )
        lines.append(
            Line(
                translate(
                    "Status",
                    "The {days} of tretinoin are done. Your clinic asks to pause the tretinoin "
                    "now; your first session can be from {date}.",
                ).format(days=days_text(prep.prep_days), date=long_date(prep.ready_on)),
                Tone.GOOD,
            )
        )
        progress = (prep.days_done, prep.total_days)
    else:
        title = translate("Status", "Preparation complete")
        lines.append(
            Line(
                translate("Status", "{days} of preparation were done on {date}.").format(
                    days=days_text(prep.total_days), date=long_date(prep.ready_on)
                ),
                Tone.GOOD,
            )
        )
        progress = (prep.total_days, prep.total_days)
    lines.append(_acne_line(status))
    return Card("prep", title, tuple(lines), progress=progress)


def _acne_line(status: DiaryStatus) -> Line:
    prep = status.prep
    if prep.acne_flared_on is not None:
        return Line(
            translate(
                "Status",
                "You reported an acne flare on {date}. Sessions wait until your acne is confirmed "
                "clear again; your doctor decides.",
            ).format(date=long_date(prep.acne_flared_on)),
            Tone.WARN,
        )
    if prep.acne_clear_on is not None:
        return Line(
            translate("Status", "Acne confirmed fully clear on {date}.").format(
                date=long_date(prep.acne_clear_on)
            ),
            Tone.GOOD,
        )
    return Line(
        translate(
            "Status",
            "Your acne is not yet confirmed as fully clear. The first session waits until it is; "
            "your doctor decides.",
        ),
        Tone.WARN,
    )


def _depth_line(found: Evidence, ended: bool) -> Line | None:
    pct = found.mean_depth_pct
    if pct is None:
        return None
    shown = whole_pct(pct)
    if shown >= 100:
        return Line(
            translate(
                "Status",
                "By your own ratings the scars are now level with the skin. Self-ratings "
                "are rough; your doctor can judge.",
            )
        )
    if shown < 0:
        text = (
            translate(
                "Status",
                "By the end of the series the scars were rated {pct} deeper than before it, on "
                "average.",
            )
            if ended
            else translate(
                "Status",
                "On average the scars are rated {pct} deeper than before the series.",
            )
        )
        return Line(text.format(pct=pct_text(-pct)), Tone.WARN)
    return Line(
        (
            translate("Status", "Average depth improvement by the end of the series: {pct}.")
            if ended
            else translate("Status", "Average depth improvement so far: {pct}.")
        ).format(pct=pct_text(pct))
    )


def _now_line(status: DiaryStatus) -> Line | None:
    """After the series: how the scars look now, from the ratings made since its end,
    against the baseline; never a change of the series' own verdict."""
    now = status.evidence_now
    if now is None:
        return None
    pct = now.mean_depth_pct
    if pct is None:
        if now.mean_softening_change is None:
            return None
        return Line(
            translate(
                "Status", "Now, by your ratings since the series ended: softening {points}."
            ).format(points=softening_text(now.mean_softening_change))
        )
    shown = whole_pct(pct)
    if shown <= 0 and status.improved:
        return Line(
            translate(
                "Status",
                "Your ratings since the series ended show the scars back to where they started "
                "({change}); discuss this with your doctor.",
            ).format(change=depth_change_text(pct)),
            Tone.WARN,
        )
    return Line(
        translate(
            "Status",
            "Now, by your ratings since the series ended: {change} than before the series.",
        ).format(change=depth_change_text(pct))
        if shown
        else translate(
            "Status", "Now, by your ratings since the series ended: as deep as before the series."
        ),
        Tone.WARN if shown < 0 else Tone.INFO,
    )


def improvement_lines(status: DiaryStatus) -> list[Line]:
    """What the ratings say, in the same words on Today, in the CLI and in the report: the
    series' verdict at its own moment, how the scars look now, and against the first
    series' baseline when this is a later series."""
    found = status.evidence
    ended = status.state is SeriesState.ENDED
    lines: list[Line] = []
    if found.measured == 0:
        lines.append(
            Line(
                translate(
                    "Status",
                    "Rate your scars before the first session and again after sessions to see how "
                    "much they improve.",
                )
            )
        )
    else:
        if found.poor_only:
            lines.append(
                Line(
                    translate(
                        "Status",
                        "Every scar you have measured is of a type that rarely responds to this "
                        "treatment (ice-pick, deep boxcar). Their change is shown all the same:",
                    )
                )
            )
        depth = _depth_line(found, ended)
        if depth is not None:
            lines.append(depth)
        if found.mean_softening_change is not None:
            lines.append(
                Line(
                    translate(
                        "Status", "Softening since the baseline: {points} on average (0–10 scale)."
                    ).format(points=softening_text(found.mean_softening_change))
                )
            )
        lines.append(
            Line(
                translate(
                    "Status",
                    "In the article, about {ceiling}% is the best this treatment usually gives.",
                ).format(ceiling=limits.CEILING_PCT)
            )
        )
    now = _now_line(status)
    if now is not None:
        lines.append(now)
    original = status.original_evidence
    if original is not None and original.mean_depth_pct is not None:
        lines.append(
            Line(
                translate(
                    "Status",
                    "Against your first baseline, before your first series: {change}.",
                ).format(change=depth_change_text(original.mean_depth_pct))
            )
        )
    poor_mean = status.poor_responders_mean
    if poor_mean is not None and not found.poor_only:
        lines.append(
            Line(
                translate(
                    "Status",
                    "Scars of types that rarely respond (ice-pick, deep boxcar) are counted "
                    "apart: {change} on average.",
                ).format(change=depth_change_text(poor_mean))
            )
        )
    return lines


def _series_card(status: DiaryStatus) -> Card:
    progress = status.progress
    title = translate("Status", "Series: {done} of {planned} sessions done").format(
        done=progress.done, planned=planned_text(status.planned)
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
    lines.extend(improvement_lines(status))
    if status.prep.acne_flared_on is not None and status.state is not SeriesState.ENDED:
        lines.append(_acne_line(status))
    return Card(
        "series",
        title,
        tuple(lines),
        progress=(min(progress.done, progress.planned_max), progress.planned_max),
    )


def _complete_card(status: DiaryStatus) -> Card:
    done = status.progress.done
    planned = status.planned
    if status.stop_rule is StopRule.NOT_EXPECTED_TO_HELP:
        text = translate(
            "Status",
            "More sessions in this series are not expected to help. You can end the series here; "
            "if your doctor still plans another session, add it.",
        )
    else:
        text = translate(
            "Status",
            "That is the planned length of the series, so no further window is shown. End the "
            "series when your doctor agrees it is complete; if your doctor plans another session, "
            "add it.",
        )
    title = translate("Status", "All {n} planned sessions are done").format(n=planned.high)
    if done > planned.high:
        extra = done - planned.high
        title = (
            translate("Status", "All {n} planned sessions are done; 1 more was given")
            if extra == 1
            else translate("Status", "All {n} planned sessions are done; {extra} more were given")
        ).format(n=planned.high, extra=extra)
    return Card(
        "complete",
        title,
        (Line(text),),
        tone=Tone.GOOD,
        actions=(
            CardAction(Action.END_SERIES, translate("Status", "End the Series…")),
            CardAction(Action.BOOK_ANYWAY, translate("Status", "Add a Session Anyway…")),
        ),
    )


def flag_text(c: ClassifiedVisit, settings: ProtocolSettings) -> Line:
    """The sentence of a visit's most important flag."""
    return _flag_line(c, c.flag, settings)


def flag_texts(c: ClassifiedVisit, settings: ProtocolSettings) -> list[Line]:
    """A sentence for every flag of a visit, most important first: the doctor sees them
    all (a session before preparation ended *and* with acne not confirmed clear)."""
    return [_flag_line(c, flag, settings) for flag in c.flags]


def _flag_line(c: ClassifiedVisit, flag: VisitFlag, settings: ProtocolSettings) -> Line:
    """One sentence per visit flag; the first allowed date where it helps."""
    first = long_date(c.first_allowed_on) if c.first_allowed_on else None
    if flag is VisitFlag.AWAITING:
        return Line(
            translate("Status", "Its day has passed: mark it done, move it or cancel it."),
            Tone.WARN,
        )
    if flag is VisitFlag.SAME_DAY:
        return Line(
            translate("Status", "Same day as {name}: counted once.").format(
                name=(
                    translate("Status", "boost {n}")
                    if c.is_boost
                    else translate("Status", "session {n}")
                ).format(n=c.number)
            ),
            Tone.WARN,
        )
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
    if flag is VisitFlag.TOO_EARLY and c.is_boost:
        return Line(
            translate(
                "Status",
                "Too early: only {interval} after the previous injection, and the protocol asks "
                "for at least {minimum}. The first allowed date is {date}. Check with your clinic.",
            ).format(
                interval=days_text(c.interval_days or 0),
                minimum=days_text(settings.interval_min_days),
                date=first,
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
                interval=days_text(c.interval_days or 0),
                minimum=days_text(settings.interval_min_days),
                date=first,
            ),
            Tone.WARN,
        )
    if flag is VisitFlag.BOOST_DURING_SERIES:
        return Line(
            translate(
                "Status",
                "The series has not ended by this day, so this is not yet a maintenance visit "
                "after it. Check with your clinic whether it is a session of the series.",
            ),
            Tone.WARN,
        )
    if flag is VisitFlag.AFTER_NO_IMPROVEMENT:
        return Line(
            translate(
                "Status",
                "The series ended without measurable improvement, and maintenance is meant to "
                "keep an improvement. Whether to go ahead is for you and your doctor to decide.",
            ),
            Tone.WARN,
        )
    if flag is VisitFlag.TOO_EARLY_FOR_MAINTENANCE:
        spacing = maintenance_spacing_days(settings)
        text = (
            translate(
                "Status",
                "Your settings plan no maintenance boosts. Check with your clinic.",
            )
            if spacing is None
            else translate(
                "Status",
                "Sooner than your settings plan maintenance ({per_year} a year); the first "
                "date they allow is {date}. Check with your clinic.",
            ).format(per_year=settings.boosts_per_year, date=first)
        )
        return Line(text, Tone.WARN)
    if flag is VisitFlag.ACNE_NOT_CLEAR:
        return Line(
            translate(
                "Status",
                "Your acne is not confirmed as fully clear. Check with your clinic before this "
                "visit.",
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
                interval=days_text(c.interval_days or 0),
                maximum=days_text(settings.interval_max_days),
            ),
            Tone.INFO,
        )
    if flag is VisitFlag.BEYOND_PLAN:
        return Line(
            translate(
                "Status",
                "This is beyond the planned length of the series; that is your doctor's decision.",
            ),
            Tone.INFO,
        )
    if c.is_boost:
        return Line(translate("Status", "A maintenance visit after the series."), Tone.GOOD)
    return Line(translate("Status", "Inside the allowed window."), Tone.GOOD)


def visit_when(c: ClassifiedVisit) -> str:
    when = long_date(c.visit.scheduled_on)
    if c.visit.scheduled_time is not None:
        when = translate("Status", "{date} at {time}").format(
            date=when, time=clock_time(c.visit.scheduled_time)
        )
    return when


def _booked_lines(status: DiaryStatus, settings: ProtocolSettings) -> list[Line]:
    booked = status.next_booked
    assert booked is not None
    lines = [Line(visit_when(booked))]
    days_away = (booked.visit.scheduled_on - status.today).days
    if days_away == 0:
        lines.append(Line(translate("Status", "That is today."), Tone.GOOD))
    elif days_away == 1:
        lines.append(Line(translate("Status", "That is tomorrow."), Tone.GOOD))
    else:
        lines.append(
            Line(translate("Status", "That is in {days}.").format(days=days_text(days_away)))
        )
    lines.append(flag_text(booked, settings))
    for later in status.booked[1:]:
        if later.flag is not VisitFlag.OK:
            lines.append(
                Line(
                    translate("Status", "{name} on {date}: {check}").format(
                        name=visit_name(later),
                        date=long_date(later.visit.scheduled_on),
                        check=flag_text(later, settings).text,
                    ),
                    flag_text(later, settings).tone,
                )
            )
    return lines


def _next_card(status: DiaryStatus, settings: ProtocolSettings) -> Card | None:
    today = status.today
    window = status.next_window
    booked = status.next_booked
    lines: list[Line] = []
    if booked is not None:
        lines = _booked_lines(status, settings)
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
        title = translate("Status", "{name} is booked").format(name=visit_name(booked))
        return Card("next", title, tuple(lines))
    if window is None:
        return None
    if window.after_session == 0 and not status.prep.complete:
        return None  # the preparation card already says when the first session can be
    if window.earliest is None and status.prep.needed:
        return None
    number = window.after_session + 1
    lines = []
    title = translate("Status", "Next: session {n}").format(n=number)
    if window.earliest is None:
        lines.append(
            Line(
                translate(
                    "Status",
                    "Nothing is booked yet. Your first session can be whenever your doctor plans it.",
                )
            )
        )
    elif window.latest is None:
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
    if status.awaiting:
        lines.append(
            Line(
                translate("Status", "First say what happened to the session whose day has passed.")
            )
        )
    elif window.earliest is None:
        pass
    elif today < window.earliest:
        lines.append(
            Line(
                translate("Status", "The window opens in {days}.").format(
                    days=days_text((window.earliest - today).days)
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
        lines.append(window_closed_line(status))
    return Card(
        "next",
        title,
        tuple(lines),
        actions=(CardAction(Action.BOOK, translate("Status", "Book…")),),
    )


def window_closed_line(status: DiaryStatus) -> Line:
    """A window that has closed is said to have closed; once it closed long ago (the lapse
    setting) the series has lapsed and the diary stops urging a booking."""
    window = status.next_window
    assert window is not None and window.latest is not None
    number = window.after_session + 1
    if status.lapsed:
        return Line(
            translate(
                "Status",
                "The window for session {n} closed on {date}, and nothing has been booked since: "
                "the series has lapsed. Whether to go on is for you and your doctor to decide.",
            ).format(n=number, date=long_date(window.latest)),
            Tone.INFO,
        )
    return Line(
        translate(
            "Status",
            "The window for session {n} closed on {date}. A later session is not forbidden; "
            "book one with your clinic soon.",
        ).format(n=number, date=long_date(window.latest)),
        Tone.WARN,
    )


def _maintenance_card(status: DiaryStatus) -> Card:
    due = status.maintenance_due_on
    lines: list[Line] = []
    boosts = status.boosts_done
    if boosts:
        lines.append(
            Line(
                translate("Status", "Maintenance boosts done since the series: {n}.").format(
                    n=boosts
                )
            )
        )
    if due is not None:
        text = (
            translate(
                "Status",
                "A maintenance session (boost) was due on {date}. Discuss it with your clinic.",
            )
            if due <= status.today
            else translate(
                "Status",
                "The next maintenance session (boost) is suggested around {date}; discuss it with "
                "your clinic.",
            )
        )
        lines.append(
            Line(text.format(date=long_date(due)), Tone.WARN if due <= status.today else Tone.INFO)
        )
        lines.append(
            Line(
                translate(
                    "Status",
                    "A boost needs no new series. Its result is measured against your first "
                    "baseline.",
                )
            )
        )
        title = translate("Status", "Maintenance")
        actions: tuple[CardAction, ...] = (
            (CardAction(Action.BOOK_BOOST, translate("Status", "Book a Boost…")),)
            if not any(c.is_boost for c in status.booked)
            else ()
        )
        return Card("maintenance", title, tuple(lines), actions=actions)
    if status.improved:
        lines.append(Line(translate("Status", "No maintenance sessions are set in Settings.")))
    else:
        lines.append(Line(ended_outcome_text(status)))
    return Card("maintenance", translate("Status", "After the series"), tuple(lines))


def ended_outcome_text(status: DiaryStatus) -> str:
    """What an ended series without improvement showed, claiming only what it can."""
    done = status.progress.done
    outcome = status.outcome
    if outcome is SeriesOutcome.NO_IMPROVEMENT:
        return translate(
            "Status",
            "The series ended without measurable improvement, so no maintenance is suggested. "
            "The article sees little sense in another series; your doctor decides.",
        )
    if outcome is SeriesOutcome.PLAN_DONE:
        return translate(
            "Status",
            "All planned sessions were done without measurable improvement, so no maintenance is "
            "suggested. The plan was shorter than the usual series; whether to go on is for you "
            "and your doctor to decide.",
        )
    if outcome is SeriesOutcome.TOO_EARLY:
        return (
            translate(
                "Status",
                "The series stopped after 1 session: too early to say whether the treatment "
                "helps you. Your doctor decides what comes next.",
            )
            if done == 1
            else translate(
                "Status",
                "The series stopped after {n} sessions: too early to say whether the treatment "
                "helps you. Your doctor decides what comes next.",
            ).format(n=done)
        )
    return translate(
        "Status",
        "Maintenance is suggested once your ratings show the series helped; rate your scars "
        "to see.",
    )


def _aftercare_card(status: DiaryStatus) -> Card:
    care = status.aftercare
    assert care is not None
    if care.boost:
        title = (
            translate("Status", "Aftercare: boost {n} was today")
            if care.day == 0
            else translate("Status", "Aftercare: day {day} after boost {n}")
        )
    else:
        title = (
            translate("Status", "Aftercare: session {n} was today")
            if care.day == 0
            else translate("Status", "Aftercare: day {day} after session {n}")
        )
    return Card(
        "aftercare",
        title.format(day=care.day, n=care.session_number),
        (Line(translate("Status", "If anything worries you, contact your clinic.")),),
        bullets=care.clinic_texts or tuple(tip_text(t) for t in care.tips),
    )


def _notices(status: DiaryStatus, settings: ProtocolSettings) -> list[Line]:
    done = status.progress.done
    notices: list[Line] = []
    if status.state not in (SeriesState.IN_SERIES, SeriesState.COMPLETE):
        return notices
    rule = status.stop_rule
    if rule is StopRule.DISCUSS_STOPPING:
        notices.append(
            Line(
                translate(
                    "Status",
                    "After {n} sessions your ratings show no measurable improvement (less than "
                    "{threshold}% in depth, and less than {points} points of softening). Discuss "
                    "with your doctor whether to stop the series.",
                ).format(
                    n=done,
                    threshold=whole_pct(settings.no_improvement_pct),
                    points=decimal(tenths(settings.softening_threshold_points)),
                ),
                Tone.WARN,
            )
        )
    elif rule is StopRule.NOT_EXPECTED_TO_HELP:
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
    elif rule is StopRule.PLAN_DONE:
        notices.append(
            Line(
                translate(
                    "Status",
                    "All {n} sessions your doctor planned are done, and your ratings show no "
                    "measurable improvement. The plan was shorter than the usual series; whether to "
                    "go on is for you and your doctor to decide.",
                ).format(n=done),
                Tone.WARN,
            )
        )
    elif rule is StopRule.NOT_ENOUGH_RATINGS and status.evidence.measured:
        notices.append(
            Line(
                translate(
                    "Status",
                    "After {n} sessions your newest usable rating is from before session {fresh}, "
                    "so it says nothing about the sessions since. Rate your scars now (not in the "
                    "first {swelling} after a session) so you and your doctor can judge.",
                ).format(
                    n=done,
                    fresh=max(done - settings.fresh_rating_sessions, 1),
                    swelling=days_text(settings.swelling_days),
                ),
                Tone.WARN,
            )
        )
    elif rule is StopRule.NOT_ENOUGH_RATINGS:
        notices.append(
            Line(
                translate(
                    "Status",
                    "After {n} sessions the diary cannot tell yet whether your scars improve: it "
                    "needs a rating from before the first session and a later one (not in the "
                    "first {swelling} after a session, while the skin may be swollen). Rate your "
                    "scars so you and your doctor can judge.",
                ).format(n=done, swelling=days_text(settings.swelling_days)),
                Tone.WARN,
            )
        )
    if notices and rule is not StopRule.NOT_ENOUGH_RATINGS and status.evidence.poor_only:
        notices.append(
            Line(
                translate(
                    "Status",
                    "Every scar measured is of a type that rarely responds (ice-pick, deep "
                    "boxcar), so little change was to be expected.",
                )
            )
        )
    return notices


def stop_rule_sentence(status: DiaryStatus, settings: ProtocolSettings) -> str:
    """What the stop rule says, in the words of the Today page; empty when it says nothing."""
    notices = _notices(status, settings)
    return notices[0].text if notices else ""


def today_heading(today: dt.date) -> str:
    return translate("Status", "Today, {date}").format(date=long_date(today))
