"""Each endpoint of the receiver with a sender of our own (tests/receiving/client.py): the
protocol's answers, and nothing kept from any refused request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scar_diary.receiving.guards import PIN_TRIES, REQUESTS_PER_WINDOW, is_private_peer
from scar_diary.receiving.localsend import Rules
from tests.images import photo
from tests.receiving.client import SENDER_INFO, Phone, offer
from tests.receiving.conftest import StartReceiver


@pytest.fixture
def jpeg(tmp_path: Path) -> bytes:
    return photo(tmp_path / "a.jpg", size=(320, 240)).read_bytes()


def test_info_and_register_tell_who_receives(start_receiver: StartReceiver) -> None:
    receiver, _ = start_receiver()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    for reply in (
        phone.call("GET", "info"),
        phone.call("POST", "register", json.dumps(SENDER_INFO).encode()),
    ):
        assert reply.status == 200
        assert reply.body["alias"] == "Scar Diary"
        assert reply.body["fingerprint"] == receiver.identity.fingerprint
        assert reply.body["protocol"] == "https" and reply.body["download"] is False
    assert phone.call("GET", "nothing-here").status == 404


def test_a_whole_transfer_and_then_the_token_is_spent(
    start_receiver: StartReceiver, jpeg: bytes
) -> None:
    receiver, recorder = start_receiver()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    reply = phone.prepare(offer("f1", jpeg, metadata={"modified": "2026-11-20T08:00:00Z"}))
    assert reply.status == 200
    session, token = reply.body["sessionId"], reply.body["files"]["f1"]
    assert phone.upload(session, "f1", token, jpeg).status == 200
    assert recorder.done.wait(5) and recorder.ended == [True]
    ((_, offered, data),) = recorder.photos
    assert data == jpeg and offered.modified is not None and offered.modified.day == 20
    assert phone.upload(session, "f1", token, jpeg).status == 403  # the session is over


def test_upload_answers(start_receiver: StartReceiver, jpeg: bytes) -> None:
    receiver, recorder = start_receiver()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    reply = phone.prepare({**offer("f1", jpeg), **offer("f2", jpeg, name="b.jpg")})
    session, tokens = reply.body["sessionId"], reply.body["files"]
    assert phone.call("POST", "upload", jpeg).status == 400  # no parameters
    assert phone.upload(session, "f1", "not-the-token", jpeg).status == 403
    assert phone.upload("another-session", "f1", tokens["f1"], jpeg).status == 409
    other = Phone(receiver.port, receiver.identity.fingerprint, source="127.0.0.2")
    assert other.upload(session, "f1", tokens["f1"], jpeg).status == 403  # another address
    assert phone.upload(session, "f1", tokens["f1"], b"GIF89a" + jpeg[6:]).status == 400
    assert recorder.photos == []
    assert phone.upload(session, "f1", tokens["f1"], jpeg).status == 200  # still allowed
    assert len(recorder.photos) == 1


def test_a_photo_changed_on_the_way_is_refused(start_receiver: StartReceiver, jpeg: bytes) -> None:
    receiver, recorder = start_receiver()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    reply = phone.prepare(offer("f1", jpeg))
    changed = jpeg[:-10] + bytes(10)
    token = reply.body["files"]["f1"]
    assert phone.upload(reply.body["sessionId"], "f1", token, changed).status == 400
    assert recorder.photos == []


def test_more_bytes_than_offered_are_refused(start_receiver: StartReceiver, jpeg: bytes) -> None:
    receiver, recorder = start_receiver()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    reply = phone.prepare(offer("f1", jpeg[:1000]) | {})
    token = reply.body["files"]["f1"]
    assert phone.upload(reply.body["sessionId"], "f1", token, jpeg).status == 400
    assert recorder.photos == []


def test_cancel_ends_the_session_and_keeps_nothing_more(
    start_receiver: StartReceiver, jpeg: bytes
) -> None:
    receiver, recorder = start_receiver()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    reply = phone.prepare({**offer("f1", jpeg), **offer("f2", jpeg, name="b.jpg")})
    session, tokens = reply.body["sessionId"], reply.body["files"]
    assert phone.upload(session, "f1", tokens["f1"], jpeg).status == 200
    assert phone.call("POST", f"cancel?sessionId={session}").status == 200
    assert recorder.ended == [False]
    assert phone.upload(session, "f2", tokens["f2"], jpeg).status == 403
    assert len(recorder.photos) == 1
    assert phone.prepare(offer("f3", jpeg)).status == 200  # free for the next transfer


@pytest.mark.parametrize(
    "name",
    ["../../.bashrc.jpg", "DCIM/IMG_1.jpg", "C:\\Users\\x.jpg", "..", "a\x00.jpg", "/etc/a.jpg"],
)
def test_a_path_as_a_file_name_is_an_invalid_body(
    start_receiver: StartReceiver, jpeg: bytes, name: str
) -> None:
    receiver, recorder = start_receiver()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    assert phone.prepare(offer("f1", jpeg, name=name)).status == 400
    assert recorder.asked == []


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"[]", b'{"info": {}, "files": {}}', b'{"files": {"a": 1}}'],
)
def test_a_malformed_request_is_an_invalid_body(start_receiver: StartReceiver, body: bytes) -> None:
    receiver, recorder = start_receiver()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    assert phone.call("POST", "prepare-upload", body).status == 400
    assert recorder.asked == []


def test_a_declined_transfer_is_rejected(start_receiver: StartReceiver, jpeg: bytes) -> None:
    receiver, recorder = start_receiver(decision="decline")
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    assert phone.prepare(offer("f1", jpeg)).status == 403
    assert len(recorder.asked) == 1 and recorder.photos == []


def test_only_photos_are_offered_to_the_patient(start_receiver: StartReceiver, jpeg: bytes) -> None:
    receiver, recorder = start_receiver()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    files = {**offer("f1", jpeg), **offer("f2", b"#!/bin/sh", name="run.sh")}
    files["f2"]["fileType"] = "text/x-shellscript"
    reply = phone.prepare(files)
    assert reply.status == 200 and set(reply.body["files"]) == {"f1"}
    asked = recorder.asked[0]
    assert [o.name for o in asked.offers] == ["IMG_0001.jpg"]
    assert [(r.name, r.reason) for r in asked.refused] == [("run.sh", "type")]


def test_the_pin_wrong_then_refused_for_a_while(start_receiver: StartReceiver, jpeg: bytes) -> None:
    receiver, recorder = start_receiver(Rules(pin="4821"))
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    assert phone.prepare(offer("f1", jpeg)).status == 401  # no PIN
    for _ in range(PIN_TRIES - 1):
        assert phone.prepare(offer("f1", jpeg), pin="0000").status == 401
    assert phone.prepare(offer("f1", jpeg), pin="4821").status == 429  # even the right one
    assert recorder.asked == []
    other = Phone(receiver.port, receiver.identity.fingerprint, source="127.0.0.3")
    assert other.prepare(offer("f1", jpeg), pin="4821").status == 200


def test_a_flood_of_requests_is_slowed_down(start_receiver: StartReceiver) -> None:
    receiver, _ = start_receiver()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    answers = [phone.call("GET", "info").status for _ in range(REQUESTS_PER_WINDOW + 5)]
    assert answers[:REQUESTS_PER_WINDOW] == [200] * REQUESTS_PER_WINDOW
    assert set(answers[REQUESTS_PER_WINDOW:]) == {429}
    other = Phone(receiver.port, receiver.identity.fingerprint, source="127.0.0.4")
    assert other.call("GET", "info").status == 200  # the others are not punished


def test_the_patient_is_asked_once_while_another_phone_waits(
    start_receiver: StartReceiver, jpeg: bytes
) -> None:
    receiver, recorder = start_receiver(decision="hold")
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    import threading

    replies = []
    waiting = threading.Thread(target=lambda: replies.append(phone.prepare(offer("f1", jpeg))))
    waiting.start()
    assert recorder.is_asked.wait(5)
    other = Phone(receiver.port, receiver.identity.fingerprint, source="127.0.0.5")
    assert other.prepare(offer("f9", jpeg)).status == 409
    recorder.held[0].give({"f1"})
    waiting.join(10)
    assert replies[0].status == 200


def test_plain_http_when_allowed(start_receiver: StartReceiver, jpeg: bytes) -> None:
    receiver, recorder = start_receiver(https=False)
    assert receiver.identity.protocol == "http"
    phone = Phone(receiver.port, None)
    reply = phone.prepare(offer("f1", jpeg))
    token = reply.body["files"]["f1"]
    assert phone.upload(reply.body["sessionId"], "f1", token, jpeg).status == 200
    assert len(recorder.photos) == 1


def test_the_receiver_closes_itself_when_idle(start_receiver: StartReceiver) -> None:
    receiver, recorder = start_receiver(Rules(idle_seconds=0.5))
    assert recorder.idle.wait(10)
    with pytest.raises(OSError):
        Phone(receiver.port, receiver.identity.fingerprint).call("GET", "info")


@pytest.mark.parametrize(
    ("address", "private"),
    [
        ("127.0.0.1", True),
        ("192.168.1.20", True),
        ("10.0.0.5", True),
        ("172.16.4.4", True),
        ("169.254.10.1", True),
        ("fe80::1%eth0", True),
        ("fd00::5", True),
        ("::ffff:192.168.1.2", True),
        ("8.8.8.8", False),
        ("2001:4860::8888", False),
        ("::ffff:8.8.8.8", False),
        ("not an address", False),
    ],
)
def test_only_peers_on_a_private_network(address: str, private: bool) -> None:
    assert is_private_peer(address) is private
