"""`diary.key`: the diary's data key, wrapped twice — by the passphrase and by the recovery
key — each through Argon2id and AES-256-GCM. Its presence marks the diary as protected.

    {"format": 2, "kdf": {"name": "argon2id", "time_cost": 3, "memory_kib": 131072,
     "parallelism": 2}, "passphrase": {"salt": …, "wrapped": …},
     "recovery": {"salt": …, "wrapped": …}, "mac": …}  (salts and wrapped keys in base64)

Format 2 says the diary's photo and thumbnail files are named by a keyed hash (crypto.py);
format 1, written before, that they are named by their SHA-256: such a diary is converted
when it is first opened, and the key file then becomes format 2 (an older version of the
app, which would not find the photos, refuses it instead).

Changing the passphrase re-wraps the same data key: one atomic write of this small file, so
an interruption leaves either the old or the new passphrase working, never neither.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from scar_diary.storage.crypto import KEY_BYTES, NONCE_BYTES, Cipher, new_data_key
from scar_diary.storage.files import write_atomically
from scar_diary.storage.locations import KEY_FILE

FORMAT = 2
KNOWN_FORMATS = (1, 2)
# Tuned to about 0.2–0.3 s on a 2-core laptop (docs/benchmarks.md); kept in each file, so
# the cost can rise later without making older diaries unreadable.
ARGON2 = {"time_cost": 3, "memory_kib": 131072, "parallelism": 2}
RECOVERY_GROUPS = 8  # 8 groups of 4 base32 letters: 160 random bits
# What a key file (or a sealed archive's header) may ask of the key derivation: at most four
# times what this version chooses, so a damaged or hostile file is refused at once instead
# of running for minutes or out of memory.
ARGON2_BOUNDS = {
    "time_cost": (1, ARGON2["time_cost"] * 4),
    "memory_kib": (8 * 1024, ARGON2["memory_kib"] * 4),
    "parallelism": (1, ARGON2["parallelism"] * 4),
}
SALT_BYTES = 16
WRAPPED_BYTES = NONCE_BYTES + KEY_BYTES + 16  # nonce, the data key, the GCM tag


class WrongPassphrase(Exception):
    """Neither the passphrase nor a recovery key opens this diary."""


class DamagedKeyFile(Exception):
    """diary.key cannot be read."""


def key_file(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, length: int) -> bytes:
    if not isinstance(text, str) or len(text) > 4 * length:
        raise DamagedKeyFile("a value is missing or too long")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DamagedKeyFile("a value is not base64") from exc
    if len(data) != length:
        raise DamagedKeyFile("a value has the wrong length")
    return data


def normal_passphrase(secret: str) -> str:
    """A passphrase as the key is derived from it: Unicode NFC, so the same passphrase
    typed on macOS (which may send decomposed accents) and on Linux opens the diary."""
    return unicodedata.normalize("NFC", secret)


def _stretch(secret: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=kdf["time_cost"],
        memory_cost=kdf["memory_kib"],
        parallelism=kdf["parallelism"],
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _wrap(data_key: bytes, secret: str, kdf: dict[str, int]) -> dict[str, str]:
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    stretched = _stretch(normal_passphrase(secret), salt, kdf)
    wrapped = AESGCM(stretched).encrypt(nonce, data_key, b"scar-diary key")
    return {"salt": _b64(salt), "wrapped": _b64(nonce + wrapped)}


def _unwrap(entry: object, secret: str, kdf: dict[str, int]) -> bytes | None:
    if not isinstance(entry, dict):
        raise DamagedKeyFile("an entry is missing")
    salt = _unb64(entry.get("salt"), SALT_BYTES)
    blob = _unb64(entry.get("wrapped"), WRAPPED_BYTES)
    # NFC first; the passphrase exactly as typed for keys wrapped before NFC was applied
    tries = dict.fromkeys((normal_passphrase(secret), secret))
    for attempt in tries:
        try:
            return AESGCM(_stretch(attempt, salt, kdf)).decrypt(
                blob[:NONCE_BYTES], blob[NONCE_BYTES:], b"scar-diary key"
            )
        except InvalidTag:
            continue
    return None


def normal_recovery_key(text: str) -> str:
    """A recovery key as typed: spaces, dashes and case do not matter."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def new_recovery_key() -> str:
    letters = base64.b32encode(secrets.token_bytes(RECOVERY_GROUPS * 20 // 8)).decode()
    return "-".join(letters[i : i + 4] for i in range(0, RECOVERY_GROUPS * 4, 4))


def _mac(document: dict[str, object], cipher: Cipher) -> str:
    """An HMAC-SHA256 over the key file's contents (all but the MAC itself), under a subkey
    of the data key: a changed key file (a swapped wrapping, weakened settings) is refused
    once it is opened, instead of being trusted."""
    body = {k: v for k, v in document.items() if k != "mac"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(cipher.subkey(b"key file"), canonical, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class KeyFile:
    document: dict[str, object]

    @classmethod
    def create(cls, passphrase: str) -> tuple[KeyFile, Cipher, str]:
        """A new data key, wrapped by the passphrase and by a new recovery key (returned
        once, to be written down)."""
        data_key = new_data_key()
        recovery = new_recovery_key()
        document: dict[str, object] = {
            "format": FORMAT,
            "kdf": {"name": "argon2id", **ARGON2},
            "passphrase": _wrap(data_key, passphrase, ARGON2),
            "recovery": _wrap(data_key, normal_recovery_key(recovery), ARGON2),
        }
        cipher = Cipher(data_key)
        document["mac"] = _mac(document, cipher)
        return cls(document), cipher, recovery

    @classmethod
    def load(cls, data_dir: Path) -> KeyFile:
        try:
            document = json.loads(key_file(data_dir).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise DamagedKeyFile(str(exc)) from exc
        if not isinstance(document, dict) or document.get("format") not in KNOWN_FORMATS:
            raise DamagedKeyFile("not a key file this version knows")
        return cls(document)

    @property
    def names_keyed(self) -> bool:
        """Whether the diary's files are named by a keyed hash (not their plain SHA-256)."""
        return self.document.get("format") != 1

    def naming_by_key(self, cipher: Cipher) -> KeyFile:
        """This key file for a diary whose files are named by a keyed hash (format 2)."""
        if self.names_keyed:
            return self
        document = {**self.document, "format": FORMAT}
        document["mac"] = _mac(document, cipher)
        return KeyFile(document)

    def _kdf(self) -> dict[str, int]:
        kdf = self.document.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
            raise DamagedKeyFile("unknown key derivation")
        try:
            values = {name: kdf[name] for name in ARGON2}
        except KeyError as exc:
            raise DamagedKeyFile("key derivation settings are missing") from exc
        for name, value in values.items():
            low, high = ARGON2_BOUNDS[name]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise DamagedKeyFile(f"the key derivation's {name} is out of range")
        return values

    def unlock(self, secret: str) -> Cipher:
        """The passphrase, or the recovery key, opens the data key."""
        kdf = self._kdf()
        key = _unwrap(self.document.get("passphrase"), secret, kdf)
        if key is None and len(normal_recovery_key(secret)) == RECOVERY_GROUPS * 4:
            key = _unwrap(self.document.get("recovery"), normal_recovery_key(secret), kdf)
        if key is None:
            raise WrongPassphrase
        cipher = Cipher(key)
        mac = self.document.get("mac")
        # key files written before the MAC have none: trusted as they were
        if mac is not None and not (
            isinstance(mac, str) and hmac.compare_digest(mac, _mac(self.document, cipher))
        ):
            raise DamagedKeyFile("the key file was changed since it was written")
        return cipher

    def with_passphrase(self, cipher: Cipher, passphrase: str) -> KeyFile:
        """The same data key under a new passphrase (the recovery key still works)."""
        document = {**self.document, "passphrase": _wrap(cipher.key, passphrase, self._kdf())}
        document["mac"] = _mac(document, cipher)
        return KeyFile(document)

    def save(self, data_dir: Path) -> None:
        text = json.dumps(self.document, indent=1) + "\n"
        write_atomically(key_file(data_dir), text.encode("utf-8"))
