"""Photos in the database: adding prepared files, the timeline, dates, deleting, alignments."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from scar_diary.services.photo_import import PreparedPhoto, Rejected

from scar_diary.alignment import Alignment
from scar_diary.domain.alignment import SavedAlignment, Warp
from scar_diary.domain.changes import Changed
from scar_diary.domain.entities import Photo
from scar_diary.services.thumbnails import thumbs_dir
from scar_diary.services.validation import missing
from scar_diary.storage.database import Database
from scar_diary.storage.facts import photo_of
from scar_diary.storage.models import AlignmentRow, PhotoRow, ScarRow
from scar_diary.storage.photo_store import PhotoStore
from scar_diary.storage.reader import DiaryReader


def photo_row(scar_id: int, prepared: PreparedPhoto) -> PhotoRow:
    """The diary's record of a prepared photo on a scar (a drop, an import, the inbox)."""
    return PhotoRow(scar_id=scar_id, **asdict(prepared))  # its fields are the row's columns


@dataclass
class ImportSummary:
    imported: list[str] = field(default_factory=list)
    imported_ids: list[int] = field(default_factory=list)  # the photos new to the diary
    already_present: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    cancelled: bool = False

    @property
    def any_kept(self) -> bool:
        return bool(self.imported or self.already_present)


class PhotoService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.store = PhotoStore(db.data_dir, db.cipher)
        self.thumbs_dir = thumbs_dir(db.data_dir)

    def prepare(self, source: Path) -> PreparedPhoto | Rejected:
        """The file work of an import (thread-safe; no database). Pillow and the HEIF plugin
        load here, on first use, not when a diary opens."""
        from scar_diary.services.photo_import import prepare_photo

        return prepare_photo(self.store, source, self.thumbs_dir)

    def add(self, scar_id: int, prepared: PreparedPhoto) -> tuple[int, bool]:
        """Record a prepared photo for a scar: (photo id, True) or, when this scar already has
        the same file, (that photo's id, False)."""
        return self.add_many(scar_id, [prepared])[0]

    def add_many(self, scar_id: int, batch: list[PreparedPhoto]) -> list[tuple[int, bool]]:
        """`add` for several photos in one transaction (one write to the disk, not one each):
        (photo id, newly added) for each, in order."""
        with self.db.writing(Changed.PHOTOS) as session:
            if session.get(ScarRow, scar_id) is None:
                raise missing("scar", scar_id)
            hashes = {prepared.sha256 for prepared in batch}
            known: dict[str, int] = {
                sha256: photo_id
                for sha256, photo_id in session.execute(
                    select(PhotoRow.sha256, PhotoRow.id).where(
                        PhotoRow.scar_id == scar_id, PhotoRow.sha256.in_(hashes)
                    )
                )
            }
            rows: dict[str, PhotoRow] = {}
            for prepared in batch:
                if prepared.sha256 in known or prepared.sha256 in rows:
                    continue  # already in the diary, or twice in this batch
                rows[prepared.sha256] = photo_row(scar_id, prepared)
            session.add_all(rows.values())
            session.flush()
            added: list[tuple[int, bool]] = []
            for prepared in batch:
                row = rows.pop(prepared.sha256, None)  # the first of a pair is the new one
                if row is not None:
                    known[prepared.sha256] = row.id
                added.append((known[prepared.sha256], row is not None))
            return added

    def import_files(
        self,
        scar_id: int,
        sources: Iterable[Path],
        *,
        progress: Callable[[int, str], bool] | None = None,
    ) -> ImportSummary:
        """Import one after the other on this thread (the CLI's way; the GUI runs `prepare`
        on a worker and `add` on the GUI thread). `progress(done, name)` returning False
        cancels."""
        from scar_diary.services.photo_import import PreparedPhoto

        self._require_scar(scar_id)
        summary = ImportSummary()
        for done, source in enumerate(sources):
            if progress is not None and not progress(done, source.name):
                summary.cancelled = True
                break
            result = self.prepare(source)
            if not isinstance(result, PreparedPhoto):
                summary.rejected.append(result)
                continue
            _, new = self.add(scar_id, result)
            (summary.imported if new else summary.already_present).append(result.original_name)
        return summary

    def _require_scar(self, scar_id: int) -> None:
        with self.db.reading() as session:
            if session.get(ScarRow, scar_id) is None:
                raise missing("scar", scar_id)

    def for_scar(self, scar_id: int) -> list[Photo]:
        """Oldest first: the order of the timeline."""
        return DiaryReader(self.db.data_dir, self.db.snapshot).photos_for_scar(scar_id)

    def latest(self) -> dict[int, tuple[Photo, int]]:
        """Each scar's newest photo and how many it has (scars without photos are absent)."""
        return DiaryReader(self.db.data_dir, self.db.snapshot).latest_photos()

    def counts(self) -> dict[int, int]:
        return {scar_id: count for scar_id, (_, count) in self.latest().items()}

    def get(self, photo_id: int) -> Photo:
        with self.db.reading() as session:
            return photo_of(self._row(session, photo_id))

    def file(self, photo: Photo) -> Path:
        """Where the photo is stored (encrypted, in a protected diary: read it with `read`)."""
        return self.store.path(photo.relative_path)

    def read(self, photo: Photo) -> bytes:
        """The photo's bytes as imported (decrypted in memory for a protected diary)."""
        return self.store.read(photo.relative_path)

    def set_taken_at(self, photo_id: int, taken_at: dt.datetime) -> None:
        with self.db.writing(Changed.PHOTOS) as session:
            self._row(session, photo_id).taken_at = taken_at

    def delete(self, photo_id: int) -> list[str]:
        """Remove the photo from the diary; returns the stored files no photo uses any more
        (for `remove_files`, which may run on a worker)."""
        with self.db.writing(Changed.PHOTOS) as session:
            row = self._row(session, photo_id)
            relative = row.relative_path
            session.delete(row)
        return self.unused_files([relative])

    def unused_files(self, relatives: Iterable[str]) -> list[str]:
        """Of these stored files, those no photo row refers to any more (backups keep their
        own copies in the backup folder) and no photo waiting in the inbox."""
        from scar_diary.storage.models import InboxPhotoRow

        wanted = set(relatives)
        with self.db.reading() as session:
            still_used = {
                relative
                for column in (PhotoRow.relative_path, InboxPhotoRow.relative_path)
                for relative in session.scalars(select(column).where(column.in_(wanted)))
            }  # a photo waiting in the inbox keeps its file too
        return sorted(wanted - still_used)

    def remove_files(self, relatives: Iterable[str]) -> None:
        """Delete stored files (no database work: safe on a worker)."""
        for relative in relatives:
            self.store.remove(relative)

    def remove_unused_files(self, relatives: Iterable[str]) -> None:
        self.remove_files(self.unused_files(relatives))

    def align_automatically(self, fixed: Photo, moving: Photo) -> Alignment:
        """The automatic alignment of the later photo onto the earlier one (files only,
        decrypted in memory: safe on a worker). Raises OSError/ValueError for a photo that
        cannot be read."""
        from scar_diary.alignment.method import align  # OpenCV loads on first use

        return align(self.read(fixed), self.read(moving))

    def alignment(self, fixed_id: int, moving_id: int) -> SavedAlignment | None:
        with self.db.reading() as session:
            row = session.get(AlignmentRow, (fixed_id, moving_id))
            return None if row is None else _saved(row)

    def save_alignment(
        self, fixed_id: int, moving_id: int, alignment: SavedAlignment | None
    ) -> None:
        """Keep (or, with None, forget) how the later photo lines up with the earlier one."""
        self.save_alignments([(fixed_id, moving_id, alignment)])

    def save_alignments(self, pairs: list[tuple[int, int, SavedAlignment | None]]) -> None:
        """Several pairs in one write (the alignments of an import: one sync to the disk,
        one refresh of the window)."""
        with self.db.writing(Changed.PHOTOS) as session:
            for fixed_id, moving_id, alignment in pairs:
                row = session.get(AlignmentRow, (fixed_id, moving_id))
                if alignment is None:
                    if row is not None:
                        session.delete(row)
                    continue
                session.merge(
                    AlignmentRow(
                        fixed_photo_id=fixed_id,
                        moving_photo_id=moving_id,
                        matrix=json.dumps(alignment.warp.values()),
                        method=alignment.method,
                        method_version=alignment.method_version,
                        tier=alignment.tier,
                        confidence=alignment.confidence,
                        saved_at=alignment.saved_at or dt.datetime.now(dt.UTC),
                    )
                )

    @staticmethod
    def _row(session: Session, photo_id: int) -> PhotoRow:
        row = session.get(PhotoRow, photo_id)
        if row is None:
            raise missing("photo", photo_id)
        return row


def _saved(row: AlignmentRow) -> SavedAlignment:
    return SavedAlignment(
        Warp.from_values(json.loads(row.matrix)),
        row.method,
        row.method_version,
        row.tier,
        row.confidence,
        row.saved_at,
    )
