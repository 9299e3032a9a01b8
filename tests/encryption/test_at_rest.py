"""A protected diary at rest: every byte under its folder (diary, WAL, photos, thumbnail
cache, backups) and every archive made from it is scanned for what must not be readable
there — a SQLite header, image signatures, the photos' own first bytes, and the scar's
label, its notes and the profile's names."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from scar_diary.archive.export import export_archive
from scar_diary.archive.importer import (
    ArchiveError,
    ArchiveNeedsPassphrase,
    load_archive,
    read_archive,
)
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services import protection
from scar_diary.services.backups import back_up, list_backups
from scar_diary.services.diary import Diary, Profile
from scar_diary.services.thumbnails import thumbnail_image, thumbs_dir
from scar_diary.storage import keyring
from scar_diary.storage.database import DiaryLocked
from scar_diary.storage.photo_store import PhotoStore
from tests.images import photo

TODAY = dt.date(2026, 11, 25)
PASSPHRASE = "violet staircase 42"
LABEL = "Zanzibar dimple"
NOTE = "Quibbling swelling note"
NAME = "Philippa Quartermaine"
DOCTOR = "Dr Xylophone"
SIGNATURES = (
    b"SQLite format 3\x00",
    b"\x89PNG\r\n\x1a\n",
    b"JFIF\x00",
    b"Exif\x00\x00",
    b"ftypheic",
    b"ftypmif1",
)


def _words() -> list[bytes]:
    return [text.encode("utf-8") for text in (LABEL, NOTE, NAME, DOCTOR)]


def _leaks(data: bytes, extra: list[bytes]) -> list[bytes]:
    return [needle for needle in (*SIGNATURES, *_words(), *extra) if needle in data]


def _scan(folder: Path, extra: list[bytes]) -> dict[str, list[bytes]]:
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        leaks = _leaks(path.read_bytes(), extra)
        if leaks:
            found[str(path.relative_to(folder))] = leaks
    return found


def _fill(diary: Diary, sources: Path, label: str) -> None:
    scar = diary.scars.add(label, FaceRegion.LEFT_CHEEK, ScarType.ROLLING, notes=NOTE)
    diary.ratings.record(scar, TODAY, 6, 3, note=NOTE, today=TODAY)
    files = [
        photo(sources / f"{label}-1.jpg", size=(320, 240), taken="2026:11:20 10:00:00"),
        photo(sources / f"{label}-2.png", size=(200, 150), color=(180, 120, 110)),
        photo(sources / f"{label}-3.heic", size=(160, 120), format="HEIF"),
    ]
    summary = diary.photos.import_files(scar, files)
    assert len(summary.imported) == 3, summary


def _photo_heads(sources: Path) -> list[bytes]:
    """Each source photo's first 24 bytes: its header, as a reader of the disk would see it."""
    return [path.read_bytes()[:24] for path in sorted(sources.iterdir())]


def test_every_byte_of_a_protected_diary_and_its_archive_is_encrypted(tmp_path: Path) -> None:
    folder, sources = tmp_path / "diary", tmp_path / "sources"
    sources.mkdir()
    diary = Diary.open(folder)
    diary.profile.save(Profile(NAME, DOCTOR, "Clinic"))
    _fill(diary, sources, LABEL)
    diary.close()
    back_up(folder, "manual")  # a plain backup, made before protection
    assert _scan(folder, []), "the scan must see a plain diary's contents"

    recovery = protection.protect(folder, PASSPHRASE)
    diary = Diary.open(folder)
    _fill(diary, sources, LABEL + " two")  # written while protected, the WAL still open
    for scar in diary.scars.all():  # the thumbnail cache, as the window makes it
        for found in diary.photos.for_scar(scar.id):
            thumbnail_image(
                partial(diary.photos.read, found),
                thumbs_dir(folder),
                found.sha256,
                cipher=diary.db.cipher,
            )
    assert any(thumbs_dir(folder).iterdir())
    assert _scan(folder, _photo_heads(sources)) == {}  # while open: WAL and -shm included
    archive = tmp_path / "diary.zip"
    export_archive(diary.db, archive)
    diary.close()
    back_up(folder, "manual")

    assert _scan(folder, _photo_heads(sources)) == {}
    assert _leaks(archive.read_bytes(), _photo_heads(sources)) == []

    # The archive opens with the passphrase and with the recovery key, nothing else.
    with pytest.raises(ArchiveNeedsPassphrase):
        read_archive(archive)
    with pytest.raises(ArchiveError, match="does not open"):
        read_archive(archive, secret="violet staircase 43")
    assert read_archive(archive, secret=recovery).document["scars"]
    restored = tmp_path / "restored"
    load_archive(read_archive(archive, secret=PASSPHRASE), restored)
    assert _scan(restored, _photo_heads(sources)) == {}  # stays protected when restored
    keyring.forget(restored)
    with pytest.raises(DiaryLocked):
        Diary.open(restored)
    protection.unlock(restored, recovery)
    with _opened(restored) as again:
        labels = sorted(s.label for s in again.scars.all())
        assert labels == [LABEL, LABEL + " two"]
        for scar in again.scars.all():
            for kept in again.photos.for_scar(scar.id):
                assert hashlib.sha256(again.photos.read(kept)).hexdigest() == kept.sha256


def _protected_diary(tmp_path: Path) -> Path:
    """A diary with a scar, a rating and three photos, then protected."""
    folder, sources = tmp_path / "diary", tmp_path / "sources"
    sources.mkdir()
    diary = Diary.open(folder)
    _fill(diary, sources, LABEL)
    diary.close()
    protection.protect(folder, PASSPHRASE)
    return folder


@contextlib.contextmanager
def _opened(folder: Path) -> Iterator[Diary]:
    diary = Diary.open(folder)
    try:
        yield diary
    finally:
        diary.close()


def test_a_plain_archive_of_a_protected_diary_only_when_asked(tmp_path: Path) -> None:
    folder = _protected_diary(tmp_path)
    with _opened(folder) as opened:
        plain = export_archive(opened.db, tmp_path / "plain.zip", sealed=False)
    assert plain.read_bytes()[:4] == b"PK\x03\x04"
    assert read_archive(plain).document["scars"][0]["label"] == LABEL


def test_wrong_passphrase_and_wrong_recovery_key_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    Diary.open(folder).close()
    recovery = protection.protect(folder, PASSPHRASE)
    protection.lock(folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    wrong_key = "AAAA-" + recovery[5:]
    for wrong in (
        "",
        "violet staircase",
        PASSPHRASE + " ",
        wrong_key,
        recovery.replace("-", "")[:-1],
    ):
        with pytest.raises(protection.WrongPassphrase):
            protection.unlock(folder, wrong)
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    with pytest.raises(DiaryLocked):
        Diary.open(folder)
    # the recovery key as people type it: lower case, spaces instead of dashes
    protection.unlock(folder, recovery.lower().replace("-", " "))
    Diary.open(folder).close()


def test_changing_the_passphrase_keeps_the_recovery_key(tmp_path: Path) -> None:
    folder = tmp_path / "diary"
    Diary.open(folder).close()
    recovery = protection.protect(folder, PASSPHRASE)
    protection.change_passphrase(folder, "a new one")
    protection.lock(folder)
    with pytest.raises(protection.WrongPassphrase):
        protection.unlock(folder, PASSPHRASE)
    protection.unlock(folder, "a new one")
    protection.lock(folder)
    protection.unlock(folder, recovery)


def test_turning_protection_off_leaves_every_file_plain_and_readable(tmp_path: Path) -> None:
    folder = _protected_diary(tmp_path)
    protection.unprotect(folder)
    assert not protection.is_protected(folder)
    names = [backup.path.name for backup in list_backups(folder)]
    assert any("before-protect" in n for n in names)
    assert any("before-unprotect" in n for n in names)
    with _opened(folder) as opened:
        stored = opened.photos.for_scar(opened.scars.all()[0].id)
        store = PhotoStore(folder)
        for kept in stored:  # the files themselves are the photos again
            assert hashlib.sha256(store.path(kept.relative_path).read_bytes()).hexdigest() == (
                kept.sha256
            )


@pytest.mark.parametrize("damage", ["flip", "cut", "drop_last", "extend"])
def test_a_changed_or_cut_encrypted_archive_is_refused(tmp_path: Path, damage: str) -> None:
    folder = _protected_diary(tmp_path)
    with _opened(folder) as opened:
        archive = export_archive(opened.db, tmp_path / "sealed.zip")
    data = bytearray(archive.read_bytes())
    body = data.index(b"}\n") + 2  # where the sealed chunks start
    if damage == "flip":
        data[body + (len(data) - body) // 2] ^= 0x01
    elif damage == "cut":
        del data[-100:]
    elif damage == "drop_last":  # the whole archive is one chunk here: keep a cut-off piece
        del data[body + 16 :]
    else:
        data += b"\x00" * 40
    archive.write_bytes(bytes(data))
    target = tmp_path / "target"
    with pytest.raises(ArchiveError):
        read_archive(archive, into=target, secret=PASSPHRASE)
    assert not target.exists()
