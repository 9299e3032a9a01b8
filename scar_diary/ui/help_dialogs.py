"""The Help menu's windows: Help with its topics, and About."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scar_diary import __version__
from scar_diary.domain.entities import ProtocolSettings
from scar_diary.ui import dialogs

if TYPE_CHECKING:
    from scar_diary.ui.main_window import MainWindow

translate = QCoreApplication.translate  # a plain name lupdate recognises

LIBRARIES = ("PySide6-Essentials", "SQLAlchemy", "alembic", "Pillow", "pillow-heif", "matplotlib")


class HelpWindow(QDialog):
    """Topics on the left, the text on the right; stays open beside the main window."""

    def __init__(
        self,
        parent: QWidget,
        settings: ProtocolSettings,
        data_folder: Path,
        backups_folder: Path,
        topic: str = "series",
    ) -> None:
        from scar_diary.wording.help import topics

        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(translate("Help", "Scar Diary Help"))
        self.topics = topics(settings, str(data_folder), str(backups_folder))
        self.list = QListWidget(self)
        self.list.setObjectName("helpTopics")
        self.list.setAccessibleName(translate("Help", "Help topics"))
        self.list.addItems([t.title for t in self.topics])
        self.list.setMaximumWidth(230)
        self.text = QTextBrowser(self)
        self.text.setObjectName("helpText")
        self.text.setAccessibleName(translate("Help", "Help text"))
        self.text.setOpenLinks(False)
        self.list.currentRowChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.show_topic(topic)

    def show_topic(self, key: str) -> None:
        row = next((i for i, t in enumerate(self.topics) if t.key == key), 0)
        self.list.setCurrentRow(row)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.topics):
            topic = self.topics[row]
            self.text.setHtml(f"<h2>{topic.title}</h2>{topic.html}")


def show_help(
    parent: QWidget,
    settings: ProtocolSettings,
    data_folder: Path,
    backups_folder: Path,
    topic: str = "series",
) -> HelpWindow:
    window = HelpWindow(parent, settings, data_folder, backups_folder, topic)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def _version(name: str) -> str:
    from importlib import metadata  # only when About opens: ~30 ms at start otherwise

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def about_text(data_folder: Path) -> str:
    libraries = ", ".join(f"{name} {_version(name)}" for name in LIBRARIES)
    return translate(
        "Help",
        "Scar Diary {version}\n\nA private diary for a series of saline injections for acne "
        "scars. It is your own record, not medical advice: your doctor decides about your "
        "treatment.\n\nScar Diary makes no network connections, except while you receive "
        "photos from your phone, on your own network; your data stays on this computer, in "
        "{folder}.\n\nFree software under the MIT licence. Built with Python "
        "{python} and {libraries}.",
    ).format(
        version=__version__,
        folder=data_folder,
        python="{}.{}.{}".format(*sys.version_info[:3]),
        libraries=libraries,
    )


def show_about(parent: QWidget, data_folder: Path) -> None:
    dialogs.about(parent, translate("Help", "About Scar Diary"), about_text(data_folder))


def show_safety(parent: QWidget) -> None:
    from scar_diary.wording.safety import injection_warning, not_advice

    dialogs.about(
        parent,
        translate("Help", "Who Should Give the Injections"),
        f"{injection_warning()}\n\n{not_advice()}",
    )


def show_help_for(window: MainWindow, topic: str = "series") -> None:
    """Help with the open diary's own numbers (or the article's, with none open)."""
    from scar_diary.services.backups import backups_dir

    diary = window.diary
    folder = diary.data_dir if diary else window.controller.own_dir
    settings = diary.settings() if diary else ProtocolSettings()
    show_help(window, settings, folder, backups_dir(folder), topic)


def show_about_for(window: MainWindow) -> None:
    show_about(window, window.diary.data_dir if window.diary else window.controller.own_dir)
