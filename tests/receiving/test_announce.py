"""Being found: the multicast announcement when receiving starts, and the answer to a phone
that announces itself (on a free port of this machine's multicast group, not LocalSend's)."""

from __future__ import annotations

import json
import socket
import struct
from collections.abc import Iterator

import pytest

from scar_diary.receiving.announce import GROUP, Announcer


@pytest.fixture
def group() -> Iterator[tuple[socket.socket, int]]:
    """A listener in the multicast group, on a port no one else uses."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("", 0))
    membership = struct.pack("4sl", socket.inet_aton(GROUP), socket.INADDR_ANY)
    listener.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
    listener.settimeout(5)
    yield listener, listener.getsockname()[1]
    listener.close()


def _heard(listener: socket.socket) -> dict[str, object]:
    data, _ = listener.recvfrom(4096)
    heard = json.loads(data)
    assert isinstance(heard, dict)
    return heard


def test_announced_when_receiving_starts_and_answers_a_phone(
    group: tuple[socket.socket, int],
) -> None:
    listener, port = group
    announcer = Announcer({"alias": "Scar Diary", "fingerprint": "ours"}, port=port)
    try:
        assert announcer.start()
        assert _heard(listener) == {"alias": "Scar Diary", "fingerprint": "ours", "announce": True}
        phone = {"alias": "Pixel", "fingerprint": "theirs", "announce": True}
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            sender.sendto(json.dumps(phone).encode(), (GROUP, port))
        assert _heard(listener) == phone
        answer = _heard(listener)
        assert answer == {"alias": "Scar Diary", "fingerprint": "ours", "announce": False}
    finally:
        announcer.stop()


def test_its_own_announcement_and_noise_get_no_answer(group: tuple[socket.socket, int]) -> None:
    listener, port = group
    announcer = Announcer({"alias": "Scar Diary", "fingerprint": "ours"}, port=port)
    try:
        assert announcer.start()
        _heard(listener)  # its own announcement
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            for noise in (b"not json", b"[1, 2]", json.dumps({"announce": False}).encode()):
                sender.sendto(noise, (GROUP, port))
        for _ in range(3):
            listener.recvfrom(4096)  # the three datagrams sent, and nothing after them
        listener.settimeout(0.5)
        with pytest.raises(TimeoutError):  # no answer to any of them
            listener.recvfrom(4096)
    finally:
        announcer.stop()
