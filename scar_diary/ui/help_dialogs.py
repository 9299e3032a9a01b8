"""The Help menu's windows: who should give the injections, and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from scar_diary import __version__
from scar_diary.ui import dialogs

translate = QCoreApplication.translate  # a plain name lupdate recognises


def show_about(parent: QWidget) -> None:
    dialogs.about(
        parent,
        translate("Help", "About Scar Diary"),
        translate(
            "Help",
            "Scar Diary {version}\n\nA private diary for a series of saline injections for "
            "acne scars. It is your own record, not medical advice: your doctor decides about "
            "your treatment.\n\nScar Diary makes no network connections; your data stays on "
            "this computer.",
        ).format(version=__version__),
    )


def show_safety(parent: QWidget) -> None:
    from scar_diary.wording.safety import injection_warning, not_advice

    dialogs.about(
        parent,
        translate("Help", "Who Should Give the Injections"),
        f"{injection_warning()}\n\n{not_advice()}",
    )
