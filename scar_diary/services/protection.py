"""Protecting a diary with a passphrase: unlocking it, turning protection on and off, and
changing the passphrase. The window and the command line both come through here.

Turning protection on or off backs the diary up first, then converts it crash-safely
(storage/conversion.py). The diary must be closed and its lock held by the caller.
"""

from __future__ import annotations

from pathlib import Path

from scar_diary.services.backups import back_up, has_data
from scar_diary.storage import conversion, keyring
from scar_diary.storage.crypto import Cipher
from scar_diary.storage.keyfile import DamagedKeyFile, KeyFile, WrongPassphrase
from scar_diary.storage.locations import is_converting, is_protected

__all__ = [
    "DamagedKeyFile",
    "WrongPassphrase",
    "change_passphrase",
    "check",
    "is_protected",
    "is_unlocked",
    "lock",
    "protect",
    "rekey",
    "settle",
    "unlock",
    "unprotect",
]

Progress = conversion.Progress


def settle(data_dir: Path) -> None:
    """Finish (or undo) a conversion a crash cut short, so whether the diary is protected
    has one answer before anyone asks for its passphrase. Not while another program has
    the diary open: then it is that program's conversion, still running."""
    from scar_diary.storage.diary_lock import in_use

    if is_converting(data_dir) and not in_use(data_dir):
        conversion.finish_interrupted(data_dir)


def unlock(data_dir: Path, secret: str) -> Cipher:
    """Open the diary's key with its passphrase or recovery key, for this process.
    Raises WrongPassphrase (nothing is changed) or DamagedKeyFile. Slow on purpose
    (Argon2id): the window calls it off the GUI thread."""
    cipher = KeyFile.load(data_dir).unlock(secret)
    keyring.remember(data_dir, cipher)
    return cipher


def check(data_dir: Path, secret: str) -> None:
    """Raises WrongPassphrase unless `secret` opens the diary (before protection is removed
    or the passphrase changed: the one who asks must know it). Slow: off the GUI thread."""
    KeyFile.load(data_dir).unlock(secret)


def is_unlocked(data_dir: Path) -> bool:
    return not is_protected(data_dir) or keyring.cipher_for(data_dir) is not None


def lock(data_dir: Path) -> None:
    """Forget the key: nothing of the diary can be read until it is unlocked again."""
    keyring.forget(data_dir)


def protect(data_dir: Path, passphrase: str, progress: Progress | None = None) -> str:
    """Back up, then encrypt the diary, its photos and backups. Returns the recovery key,
    which is shown once and never stored."""
    if is_protected(data_dir):
        raise ValueError("the diary is protected already")
    if has_data(data_dir):
        back_up(data_dir, "before-protect")
    cipher, recovery = conversion.protect(data_dir, passphrase, progress or conversion._quiet)
    keyring.remember(data_dir, cipher)
    return recovery


def unprotect(data_dir: Path, progress: Progress | None = None) -> None:
    """Back up (encrypted, as the diary is), then decrypt everything and remove the key."""
    cipher = keyring.cipher_for(data_dir)
    if cipher is None:
        raise WrongPassphrase
    back_up(data_dir, "before-unprotect")
    conversion.unprotect(data_dir, cipher, progress or conversion._quiet)
    keyring.forget(data_dir)


def rekey(data_dir: Path, new_passphrase: str, progress: Progress | None = None) -> str:
    """Change the passphrase the thorough way (the default): back up, then re-encrypt
    everything under a new data key. Returns the new recovery key (the old one no longer
    opens anything current)."""
    cipher = keyring.cipher_for(data_dir)
    if cipher is None:
        raise WrongPassphrase
    back_up(data_dir, "before-rekey")
    new_cipher, recovery = conversion.rekey(
        data_dir, cipher, new_passphrase, progress or conversion._quiet
    )
    keyring.forget(data_dir)
    keyring.remember(data_dir, new_cipher)
    return recovery


def change_passphrase(data_dir: Path, new_passphrase: str) -> None:
    """Only re-wrap the diary's key under a new passphrase (the quick change: the recovery
    key keeps working, and so would an old copy of the key file with the old passphrase)."""
    cipher = keyring.cipher_for(data_dir)
    if cipher is None:
        raise WrongPassphrase
    conversion.change_passphrase(data_dir, cipher, new_passphrase)
