"""The receiver against a LocalSend sender no one here wrote: `localsend-cli` from PyPI (a
real process, over HTTPS on 127.0.0.1), sending JPEG and HEIC photos; then what it meets
when the receiver says no (a PIN, a file too large, a file that is no photo, another phone
busy). Photos that arrive go into a real diary's inbox with their own dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from scar_diary.receiving.localsend import Receiver, Rules
from scar_diary.services.diary import Diary
from tests.images import photo
from tests.receiving.client import Phone, offer
from tests.receiving.conftest import StartReceiver


def _sender_env(home: Path) -> dict[str, str]:
    """The sender's own environment: its certificate under `home`; no CA bundle variables
    (requests would let them override the sender's own "accept a self-signed receiver",
    which is how LocalSend's apps meet each other)."""
    env = {k: v for k, v in os.environ.items() if k not in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")}
    return {**env, "HOME": str(home), "PYTHONWARNINGS": "ignore"}


def send(receiver: Receiver, home: Path, *files: Path) -> tuple[int, list[dict[str, object]]]:
    """Run localsend-cli's `send` and read its JSON events."""
    command = [sys.executable, "-m", "localsend_cli.main", "send", "127.0.0.1"]
    options = ["--port", str(receiver.port), "--json"]
    done = subprocess.run(
        [*command, *map(str, files), *options],
        env=_sender_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    events = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return done.returncode, events


def test_jpeg_and_heic_arrive_whole_and_go_to_the_inbox_with_their_dates(
    start_receiver: StartReceiver, sender_home: Path, tmp_path: Path, diary: Diary
) -> None:
    receiver, recorder = start_receiver()
    jpeg = photo(tmp_path / "IMG_1001.jpg", size=(800, 600), taken="2026:11:20 09:15:00")
    heic = photo(
        tmp_path / "IMG_1002.HEIC", size=(800, 600), format="HEIF", taken="2026:11:21 18:40:00"
    )
    code, events = send(receiver, sender_home, jpeg, heic)
    assert code == 0, events
    assert [e["event"] for e in events if e["event"] == "sent"] == ["sent", "sent"]
    assert recorder.done.wait(10) and recorder.ended == [True]
    asked = recorder.asked[0]
    assert asked.sender.address == "127.0.0.1" and asked.sender.alias.startswith("localsend-cli")
    assert sorted(o.name for o in asked.offers) == ["IMG_1001.jpg", "IMG_1002.HEIC"]
    received = {offer.name: data for _, offer, data in recorder.photos}
    assert received == {"IMG_1001.jpg": jpeg.read_bytes(), "IMG_1002.HEIC": heic.read_bytes()}
    for sender, offered, data in recorder.photos:
        diary.inbox.receive(data, offered.name, sender.alias, offered.modified)
    dates = {p.original_name: p.taken_at.replace(tzinfo=None) for p in diary.inbox.waiting()}
    assert dates == {
        "IMG_1001.jpg": dt.datetime(2026, 11, 20, 9, 15),
        "IMG_1002.HEIC": dt.datetime(2026, 11, 21, 18, 40),
    }


def test_a_receiver_with_a_pin_refuses_a_sender_without_it(
    start_receiver: StartReceiver, sender_home: Path, tmp_path: Path
) -> None:
    receiver, recorder = start_receiver(Rules(pin="4821"))
    code, events = send(receiver, sender_home, photo(tmp_path / "a.jpg"))
    assert code == 1
    assert "HTTP 401" in str(events[-1]["message"])
    assert recorder.asked == [] and recorder.photos == []


def test_an_oversized_photo_is_refused_before_a_byte_is_sent(
    start_receiver: StartReceiver, sender_home: Path, tmp_path: Path
) -> None:
    receiver, recorder = start_receiver(Rules(max_file_bytes=10_000))
    big = photo(tmp_path / "big.png", size=(600, 600), format="PNG", marker=False)
    big.write_bytes(big.read_bytes() + os.urandom(20_000))
    code, events = send(receiver, sender_home, big)
    assert code == 1 and "rejected" in str(events[-1]["message"]).lower()
    assert recorder.asked == [] and recorder.photos == []


def test_a_file_that_is_no_photo_is_refused(
    start_receiver: StartReceiver, sender_home: Path, tmp_path: Path
) -> None:
    receiver, recorder = start_receiver()
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo")
    code, events = send(receiver, sender_home, notes)
    assert code == 1 and "rejected" in str(events[-1]["message"]).lower()
    assert recorder.photos == []


def test_a_second_phone_meets_the_busy_answer(
    start_receiver: StartReceiver, sender_home: Path, tmp_path: Path
) -> None:
    receiver, recorder = start_receiver()
    first = photo(tmp_path / "first.jpg").read_bytes()
    phone = Phone(receiver.port, receiver.identity.fingerprint)
    accepted = phone.prepare(offer("one", first))
    assert accepted.status == 200  # a session open, its photo not sent yet
    code, events = send(receiver, sender_home, photo(tmp_path / "second.jpg"))
    assert code == 1 and "HTTP 409" in str(events[-1]["message"])
    assert len(recorder.asked) == 1 and recorder.photos == []
    token = accepted.body["files"]["one"]
    assert phone.upload(accepted.body["sessionId"], "one", token, first).status == 200
    assert [hashlib.sha256(d).hexdigest() for _, _, d in recorder.photos] == [
        hashlib.sha256(first).hexdigest()
    ]
