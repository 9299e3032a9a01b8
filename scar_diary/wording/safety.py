"""The article's warning about who should give the injections, in one place: the welcome,
Help and the doctor summary show the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def injection_warning() -> str:
    return translate(
        "Safety",
        "Saline injections belong in the hands of a doctor, nurse or dermatologist who is "
        "experienced with injections into the skin. Injecting yourself without that experience "
        "is risky. Scar Diary keeps your record; it never helps plan injecting yourself.",
    )


def not_advice() -> str:
    return translate(
        "Safety",
        "Scar Diary is your own record, not medical advice: your doctor decides about your "
        "treatment.",
    )
