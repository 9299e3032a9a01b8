"""What the pages and `scar-diary status` show, read with the standard `sqlite3` module.

An open diary reads through its own database connection (`Database.snapshot`). Before it is
open, `DiaryReader.preview` reads an up-to-date diary file read-only, so the window can show
Today and the Scars page while the full open (checks, backups, SQLAlchemy's import, ~0.4 s)
goes on in the background. It never writes, and each call is one snapshot of the file itself:
there is no copy that could disagree with the diary.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from scar_diary.domain.alignment import SavedAlignment, Warp
from scar_diary.domain.entities import DiaryFacts, Photo
from scar_diary.storage.facts import (
    entity_from,
    read_facts,
    read_latest_photos,
    read_photos,
)
from scar_diary.storage.locations import DB_FILENAME, is_converting, is_protected
from scar_diary.storage.migrate import HEAD_REVISION
from scar_diary.storage.photo_store import PhotoStore, has_encrypted_photos

if TYPE_CHECKING:
    from scar_diary.domain.reminders import Reminder, ReminderState
    from scar_diary.domain.status import DiaryStatus
    from scar_diary.storage.crypto import Cipher

Snapshot = Callable[[], AbstractContextManager[sqlite3.Connection]]
SAMPLE_MARKER = "SAMPLE-DIARY.txt"  # present in a folder that holds made-up sample data
_WAIT_FOR_WRITER_S = 5.0


class NotCurrent(Exception):
    """The file is missing, damaged, or of another schema revision: only the full open may
    read it (and say what is wrong, or upgrade it)."""


class DiaryReader:
    def __init__(self, data_dir: Path, snapshot: Snapshot, cipher: Cipher | None = None) -> None:
        self.data_dir = data_dir
        self._snapshot = snapshot
        self.cipher = cipher  # a protected diary's key (never previewed: it must be unlocked)
        self._held: DiaryFacts | None = None
        self._holding = 0

    needs_passphrase = staticmethod(is_protected)  # for the window, which never reads
    # storage.locations itself

    @classmethod
    def preview(cls, data_dir: Path) -> DiaryReader | None:
        """A reader of an up-to-date diary in `data_dir`, or None when the full open must
        come first."""
        folder = Path(data_dir).expanduser().absolute()
        if is_protected(folder) or is_converting(folder) or has_encrypted_photos(folder):
            # protected (its key comes first), a conversion to finish, or a protected
            # folder whose key file is gone (the full open says so)
            return None
        reader = cls(folder, read_only_snapshot(data_dir))
        try:
            with reader._snapshot():
                return reader
        except NotCurrent:
            return None

    @property
    def is_sample(self) -> bool:
        return (self.data_dir / SAMPLE_MARKER).exists()

    def facts(self) -> DiaryFacts:
        if self._holding and self._held is not None:
            return self._held
        with self._snapshot() as conn:
            facts = read_facts(conn)
        if self._holding:
            self._held = facts
        return facts

    @contextmanager
    def one_reading(self) -> Iterator[None]:
        """Within it, the facts are read from the file once: the pages refreshed after one
        change (Scars, Report, Today each want them) show the same reading, read once. Only
        for work that writes nothing meanwhile."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
            if not self._holding:
                self._held = None

    def photos_for_scar(self, scar_id: int) -> list[Photo]:
        with self._snapshot() as conn:
            return read_photos(conn, scar_id)

    def alignments_for_scar(self, scar_id: int) -> dict[tuple[int, int], SavedAlignment]:
        """The saved alignments between this scar's photos, by (earlier, later) photo id."""
        with self._snapshot() as conn:
            rows = conn.execute(
                "SELECT a.fixed_photo_id, a.moving_photo_id, a.matrix, a.method, "
                "a.method_version, a.tier, a.confidence FROM photo_alignments a "
                "JOIN photos f ON f.id = a.fixed_photo_id "
                "JOIN photos m ON m.id = a.moving_photo_id "
                "WHERE f.scar_id = ? AND m.scar_id = ?",
                (scar_id, scar_id),
            ).fetchall()
        found = {}
        for fixed, moving, matrix, method, version, tier, confidence in rows:
            warp = Warp.from_values(json.loads(matrix))
            found[(fixed, moving)] = SavedAlignment(warp, method, version, tier, confidence)
        return found

    def latest_photos(self) -> dict[int, tuple[Photo, int]]:
        with self._snapshot() as conn:
            return read_latest_photos(conn)

    def reminder_states(self) -> dict[str, ReminderState]:
        from scar_diary.domain.reminders import ReminderState

        with self._snapshot() as conn:
            rows = conn.execute("SELECT key, dismissed, snoozed_until FROM reminder_states")
            return {
                key: entity_from(ReminderState, {"dismissed": dismissed, "snoozed_until": snoozed})
                for key, dismissed, snoozed in rows
            }

    def visible_reminders(self, facts: DiaryFacts, status: DiaryStatus) -> list[Reminder]:
        """The reminders the rules give for `status`, minus those dismissed or snoozed."""
        from scar_diary.domain.reminders import reminders, visible  # only Today needs them

        return visible(reminders(facts, status), self.reminder_states(), status.today)

    def photo_bytes(self, photo: Photo) -> bytes:
        """The stored photo as imported (decrypted in memory for a protected diary)."""
        return PhotoStore(self.data_dir, self.cipher).read(photo.relative_path)


def read_only_snapshot(data_dir: Path) -> Snapshot:
    path = Path(data_dir).expanduser().absolute() / DB_FILENAME

    @contextmanager
    def snapshot() -> Iterator[sqlite3.Connection]:
        try:
            if path.stat().st_size == 0:
                raise NotCurrent(path)
            uri = f"{path.as_uri()}?mode=ro"
            with closing(sqlite3.connect(uri, uri=True, timeout=_WAIT_FOR_WRITER_S)) as conn:
                conn.isolation_level = None  # transactions where this code says, not implicit
                conn.execute("BEGIN")
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if row is None or row[0] != HEAD_REVISION:
                    raise NotCurrent(path)
                yield conn
                conn.execute("COMMIT")
        except (OSError, sqlite3.Error) as exc:
            raise NotCurrent(path) from exc

    return snapshot
