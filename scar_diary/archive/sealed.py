"""The encrypted archive container (docs/archive-format.md, "Encrypted archives").

    MAGIC ("SCARDIARY-SEALED-1\\n")
    one line of JSON: {"key": <the diary's key file document>, "chunk": 1048576,
                       "nonce_prefix": <7 bytes, base64>}
    the zip archive in chunks of `chunk` bytes (the last may be shorter), each
        AES-256-GCM(archive key, nonce = prefix ‖ chunk number (4 bytes) ‖ last (1 byte))

The archive key is derived (HKDF-SHA256) from the diary's data key, which the key file in
the header unlocks with the diary's passphrase or recovery key: no passphrase is kept in
memory to write one. Chunk numbers and the "last" flag in every nonce make reordering,
dropping or cutting chunks fail. Reading is random access (a zip is read from its end), and
only one decrypted chunk is ever in memory; nothing decrypted touches the disk.
"""

from __future__ import annotations

import base64
import io
import json
import os
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from scar_diary.storage.crypto import Cipher

MAGIC = b"SCARDIARY-SEALED-1\n"
CHUNK = 1024 * 1024
TAG = 16
MAX_HEADER = 64 * 1024


class SealError(Exception):
    """Not a sealed archive this version reads, or its bytes were changed."""


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _archive_key(cipher: Cipher) -> AESGCM:
    return AESGCM(cipher.subkey(b"archive"))


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + number.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class SealedWriter(io.RawIOBase):
    """A write-only, unseekable stream: zipfile writes into it, it writes sealed chunks."""

    def __init__(self, target: BinaryIO, cipher: Cipher, key_document: dict[str, object]):
        super().__init__()
        self._target, self._aead = target, _archive_key(cipher)
        self._prefix = os.urandom(7)
        self._buffer = bytearray()
        self._number = 0
        self._written = 0
        header = {
            "key": key_document,
            "chunk": CHUNK,
            "nonce_prefix": base64.b64encode(self._prefix).decode("ascii"),
        }
        target.write(MAGIC + json.dumps(header).encode("utf-8") + b"\n")

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._buffer += data
        self._written += len(data)
        while len(self._buffer) > CHUNK:  # keep one back: the last chunk is marked as last
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def tell(self) -> int:
        return self._written

    def _seal(self, chunk: bytes, *, last: bool) -> None:
        nonce = _nonce(self._prefix, self._number, last)
        self._target.write(self._aead.encrypt(nonce, chunk, None))
        self._number += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
        super().close()


class SealedReader(io.RawIOBase):
    """A read-only, seekable view of the zip inside a sealed archive."""

    def __init__(self, source: BinaryIO, cipher: Cipher, header: dict[str, object], start: int):
        super().__init__()
        self._source, self._aead = source, _archive_key(cipher)
        try:
            self._prefix = base64.b64decode(str(header["nonce_prefix"]), validate=True)
            self._chunk = int(header["chunk"])  # type: ignore[call-overload]
        except (KeyError, TypeError, ValueError) as exc:
            raise SealError("the header is damaged") from exc
        if len(self._prefix) != 7 or not 0 < self._chunk <= 64 * CHUNK:
            raise SealError("the header is damaged")
        self._start = start
        sealed = source.seek(0, io.SEEK_END) - start
        self._count = max(-(-sealed // (self._chunk + TAG)), 1)
        last_sealed = sealed - (self._count - 1) * (self._chunk + TAG)
        if last_sealed < TAG:
            raise SealError("the archive is cut short")
        self._size = (self._count - 1) * self._chunk + last_sealed - TAG
        self._position = 0
        self._cached: tuple[int, bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}[whence]
        self._position = max(base + offset, 0)
        return self._position

    def _plain(self, number: int) -> bytes:
        if self._cached is not None and self._cached[0] == number:
            return self._cached[1]
        last = number == self._count - 1
        self._source.seek(self._start + number * (self._chunk + TAG))
        sealed = self._source.read(self._chunk + TAG)
        try:
            plain = self._aead.decrypt(_nonce(self._prefix, number, last), sealed, None)
        except InvalidTag:
            raise SealError("the archive's bytes were changed or cut") from None
        self._cached = (number, plain)
        return plain

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._position >= self._size:
            return 0
        number, offset = divmod(self._position, self._chunk)
        piece = self._plain(number)[offset : offset + len(buffer)]
        buffer[: len(piece)] = piece
        self._position += len(piece)
        return len(piece)


def read_header(source: BinaryIO) -> tuple[dict[str, object], int]:
    """The header and where the sealed chunks start."""
    source.seek(0)
    if source.read(len(MAGIC)) != MAGIC:
        raise SealError("not a sealed archive")
    line = source.readline(MAX_HEADER)
    try:
        header = json.loads(line)
    except ValueError as exc:
        raise SealError("the header is damaged") from exc
    if not isinstance(header, dict) or not isinstance(header.get("key"), dict):
        raise SealError("the header is damaged")
    return header, source.tell()
