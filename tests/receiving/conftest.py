"""A real receiver on 127.0.0.1 (a free port) with events a test can answer."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from scar_diary.receiving.certificate import Certificate, load_or_make
from scar_diary.receiving.localsend import Answer, Asked, Receiver, Rules
from scar_diary.receiving.offers import Offer, Sender


@dataclass
class Recorder:
    """The window's part, answered as the test says: accept everything offered, decline, or
    hold the question for the test to answer."""

    decision: str = "accept"  # "accept", "decline", "hold"
    asked: list[Asked] = field(default_factory=list)
    photos: list[tuple[Sender, Offer, bytes]] = field(default_factory=list)
    ended: list[bool] = field(default_factory=list)
    held: list[Answer] = field(default_factory=list)
    is_asked: threading.Event = field(default_factory=threading.Event)
    idle: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)

    def ask(self, asked: Asked, answer: Answer) -> None:
        self.asked.append(asked)
        if self.decision == "accept":
            answer.give({o.file_id for o in asked.offers})
        elif self.decision == "decline":
            answer.give(set())
        else:
            self.held.append(answer)
        self.is_asked.set()

    def arrived(self, sender: Sender, offer: Offer, data: bytes) -> None:
        self.photos.append((sender, offer, data))

    def session_ended(self, sender: Sender, complete: bool) -> None:
        self.ended.append(complete)
        self.done.set()

    def closed_idle(self) -> None:
        self.idle.set()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return load_or_make(tmp_path_factory.mktemp("receiver"))


StartReceiver = Callable[..., tuple[Receiver, Recorder]]


@pytest.fixture
def start_receiver(certificate: Certificate) -> Iterator[StartReceiver]:
    started: list[Receiver] = []

    def start(
        rules: Rules | None = None, *, decision: str = "accept", https: bool = True
    ) -> tuple[Receiver, Recorder]:
        recorder = Recorder(decision)
        receiver = Receiver(
            "Scar Diary",
            recorder,
            rules or Rules(),
            certificate if https else None,
            host="127.0.0.1",
            port=0,
        )
        receiver.start()
        started.append(receiver)
        return receiver, recorder

    yield start
    for receiver in started:
        receiver.stop()


@pytest.fixture
def sender_home(tmp_path: Path) -> Path:
    """localsend-cli keeps its own certificate under $HOME."""
    home = tmp_path / "phone-home"
    home.mkdir()
    return home
