"""Being found: the multicast announcement LocalSend's apps listen for (224.0.0.167, UDP
53317), sent when the receiver opens, and an answer to each phone that announces itself
while it is open. Best effort: a network without multicast (or another LocalSend app holding
the port) leaves the receiver reachable by its address, which the window shows."""

from __future__ import annotations

import json
import socket
import struct
import threading
from typing import Any

from scar_diary.receiving.guards import is_private_peer

GROUP = "224.0.0.167"
PORT = 53317


class Announcer:
    def __init__(self, info: dict[str, Any], *, port: int = PORT) -> None:
        self.info = info
        self.port = port
        self._stopped = threading.Event()
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    def _message(self, announce: bool) -> bytes:
        return json.dumps({**self.info, "announce": announce}).encode()

    def start(self) -> bool:
        """Announce, and answer others; False when this network allows neither."""
        try:
            sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
            sender.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)  # this network only
            with sender:
                sender.sendto(self._message(True), (GROUP, self.port))
        except OSError:
            return False
        try:
            listener = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("", self.port))
            membership = struct.pack("4sl", socket.inet_aton(GROUP), socket.INADDR_ANY)
            listener.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
            listener.settimeout(0.5)
        except OSError:
            return True  # announced; another app answers on this port
        self._socket = listener
        self._thread = threading.Thread(target=self._answer_others, daemon=True)
        self._thread.start()
        return True

    def _answer_others(self) -> None:
        assert self._socket is not None
        while not self._stopped.is_set():
            try:
                data, (address, _port) = self._socket.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                heard = json.loads(data)
            except ValueError:
                continue
            if (
                isinstance(heard, dict)
                and heard.get("announce") is True
                and heard.get("fingerprint") != self.info.get("fingerprint")
                and is_private_peer(address)
            ):
                try:
                    self._socket.sendto(self._message(False), (GROUP, self.port))
                except OSError:
                    continue

    def stop(self) -> None:
        self._stopped.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
        if self._socket is not None:
            self._socket.close()
