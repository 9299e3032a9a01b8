"""Writing files so that nothing is ever half-written or readable by others.

Every file the app writes (the diary's photos and cache, backups, and the user's exports)
goes to a temporary file beside its target first, is flushed to the disk, and only then takes
the target's name. A full disk or any other failure leaves the older file at that path as it
was. New files are the owner's only: the process umask is 077 (set at start) and folders the
app keeps are tightened to 0700.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

OWNER_ONLY_UMASK = 0o077
PRIVATE_DIR = 0o700
PARTIAL_PREFIX = ".partial-"


def owner_only() -> None:
    """Make every file and folder this process creates readable by its owner only."""
    os.umask(OWNER_ONLY_UMASK)


def private_dir(path: Path) -> Path:
    """Create the folder (owner only), or tighten one the app keeps that is open to others.
    A symbolic link to a folder (the user's backups on another disk, say) is used as it is:
    the folder it points to is the user's, and its permissions are left alone."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name == "posix" and not path.is_symlink():
        with contextlib.suppress(OSError):  # not ours, or a file system without modes
            if path.stat().st_mode & 0o077 and path.stat().st_uid == os.getuid():
                path.chmod(PRIVATE_DIR)
    return path


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # directories cannot be opened for fsync on Windows; NTFS journals renames
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def sync_folders(*folders: Path) -> None:
    """Every file under these folders, and the folders, on the disk. `os.sync()` where the
    system has it; elsewhere (Windows) each file is flushed (FlushFileBuffers, through
    `os.fsync`) and each folder too where it can be opened."""
    sync = getattr(os, "sync", None)
    if sync is not None:
        sync()
        return
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                fsync_file(path)
            elif path.is_dir():
                fsync_dir(path)
        fsync_dir(folder)


@contextlib.contextmanager
def replacing(target: Path, *, make_folder: bool = False, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside `target` to write to; when the block ends normally the
    file is flushed to disk and renamed to `target`. On any failure it is removed and
    `target` is left as it was. The folder must exist unless `make_folder` (the app's own
    folders): a mistyped export path is an error, not a new folder."""
    folder = target.parent
    if make_folder:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    fd, name = tempfile.mkstemp(prefix=PARTIAL_PREFIX, suffix=target.suffix, dir=folder)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        if durable:
            fsync_file(temp)
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(folder)


def write_atomically(
    target: Path, data: bytes, *, make_folder: bool = True, durable: bool = True
) -> None:
    """`durable=False` for caches: whole or absent, but not waited for on the disk."""
    with (
        replacing(target, make_folder=make_folder, durable=durable) as temp,
        temp.open("wb") as handle,
    ):
        handle.write(data)


def describe(error: OSError) -> str:
    """A short reason for a failed write, in the system's words ("No space left on device")."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return os.strerror(errno.ENOSPC)
    return error.strerror or str(error)
