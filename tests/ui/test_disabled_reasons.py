"""Every disabled control says why: its tooltip and accessible description give the reason
(or a disabled group around it does). Walked over every page of a new diary and of the
sample diary, and the dialogs with controls that wait for something."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from scar_diary.ui.compare.compare_dialog import CompareDialog
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.preferences import PHOTO_GUIDE_SEEN
from scar_diary.ui.scars.page import ScarsPage
from tests.ui.conftest import MakeWindow, opened

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractSlider)


def explained(widget: QWidget) -> bool:
    """It, or the nearest disabled widget around it, gives a reason."""
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if not current.isEnabled() and (
            current.accessibleDescription().strip() and current.toolTip().strip()
        ):
            return True
        current = current.parentWidget()
    return False


def unexplained(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}"
        for w in root.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(root)
        and not w.isEnabled()
        and not explained(w)
        and not isinstance(w.parentWidget(), CONTROLS)  # a spin box's own line edit
    ]


def every_page(window: MainWindow) -> list[str]:
    problems: list[str] = []
    for key, holder in window.holders.items():
        window.show_page(holder)
        problems += [f"{key}: {p}" for p in unexplained(window)]
    return problems


def test_a_new_diary(make_window: MakeWindow) -> None:
    window = make_window()
    problems = every_page(window)
    assert problems == [], "\n".join(problems)


def test_the_sample_diary_and_its_dialogs(
    make_window: MakeWindow, qtbot: QtBot, ui_settings: QSettings
) -> None:
    PHOTO_GUIDE_SEEN.set(ui_settings, True)
    window = make_window()
    opened(qtbot, window, window.open_sample)
    problems = every_page(window)
    rate = window.commands.rate_scars()
    assert rate is not None
    problems += [f"rate: {p}" for p in unexplained(rate)]
    rate.reject()
    window.show_page(window.scars_holder)
    scars = window.built(ScarsPage)
    assert scars is not None
    scars.detail.tabs.setCurrentIndex(1)  # the ratings, none selected
    problems += [f"ratings: {p}" for p in unexplained(window)]
    compare = scars.edits.compare()
    assert isinstance(compare, CompareDialog)
    qtbot.waitUntil(lambda: compare.ready, timeout=20_000)
    problems += [f"compare: {p}" for p in unexplained(compare)]
    compare.reject()
    assert problems == [], "\n".join(problems)
