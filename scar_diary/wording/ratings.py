"""The rating scales in the app's own words (not taken from any licensed questionnaire)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

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
