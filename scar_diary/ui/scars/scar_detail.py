"""One scar: what the protocol says about its type, its photo timeline and rating history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scar_diary.domain.entities import Photo, Rating, Scar
from scar_diary.storage.reader import DiaryReader
from scar_diary.ui.enabling import set_enabled
from scar_diary.ui.icons import icon
from scar_diary.ui.scars.photo_timeline import PhotoTimeline
from scar_diary.ui.thumbnail_loader import ThumbnailLoader
from scar_diary.wording.dates import medium_date
from scar_diary.wording.scars import region_name, region_note, response_note, type_name


class ScarDetail(QWidget):
    edit_requested = Signal()
    archive_requested = Signal()
    delete_requested = Signal()
    import_requested = Signal()
    compare_requested = Signal()
    photo_date_requested = Signal(int)
    photo_delete_requested = Signal(int)
    rating_edit_requested = Signal(int)
    rating_delete_requested = Signal(int)

    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scarDetail")
        self.scar: Scar | None = None
        self.title = QLabel(self)
        self.title.setObjectName("scarTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a scar's name, as typed
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.note = QLabel(self)
        self.note.setObjectName("scarNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        self.edit_button = QPushButton(self.tr("&Edit…"), self)

        self.edit_button.setIcon(icon("edit"))
        self.archive_button = QPushButton(self.tr("&Archive"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setIcon(icon("delete"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.archive_button.clicked.connect(self.archive_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.archive_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.photos = PhotoTimeline(loader, self)
        self.photos.doubleClicked.connect(lambda _index: self.compare_requested.emit())
        self.photo_empty = QLabel(
            self.tr(
                "No photos yet. Import them with “Import Photos…”, or drop them on this scar in the "
                "list or on the map."
            ),
            self,
        )
        self.photo_empty.setWordWrap(True)
        import_button = QPushButton(self.tr("&Import Photos…"), self)
        import_button.setIcon(icon("photos"))
        import_button.clicked.connect(self.import_requested)
        self.compare_button = QPushButton(self.tr("&Compare…"), self)
        self.compare_button.setIcon(icon("compare"))
        self.compare_button.clicked.connect(self.compare_requested)
        date_button = QPushButton(self.tr("Change Da&te…"), self)
        date_button.clicked.connect(lambda: self._with_photo(self.photo_date_requested))
        remove_button = QPushButton(self.tr("Re&move Photo…"), self)
        remove_button.clicked.connect(lambda: self._with_photo(self.photo_delete_requested))
        self.photo_buttons = [date_button, remove_button]
        self.line_up = QCheckBox(self.tr("Line &up with the first photo"), self)
        self.line_up.setObjectName("lineUpWithFirst")
        self.line_up.setToolTip(
            self.tr(
                "Each photo drawn where it lies on the first one, through the alignments "
                "saved in Compare (automatic or by hand)."
            )
        )
        self.line_up.toggled.connect(self.photos.timeline.set_lined_up)
        photo_actions = QHBoxLayout()
        for button in (import_button, self.compare_button, date_button, remove_button):
            photo_actions.addWidget(button)
        photo_actions.addStretch(1)
        photo_tab = QWidget(self)
        photo_layout = QVBoxLayout(photo_tab)
        photo_layout.addWidget(self.photo_empty)
        photo_layout.addWidget(self.line_up, 0, Qt.AlignmentFlag.AlignLeft)
        photo_layout.addWidget(self.photos, 1)
        photo_layout.addLayout(photo_actions)

        self.ratings = QTreeWidget(self)
        self.ratings.setObjectName("ratingHistory")
        self.ratings.setRootIsDecorated(False)
        self.ratings.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Depth"),
                self.tr("Softening"),
                self.tr("Visibility"),
                self.tr("Note"),
            ]
        )
        self.ratings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ratings.itemDoubleClicked.connect(
            lambda _i, _c: self._with_rating(self.rating_edit_requested)
        )
        edit_rating = QPushButton(self.tr("Edit Ra&ting…"), self)
        edit_rating.setIcon(icon("edit"))
        edit_rating.clicked.connect(lambda: self._with_rating(self.rating_edit_requested))
        delete_rating = QPushButton(self.tr("De&lete Rating"), self)
        delete_rating.setIcon(icon("delete"))
        delete_rating.setObjectName("deleteRating")
        delete_rating.clicked.connect(lambda: self._with_rating(self.rating_delete_requested))
        edit_rating.setObjectName("editRating")
        self.rating_buttons = (edit_rating, delete_rating)
        self.ratings.itemSelectionChanged.connect(self._rating_buttons_follow_the_selection)
        self._rating_buttons_follow_the_selection()
        rating_actions = QHBoxLayout()
        rating_actions.addWidget(edit_rating)
        rating_actions.addWidget(delete_rating)
        rating_actions.addStretch(1)
        rating_tab = QWidget(self)
        rating_layout = QVBoxLayout(rating_tab)
        rating_layout.addWidget(self.ratings, 1)
        rating_layout.addLayout(rating_actions)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(photo_tab, self.tr("Photos"))
        self.tabs.addTab(rating_tab, self.tr("Ratings"))

        self.placeholder = QLabel(self.tr("Select a scar to see its photos and ratings."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self._show_parts(False)

    def _show_parts(self, visible: bool) -> None:
        for widget in (
            self.title,
            self.note,
            self.edit_button,
            self.archive_button,
            self.delete_button,
            self.tabs,
        ):
            widget.setVisible(visible)
        self.placeholder.setVisible(not visible)

    def clear(self) -> None:
        self.scar = None
        self._show_parts(False)

    def show_scar(
        self,
        reader: DiaryReader,
        scar: Scar,
        photos: list[Photo],
        ratings: list[Rating],
        treatment_days: tuple[dt.date, ...],
        swollen_rating_ids: frozenset[int] = frozenset(),
    ) -> None:
        self.scar = scar
        self._show_parts(True)
        self.title.setText(
            f"{scar.label} — {type_name(scar.scar_type)}, {region_name(scar.region)}"
        )
        notes = [
            n for n in (response_note(scar.scar_type), region_note(scar.region), scar.notes) if n
        ]
        self.note.setText("\n".join(notes))
        self.archive_button.setText(self.tr("Restore") if scar.archived else self.tr("&Archive"))

        self.photos.show_photos(reader, photos, treatment_days)
        self.photo_empty.setVisible(not photos)
        self.photos.setVisible(bool(photos))
        self.compare_button.setEnabled(len(photos) >= 2)
        self.line_up.setEnabled(len(photos) >= 2)
        self.line_up.setAccessibleDescription(
            "" if len(photos) >= 2 else self.tr("Needs two photos or more.")
        )
        for button in self.photo_buttons:
            button.setEnabled(bool(photos))

        self.ratings.clear()
        swollen_text = self.tr("may be swollen, not used to measure improvement")
        for rating in ratings:
            note = rating.note
            if rating.id in swollen_rating_ids:
                note = f"({swollen_text}) {note}".strip()
            item = QTreeWidgetItem(
                [
                    medium_date(rating.rated_on),
                    str(rating.depth),
                    str(rating.softening),
                    "–" if rating.visibility is None else str(rating.visibility),
                    note,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, rating.id)
            self.ratings.addTopLevelItem(item)

    def thumbnails_shown(self) -> bool:
        """Every photo in view shows its thumbnail (no placeholder left)."""
        return self.photos.thumbnails_shown()

    def selected_photo_id(self) -> int | None:
        return self.photos.selected_photo_id()

    def _with_photo(self, signal: SignalInstance) -> None:
        photo_id = self.selected_photo_id()
        if photo_id is not None:
            signal.emit(photo_id)

    def _rating_buttons_follow_the_selection(self) -> None:
        """Edit and Delete act on the selected rating: without one they are off, and say
        why (tooltip and accessible description)."""
        chosen = bool(self.ratings.selectedItems())
        for button in self.rating_buttons:
            set_enabled(button, chosen, self.tr("Select a rating in the list first."))

    def _with_rating(self, signal: SignalInstance) -> None:
        items = self.ratings.selectedItems()
        if items:
            signal.emit(int(items[0].data(0, Qt.ItemDataRole.UserRole)))
