"""The unlocked keys of this process, by diary folder: given once when the user unlocks a
protected diary (the window's lock screen, a command's --passphrase-file), used by every
part that reads or writes its files, forgotten when the app locks or the diary closes.
Keys live in memory only."""

from __future__ import annotations

from pathlib import Path

from scar_diary.storage.crypto import Cipher

_UNLOCKED: dict[Path, Cipher] = {}


def _folder(data_dir: Path) -> Path:
    return Path(data_dir).expanduser().absolute()


def remember(data_dir: Path, cipher: Cipher) -> None:
    from scar_diary.storage.process_guard import keep_keys_out_of_dumps

    keep_keys_out_of_dumps()  # before the key is kept: never in a core file
    _UNLOCKED[_folder(data_dir)] = cipher


def forget(data_dir: Path) -> None:
    """Forget a folder's key; once no folder uses it any more, overwrite it in memory."""
    cipher = _UNLOCKED.pop(_folder(data_dir), None)
    if cipher is not None and all(other is not cipher for other in _UNLOCKED.values()):
        cipher.wipe()


def cipher_for(data_dir: Path) -> Cipher | None:
    return _UNLOCKED.get(_folder(data_dir))


def database_key(data_dir: Path) -> bytes | None:
    cipher = cipher_for(data_dir)
    return None if cipher is None else cipher.database_key
