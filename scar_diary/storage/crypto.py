"""Encryption of a protected diary's files, with standard primitives only.

One random 256-bit data key per diary (kept wrapped in `diary.key`, see keyfile.py) gives
subkeys with HKDF-SHA256: SQLCipher's raw database key, the key that names files, and the
key that encrypts them — photos, thumbnails, backups' photos — each with AES-256-GCM:

    file := MAGIC (8 bytes) || nonce (12 random bytes) || ciphertext || tag (16 bytes)

with the file's identity as associated data (`identity()`): its purpose, the format version
and which photo it is, so a thumbnail cannot be passed off as a photo, nor one photo's
ciphertext copied over another's.

A protected diary names its photo and thumbnail files by `file_name()`: an HMAC-SHA256 of the
plain content's SHA-256 under a third subkey, so someone holding a copy of a photo cannot
confirm it is in the diary by hashing it. The name is still one per content (the same picture
is stored once) and is checked after decrypting. Diaries protected before names were keyed
are converted when first opened (conversion.py); `named_by_hash()` reads them for that.
Decrypted bytes live in memory only; nothing here writes plain data.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# re-exported: most callers look for them here
from scar_diary.storage.sealed_format import FILE_FORMAT as FILE_FORMAT
from scar_diary.storage.sealed_format import MAGIC as MAGIC
from scar_diary.storage.sealed_format import identity as identity
from scar_diary.storage.sealed_format import is_encrypted as is_encrypted

NONCE_BYTES = 12
KEY_BYTES = 32


class DecryptionFailed(Exception):
    """The bytes were not made with this key (or were changed since)."""


MANIFEST_PURPOSE = "backup manifest"  # a protected diary's backup manifests are sealed too


def _subkey(key: bytes, purpose: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"scar-diary " + purpose
    ).derive(key)


class KeyWiped(Exception):
    """The key was forgotten (the diary locked): nothing is encrypted or decrypted with it."""


class Cipher:
    """A diary's unlocked data key, and what it does. The key is kept in a mutable buffer
    that `wipe` overwrites when the diary locks; copies that Python or OpenSSL made along the
    way cannot be reached from here (the README says so)."""

    def __init__(self, key: bytes | bytearray, *, keyed_names: bool = True) -> None:
        self._key = bytearray(key)
        self._database_key: bytearray | None = None
        self._names_key: bytearray | None = None
        self._aead: AESGCM | None = None
        self._wiped = False
        self.keyed_names = keyed_names

    def named_by_hash(self) -> Cipher:
        """The same key for a diary protected before file names were keyed (its files are
        named by their plain SHA-256): read only, to convert it."""
        return Cipher(self._key, keyed_names=False)

    def file_name(self, sha256: str) -> str:
        """The name of the file holding the photo (or its thumbnail) with this SHA-256."""
        if not self.keyed_names:
            return sha256
        self._check()
        if self._names_key is None:
            self._names_key = bytearray(_subkey(bytes(self._key), b"file names"))
        return keyed_hash(bytes(self._names_key), sha256)

    @property
    def key(self) -> bytes:
        self._check()
        return bytes(self._key)

    @property
    def database_key(self) -> bytes:
        """SQLCipher's raw key (32 bytes, no passphrase stretching of its own)."""
        self._check()
        if self._database_key is None:
            self._database_key = bytearray(_subkey(bytes(self._key), b"database"))
        return bytes(self._database_key)

    def subkey(self, purpose: bytes) -> bytes:
        """A key of its own for one use ("archive"), derived from the data key."""
        self._check()
        return _subkey(bytes(self._key), purpose)

    @property
    def _files(self) -> AESGCM:
        self._check()
        if self._aead is None:
            self._aead = AESGCM(_subkey(bytes(self._key), b"files"))
        return self._aead

    def wipe(self) -> None:
        """Overwrite the key (and what was derived from it here) and refuse all further use."""
        for buffer in (self._key, self._database_key, self._names_key):
            if buffer is not None:
                buffer[:] = bytes(len(buffer))
        self._aead = None
        self._wiped = True

    def _check(self) -> None:
        if self._wiped:
            raise KeyWiped

    def encrypt(self, data: bytes, purpose: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return MAGIC + nonce + self._files.encrypt(nonce, data, purpose.encode())

    def decrypt(self, blob: bytes, purpose: str) -> bytes:
        if not is_encrypted(blob):
            raise DecryptionFailed("not an encrypted file")
        nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
        sealed = memoryview(blob)[len(MAGIC) + NONCE_BYTES :]  # a photo is not copied first
        try:
            return self._files.decrypt(nonce, sealed, purpose.encode())
        except InvalidTag:
            raise DecryptionFailed("the file does not match the key") from None


def keyed_hash(secret: bytes, text: str) -> str:
    """HMAC-SHA256 of `text`, in hex: how a protected diary names what is kept outside its
    encrypted files (file names, what the settings remember) without saying what it is."""
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)
