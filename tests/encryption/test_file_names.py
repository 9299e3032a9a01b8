"""A protected diary names its photo and thumbnail files by a keyed hash, so someone holding a
copy of a photo cannot confirm it is in the diary; backups follow; a diary protected before
this (a key file of format 1, kept here as a stored fixture of that format) is converted on
its first open, crash-safely."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PIL import Image

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services import protection
from scar_diary.services.backups import back_up, restore
from scar_diary.services.diary import Diary
from scar_diary.services.thumbnails import thumbnail_image
from scar_diary.storage import conversion, keyring
from scar_diary.storage.backup_store import check_restorable, list_backups, repair_photos
from scar_diary.storage.crypto import MANIFEST_PURPOSE
from scar_diary.storage.diary_lock import DiaryLock
from scar_diary.storage.keyfile import DamagedKeyFile, KeyFile
from scar_diary.storage.locations import CONVERTING, KEY_FILE
from scar_diary.storage.photo_store import DamagedPhoto, PhotoStore

FIXTURES = Path(__file__).parents[1] / "fixtures"
OLD_DIARY = FIXTURES / "protected-diary-keyfile1.zip"  # made by 5c8650c, the format before
OLD_ARCHIVE = FIXTURES / "protected-diary-keyfile1-archive.zip"  # its sealed export, then
FIXTURE_SECRET = "fixture passphrase"
SECRET = "tangerine lighthouse"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}
ENV.pop("SCAR_DIARY_PASSPHRASE", None)


def _stored_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _names(folder: Path) -> str:
    """Every path in the folder, as one text to search."""
    return "\n".join(str(p.relative_to(folder)) for p in _stored_files(folder))


def _contents(folder: Path) -> list[tuple[str, str]]:
    """Each photo (of the scars and of the inbox) read whole and checked against its hash."""
    diary = Diary.open(folder)
    try:
        found = []
        for scar in diary.scars.all():
            for photo in diary.photos.for_scar(scar.id):
                data = diary.photos.read(photo)
                assert hashlib.sha256(data).hexdigest() == photo.sha256
                found.append((scar.label, photo.sha256))
        for waiting in diary.inbox.waiting():
            data = diary.photos.store.read(waiting.relative_path)
            assert hashlib.sha256(data).hexdigest() == waiting.sha256
            found.append(("inbox", waiting.sha256))
        return sorted(found)
    finally:
        diary.close()


def _backups_whole(folder: Path) -> None:
    """Every backup's photos are where its database says, and read as themselves; its
    manifest names the same photos."""
    cipher = keyring.cipher_for(folder)
    backups = list_backups(folder)
    assert backups
    store = PhotoStore(folder / "backups", cipher)
    for backup in backups:
        assert check_restorable(folder, backup) == []
        data = backup.manifest.read_bytes()
        if cipher is not None:
            data = cipher.decrypt(data, MANIFEST_PURPOSE)
        for relative in json.loads(data)["photos"]:
            store.read(relative)  # raises DamagedPhoto when not whole


class TestNamesAreKeyed:
    def test_a_copy_of_a_photo_cannot_be_found_in_a_protected_diary(self, tmp_path: Path) -> None:
        folder = tmp_path / "diary"
        diary = Diary.open(folder)
        scar = diary.scars.add("Left cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        copies = []
        for n in range(3):
            source = tmp_path / f"p{n}.jpg"
            Image.effect_noise((96, 72), 30 + n).convert("RGB").save(source, quality=90)
            assert diary.photos.import_files(scar, [source]).imported
            copies.append(hashlib.sha256(source.read_bytes()).hexdigest())
        stored = [p.sha256 for p in diary.photos.for_scar(scar)]
        diary.close()
        back_up(folder, "manual")
        expected = _contents(folder)
        assert all(sha in _names(folder) for sha in stored)  # plain: named by the hash

        protection.protect(folder, SECRET)
        diary = Diary.open(folder)
        for photo in diary.photos.for_scar(scar):  # thumbnails made, named as photos are
            thumbnail_image(
                partial(diary.photos.read, photo),
                diary.photos.thumbs_dir,
                photo.sha256,
                cipher=keyring.cipher_for(folder),
            )
        diary.close()
        back_up(folder, "manual")
        names = _names(folder)
        assert "cache/thumbnails/" in names and "backups/photos/" in names
        for sha in {*stored, *copies}:  # the copy's hash, or the stored photo's: nowhere
            assert sha not in names
        assert _contents(folder) == expected
        _backups_whole(folder)

        keyed = _names(folder)
        protection.rekey(folder, "another passphrase")  # a new key: new names again
        assert not {n for n in _names(folder).splitlines() if "photos/" in n} & set(
            keyed.splitlines()
        )
        assert _contents(folder) == expected
        _backups_whole(folder)

        protection.unprotect(folder)  # plain again: named by the hash again
        assert all(sha in _names(folder) for sha in stored)
        assert _contents(folder) == expected
        _backups_whole(folder)
        latest = list_backups(folder)[0]
        restore(folder, latest)
        assert _contents(folder) == expected

    def test_a_photo_under_another_photos_keyed_name_is_refused(self, tmp_path: Path) -> None:
        folder = tmp_path / "diary"
        diary = Diary.open(folder)
        scar = diary.scars.add("Chin", FaceRegion.CHIN, ScarType.ROLLING)
        for n in range(2):
            source = tmp_path / f"p{n}.png"
            Image.effect_noise((64, 48), 50 + n).convert("RGB").save(source)
            diary.photos.import_files(scar, [source])
        diary.close()
        protection.protect(folder, SECRET)
        diary = Diary.open(folder)
        try:
            first, second = diary.photos.for_scar(scar)
            one, other = (diary.photos.file(p) for p in (first, second))
            other.write_bytes(one.read_bytes())  # sealed for its own name: refused here
            with pytest.raises(DamagedPhoto, match="does not decrypt"):
                diary.photos.read(second)
            assert hashlib.sha256(diary.photos.read(first)).hexdigest() == first.sha256
        finally:
            diary.close()


@pytest.fixture
def old_diary(tmp_path: Path) -> Iterator[Path]:
    """The stored fixture: a diary protected by the version before keyed names (key file
    format 1), with photos, a photo waiting in the inbox, a thumbnail and three backups
    (one made before it was protected)."""
    with zipfile.ZipFile(OLD_DIARY) as archive:
        archive.extractall(tmp_path)
    folder = tmp_path / "diary"
    yield folder
    keyring.forget(folder)


def _old_hashes(folder: Path) -> set[str]:
    """The SHA-256 names the old format gave the diary's files."""
    return {p.name.split(".")[0].split("-")[0] for p in _stored_files(folder / "photos")}


class TestTheFormatBeforeIsConvertedOnFirstOpen:
    def test_the_first_open_renames_everything_and_loses_nothing(self, old_diary: Path) -> None:
        folder = old_diary
        assert json.loads((folder / KEY_FILE).read_text())["format"] == 1
        hashes = _old_hashes(folder)
        assert len(hashes) == 5  # four photos of the scar, one waiting in the inbox
        protection.unlock(folder, FIXTURE_SECRET)
        contents = _contents(folder)  # the first open converts it
        assert [label for label, _sha in contents].count("inbox") == 1
        assert {sha for _label, sha in contents} == hashes
        assert KeyFile.load(folder).names_keyed
        assert json.loads((folder / KEY_FILE).read_text())["format"] == 2
        names = _names(folder)
        assert not any(sha in names for sha in hashes)
        folders = {p.name for p in (folder / "photos").iterdir()}  # none left empty
        assert folders == {p.parent.name for p in (folder / "photos").rglob("*.jpg")}
        assert not (folder / CONVERTING).exists()
        assert not (folder / "backups" / CONVERTING).exists()
        _backups_whole(folder)
        before = _names(folder)
        assert _contents(folder) == contents  # a second open changes nothing
        assert _names(folder) == before
        keyring.forget(folder)  # the passphrase still opens it, and a restore finds all
        protection.unlock(folder, FIXTURE_SECRET)
        oldest = list_backups(folder)[-1]
        assert oldest.reason == "manual"  # made while the diary was still plain
        restore(folder, oldest)
        assert len(_contents(folder)) == 4  # before the last photo was added

    def test_a_damaged_photo_never_keeps_the_diary_from_opening(self, old_diary: Path) -> None:
        folder = old_diary
        victim = sorted((folder / "photos").rglob("*.jpg"))[0]
        victim.write_bytes(b"SDENC\x01\x00\x00" + bytes(40))  # sealed, but not by this key
        protection.unlock(folder, FIXTURE_SECRET)
        diary = Diary.open(folder)
        try:
            photos = [p for s in diary.scars.all() for p in diary.photos.for_scar(s.id)]
            unreadable = []
            for photo in photos:
                try:
                    diary.photos.read(photo)
                except DamagedPhoto as exc:
                    unreadable.append((photo.sha256, str(exc)))
            assert [sha for sha, _ in unreadable] == [victim.name.split(".")[0]]
            assert "does not decrypt" in unreadable[0][1]
        finally:
            diary.close()
        assert KeyFile.load(folder).names_keyed
        repaired, left = repair_photos(folder)  # the backup's good copy brings it back
        assert len(repaired) == 1 and left == []
        assert len(_contents(folder)) == 5

    def test_an_old_version_of_the_key_file_format_is_known_a_newer_refused(
        self, old_diary: Path
    ) -> None:
        document = json.loads((old_diary / KEY_FILE).read_text())
        (old_diary / KEY_FILE).write_text(json.dumps({**document, "format": 3}))
        with pytest.raises(DamagedKeyFile, match="not a key file this version knows"):
            KeyFile.load(old_diary)

    @pytest.mark.parametrize("moved", [0, 4, 9, 100])
    def test_a_conversion_cut_short_is_finished_or_undone_on_the_next_open(
        self, old_diary: Path, moved: int
    ) -> None:
        """Stopped after staging (not committed), or after its commit with some of the
        staged files in place: the next open ends with every photo, under one naming."""
        folder = old_diary
        cipher = protection.unlock(folder, FIXTURE_SECRET)
        key_file = KeyFile.load(folder).naming_by_key(cipher)
        with DiaryLock(folder) as lock:  # as the converting process holds it
            assert lock.acquire()
            staged = conversion._staged(
                folder, cipher, cipher, conversion._quiet, key_file, carry_damaged=True
            )
            if moved:
                conversion._commit(folder, "protected", staged)
        staging = [
            p
            for root in (folder, folder / "backups")
            for p in _stored_files(root / CONVERTING)
            if p.name not in ("plan.json", KEY_FILE)
        ]
        for path in staging[:moved]:  # then the process died
            in_backups = path.is_relative_to(folder / "backups" / CONVERTING)
            base = folder / "backups" if in_backups else folder
            target = base / path.relative_to(base / CONVERTING)
            target.parent.mkdir(exist_ok=True)
            path.replace(target)
        keyring.forget(folder)
        protection.settle(folder)
        protection.unlock(folder, FIXTURE_SECRET)
        assert len(_contents(folder)) == 5
        assert KeyFile.load(folder).names_keyed
        assert not any(sha in _names(folder) for sha in _old_hashes_of_fixture())
        _backups_whole(folder)


def _old_hashes_of_fixture() -> set[str]:
    with zipfile.ZipFile(OLD_DIARY) as archive:
        return {
            Path(name).name.split(".")[0]
            for name in archive.namelist()
            if name.startswith("diary/photos/") and name.endswith(".jpg")
        }


def test_sigkill_during_the_conversion_on_first_open(tmp_path: Path) -> None:
    """The real command line opening the fixture, killed at moments spread over how long
    it takes: the next open always gives the whole diary."""
    secret = tmp_path / "p.txt"
    secret.write_text(FIXTURE_SECRET + "\n")
    with zipfile.ZipFile(OLD_DIARY) as archive:
        archive.extractall(tmp_path / "whole")
    protection.unlock(tmp_path / "whole" / "diary", FIXTURE_SECRET)
    expected = _contents(tmp_path / "whole" / "diary")
    keyring.forget(tmp_path / "whole" / "diary")

    def command(folder: Path) -> list[str]:
        return [sys.executable, "-m", "scar_diary", "scars", "--data-dir", str(folder),
                "--passphrase-file", str(secret)]  # fmt: skip

    rng = random.Random(20261203)
    converting = 0.0  # how long the first run took from its staging folder on
    killed = 0
    for turn in range(8):
        root = tmp_path / f"turn{turn}"
        with zipfile.ZipFile(OLD_DIARY) as archive:
            archive.extractall(root)
        folder = root / "diary"
        with subprocess.Popen(
            command(folder), env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        ) as child:
            while not (folder / CONVERTING).exists() and child.poll() is None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    child.wait(timeout=0.002)  # until the conversion has begun
            began = time.monotonic()
            if turn:  # the first runs whole, to measure it
                try:
                    child.wait(timeout=rng.uniform(0.0, 0.8) * converting)
                except subprocess.TimeoutExpired:
                    child.send_signal(signal.SIGKILL)
                    killed += 1
            _out, err = child.communicate(timeout=120)
        if not turn:
            assert child.returncode == 0, err
            converting = time.monotonic() - began
        protection.settle(folder)
        protection.unlock(folder, FIXTURE_SECRET)
        assert _contents(folder) == expected
        assert KeyFile.load(folder).names_keyed
        _backups_whole(folder)
        keyring.forget(folder)
        shutil.rmtree(root)
    assert killed >= 3


class TestArchivesFollow:
    def test_a_sealed_archive_of_the_format_before_imports_into_an_empty_folder(
        self, tmp_path: Path
    ) -> None:
        from scar_diary.archive.importer import load_archive, read_archive

        folder = tmp_path / "fresh"
        contents = read_archive(OLD_ARCHIVE, secret=FIXTURE_SECRET)
        load_archive(contents, folder)
        keyring.forget(folder)
        assert KeyFile.load(folder).names_keyed
        protection.unlock(folder, FIXTURE_SECRET)
        found = _contents(folder)
        assert len(found) == 4  # archives carry the scars' photos (not the inbox)
        assert not any(sha in _names(folder) for _label, sha in found)

    def test_an_archive_replacing_a_diary_of_the_format_before(
        self, old_diary: Path, tmp_path: Path
    ) -> None:
        from scar_diary.archive.importer import read_archive, replace_with

        protection.unlock(old_diary, FIXTURE_SECRET)
        replace_with(read_archive(OLD_ARCHIVE, secret=FIXTURE_SECRET), old_diary)
        assert KeyFile.load(old_diary).names_keyed
        found = _contents(old_diary)
        assert len(found) == 4
        assert not any(sha in _names(old_diary) for _label, sha in found)
