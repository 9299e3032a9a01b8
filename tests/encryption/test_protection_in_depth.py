"""Protection in depth: passphrases read the same everywhere (NFC, a BOM, CR/LF, a length
the window would accept), nothing reads a device or runs an absurd key derivation, the key
stays out of core dumps and the environment, is overwritten when forgotten, and leftovers
that are not the diary's never stop a conversion."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import unicodedata
from functools import partial
from pathlib import Path

import pytest
from PIL import Image

from scar_diary.cli import common
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services import protection
from scar_diary.services.diary import Diary
from scar_diary.storage import keyring
from scar_diary.storage.crypto import KeyWiped
from scar_diary.storage.keyfile import ARGON2, DamagedKeyFile, KeyFile
from scar_diary.storage.locations import KEY_FILE
from scar_diary.storage.photo_store import DamagedPhoto
from tests.hostile.cli import one_sentence, run

ACCENTED = "café crème brûlée"  # composed (NFC) as Linux keyboards send it


def _plain_diary(folder: Path, tmp: Path, photos: int = 2) -> None:
    diary = Diary.open(folder)
    scar = diary.scars.add("Left cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    for n in range(photos):
        source = tmp / f"p{n}.png"
        Image.effect_noise((64, 48), 30 + n).convert("RGB").save(source)
        assert diary.photos.import_files(scar, [source]).imported
    diary.close()


class TestPassphrasesReadTheSameEverywhere:
    def test_nfd_bom_and_crlf_open_what_nfc_protected(self, tmp_path: Path) -> None:
        folder = tmp_path / "diary"
        _plain_diary(folder, tmp_path)
        nfc = tmp_path / "nfc.txt"
        nfc.write_text(ACCENTED + "\n", encoding="utf-8")
        assert (
            run("encrypt", "--data-dir", str(folder), "--passphrase-file", str(nfc)).returncode == 0
        )
        # macOS may give the decomposed form; Windows Notepad a BOM and CR LF
        nfd = tmp_path / "nfd.txt"
        nfd.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", ACCENTED).encode() + b"\r\n")
        assert unicodedata.normalize("NFD", ACCENTED) != ACCENTED
        result = run("status", "--data-dir", str(folder), "--passphrase-file", str(nfd))
        assert result.returncode == 0, result.stderr

    def test_the_environment_variable_loses_its_newline_and_leaves_the_environment(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv(common.PASSPHRASE_ENV, "tangerine lighthouse\n")
        args = argparse.Namespace(passphrase_file=None)
        assert common.passphrase(args, "the diary") == "tangerine lighthouse"
        assert common.PASSPHRASE_ENV not in os.environ  # no child process inherits it
        assert common.passphrase(args, "the diary") == "tangerine lighthouse"  # read once
        child = subprocess.run(
            [sys.executable, "-c", f"import os; print(os.environ.get('{common.PASSPHRASE_ENV}'))"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert child.stdout.strip() == "None"

    def test_a_device_or_fifo_is_refused_at_once(self, tmp_path: Path) -> None:
        folder = tmp_path / "diary"
        _plain_diary(folder, tmp_path, photos=0)
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        for source in ("/dev/zero", str(fifo)):
            started = time.monotonic()
            result = run("encrypt", "--data-dir", str(folder), "--passphrase-file", source)
            assert "not a regular file" in one_sentence(result)
            assert time.monotonic() - started < 60  # never reads /dev/zero to its end
        big = tmp_path / "big.txt"
        big.write_bytes(b"x" * 10_000_000)  # one huge line: only the first few KB are read
        result = run("encrypt", "--data-dir", str(folder), "--passphrase-file", str(big))
        assert result.returncode == 0, result.stderr

    def test_a_short_new_passphrase_is_refused_as_in_the_window(self, tmp_path: Path) -> None:
        folder = tmp_path / "diary"
        _plain_diary(folder, tmp_path, photos=0)
        short = tmp_path / "short.txt"
        short.write_text("seven77\n")
        result = run("encrypt", "--data-dir", str(folder), "--passphrase-file", str(short))
        assert "at least 8 characters" in one_sentence(result)
        assert not (folder / KEY_FILE).exists()


class TestKeyDerivationBounds:
    @pytest.mark.parametrize(
        ("name", "value"),
        [("memory_kib", 64 * 1024 * 1024), ("time_cost", 10_000), ("parallelism", 4096)],
    )
    def test_an_absurd_key_file_is_refused_at_once(
        self, tmp_path: Path, name: str, value: int
    ) -> None:
        key_file, _cipher, _recovery = KeyFile.create("tangerine lighthouse")
        document = json.loads(json.dumps(key_file.document))
        document["kdf"][name] = value
        (tmp_path / KEY_FILE).write_text(json.dumps(document))
        started = time.monotonic()
        with pytest.raises(DamagedKeyFile, match="out of range"):
            KeyFile.load(tmp_path).unlock("tangerine lighthouse")
        assert time.monotonic() - started < 5

    def test_wrong_lengths_are_damaged_not_a_crash(self, tmp_path: Path) -> None:
        key_file, _cipher, _recovery = KeyFile.create("tangerine lighthouse")
        document = json.loads(json.dumps(key_file.document))
        document["passphrase"]["salt"] = "AAAA"
        (tmp_path / KEY_FILE).write_text(json.dumps(document))
        with pytest.raises(DamagedKeyFile, match="wrong length"):
            KeyFile.load(tmp_path).unlock("tangerine lighthouse")

    def test_a_sealed_archive_asking_for_too_much_is_refused_within_seconds(
        self, tmp_path: Path
    ) -> None:
        from scar_diary.archive.sealed import MAGIC

        folder = tmp_path / "diary"
        _plain_diary(folder, tmp_path, photos=1)
        secret = tmp_path / "p.txt"
        secret.write_text("tangerine lighthouse\n")
        assert (
            run("encrypt", "--data-dir", str(folder), "--passphrase-file", str(secret)).returncode
            == 0
        )
        sealed = tmp_path / "a.zip"
        result = run(
            "export",
            "--data-dir",
            str(folder),
            "--out",
            str(sealed),
            "--passphrase-file",
            str(secret),
        )
        assert result.returncode == 0, result.stderr
        data = sealed.read_bytes()
        header_end = data.index(b"\n", len(MAGIC))
        header = json.loads(data[len(MAGIC) : header_end])
        header["key"]["kdf"]["memory_kib"] = ARGON2["memory_kib"] * 1000
        sealed.write_bytes(MAGIC + json.dumps(header).encode() + data[header_end:])
        started = time.monotonic()
        result = run(
            "import",
            str(sealed),
            "--data-dir",
            str(tmp_path / "new"),
            "--passphrase-file",
            str(secret),
        )
        assert "damaged" in one_sentence(result)
        assert time.monotonic() - started < 30


class TestTheKeyInMemory:
    def test_no_core_dumps_once_a_key_is_held(self, tmp_path: Path) -> None:
        script = (
            "import resource\n"
            "from pathlib import Path\n"
            "from scar_diary.storage import keyring, process_guard\n"
            "from scar_diary.storage.crypto import Cipher\n"
            "print(process_guard.dumpable())\n"
            f"keyring.remember(Path({str(tmp_path)!r}), Cipher(bytes(32)))\n"
            "print(resource.getrlimit(resource.RLIMIT_CORE), process_guard.dumpable())\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        assert out == ["True", "(0, 0) False"]

    def test_a_forgotten_key_is_overwritten_and_refuses_work(self, tmp_path: Path) -> None:
        folder = tmp_path / "diary"
        _plain_diary(folder, tmp_path, photos=1)
        protection.protect(folder, "tangerine lighthouse")
        cipher = keyring.cipher_for(folder)
        assert cipher is not None
        sealed = cipher.encrypt(b"pixels", "photo")
        buffer = cipher._key
        keyring.forget(folder)
        assert bytes(buffer) == bytes(32)
        with pytest.raises(KeyWiped):
            cipher.decrypt(sealed, "photo")
        with pytest.raises(KeyWiped):
            cipher.encrypt(b"pixels", "photo")


class TestLeftoversAreNotTheDiarys:
    def test_stray_files_never_stop_encrypt_decrypt_backup_or_export(self, tmp_path: Path) -> None:
        folder = tmp_path / "diary"
        _plain_diary(folder, tmp_path)
        bucket = next(p for p in (folder / "photos").iterdir() if p.is_dir())
        strays = [folder / "photos" / ".DS_Store", bucket / ".partial-abc123.png"]
        for stray in strays:
            stray.write_bytes(b"not the diary's")
        secret = tmp_path / "p.txt"
        secret.write_text("tangerine lighthouse\n")
        for command in (
            ["encrypt"],
            ["backup"],
            ["export", "--out", str(tmp_path / "a.zip")],
            ["decrypt"],
            ["backup"],
        ):
            result = run(*command, "--data-dir", str(folder), "--passphrase-file", str(secret))
            assert result.returncode == 0, (command, result.stderr)
        assert all(s.read_bytes() == b"not the diary's" for s in strays)  # left alone


class TestWithoutOsSync:
    def test_a_conversion_flushes_each_file_where_the_system_has_no_sync(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Windows has no os.sync(): the conversion flushes every staged file itself."""
        folder = tmp_path / "diary"
        _plain_diary(folder, tmp_path, photos=3)
        monkeypatch.delattr(os, "sync", raising=False)
        flushed: list[int] = []
        real_fsync = os.fsync

        def counting_fsync(fd: int) -> None:
            flushed.append(fd)
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", counting_fsync)
        protection.protect(folder, "tangerine lighthouse")
        assert len(flushed) >= 4  # the database and three photos, at least
        keyring.forget(folder)
        protection.unlock(folder, "tangerine lighthouse")
        protection.unprotect(folder)
        diary = Diary.open(folder)
        try:
            assert len(diary.photos.for_scar(diary.scars.all()[0].id)) == 3
        finally:
            diary.close()


class TestEveryPhotoIsItself:
    @pytest.fixture
    def protected_sample(self, tmp_path: Path) -> tuple[Path, Path]:
        folder = tmp_path / "diary"
        assert run("demo", "--data-dir", str(folder), "--today", "2026-11-25").returncode == 0
        secret = tmp_path / "p.txt"
        secret.write_text("tangerine lighthouse\n")
        assert (
            run("encrypt", "--data-dir", str(folder), "--passphrase-file", str(secret)).returncode
            == 0
        )
        return folder, secret

    def test_a_photo_copied_over_another_is_refused_not_shown_as_it(
        self, protected_sample: tuple[Path, Path]
    ) -> None:
        folder, _secret = protected_sample
        first, second = sorted((folder / "photos").rglob("*.jpg"))[:2]
        first.write_bytes(second.read_bytes())  # a valid ciphertext, of another photo
        keyring.forget(folder)
        protection.unlock(folder, "tangerine lighthouse")
        diary = Diary.open(folder)
        try:
            photo = next(
                p
                for s in diary.scars.all()
                for p in diary.photos.for_scar(s.id)
                if p.relative_path.endswith(first.name)
            )
            with pytest.raises(DamagedPhoto, match=r"does not match its name|does not decrypt"):
                diary.photos.read(photo)
        finally:
            diary.close()
            keyring.forget(folder)

    def test_one_damaged_photo_is_named_everywhere_and_never_stops_the_report(
        self, protected_sample: tuple[Path, Path], tmp_path: Path
    ) -> None:
        folder, secret = protected_sample
        protection.unlock(folder, "tangerine lighthouse")
        diary = Diary.open(folder)
        try:  # the first photo of a scar: one of the report's before/after pair
            first = diary.photos.for_scar(diary.scars.all()[0].id)[0]
            damaged = folder / first.relative_path
        finally:
            diary.close()
            keyring.forget(folder)
        damaged.write_bytes(os.urandom(200))
        name = damaged.name
        report = tmp_path / "r.pdf"
        result = run(
            "report",
            "--data-dir",
            str(folder),
            "--passphrase-file",
            str(secret),
            "--out",
            str(report),
            "--today",
            "2026-11-25",
        )
        assert result.returncode == 0, result.stderr
        text = subprocess.run(
            ["pdftotext", str(report), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert name[:20] in text.replace("\n", "") and "cannot be read" in text
        pages = subprocess.run(
            ["pdfimages", "-list", str(report)], capture_output=True, text=True, check=True
        ).stdout
        assert len(pages.splitlines()) > 4  # the other pairs are still there
        for command in (["export", "--out", str(tmp_path / "a.zip")], ["decrypt"]):
            result = run(*command, "--data-dir", str(folder), "--passphrase-file", str(secret))
            sentence = one_sentence(result)
            assert name in sentence and "cannot be read" in sentence, sentence
        assert protection.is_protected(folder)  # decrypt refused: nothing changed
        assert not (folder / ".converting").exists()  # and no plain copy left behind

    def test_a_thumbnail_of_another_photo_is_made_again(self, tmp_path: Path) -> None:
        from scar_diary.services.thumbnails import thumbnail_image, thumbnail_path

        folder = tmp_path / "diary"
        _plain_diary(folder, tmp_path, photos=2)
        protection.protect(folder, "tangerine lighthouse")
        diary = Diary.open(folder)
        try:
            store = diary.photos
            photos = store.for_scar(diary.scars.all()[0].id)
            cipher = keyring.cipher_for(folder)
            cache = tmp_path / "thumbs"
            cache.mkdir()
            images = [
                thumbnail_image(partial(store.read, p), cache, p.sha256, cipher=cipher)
                for p in photos
            ]
            a, b = (thumbnail_path(cache, p.sha256, cipher) for p in photos)
            a.write_bytes(b.read_bytes())  # the other photo's thumbnail, validly encrypted
            again = thumbnail_image(
                lambda: store.read(photos[0]), cache, photos[0].sha256, cipher=cipher
            )
            assert again.tobytes() == images[0].tobytes()
        finally:
            diary.close()


def test_a_sealed_archive_never_replaces_a_plain_diary_unencrypted(tmp_path: Path) -> None:
    source = tmp_path / "source"
    _plain_diary(source, tmp_path, photos=1)
    secret = tmp_path / "p.txt"
    secret.write_text("tangerine lighthouse\n")
    assert (
        run("encrypt", "--data-dir", str(source), "--passphrase-file", str(secret)).returncode == 0
    )
    sealed = tmp_path / "sealed.zip"
    exported = run(
        "export", "--data-dir", str(source), "--out", str(sealed), "--passphrase-file", str(secret)
    )
    assert exported.returncode == 0, exported.stderr
    plain = tmp_path / "plain"
    _plain_diary(plain, tmp_path, photos=2)
    result = run(
        "import",
        str(sealed),
        "--replace",
        "--data-dir",
        str(plain),
        "--archive-passphrase-file",
        str(secret),
    )
    assert "Protect the diary with a passphrase first" in one_sentence(result)
    assert not list((plain / "backups").glob("diary-*"))  # refused before even a backup
    assert not (plain / KEY_FILE).exists()
    diary = Diary.open(plain)
    try:
        assert len(diary.photos.for_scar(diary.scars.all()[0].id)) == 2  # as it was
    finally:
        diary.close()


class TestTheKeyFileIsBoundToTheDiary:
    def test_a_changed_key_file_is_refused(self, tmp_path: Path) -> None:
        folder = tmp_path / "diary"
        _plain_diary(folder, tmp_path, photos=1)
        protection.protect(folder, "tangerine lighthouse")
        keyring.forget(folder)
        document = json.loads((folder / KEY_FILE).read_text())
        assert "mac" in document
        other, _cipher, _recovery = KeyFile.create("another passphrase")
        document["recovery"] = other.document["recovery"]  # a wrapping swapped in
        (folder / KEY_FILE).write_text(json.dumps(document))
        with pytest.raises(DamagedKeyFile, match="changed"):
            KeyFile.load(folder).unlock("tangerine lighthouse")

    def test_a_protected_folder_without_its_key_never_opens_as_plain(self, tmp_path: Path) -> None:
        folder = tmp_path / "diary"
        _plain_diary(folder, tmp_path, photos=2)
        protection.protect(folder, "tangerine lighthouse")
        keyring.forget(folder)
        (folder / KEY_FILE).unlink()  # the key file gone ...
        (folder / "diary.sqlite3").unlink()
        plain = Diary.open(tmp_path / "elsewhere")  # ... and a plain diary put in its place
        plain.scars.add("Planted", FaceRegion.CHIN, ScarType.ROLLING)
        plain.close()
        (tmp_path / "elsewhere" / "diary.sqlite3").replace(folder / "diary.sqlite3")
        for command in (["status"], ["scars"]):
            sentence = one_sentence(run(*command, "--data-dir", str(folder)))
            assert "was protected with a passphrase" in sentence and "diary.key" in sentence


def test_backup_manifests_of_a_protected_diary_are_sealed(tmp_path: Path) -> None:
    from scar_diary.services.backups import back_up, list_backups

    folder = tmp_path / "diary"
    _plain_diary(folder, tmp_path, photos=2)
    back_up(folder, "manual")  # a plain backup first: protecting converts its manifest too
    protection.protect(folder, "tangerine lighthouse")
    back_up(folder, "manual")
    manifests = sorted((folder / "backups").glob("diary-*.json"))
    assert len(manifests) >= 3
    for manifest in manifests:
        data = manifest.read_bytes()
        assert b"scars" not in data and b"photos/" not in data and b"ratings" not in data
    assert {b.scars for b in list_backups(folder)} == {1}  # read with the key
    keyring.forget(folder)
    locked = list_backups(folder)  # without the key: when and why, nothing more
    assert locked and all(not b.readable and b.scars == 0 for b in locked)
    assert {b.reason for b in locked} >= {"manual", "before-protect"}
    protection.unlock(folder, "tangerine lighthouse")
    protection.rekey(folder, "a new passphrase here")  # re-sealed under the new key
    assert {b.scars for b in list_backups(folder)} == {1}
    protection.unprotect(folder)
    assert b"scars" in manifests[0].read_bytes()  # plain again with the diary
