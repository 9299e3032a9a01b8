"""The inbox: photos that arrived from the phone or a watched folder, waiting for a scar.

A photo is checked, hashed, thumbnailed and stored (sealed, for a protected diary) the moment
it arrives, exactly as an import prepares it; it waits as an inbox row. Accepting it for a
scar records it as that scar's photo, as a drop on the scar does (the same photo twice on
one scar is kept once); discarding it removes its file unless a photo of the diary uses it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import Photo
from scar_diary.services.photos import PhotoService, photo_row
from scar_diary.services.validation import missing
from scar_diary.storage.database import Database
from scar_diary.storage.models import InboxPhotoRow

if TYPE_CHECKING:  # Pillow and the HEIF plugin load at the first arrival, not with the diary
    from scar_diary.services.photo_import import PreparedPhoto, Rejected


@dataclass(frozen=True)
class InboxPhoto:
    id: int
    taken_at: dt.datetime  # aware: the photo's own date (EXIF), else the file's
    sha256: str
    relative_path: str
    width: int
    height: int
    original_name: str
    source: str  # the phone's name, or the watched folder
    received_at: dt.datetime

    def as_photo(self) -> Photo:
        """As a photo of no scar yet: its thumbnail is made as any photo's is."""
        return Photo(
            self.id,
            0,
            self.taken_at,
            self.sha256,
            self.relative_path,
            self.width,
            self.height,
            self.original_name,
        )

    def prepared(self) -> PreparedPhoto:
        from scar_diary.services.photo_import import PreparedPhoto

        return PreparedPhoto(
            self.sha256,
            self.relative_path,
            self.width,
            self.height,
            self.taken_at,
            self.original_name,
        )


def _entity(row: InboxPhotoRow) -> InboxPhoto:
    return InboxPhoto(
        row.id,
        row.taken_at,
        row.sha256,
        row.relative_path,
        row.width,
        row.height,
        row.original_name,
        row.source,
        row.received_at,
    )


class InboxService:
    def __init__(self, db: Database, photos: PhotoService) -> None:
        self.db = db
        self.photos = photos

    def prepare(
        self, data: bytes, name: str, modified: dt.datetime | None = None
    ) -> PreparedPhoto | Rejected:
        """The file work of an arrival (thread-safe; no database): checked, stored, with
        its thumbnail. `modified` dates it when its EXIF has no date (else: now)."""
        from scar_diary.services.photo_import import prepare_bytes

        when = (modified or dt.datetime.now(dt.UTC)).timestamp()
        return prepare_bytes(self.photos.store, data, name, when, self.photos.thumbs_dir)

    def add(self, prepared: PreparedPhoto, source: str) -> InboxPhoto | None:
        """Let a prepared photo wait in the inbox; None when the same photo waits already."""
        with self.db.writing(Changed.INBOX) as session:
            if session.scalars(
                select(InboxPhotoRow.id).where(InboxPhotoRow.sha256 == prepared.sha256)
            ).first():
                return None
            row = InboxPhotoRow(source=source, **asdict(prepared))
            session.add(row)
            session.flush()
            return _entity(row)

    def receive(
        self, data: bytes, name: str, source: str, modified: dt.datetime | None = None
    ) -> InboxPhoto | Rejected | None:
        """`prepare` and `add` on this thread (the CLI's and the tests' way)."""
        from scar_diary.services.photo_import import Rejected

        prepared = self.prepare(data, name, modified)
        if isinstance(prepared, Rejected):
            return prepared
        return self.add(prepared, source)

    def waiting(self) -> list[InboxPhoto]:
        """Oldest photo first, as they were taken."""
        with self.db.reading() as session:
            rows = session.scalars(
                select(InboxPhotoRow).order_by(InboxPhotoRow.taken_at, InboxPhotoRow.id)
            )
            return [_entity(row) for row in rows]

    def count(self) -> int:
        with self.db.reading() as session:
            return int(session.scalar(select(func.count(InboxPhotoRow.id))) or 0)

    def accept(self, assignments: dict[int, int]) -> list[tuple[int, bool]]:
        """Give each waiting photo (by inbox id) its scar (by id), in one write: each becomes
        the scar's photo ((photo id, newly added), as a drop gives) and leaves the inbox."""
        from scar_diary.storage.models import PhotoRow, ScarRow

        results: list[tuple[int, bool]] = []
        with self.db.writing(Changed.INBOX | Changed.PHOTOS) as session:
            for inbox_id, scar_id in assignments.items():
                row = session.get(InboxPhotoRow, inbox_id)
                if row is None:
                    raise missing("inbox photo", inbox_id)
                if session.get(ScarRow, scar_id) is None:
                    raise missing("scar", scar_id)
                known = session.scalars(
                    select(PhotoRow.id).where(
                        PhotoRow.scar_id == scar_id, PhotoRow.sha256 == row.sha256
                    )
                ).first()
                if known is not None:
                    results.append((known, False))
                else:
                    photo = photo_row(scar_id, _entity(row).prepared())
                    session.add(photo)
                    session.flush()
                    results.append((photo.id, True))
                session.delete(row)
        return results

    def discard(self, inbox_ids: list[int]) -> None:
        """Take photos out of the inbox; their files go unless a photo of the diary uses them."""
        relatives: list[str] = []
        with self.db.writing(Changed.INBOX) as session:
            for inbox_id in inbox_ids:
                row = session.get(InboxPhotoRow, inbox_id)
                if row is None:
                    raise missing("inbox photo", inbox_id)
                relatives.append(row.relative_path)
                session.delete(row)
        self.photos.remove_unused_files(relatives)
