"""The window's pages, built the first time they are shown (so start-up only fills the
Today page, and matplotlib loads only with the charts). Each page is a widget with
`set_diary` and `reload`; a small factory builds it inside its holder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QStyle, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary


class Page(Protocol):
    def set_diary(self, diary: Diary | None) -> None: ...

    def reload(self) -> None: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: QStyle.StandardPixmap
    build: Callable[[QWidget], QWidget] | None  # None: the page is made with the window
    refresh_when_shown: bool = False  # drawn only while seen (the charts)


class PageHolder(QWidget):
    """The place in the stack a page appears in, empty until it is first shown."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self, diary: Diary | None) -> tuple[QWidget | None, bool]:
        """The page, built and given the diary on first use; whether it was just built."""
        if self.page is not None or self.spec.build is None or diary is None:
            return self.page, False
        self.page = self.spec.build(self)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.page)
        as_page: Page = self.page  # type: ignore[assignment]
        as_page.set_diary(diary)
        return self.page, True
