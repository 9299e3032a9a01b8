"""Who may talk to the receiver, and how often: peers on a private network only, a limit on
requests per address (a flood gets HTTP 429), and wrong PINs slowed, then refused for a
while (as LocalSend's own receivers do)."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections import deque

REQUESTS_PER_WINDOW = 120
WINDOW_S = 10.0
PIN_TRIES = 3
PIN_LOCKOUT_S = 60.0
PIN_DELAY_S = 0.5  # per wrong PIN so far: guessing is slow even before the lockout


def is_private_peer(address: str) -> bool:
    """A phone on the same home network (or this computer): never an address on the
    internet, which a forwarded port or a misconfigured router could let in."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_link_local or (ip.is_private and not ip.is_reserved)


class Guards:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: dict[str, deque[float]] = {}
        self._wrong_pins: dict[str, int] = {}
        self._locked_until: dict[str, float] = {}

    def allow_request(self, address: str) -> bool:
        """Counts a request; False once the address sent too many in the last seconds."""
        now = time.monotonic()
        with self._lock:
            seen = self._requests.setdefault(address, deque())
            while seen and now - seen[0] > WINDOW_S:
                seen.popleft()
            seen.append(now)
            return len(seen) <= REQUESTS_PER_WINDOW

    def pin_locked(self, address: str) -> bool:
        with self._lock:
            return self._locked_until.get(address, 0.0) > time.monotonic()

    def wrong_pin(self, address: str) -> float:
        """Counts a wrong PIN; the seconds to wait before answering it."""
        with self._lock:
            count = self._wrong_pins.get(address, 0) + 1
            self._wrong_pins[address] = count
            if count >= PIN_TRIES:
                self._locked_until[address] = time.monotonic() + PIN_LOCKOUT_S
                self._wrong_pins[address] = 0
            return PIN_DELAY_S * count

    def right_pin(self, address: str) -> None:
        with self._lock:
            self._wrong_pins.pop(address, None)
