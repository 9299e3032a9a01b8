"""The menu bar: what each menu holds, its shortcuts, and which actions need a diary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QPalette

from scar_diary.domain.changes import Changed

if TYPE_CHECKING:
    from scar_diary.ui.main_window import MainWindow


# A plain name lupdate recognises: every text below is extracted for translators.
translate = QCoreApplication.translate


@dataclass
class Menus:
    open_own: QAction
    open_sample: QAction
    import_diary: QAction
    lock: QAction
    needs_diary: list[QAction] = field(default_factory=list)  # off while no diary is open
    pages: list[QAction] = field(default_factory=list)  # View → one per page
    icons: dict[str, QAction] = field(default_factory=dict)  # icon name → its action

    def show_icons(self, palette: QPalette) -> None:
        from scar_diary.ui.icons import icon

        for name, action in self.icons.items():
            action.setIcon(icon(name, palette))


def _action(
    window: MainWindow, text: str, slot: Callable[[], object], shortcut: str = ""
) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow, page_titles: list[str]) -> Menus:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    menus = Menus(
        open_own=_action(window, translate("Menus", "Open &My Diary"), window.open_own),
        open_sample=_action(window, translate("Menus", "Open &Sample Diary"), window.open_sample),
        import_diary=_action(
            window, translate("Menus", "&Import Diary…"), window.files.choose_import
        ),
        lock=_action(window, translate("Menus", "&Lock Diary"), window.guard.lock, "Ctrl+L"),
    )
    window.addAction(menus.lock)  # the shortcut works wherever the focus is
    export = _action(window, translate("Menus", "&Export Diary…"), window.files.export_diary)
    calendar = _action(
        window, translate("Menus", "Export &Calendar…"), window.files.export_calendar
    )
    for action in (menus.open_own, menus.open_sample, None, export, menus.import_diary, calendar):
        if action is None:
            file_menu.addSeparator()
        else:
            file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(menus.lock)
    menus.lock.setEnabled(False)
    file_menu.addSeparator()
    # Not StandardKey.Quit: several platform themes bind nothing to it.
    quit_action = _action(window, translate("Menus", "&Quit"), window.close, "Ctrl+Q")
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu(translate("Menus", "&Edit"))
    undo = window.undo_stack.createUndoAction(window, translate("Menus", "&Undo"))
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = window.undo_stack.createRedoAction(window, translate("Menus", "&Redo"))
    redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)

    diary_menu = bar.addMenu(translate("Menus", "&Diary"))
    rate = _action(
        window, translate("Menus", "&Rate My Scars…"), window.commands.rate_scars, "Ctrl+R"
    )
    add_scar = _action(window, translate("Menus", "&Add Scar…"), window.commands.add_scar, "Ctrl+N")
    guide = _action(window, translate("Menus", "Photo &Guide"), window.commands.photo_guide)
    receive = _action(
        window, translate("Menus", "Receive from &Phone…"), window.commands.receive_from_phone
    )
    for action in (rate, add_scar, guide, receive):
        diary_menu.addAction(action)
    menus.needs_diary = [rate, add_scar, guide, receive, calendar, export]
    menus.icons = {
        "export": export,
        "import": menus.import_diary,
        "visits": calendar,
        "rate": rate,
        "add": add_scar,
        "camera": guide,
    }

    view_menu = bar.addMenu(translate("Menus", "&View"))
    for row, title in enumerate(page_titles):
        go = _action(window, title, partial(window.nav.setCurrentRow, row), f"Ctrl+{row + 1}")
        view_menu.addAction(go)
        window.addAction(go)  # the shortcut works wherever the focus is
        menus.pages.append(go)
    view_menu.addSeparator()
    refresh = QAction(translate("Menus", "&Refresh"), window)
    refresh.setShortcut(QKeySequence.StandardKey.Refresh)
    refresh.triggered.connect(lambda _checked=False: window.refresh(Changed.EVERYTHING))
    view_menu.addAction(refresh)

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    contents = _action(window, translate("Menus", "Scar Diary &Help"), window.commands.show_help)
    contents.setShortcut(QKeySequence.StandardKey.HelpContents)
    help_menu.addAction(contents)
    menus.icons["help"] = contents
    help_menu.addAction(
        _action(window, translate("Menus", "&Getting Started…"), window.commands.first_run)
    )
    help_menu.addAction(
        _action(
            window,
            translate("Menus", "&Who Should Give the Injections"),
            window.commands.show_safety,
        )
    )
    about = _action(window, translate("Menus", "&About Scar Diary"), window.commands.show_about)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)
    for action in menus.needs_diary:
        action.setEnabled(False)
    return menus
