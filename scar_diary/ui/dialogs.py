"""Every message box goes through here: opened with `open()` and a callback, never `exec()`
(window-modal, but the event loop never blocks), so tests can find and answer each box like
a user would (qutebrowser's msgbox seam)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def plain_text(box: QMessageBox) -> None:
    """A message box shows its words as typed: a scar's name or a file name with "<" in it
    is never read as markup (Qt would guess rich text)."""
    box.setTextFormat(Qt.TextFormat.PlainText)


def message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    details: str = "",
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    plain_text(box)
    closes_itself(box, modal=True)
    if details:
        box.setDetailedText(details)
    if on_close is not None:
        box.finished.connect(lambda _result: on_close())
    box.open()
    return box


def error(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    details: str = "",
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    return message(
        parent, QMessageBox.Icon.Critical, title, text, details=details, on_close=on_close
    )


def warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return message(parent, QMessageBox.Icon.Warning, title, text)


def about(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return message(parent, QMessageBox.Icon.Information, title, text)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    confirm_text: str,
    on_confirm: Callable[[], object],
    informative: str = "",
    destructive: bool = True,
    cancel_text: str = "",
) -> QMessageBox:
    """Ask before something that cannot be taken back; Cancel is the default button.
    `cancel_text` names what Cancel does where "Cancel" would be ambiguous ("Keep Visit"
    beside "Cancel Visit", "Later" beside "Rate Now")."""
    box = QMessageBox(
        QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    plain_text(box)
    box.setObjectName("confirmBox")
    closes_itself(box, modal=True)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(
        confirm_text,
        QMessageBox.ButtonRole.DestructiveRole
        if destructive
        else QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if cancel_text:
        box.button(QMessageBox.StandardButton.Cancel).setText(cancel_text)
    box.buttonClicked.connect(lambda button: on_confirm() if button is yes else None)
    box.open()
    return box


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: list[tuple[str, Callable[[], object]]],
    *,
    informative: str = "",
    cancel_text: str = "",
) -> QMessageBox:
    """Ask which of a few ways to go on (the first is the default), or Cancel (named by
    `cancel_text` where "Cancel" would be unclear, e.g. "Keep Editing")."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    box.setObjectName("chooseBox")
    plain_text(box)
    closes_itself(box, modal=True)
    if informative:
        box.setInformativeText(informative)
    buttons = {
        box.addButton(label, QMessageBox.ButtonRole.AcceptRole): then for label, then in choices
    }
    box.setDefaultButton(next(iter(buttons)))
    if cancel_text:
        box.button(QMessageBox.StandardButton.Cancel).setText(cancel_text)
    box.buttonClicked.connect(lambda button: buttons[button]() if button in buttons else None)
    box.open()
    return box


def open_files(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    on_chosen: Callable[[list[str]], object],
) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("openFilesDialog")
    closes_itself(dialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilters([name_filter, QCoreApplication.translate("Dialogs", "All files (*)")])
    dialog.filesSelected.connect(on_chosen)
    dialog.open()
    return dialog


def save_file(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    suggested: str,
    on_chosen: Callable[[str], object],
) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("saveFileDialog")
    closes_itself(dialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


def choose_folder(
    parent: QWidget | None, title: str, on_chosen: Callable[[str], object]
) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("chooseFolderDialog")
    closes_itself(dialog)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


def bring_forward(window: QWidget) -> None:
    """Show the window on top (asked for by another start of the app, or the tray icon)."""
    window.showNormal()
    window.raise_()
    window.activateWindow()


def closes_itself(widget: QWidget, *, modal: bool = False) -> None:
    """Deleted when closed; `modal`: blocks its window (only) while open."""
    from PySide6.QtCore import Qt  # not at import: the namespace costs ~13 ms before paint

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if modal:
        widget.setWindowModality(Qt.WindowModality.WindowModal)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a window as asked, but never larger than the screen it opens on (a 1024×640
    laptop, or 200% scaling): its buttons always stay on screen."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() if window.screen() is not None else QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    window.resize(min(width, room.width() - 40), min(height, room.height() - 60))
