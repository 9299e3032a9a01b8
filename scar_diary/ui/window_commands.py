"""What the menus and the Today cards ask of the window: rate the scars, add one, the photo
guide, the visit actions, the first-run guide and Help. Each goes to the page or dialog that
does it; the window only holds them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from scar_diary.ui import dialogs

if TYPE_CHECKING:
    from scar_diary.ui.first_run import FirstRunGuide
    from scar_diary.ui.main_window import MainWindow
    from scar_diary.ui.ratings.rate_dialog import RateDialog
    from scar_diary.ui.visits.actions import VisitActions


class WindowCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._visit_actions: VisitActions | None = None
        self.guide: FirstRunGuide | None = None

    @property
    def visit_actions(self) -> VisitActions:
        """Booking, marking done and the like, for the Visits page and the Today cards."""
        if self._visit_actions is None:
            from scar_diary.ui.visits.actions import VisitActions

            window = self.window
            self._visit_actions = VisitActions(window, lambda: window.diary, window.today_fn)
            self._visit_actions.changed.connect(lambda: window.refresh())
            self._visit_actions.rate_requested.connect(self.rate_scars)
        return self._visit_actions

    def rate_scars(self) -> RateDialog | None:
        window = self.window
        if window.diary is None:
            return None
        from scar_diary.ui.ratings.rate_dialog import RateDialog

        dialog = RateDialog(window, window.diary, window.today_fn())
        dialogs.closes_itself(dialog)
        dialog.accepted.connect(lambda: window.refresh())
        dialog.open()
        return dialog

    def receive_from_phone(self) -> None:
        """Receive from Phone: the diary is a LocalSend device while its window is open."""
        self.window.intake.open_receiver()

    def add_scar(self) -> None:
        from scar_diary.domain.entities import FaceRegion

        self.window.show_page(self.window.holders["scars"])
        page = self.window.page("scars")
        if page is not None:
            page.edits.add_scar(page.map.view, None, None, FaceRegion.OTHER)

    def photo_guide(self) -> None:
        self.window.show_page(self.window.holders["scars"])
        page = self.window.page("scars")
        if page is not None:
            page.edits.show_guide()

    def first_run(self) -> FirstRunGuide | None:
        """The guide for a new diary (also from Help, any time)."""
        from scar_diary.ui.first_run import guide_window

        self.guide = guide = guide_window(self.window)
        if guide is not None:
            guide.destroyed.connect(lambda: self._forget_guide(guide))
        return guide

    def _forget_guide(self, guide: FirstRunGuide) -> None:
        if self.guide is guide:
            self.guide = None

    def keep_guide_for_later(self) -> None:
        """The app is closing with the guide open: its answers wait for the next start."""
        if self.guide is not None and self.guide.isVisible() and self.guide.changed:
            from scar_diary.ui.first_run import keep_draft

            self.guide.let_go(for_later=True)
            keep_draft(self.window.ui_settings, self.guide)

    def show_help(self, topic: str = "series") -> None:
        from scar_diary.ui import help_dialogs  # Help opens after the first paint

        help_dialogs.show_help_for(self.window, topic)

    def show_about(self) -> None:
        from scar_diary.ui import help_dialogs

        help_dialogs.show_about_for(self.window)

    def show_safety(self) -> None:
        from scar_diary.ui import help_dialogs

        help_dialogs.show_safety(self.window)
