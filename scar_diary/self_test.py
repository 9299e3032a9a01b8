"""`scar-diary --self-test`: prove a built bundle works on this machine without touching
the user's data. It makes the sample diary in a temporary folder, opens it in the main
window (offscreen when there is no screen), renders Today, each page, and a doctor summary
in both languages, encrypts the diary and reads it back (SQLCipher, AES-GCM and Argon2id
all present), and exits 0 — or prints what failed and exits 1."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def run() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    checks: list[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="scar-diary-self-test-") as folder:
            checks += _window(app, Path(folder))
            checks += _summaries(Path(folder))
            checks += _summary_in_its_own_process(Path(folder))
            checks += _suggestions_in_their_own_process(Path(folder))
            checks += _protection(Path(folder))
            checks += _alignment()
    except Exception as exc:  # the point is to report anything at all that breaks
        print(f"self-test: FAILED ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1
    for check in checks:
        print(f"self-test: ok  {check}")
    print("self-test: passed")
    return 0


def _window(app: QApplication, root: Path) -> list[str]:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from scar_diary.services.demo import write_sample
    from scar_diary.ui.main_window import MainWindow
    from scar_diary.ui.preferences import FIRST_RUN_DONE

    today = dt.date.today()
    write_sample(root / "diary", today).close()
    store = QSettings(str(root / "ui.ini"), QSettings.Format.IniFormat)
    FIRST_RUN_DONE.set(store, True)
    window = MainWindow(store, root / "diary", root / "sample", today=lambda: today)
    window.show()
    window.start()
    tick = QTimer()
    tick.start(5)
    deadline = time.monotonic() + 60
    while window.diary is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.monotonic() > deadline:
            raise TimeoutError("the diary did not open within a minute")
    if not window.today_page.cards:
        raise AssertionError("Today shows no cards")
    done = [f"Today ({len(window.today_page.cards)} cards)"]
    for key, holder in window.holders.items():
        window.show_page(holder)
        app.processEvents()
        if window.grab().isNull():
            raise AssertionError(f"the {key} page did not paint")
        done.append(f"the {key} page")
    window.close()
    return done


def _summaries(root: Path) -> list[str]:
    from scar_diary import translations
    from scar_diary.report.content import ReportOptions, gather
    from scar_diary.report.document import write_pdf
    from scar_diary.report.render import render
    from scar_diary.services.diary import Diary

    done = []
    diary = Diary.open(root / "diary")
    try:
        for language in ("en", "nl"):
            from PySide6.QtCore import QCoreApplication

            app = QCoreApplication.instance()
            assert app is not None
            translations.install(app, language)
            out = root / f"summary-{language}.pdf"
            rendered = render(gather(diary, ReportOptions(), dt.date.today()))
            heading = QCoreApplication.translate("Report", "Progress")
            if heading not in rendered.html or (language == "nl") != (heading == "Voortgang"):
                raise AssertionError(f"the {language} summary is not in {language}")
            write_pdf(rendered, out, "A4")
            if out.stat().st_size < 10_000:
                raise AssertionError(f"the {language} summary is too small to be right")
            done.append(f"a doctor summary in {language} ({out.stat().st_size // 1024} KB)")
    finally:
        diary.close()
    return done


def _summary_in_its_own_process(root: Path) -> list[str]:
    """The window builds its summary in a child process of the app (`--report-child`): the
    bundle starts itself in that role and gets a summary with its charts back."""
    import pickle
    import subprocess

    from PySide6.QtCore import QLocale

    from scar_diary.report.child import Answer, Request
    from scar_diary.report.content import ReportOptions
    from scar_diary.ui.child_process import child_command

    program, arguments = child_command("--report-child")
    request = Request(root / "diary", ReportOptions(), dt.date.today(), QLocale().name())
    done = subprocess.run(
        [program, *arguments],
        input=pickle.dumps(request),
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    answer = pickle.loads(done.stdout) if done.stdout else None
    if not isinstance(answer, Answer) or answer.problem or not answer.charts:
        raise AssertionError(
            f"the summary's own process: {answer.problem if answer else done.stderr[-300:]!r}"
        )
    return [f"a summary built in its own process ({len(answer.charts)} vector charts)"]


def _suggestions_in_their_own_process(root: Path) -> list[str]:
    """The inbox's suggestions come from a child process of the app (`--match-child`): a
    scar's photo, turned and moved as the next phone photo is, is found to be that scar's."""
    import io
    import pickle
    import subprocess

    from PIL import Image

    from scar_diary.services.diary import Diary
    from scar_diary.services.inbox import InboxPhoto
    from scar_diary.services.match_child import MatchRequest, read_frames
    from scar_diary.ui.child_process import child_command

    diary = Diary.open(root / "diary")
    try:
        scar_id, (newest, _) = next(iter(diary.photos.latest().items()))
        picture = Image.open(io.BytesIO(diary.photos.read(newest))).convert("RGB")
        later = io.BytesIO()
        picture.rotate(7, translate=(15, -10)).save(later, "JPEG", quality=90)
        waiting = diary.inbox.receive(later.getvalue(), "self-test.jpg", "self-test")
        if not isinstance(waiting, InboxPhoto):
            raise AssertionError(f"a photo for the inbox was not kept: {waiting!r}")
        inbox_id = waiting.id
    finally:
        diary.close()
    program, arguments = child_command("--match-child")
    done = subprocess.run(
        [program, *arguments],
        input=pickle.dumps(MatchRequest(root / "diary", (inbox_id,))),
        capture_output=True,
        timeout=120,
        check=False,
    )
    found = read_frames(bytearray(done.stdout))
    if [(i, s.scar_id) for i, s in found] != [(inbox_id, scar_id)]:
        raise AssertionError(f"the suggestions' own process: {found!r} {done.stderr[-300:]!r}")
    return [f"a suggested scar from its own process ({round(found[0][1].confidence * 100)} %)"]


def _alignment() -> list[str]:
    """OpenCV loads and lines a turned, moved copy of a speckled picture up with it."""
    import numpy as np
    from PIL import Image, ImageFilter

    from scar_diary.alignment import Tier
    from scar_diary.alignment.method import align_arrays

    speckles = np.random.default_rng(7).integers(0, 256, (900, 1200), dtype=np.uint8)
    reference = Image.fromarray(speckles).filter(ImageFilter.GaussianBlur(1.5))
    later = reference.rotate(9, resample=Image.Resampling.BICUBIC, translate=(25, -15))
    found = align_arrays(reference, later.crop((60, 60, 1140, 840)))
    if found.result is not Tier.ALIGNED:
        raise AssertionError(f"automatic alignment: {found.result} ({found.reason})")
    return [f"automatic alignment ({found.method} {found.version})"]


def _protection(root: Path) -> list[str]:
    from scar_diary.services import protection
    from scar_diary.services.diary import Diary
    from scar_diary.storage import keyring

    folder = root / "diary"
    protection.protect(folder, "self-test passphrase")
    keyring.forget(folder)
    protection.unlock(folder, "self-test passphrase")
    diary = Diary.open(folder)
    try:
        scars = diary.scars.all()
        photo = next(p for s in scars for p in diary.photos.for_scar(s.id))
        if hashlib.sha256(diary.photos.read(photo)).hexdigest() != photo.sha256:
            raise AssertionError("an encrypted photo did not read back as it was")
    finally:
        diary.close()
    from scar_diary.ui.protection.session_watch import SessionWatch

    SessionWatch()  # QtDBus is in the bundle: a protected diary's window locks with the screen
    return [
        f"the diary encrypted and read back ({len(scars)} scars)",
        "locking with the screen (QtDBus) present",
    ]
