"""Keyboard and screen-reader access: every control a user can reach has a name in the
accessibility tree, the face map is worked by the keyboard, and Tab reads pages in order."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from scar_diary.services.diary import Diary
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.preferences import PHOTO_GUIDE_SEEN
from scar_diary.ui.ratings.score_slider import ScoreSlider
from scar_diary.ui.scars.face_map import FaceMap
from scar_diary.ui.scars.page import ScarsPage
from scar_diary.ui.settings.page import SettingsPage
from tests.conftest import TODAY
from tests.ui.conftest import SETTLE_MS, MakeWindow, opened

ROLES = {
    QAccessible.Role.PushButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.Slider,
    QAccessible.Role.ComboBox,
    QAccessible.Role.EditableText,
    QAccessible.Role.SpinBox,
    QAccessible.Role.List,
    QAccessible.Role.Tree,
    QAccessible.Role.Table,
    QAccessible.Role.PageTabList,
}


def unnamed(root: QWidget) -> list[str]:
    """The reachable controls under `root` that a screen reader could not name."""
    found: list[str] = []

    def walk(interface: QAccessibleInterface | None) -> None:
        if interface is None or not interface.isValid():
            return
        reachable = interface.role() in ROLES and not interface.state().invisible
        if reachable and not interface.text(QAccessible.Text.Name).strip():
            target = interface.object()
            found.append(f"{interface.role().name} {target.objectName() if target else ''}".strip())
        for index in range(interface.childCount()):
            walk(interface.child(index))

    walk(QAccessible.queryAccessibleInterface(root))
    return found


def sample_window(make_window: MakeWindow, qtbot: QtBot, ui_settings: QSettings) -> MainWindow:
    PHOTO_GUIDE_SEEN.set(ui_settings, True)
    window = make_window()
    opened(qtbot, window, window.open_sample)
    return window


def test_every_page_and_dialog_names_its_controls(
    make_window: MakeWindow, qtbot: QtBot, ui_settings: QSettings
) -> None:
    window = sample_window(make_window, qtbot, ui_settings)
    problems = unnamed(window)
    for key, holder in window.holders.items():
        window.show_page(holder)
        problems += [f"{key}: {p}" for p in unnamed(window)]
    rate = window.commands.rate_scars()
    assert rate is not None
    problems += [f"rate: {p}" for p in unnamed(rate)]
    rate.reject()
    window.show_page(window.scars_holder)
    scars = window.built(ScarsPage)
    assert scars is not None
    compare = scars.edits.compare()
    assert compare is not None
    problems += [f"compare: {p}" for p in unnamed(compare)]
    compare.reject()
    assert problems == [], "\n".join(problems)


def test_the_face_map_works_from_the_keyboard(
    make_window: MakeWindow, qtbot: QtBot, ui_settings: QSettings
) -> None:
    window = sample_window(make_window, qtbot, ui_settings)
    window.show_page(window.scars_holder)
    page = window.built(ScarsPage)
    assert page is not None
    face = page.findChild(FaceMap)
    assert face is not None
    face.setFocus()
    first = face.selected_id
    assert first is not None
    assert face.accessibleDescription().startswith("Scar 1 of")
    seen: set[int | None] = {first}
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_End):
        qtbot.keyClick(face, key)
        seen.add(face.selected_id)
        assert page.detail.scar is not None and page.detail.scar.id == face.selected_id
    assert len(seen) >= 3  # the arrows really go from scar to scar
    qtbot.keyClick(face, Qt.Key.Key_Return)
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "scarDialog" and w.isVisible()
    )
    dialog.close()


def test_rating_sliders_show_focus_and_say_their_value(
    make_window: MakeWindow, qtbot: QtBot, ui_settings: QSettings
) -> None:
    window = sample_window(make_window, qtbot, ui_settings)
    rate = window.commands.rate_scars()
    assert rate is not None
    slider = rate.findChildren(ScoreSlider)[0]
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_7)
    assert slider.score() == 7
    assert slider.accessibleName()
    rate.reject()


def test_settings_are_tabbed_through_in_reading_order(
    make_window: MakeWindow, qtbot: QtBot, own_dir: object
) -> None:
    window = make_window()
    window.show_page(window.settings_holder)
    page = window.built(SettingsPage)
    assert page is not None
    qtbot.waitUntil(lambda: page.isVisible(), timeout=SETTLE_MS)
    content = page.widget()
    assert content is not None
    chain: list[QWidget] = []
    widget: QWidget | None = page.prep_days
    for _ in range(200):
        assert widget is not None
        tabbable = widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tabbable and content.isAncestorOf(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page.prep_days:
            break
    tops = [w.mapTo(content, w.rect().topLeft()).y() for w in chain]
    backups_at = chain.index(page.backups.now_button)
    assert backups_at > chain.index(page.clinic)  # the backups come last, as on the page
    assert all(later >= earlier - 40 for earlier, later in itertools.pairwise(tops))
    assert isinstance(window.diary, Diary) and window.diary.settings().prep_days == 14
    assert TODAY
