"""A watched folder (one a sync app fills: Syncthing, Nextcloud, a cloud drive): new photos
there go to the inbox. The folder is only read, never changed.

A file is taken once it has stayed the same (size and time) between two looks: a sync app
still writing it is left for the next look. Each file taken is remembered by its place,
size and time (not read again) and by its content's hash (a renamed or moved copy is not
taken twice). Names a sync app gives its partial files are passed over. For a protected
diary both are remembered as keyed hashes (`marks`), so the settings file they are kept in
tells nobody which photos, names or times went into the diary.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from scar_diary.domain.limits import PHOTO_EXTENSIONS

PARTIAL_MARKS = (".part", ".partial", ".tmp", ".crdownload", ".!sync", "~")
MAX_DEPTH = 3  # a camera folder and its dated subfolders, not a whole drive
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Seen:
    relative: str
    size: int
    mtime_ns: int

    @property
    def key(self) -> str:
        return f"{self.relative}|{self.size}|{self.mtime_ns}"


@dataclass(frozen=True)
class Arrived:
    name: str
    data: bytes
    mtime_ns: int
    key: str  # the place, size and time it was taken at
    sha256: str


def _looks_partial(name: str) -> bool:
    lowered = name.lower()
    return (
        name.startswith(".")
        or lowered.endswith(PARTIAL_MARKS)
        or lowered.startswith(("~", ".syncthing."))
    )


def _photos(folder: Path) -> Iterable[Seen]:
    stack = [(folder, 0)]
    while stack:
        current, depth = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue  # a subfolder that went away or cannot be read: looked at next time
        for entry in entries:
            if _looks_partial(entry.name):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if depth < MAX_DEPTH:
                        stack.append((Path(entry.path), depth + 1))
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue
                if Path(entry.name).suffix.lower() not in PHOTO_EXTENSIONS:
                    continue
                stat = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            relative = Path(entry.path).relative_to(folder).as_posix()
            yield Seen(relative, stat.st_size, stat.st_mtime_ns)


class FolderWatch:
    """Looks at one folder each time `look()` is called (from a worker thread)."""

    def __init__(
        self,
        folder: Path,
        taken_keys: Iterable[str],
        taken_hashes: Iterable[str],
        marks: Callable[[str], str] | None = None,
    ):
        """`marks`: how a place or a hash is remembered (as it is, when None)."""
        self.folder = folder
        self.taken_keys = set(taken_keys)
        self.taken_hashes = set(taken_hashes)
        self.mark = marks or (lambda text: text)
        self._last: dict[str, Seen] = {}
        self._first = True

    def look(self) -> list[Arrived]:
        """The photos that arrived and settled since the last look (none on the first look
        of a file: it must stay the same until the next)."""
        now = {seen.relative: seen for seen in _photos(self.folder)}
        arrived: list[Arrived] = []
        for relative, seen in now.items():
            before = self._last.get(relative)
            place = self.mark(seen.key)
            if place in self.taken_keys or seen.size == 0 or seen.size > MAX_FILE_BYTES:
                continue
            if before is None or before != seen:
                continue  # new or still changing: looked at again next time
            try:
                data = (self.folder / relative).read_bytes()
            except OSError:
                continue
            if len(data) != seen.size:
                continue  # changed while it was read
            digest = hashlib.sha256(data).hexdigest()
            self.taken_keys.add(place)
            if self.mark(digest) in self.taken_hashes:
                continue  # the same photo again (renamed, moved, copied)
            self.taken_hashes.add(self.mark(digest))
            arrived.append(Arrived(Path(relative).name, data, seen.mtime_ns, seen.key, digest))
        self._last = now
        return arrived
