"""The command line on a protected diary, run as a script runs it (no terminal): every
command takes --passphrase-file or SCAR_DIARY_PASSPHRASE; without one, or with a wrong one,
it stops with one sentence and exit status 2, and nothing changes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from scar_diary.archive.sealed import MAGIC
from tests.hostile.cli import ENV, one_sentence, run

RECOVERY = re.compile(r"\b([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})\b")


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".scar-diary.lock"
    }


@pytest.fixture(scope="module")
def protected(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A sample diary encrypted by `scar-diary encrypt`; its passphrase file; recovery key."""
    root = tmp_path_factory.mktemp("cli")
    folder = root / "diary"
    assert run("demo", "--data-dir", str(folder), "--today", "2026-11-25").returncode == 0
    secret = root / "passphrase.txt"
    secret.write_text("tangerine lighthouse\nsecond line is ignored\n")
    result = run("encrypt", "--data-dir", str(folder), "--passphrase-file", str(secret))
    assert result.returncode == 0, result.stderr
    keys = RECOVERY.findall(result.stdout)
    assert len(keys) == 1, result.stdout  # shown exactly once
    return folder, secret, keys[0]


def _copy(protected: tuple[Path, Path, str], tmp_path: Path) -> Path:
    import shutil

    copy = tmp_path / "diary"
    shutil.copytree(protected[0], copy)
    return copy


def test_every_command_needs_the_passphrase_without_a_terminal(
    protected: tuple[Path, Path, str], tmp_path: Path
) -> None:
    folder = _copy(protected, tmp_path)
    before = _files(folder)
    for args in (
        ["status"],
        ["scars"],
        ["backup"],
        ["backups"],
        ["report", "--out", str(tmp_path / "r.pdf")],
        ["export", "--out", str(tmp_path / "a.zip")],
        ["export-csv", "--out", str(tmp_path)],
        ["calendar", "--out", str(tmp_path / "c.ics")],
        ["decrypt"],
    ):
        result = run(*args, "--data-dir", str(folder), stdin=subprocess.DEVNULL)
        assert "--passphrase-file" in one_sentence(result), args
    assert _files(folder) == before


def test_a_wrong_passphrase_is_refused_and_changes_nothing(
    protected: tuple[Path, Path, str], tmp_path: Path
) -> None:
    folder = _copy(protected, tmp_path)
    before = _files(folder)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("tangerine lighthouses\n")
    for args in (["status"], ["decrypt"], ["backup"]):
        result = run(*args, "--data-dir", str(folder), "--passphrase-file", str(wrong))
        assert "does not open" in one_sentence(result)
    env = {**ENV, "SCAR_DIARY_PASSPHRASE": "not it"}
    assert "does not open" in one_sentence(run("scars", "--data-dir", str(folder), env=env))
    recovery_file = tmp_path / "recovery.txt"
    recovery_file.write_text("AAAA-" + protected[2][5:] + "\n")
    result = run("status", "--data-dir", str(folder), "--passphrase-file", str(recovery_file))
    assert "does not open" in one_sentence(result)
    assert _files(folder) == before


def test_passphrase_environment_and_recovery_key_open_it(
    protected: tuple[Path, Path, str], tmp_path: Path
) -> None:
    folder, _secret, recovery = protected
    env = {**ENV, "SCAR_DIARY_PASSPHRASE": "tangerine lighthouse"}
    result = run("scars", "--data-dir", str(folder), env=env)
    assert result.returncode == 0 and "Left cheek" in result.stdout, result.stderr
    recovery_file = tmp_path / "recovery.txt"
    recovery_file.write_text(recovery.lower() + "\n")
    result = run("status", "--data-dir", str(folder), "--passphrase-file", str(recovery_file))
    assert result.returncode == 0, result.stderr


def test_export_is_encrypted_unless_plain_and_import_needs_the_passphrase(
    protected: tuple[Path, Path, str], tmp_path: Path
) -> None:
    folder, secret, _recovery = protected
    sealed, plain = tmp_path / "sealed.zip", tmp_path / "plain.zip"
    for out, extra in ((sealed, []), (plain, ["--plain"])):
        result = run(
            "export", "--data-dir", str(folder), "--passphrase-file", str(secret),
            "--out", str(out), *extra,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    assert sealed.read_bytes().startswith(MAGIC)
    assert plain.read_bytes().startswith(b"PK\x03\x04")

    target = tmp_path / "imported"
    message = one_sentence(
        run("import", "--data-dir", str(target), str(sealed), stdin=subprocess.DEVNULL)
    )
    assert "encrypted" in message or "passphrase" in message
    assert not target.exists() or not any(target.iterdir())
    result = run("import", "--data-dir", str(target), str(sealed), "--passphrase-file", str(secret))
    assert result.returncode == 0, result.stderr
    assert (target / "diary.key").is_file()  # what was protected stays protected
    result = run("scars", "--data-dir", str(target), "--passphrase-file", str(secret))
    assert "Left cheek" in result.stdout

    plain_target = tmp_path / "from-plain"
    assert run("import", "--data-dir", str(plain_target), str(plain)).returncode == 0
    assert not (plain_target / "diary.key").exists()


def test_change_passphrase_then_decrypt(protected: tuple[Path, Path, str], tmp_path: Path) -> None:
    folder = _copy(protected, tmp_path)
    old, recovery = protected[1], protected[2]
    old_key_file = (folder / "diary.key").read_bytes()  # as a cloud's version history keeps it
    new = tmp_path / "new.txt"
    new.write_text("a completely new one\n")
    quick = tmp_path / "quick.txt"
    quick.write_text("a quick new one\n")
    # the quick change: the same key, re-wrapped; the recovery key keeps working
    result = run(
        "change-passphrase", "--data-dir", str(folder), "--passphrase-file", str(old),
        "--new-passphrase-file", str(quick), "--keep-key",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    recovery_file = tmp_path / "recovery.txt"
    recovery_file.write_text(recovery + "\n")
    assert (
        run("status", "--data-dir", str(folder), "--passphrase-file", str(recovery_file)).returncode
        == 0
    )
    # the thorough change (the default): a new key, everything re-encrypted, a new recovery key
    result = run(
        "change-passphrase", "--data-dir", str(folder), "--passphrase-file", str(quick),
        "--new-passphrase-file", str(new),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (new_recovery,) = RECOVERY.findall(result.stdout)
    assert new_recovery != recovery
    for stale in (old, quick, recovery_file):
        assert "does not open" in one_sentence(
            run("status", "--data-dir", str(folder), "--passphrase-file", str(stale))
        )
    current = (folder / "diary.key").read_bytes()
    (folder / "diary.key").write_bytes(old_key_file)  # an old key file put back
    assert run("status", "--data-dir", str(folder), "--passphrase-file", str(old)).returncode == 2
    (folder / "diary.key").write_bytes(current)

    result = run("decrypt", "--data-dir", str(folder), "--passphrase-file", str(new))
    assert result.returncode == 0, result.stderr
    assert not (folder / "diary.key").exists()
    assert (folder / "diary.sqlite3").read_bytes().startswith(b"SQLite format 3\x00")
    result = run("status", "--data-dir", str(folder), stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert "is not encrypted" in one_sentence(
        run("decrypt", "--data-dir", str(folder), "--passphrase-file", str(new))
    )


def test_encrypt_refuses_while_the_app_has_the_diary_open(
    protected: tuple[Path, Path, str], tmp_path: Path
) -> None:
    from scar_diary.storage.diary_lock import DiaryLock

    folder = tmp_path / "plain"
    assert run("demo", "--data-dir", str(folder), "--today", "2026-11-25").returncode == 0
    before = _files(folder)
    with DiaryLock(folder) as lock:
        assert lock.acquire()
        result = run("encrypt", "--data-dir", str(folder), "--passphrase-file", str(protected[1]))
    assert "close it first" in one_sentence(result)
    assert _files(folder) == before


def test_a_damaged_key_file_is_one_sentence(
    protected: tuple[Path, Path, str], tmp_path: Path
) -> None:
    folder = _copy(protected, tmp_path)
    (folder / "diary.key").write_text("{not json")
    before = _files(folder)
    result = run("status", "--data-dir", str(folder), "--passphrase-file", str(protected[1]))
    assert "key file" in one_sentence(result)
    assert _files(folder) == before


def test_encrypting_on_a_full_disk_changes_nothing(
    protected: tuple[Path, Path, str], tmp_path: Path
) -> None:
    folder = tmp_path / "plain"
    assert run("demo", "--data-dir", str(folder), "--today", "2026-11-25").returncode == 0
    scars = run("scars", "--data-dir", str(folder)).stdout
    # writes past 40 kB fail with EFBIG, as on a disk that fills up half-way
    result = run(
        "encrypt", "--data-dir", str(folder), "--passphrase-file", str(protected[1]),
        max_file_bytes=40_000,
    )  # fmt: skip
    one_sentence(result)
    assert not (folder / "diary.key").exists()
    again = run("scars", "--data-dir", str(folder), stdin=subprocess.DEVNULL)
    assert again.returncode == 0 and again.stdout == scars  # still plain, everything there
    assert not (folder / ".converting").exists()  # the half-made copy was thrown away
    assert not [p for p in (folder / "backups").iterdir() if "partial" in p.name]
