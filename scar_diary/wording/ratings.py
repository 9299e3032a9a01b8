"""The rating scales in the app's own words (not taken from any licensed questionnaire)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from scar_diary.domain.entities import DiaryFacts
from scar_diary.domain.scores import may_be_swollen
from scar_diary.wording.status import days_text

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Scale:
    key: str
    question: str
    low: str  # what 0 means
    high: str  # what 10 means


def scales() -> tuple[Scale, Scale, Scale]:
    return (
        Scale(
            "depth",
            translate("Ratings", "Depth: how deep does it look in side light?"),
            translate("Ratings", "0 · level with the skin"),
            translate("Ratings", "10 · very deep"),
        ),
        Scale(
            "softening",
            translate("Ratings", "Softening: how does it feel when you gently push the skin?"),
            translate("Ratings", "0 · firm, held down"),
            translate("Ratings", "10 · soft, moves freely"),
        ),
        Scale(
            "visibility",
            translate("Ratings", "Visibility: how noticeable is it from about a metre away?"),
            translate("Ratings", "0 · not noticeable"),
            translate("Ratings", "10 · very noticeable"),
        ),
    )


def rating_day_hint(facts: DiaryFacts, day: dt.date) -> str:
    """What a rating dated `day` will count as: the baseline, before a session, or made
    while the skin may still be swollen."""
    days = facts.treatment_days()
    if not days or day < days[0]:
        return translate("Ratings", "Ratings made before your first session are your baseline.")
    if day == days[0]:
        return translate(
            "Ratings",
            "Rate before the session on the day of your first session: this rating counts as "
            "your baseline.",
        )
    if day in days:
        return translate(
            "Ratings", "On a session day, rate before the session: this rating counts as before it."
        )
    swelling = facts.settings.swelling_days
    if may_be_swollen(day, facts.visit_days(), swelling):
        return translate(
            "Ratings",
            "In the first {days} after a visit the skin may still be swollen: this rating is kept "
            "and shown, but not used to measure improvement.",
        ).format(days=days_text(swelling))
    return ""
