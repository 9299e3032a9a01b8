"""The receiving side of LocalSend's protocol v2 (github.com/localsend/protocol): `info`,
`register`, `prepare-upload`, `upload` and `cancel` over HTTPS (HTTP only when allowed), and
the multicast announcement. Only what a phone needs to send photos to this computer.

Every transfer is asked about first (`Events.ask`, answered in the window); one session at
a time (another phone gets 409); an optional PIN (401 when missing or wrong, 429 while
refused); photos of the kinds the diary imports only, within per-file and per-session
limits; private-network peers only (403). A photo's bytes stay in memory and go to
`Events.arrived`, which puts them in the diary's inbox: nothing is written here.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import ssl
import threading
import time
import uuid
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from scar_diary.receiving.certificate import Certificate
from scar_diary.receiving.guards import Guards, is_private_peer
from scar_diary.receiving.offers import (
    BadOffer,
    Offer,
    Refused,
    Sender,
    looks_like_photo,
    read_offers,
    sender_of,
)

PROTOCOL_VERSION = "2.1"
DEFAULT_PORT = 53317
API = "/api/localsend/v2/"
MAX_JSON_BYTES = 1_000_000
CHUNK = 256 * 1024


@dataclass(frozen=True)
class Rules:
    pin: str = ""  # empty: no PIN asked
    max_file_bytes: int = 50 * 1024 * 1024
    max_session_bytes: int = 2 * 1024 * 1024 * 1024
    idle_seconds: float = 600.0  # the server closes after this long without a request
    answer_seconds: float = 120.0  # how long a phone waits for the patient's answer


@dataclass(frozen=True)
class Asked:
    sender: Sender
    offers: tuple[Offer, ...]
    refused: tuple[Refused, ...]


class Events(Protocol):
    """Called on the server's threads; the window moves them to its own thread."""

    def ask(self, asked: Asked, answer: Answer) -> None:
        """Show the request; the window calls `answer.give(accepted file ids)` (empty:
        declined) — or never, and the phone is declined after `Rules.answer_seconds`."""

    def arrived(self, sender: Sender, offer: Offer, data: bytes) -> None: ...

    def session_ended(self, sender: Sender, complete: bool) -> None: ...

    def closed_idle(self) -> None: ...


class Answer:
    def __init__(self) -> None:
        self._done = threading.Event()
        self.accepted: frozenset[str] = frozenset()

    def give(self, accepted: set[str] | frozenset[str]) -> None:
        self.accepted = frozenset(accepted)
        self._done.set()

    def wait(self, seconds: float) -> frozenset[str]:
        return self.accepted if self._done.wait(seconds) else frozenset()


@dataclass
class _Session:
    id: str
    sender: Sender
    offers: dict[str, Offer]
    tokens: dict[str, str]
    received: set[str] = field(default_factory=set)
    busy: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Identity:
    alias: str
    fingerprint: str
    port: int
    protocol: str

    def info(self) -> dict[str, Any]:
        return {
            "alias": self.alias,
            "version": PROTOCOL_VERSION,
            "deviceModel": "Scar Diary",
            "deviceType": "desktop",
            "fingerprint": self.fingerprint,
            "port": self.port,
            "protocol": self.protocol,
            "download": False,
        }


class Receiver:
    """One LocalSend receiver; `start()` listens, `stop()` ends it (and any transfer)."""

    def __init__(
        self,
        alias: str,
        events: Events,
        rules: Rules,
        certificate: Certificate | None,
        *,
        host: str = "0.0.0.0",
        port: int = DEFAULT_PORT,
    ) -> None:
        self.events = events
        self.rules = rules
        self.certificate = certificate
        self.guards = Guards()
        self._lock = threading.Lock()
        self._session: _Session | None = None
        self._asking: str | None = None  # the address whose request the patient is asked
        self._last_request = time.monotonic()
        self._stopped = threading.Event()
        self._server = _Server((host, port), _Handler, self)
        if certificate is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            context.load_cert_chain(certificate.cert_file, certificate.key_file)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        fingerprint = certificate.fingerprint if certificate else secrets.token_hex(16)
        self.identity = Identity(
            alias, fingerprint, self._server.server_address[1], "https" if certificate else "http"
        )
        self._threads: list[threading.Thread] = []

    @property
    def port(self) -> int:
        return self.identity.port

    def start(self) -> None:
        for target in (self._server.serve_forever, self._watch_idle):
            thread = threading.Thread(target=target, name="localsend-receiver", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        if self._stopped.is_set():
            return
        self._stopped.set()
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            self._session = None
        for thread in self._threads:
            thread.join(timeout=5)

    def _watch_idle(self) -> None:
        while not self._stopped.wait(1.0):
            with self._lock:
                idle = time.monotonic() - self._last_request
                transferring = self._session is not None or self._asking is not None
            if idle > self.rules.idle_seconds and not transferring:
                threading.Thread(target=self._close_idle, daemon=True).start()
                return

    def _close_idle(self) -> None:
        self.stop()
        self.events.closed_idle()

    # --- the protocol, called by the handler ------------------------------------------------
    def touched(self) -> None:
        with self._lock:
            self._last_request = time.monotonic()

    def prepare(self, body: Any, address: str, pin: str) -> tuple[int, dict[str, Any] | None]:
        if self.rules.pin:
            if self.guards.pin_locked(address):
                return HTTPStatus.TOO_MANY_REQUESTS, {"message": "Too many wrong PINs"}
            if not secrets.compare_digest(pin.encode(), self.rules.pin.encode()):
                time.sleep(self.guards.wrong_pin(address))
                return HTTPStatus.UNAUTHORIZED, {
                    "message": "PIN required" if not pin else "Invalid PIN"
                }
            self.guards.right_pin(address)
        if not isinstance(body, dict):
            return HTTPStatus.BAD_REQUEST, {"message": "Invalid body"}
        try:
            sender = sender_of(body.get("info"), address)
            offers, refused = read_offers(body.get("files"), self.rules.max_file_bytes)
        except BadOffer as exc:
            return HTTPStatus.BAD_REQUEST, {"message": f"Invalid body: {exc}"}
        if not offers or sum(o.size for o in offers) > self.rules.max_session_bytes:
            return HTTPStatus.FORBIDDEN, {"message": "Rejected: no photos the diary can take"}
        with self._lock:
            if self._session is not None or self._asking is not None:
                return HTTPStatus.CONFLICT, {"message": "Blocked by another session"}
            self._asking = address
        try:
            answer = Answer()
            self.events.ask(Asked(sender, tuple(offers), tuple(refused)), answer)
            accepted = answer.wait(self.rules.answer_seconds)
        finally:
            with self._lock:
                self._asking = None
        chosen = {o.file_id: o for o in offers if o.file_id in accepted}
        if not chosen or self._stopped.is_set():
            return HTTPStatus.FORBIDDEN, {"message": "Rejected"}
        session = _Session(
            uuid.uuid4().hex,
            sender,
            chosen,
            {file_id: secrets.token_urlsafe(24) for file_id in chosen},
        )
        with self._lock:
            if self._session is not None:
                return HTTPStatus.CONFLICT, {"message": "Blocked by another session"}
            self._session = session
        return HTTPStatus.OK, {"sessionId": session.id, "files": session.tokens}

    def claim(self, query: dict[str, str], address: str) -> tuple[_Session, Offer] | int:
        """The session and file an upload is for, or the protocol's status for it."""
        session_id, file_id, token = (query.get(k, "") for k in ("sessionId", "fileId", "token"))
        if not (session_id and file_id and token):
            return HTTPStatus.BAD_REQUEST
        with self._lock:
            session = self._session
            if session is None or session.id != session_id:
                return HTTPStatus.CONFLICT if session is not None else HTTPStatus.FORBIDDEN
            expected = session.tokens.get(file_id)
            if (
                expected is None
                or not secrets.compare_digest(expected, token)
                or address != session.sender.address
                or file_id in session.received
                or file_id in session.busy
            ):
                return HTTPStatus.FORBIDDEN
            session.busy.add(file_id)
            return session, session.offers[file_id]

    def deliver(self, session: _Session, offer: Offer, data: bytes | None) -> int:
        with self._lock:
            session.busy.discard(offer.file_id)
        if data is None:
            return HTTPStatus.BAD_REQUEST
        if not looks_like_photo(data) or (
            offer.sha256 is not None and hashlib.sha256(data).hexdigest() != offer.sha256
        ):
            return HTTPStatus.BAD_REQUEST
        with self._lock:
            if self._session is not session:  # cancelled meanwhile: nothing kept
                return HTTPStatus.CONFLICT
            session.received.add(offer.file_id)
            complete = session.received == set(session.offers)
            if complete:
                self._session = None
        self.events.arrived(session.sender, offer, data)
        if complete:
            self.events.session_ended(session.sender, True)
        return HTTPStatus.OK

    def cancel(self, session_id: str, address: str) -> int:
        with self._lock:
            session = self._session
            if session is None or session.sender.address != address:
                return HTTPStatus.OK if session is None else HTTPStatus.FORBIDDEN
            if session_id and session_id != session.id:
                return HTTPStatus.FORBIDDEN
            self._session = None
        self.events.session_ended(session.sender, False)
        return HTTPStatus.OK


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 16

    def __init__(self, address: tuple[str, int], handler: type, receiver: Receiver) -> None:
        self.receiver = receiver
        super().__init__(address, handler)

    def verify_request(self, request: Any, client_address: Any) -> bool:
        return is_private_peer(str(client_address[0]))

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A phone that hangs up mid-transfer or a failed TLS handshake is not our error."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = 30  # a stalled sender does not hold a thread for ever
    server_version = "ScarDiary"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        """Nothing of a transfer is logged: names of photos are health data."""

    @property
    def receiver(self) -> Receiver:
        return self.server.receiver

    def _answer(self, status: int, body: dict[str, Any] | None = None) -> None:
        payload = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        if status >= 400:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(payload)

    def _route(self) -> tuple[str, dict[str, str]] | None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        for prefix in (API, "/api/localsend/v1/"):
            if parts.path.startswith(prefix):
                return parts.path[len(prefix) :], query
        return None

    def _admitted(self) -> bool:
        self.receiver.touched()
        if not self.receiver.guards.allow_request(self.client_address[0]):
            self._skip_body()
            self._answer(HTTPStatus.TOO_MANY_REQUESTS, {"message": "Too many requests"})
            return False
        return True

    def _skip_body(self) -> None:
        self.close_connection = True

    def _json_body(self) -> Any:
        length = self._length()
        if length is None or length > MAX_JSON_BYTES:
            return None
        try:
            return json.loads(self.rfile.read(length) or b"null")
        except (ValueError, UnicodeDecodeError):
            return None

    def _length(self) -> int | None:
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            return None
        return length if length >= 0 else None

    def do_GET(self) -> None:
        if not self._admitted():
            return
        route = self._route()
        if route is not None and route[0] == "info":
            self._answer(HTTPStatus.OK, self.receiver.identity.info())
        else:
            self._answer(HTTPStatus.NOT_FOUND, {"message": "Not found"})

    def do_POST(self) -> None:
        if not self._admitted():
            return
        route = self._route()
        name, query = route if route is not None else ("", {})
        address = self.client_address[0]
        if name == "register":
            self._json_body()
            self._answer(HTTPStatus.OK, self.receiver.identity.info())
        elif name == "prepare-upload":
            body = self._json_body()
            status, answer = self.receiver.prepare(body, address, query.get("pin", ""))
            self._answer(status, answer)
        elif name == "upload":
            self._upload(query, address)
        elif name == "cancel":
            self._answer(self.receiver.cancel(query.get("sessionId", ""), address))
        else:
            self._skip_body()
            self._answer(HTTPStatus.NOT_FOUND, {"message": "Not found"})

    def _upload(self, query: dict[str, str], address: str) -> None:
        claimed = self.receiver.claim(query, address)
        if isinstance(claimed, int):
            self._skip_body()
            self._answer(claimed, {"message": HTTPStatus(claimed).phrase})
            return
        session, offer = claimed
        length = self._length()
        data: bytes | None = None
        if length is not None and 0 < length <= offer.size:
            buffer = bytearray()
            while len(buffer) < length:
                chunk = self.rfile.read(min(CHUNK, length - len(buffer)))
                if not chunk:
                    break
                buffer.extend(chunk)
            data = bytes(buffer) if len(buffer) == length else None
        else:
            self._skip_body()
        status = self.receiver.deliver(session, offer, data)
        self._answer(status, None if status == HTTPStatus.OK else {"message": "Refused"})
