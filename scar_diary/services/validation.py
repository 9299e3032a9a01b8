"""Checks shared by the services; each failure is one sentence the user can act on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from scar_diary.domain import limits
from scar_diary.domain.entities import SCORE_MAX, SCORE_MIN
from scar_diary.services.errors import InvalidInput


def check_score(name: str, value: int | None, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
        raise InvalidInput(
            QCoreApplication.translate(
                "Diary", "{name} must be a whole number from 0 to 10."
            ).format(name=name)
        )


def check_day(day: dt.date | None) -> None:
    """A date the diary can keep (1900–2199): never a year-9999 typo."""
    if day is not None and not limits.FIRST_DAY <= day <= limits.LAST_DAY:
        raise InvalidInput(
            QCoreApplication.translate(
                "Diary", "The date {day} is outside the years a diary keeps ({first}–{last})."
            ).format(day=day.isoformat(), first=limits.FIRST_DAY.year, last=limits.LAST_DAY.year)
        )


def check_not_future(day: dt.date, today: dt.date) -> None:
    check_day(day)
    if day > today:
        raise InvalidInput(
            QCoreApplication.translate(
                "Diary", "A rating cannot be dated in the future ({day})."
            ).format(day=day.isoformat())
        )


def check_label(label: str) -> str:
    if not label.strip():
        raise InvalidInput(QCoreApplication.translate("Diary", "Give the scar a name."))
    return label.strip()


def check_map_position(*values: float | None) -> None:
    for value in values:
        if value is not None and not 0.0 <= value <= 1.0:
            raise InvalidInput(
                QCoreApplication.translate("Diary", "The map position is outside the face map.")
            )


def missing(kind: str, item_id: int) -> InvalidInput:
    texts = {
        "scar": QCoreApplication.translate("Diary", "There is no scar with id {id}."),
        "rating": QCoreApplication.translate("Diary", "There is no rating with id {id}."),
        "session": QCoreApplication.translate("Diary", "There is no session with id {id}."),
        "photo": QCoreApplication.translate("Diary", "There is no photo with id {id}."),
    }
    return InvalidInput(texts[kind].format(id=item_id))
