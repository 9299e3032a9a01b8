"""The receiver's own TLS certificate: made once for this installation (self-signed, as
LocalSend's apps make theirs), kept beside the diaries, never sent anywhere but in the TLS
handshake. Its SHA-256 is the device fingerprint the protocol announces."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

CERT_NAME = "receiver-cert.pem"
KEY_NAME = "receiver-key.pem"
VALID_DAYS = 3650


@dataclass(frozen=True)
class Certificate:
    cert_file: Path
    key_file: Path
    fingerprint: str  # SHA-256 of the DER certificate, hex


def _fingerprint(pem: bytes) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def load_or_make(folder: Path) -> Certificate:
    """This installation's certificate in `folder`, made on first use (or again when its
    files are damaged or it has expired)."""
    cert_file, key_file = folder / CERT_NAME, folder / KEY_NAME
    try:
        pem = cert_file.read_bytes()
        if key_file.stat().st_size and _still_valid(pem):
            return Certificate(cert_file, key_file, _fingerprint(pem))
    except (OSError, ValueError):
        pass
    return _make(folder)


def _still_valid(pem: bytes) -> bool:
    from cryptography import x509

    ends = x509.load_pem_x509_certificate(pem).not_valid_after_utc
    return ends - dt.datetime.now(dt.UTC) > dt.timedelta(days=30)


def _make(folder: Path) -> Certificate:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Scar Diary")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        .sign(key, hashes.SHA256())
    )
    key_file = folder / KEY_NAME
    descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:  # the private key: readable by the user only
        handle.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_file = folder / CERT_NAME
    cert_file.write_bytes(pem)
    return Certificate(cert_file, key_file, _fingerprint(pem))
