"""A small LocalSend sender for the tests' own cases (the conformance cases use a sender no
one here wrote): HTTPS with the receiver's certificate pinned by its fingerprint, as
LocalSend's apps do, and any source address on the loopback network."""

from __future__ import annotations

import hashlib
import http.client
import json
import ssl
from dataclasses import dataclass
from typing import Any

SENDER_INFO = {
    "alias": "Test Phone",
    "version": "2.1",
    "deviceModel": "Pixel",
    "deviceType": "mobile",
    "fingerprint": "test-phone",
    "port": 53317,
    "protocol": "https",
    "download": False,
}


@dataclass
class Reply:
    status: int
    body: Any


class Phone:
    def __init__(self, port: int, fingerprint: str | None, source: str = "127.0.0.1") -> None:
        self.port, self.fingerprint, self.source = port, fingerprint, source

    def call(self, method: str, path: str, body: bytes | None = None) -> Reply:
        if self.fingerprint is None:
            conn: http.client.HTTPConnection = http.client.HTTPConnection(
                "127.0.0.1", self.port, timeout=30, source_address=(self.source, 0)
            )
        else:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE  # self-signed: pinned by fingerprint below
            conn = http.client.HTTPSConnection(
                "127.0.0.1", self.port, timeout=30, context=context, source_address=(self.source, 0)
            )
        try:
            conn.request(method, "/api/localsend/v2/" + path, body=body)
            if self.fingerprint is not None:
                sock = conn.sock
                assert isinstance(sock, ssl.SSLSocket)
                der = sock.getpeercert(binary_form=True)
                assert der is not None
                assert hashlib.sha256(der).hexdigest() == self.fingerprint
            response = conn.getresponse()
            raw = response.read()
            try:
                parsed = json.loads(raw) if raw else None
            except ValueError:
                parsed = raw
            return Reply(response.status, parsed)
        finally:
            conn.close()

    def prepare(self, files: dict[str, Any], pin: str = "") -> Reply:
        body = json.dumps({"info": SENDER_INFO, "files": files}).encode()
        return self.call("POST", "prepare-upload" + (f"?pin={pin}" if pin else ""), body)

    def upload(self, session: str, file_id: str, token: str, data: bytes) -> Reply:
        return self.call("POST", f"upload?sessionId={session}&fileId={file_id}&token={token}", data)


def offer(file_id: str, data: bytes, name: str = "IMG_0001.jpg", **extra: Any) -> dict[str, Any]:
    return {
        file_id: {
            "id": file_id,
            "fileName": name,
            "size": len(data),
            "fileType": "image/jpeg",
            "sha256": hashlib.sha256(data).hexdigest(),
            **extra,
        }
    }
