"""The doctor summary built in a process of its own (`scar-diary --report-child`): the window
stays free while photos are decoded and charts drawn — in a thread of the window's own
process those held Python's interpreter lock, and the window with it, for up to ~100 ms.

The window writes one request to the child's standard input, an inherited pipe — the only
way a protected diary's key travels (never a file, an argument or the environment) — and
reads one answer from its standard output: the rendered summary (its HTML, its pictures as
raw pixels, its charts as SVG) for a preview or a print, or word that the PDF was written.
Both are pickles between the app and itself."""

from __future__ import annotations

import datetime as dt
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from scar_diary.report.content import ReportOptions


@dataclass(frozen=True)
class Request:
    data_dir: Path
    options: ReportOptions
    today: dt.date
    language: str  # the window's, so the summary speaks it too
    key: bytes | None = None  # a protected diary's data key (unlocked in the window)
    pdf: Path | None = None  # write the PDF here (atomically); None: send the rendering


@dataclass(frozen=True)
class Picture:
    width: int
    height: int
    bytes_per_line: int
    format: int  # QImage.Format's value
    pixels: bytes


@dataclass(frozen=True)
class Answer:
    html: str = ""
    pictures: dict[str, Picture] | None = None
    charts: dict[str, bytes] | None = None
    written: bool = False
    problem: str = ""  # a sentence for the user: nothing was made


def serve(requests: BinaryIO | None = None, answers: BinaryIO | None = None) -> int:
    """The child's side: one request in, one answer out."""
    inbox = requests or sys.stdin.buffer
    outbox = answers or sys.stdout.buffer
    request: Request = pickle.load(inbox)
    answer = _answer(request)
    pickle.dump(answer, outbox, protocol=pickle.HIGHEST_PROTOCOL)
    outbox.flush()
    return 0 if not answer.problem else 2


def _answer(request: Request) -> Answer:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from scar_diary import translations

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    translations.install(app, request.language)
    try:
        return _build(request)
    except Exception as error:  # said as the window would say it; a bug is logged
        from scar_diary.diagnostics import record, start_logging
        from scar_diary.services.errors import InvalidInput
        from scar_diary.wording.error_messages import user_message

        words = str(error) if isinstance(error, InvalidInput) else user_message(error)
        if words is None:
            start_logging(request.data_dir)
            record(error, "building the summary in its own process")
            words = f"something unexpected went wrong ({type(error).__name__})"
        return Answer(problem=words)


def _build(request: Request) -> Answer:
    from scar_diary.report.content import gather
    from scar_diary.report.document import write_pdf
    from scar_diary.report.render import render
    from scar_diary.services.diary import Diary
    from scar_diary.storage import keyring
    from scar_diary.storage.crypto import Cipher

    if request.key is not None:
        keyring.remember(request.data_dir, Cipher(request.key))
    diary = Diary.open(request.data_dir)
    try:
        rendered = render(gather(diary, request.options, request.today))
    finally:
        diary.close()
    if request.pdf is not None:
        write_pdf(rendered, request.pdf, request.options.paper)
        return Answer(written=True)
    pictures = {
        name: Picture(
            image.width(),
            image.height(),
            image.bytesPerLine(),
            image.format().value,
            bytes(image.constBits()),
        )
        for name, image in rendered.images.items()
    }
    return Answer(html=rendered.html, pictures=pictures, charts=dict(rendered.charts))
