"""The window's pages, built the first time they are shown (so start-up only fills the
Today page, and matplotlib loads only with the charts). Each page is a widget with
`set_diary` and `reload`; a small factory builds it inside its holder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from scar_diary.domain.changes import Changed

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary
    from scar_diary.storage.reader import DiaryReader


class Page(Protocol):
    def set_diary(self, diary: Diary | None) -> None: ...

    def reload(self, changed: Changed = Changed.EVERYTHING) -> None: ...


class PreviewingPage(Page, Protocol):
    def show_from(self, reader: DiaryReader | None) -> None: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    build: Callable[[QWidget], QWidget]
    concerns: Changed = Changed.EVERYTHING  # the changes it shows: it reloads after those
    drawn: bool = False  # drawn only while seen (the charts): reloaded when shown again
    previews: bool = False  # can show the diary's file while the diary opens


class PageHolder(QScrollArea):
    """The place in the stack a page appears in, empty until it is first shown. It scrolls
    when the window is smaller than the page needs (a small laptop screen, 200% scaling),
    so nothing is ever out of reach."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.page: QWidget | None = None
        self.reloads = 0  # how often a change elsewhere reloaded it (tests count them)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def ensure(
        self, diary: Diary | None, preview: DiaryReader | None = None
    ) -> tuple[QWidget | None, bool]:
        """The page, built and given the diary (or its preview) on first use; whether it
        was just built."""
        if self.page is not None:
            return self.page, False
        if diary is None and (preview is None or not self.spec.previews):
            return None, False
        self.page = self.spec.build(self)
        self.setWidget(self.page)
        self.page.show()  # now, not on the next event: it is the page the user asked for
        if diary is not None:
            as_page: Page = self.page  # type: ignore[assignment]
            as_page.set_diary(diary)
        else:
            previewing: PreviewingPage = self.page  # type: ignore[assignment]
            previewing.show_from(preview)
        return self.page, True

    def reload(self, changed: Changed = Changed.EVERYTHING) -> None:
        """The page reads again what shows `changed` (a page may read everything again)."""
        if self.page is not None:
            self.reloads += 1
            as_page: Page = self.page  # type: ignore[assignment]
            as_page.reload(changed)

    def discard(self) -> None:
        """Tear the page down (the diary locked): nothing of it stays in the window, its
        models and caches included. It is built again the next time it is shown."""
        if self.page is None:
            return
        page = self.takeWidget()
        self.page = None
        if page is not None:
            page.hide()
            page.deleteLater()

    def give(self, diary: Diary | None) -> None:
        """The diary opened (or is closing): a built page uses it from now on."""
        if self.page is not None:
            as_page: Page = self.page  # type: ignore[assignment]
            as_page.set_diary(diary)
