"""Photos from the phone in the real window: the Receive from Phone window asks the patient
about each transfer (a sender on 127.0.0.1 sends real photos), they wait in the Inbox with
suggested scars, "Add" gives each its scar (and lines it up with the scar's photo before),
Discard asks first, the Today page says photos are waiting, and the watched folder fills
the inbox without changing the folder."""

from __future__ import annotations

import datetime as dt
import io
import threading
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.diary import Diary
from scar_diary.ui.inbox.page import InboxPage
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.preferences import RECEIVER_PIN, WATCHED_FOLDER
from tests.images import next_photo_of, photo
from tests.receiving.client import Phone, Reply, offer
from tests.ui.conftest import SETTLE_MS, MakeWindow

WAIT_MS = 30_000


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()


def _scars_with_a_photo(diary: Diary, tmp_path: Path) -> dict[int, bytes]:
    """Two scars, each with a photo of its own skin (the sample's photo maker)."""
    from scar_diary.services.demo_photos import scar_photo

    made = {}
    for index, label in enumerate(("Cheek", "Temple")):
        scar = diary.scars.add(label, FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
        data = scar_photo(5, dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC), index, skin_seed=index + 1)
        path = tmp_path / f"{label}.jpg"
        path.write_bytes(data)
        diary.photos.import_files(scar, [path])
        made[scar] = data
    return made


def _inbox(window: MainWindow) -> InboxPage:
    window.show_page(window.holders["inbox"])
    page = window.page("inbox")
    assert isinstance(page, InboxPage)
    return page


def _message_box(window: MainWindow) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_photos_wait_with_suggestions_and_go_to_their_scars(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    diary = window.diary
    assert diary is not None
    scars = _scars_with_a_photo(diary, tmp_path)
    (cheek, cheek_photo), (temple, temple_photo) = scars.items()
    for name, data in (
        ("IMG_1.jpg", next_photo_of(cheek_photo, 6, 12, 1.15)),
        ("IMG_2.jpg", next_photo_of(temple_photo, -5, 12, 0.85)),
    ):
        diary.inbox.receive(data, name, "Pixel 8", dt.datetime(2026, 11, 24, tzinfo=dt.UTC))
    noise = io.BytesIO()
    Image.effect_noise((640, 480), 60).convert("RGB").save(noise, "JPEG")
    diary.inbox.receive(noise.getvalue(), "IMG_3.jpg", "Pixel 8")
    window.refresh()
    inbox_row = window.nav.item(list(window.holders).index("inbox") + 1)
    assert inbox_row.text() == "Inbox (3)"

    page = _inbox(window)
    qtbot.waitUntil(lambda: len(page.suggestions) == 3, timeout=WAIT_MS)
    by_name = {p.original_name: p.id for p in page.photos}
    assert page.suggestions[by_name["IMG_1.jpg"]].scar_id == cheek
    assert page.suggestions[by_name["IMG_2.jpg"]].scar_id == temple
    assert page.suggestions[by_name["IMG_3.jpg"]].scar_id is None
    assert page.chosen() == {by_name["IMG_1.jpg"]: cheek, by_name["IMG_2.jpg"]: temple}
    assert page.add_button.text() == "&Add 2 Photos to Their Scars"

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert not page.add_button.isEnabled()  # written on the diary lane meanwhile
    qtbot.waitUntil(lambda: len(page.photos) == 1, timeout=WAIT_MS)
    assert [p.original_name for p in page.photos] == ["IMG_3.jpg"]  # chosen by nobody yet
    assert inbox_row.text() == "Inbox (1)"
    assert [p.original_name for p in diary.photos.for_scar(cheek)][-1] == "IMG_1.jpg"
    assert [p.original_name for p in diary.photos.for_scar(temple)][-1] == "IMG_2.jpg"
    qtbot.waitUntil(lambda: not page.alignments, timeout=WAIT_MS)  # lined up meanwhile
    first, added = diary.photos.for_scar(cheek)
    assert diary.photos.alignment(first.id, added.id) is not None


def test_discard_asks_first_and_leaves_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    diary = window.diary
    assert diary is not None
    waiting = diary.inbox.receive(
        photo(tmp_path / "a.jpg", size=(640, 480)).read_bytes(), "a.jpg", "phone"
    )
    window.refresh()
    page = _inbox(window)
    row = page.list.topLevelItem(0)
    assert row is not None
    row.setSelected(True)
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    box = _message_box(window)
    assert box.text() == "Discard 1 photo from the inbox?"
    next(b for b in box.buttons() if b.text() == "Discard Photo").click()
    assert diary.inbox.count() == 0 and page.photos == []
    assert page.empty.isVisible()
    assert not (diary.db.data_dir / waiting.relative_path).exists()  # type: ignore[union-attr]


def test_today_says_photos_are_waiting_and_opens_the_inbox(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    diary = window.diary
    assert diary is not None
    diary.scars.add("Cheek", FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    diary.series.start(dt.date(2026, 11, 1))
    diary.inbox.receive(photo(tmp_path / "a.jpg", size=(640, 480)).read_bytes(), "a.jpg", "p")
    window.refresh()
    card = window.today_page.card("inbox")
    assert card is not None
    assert "1 photo from your phone is waiting for its scar." in card.texts()
    button = card.button("open_inbox")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.holders["inbox"]


def _send_in_background(
    phone: Phone, files: dict[str, object]
) -> tuple[threading.Thread, list[Reply]]:
    replies: list[Reply] = []
    thread = threading.Thread(target=lambda: replies.append(phone.prepare(files)))
    thread.start()
    return thread, replies


def test_a_phone_sends_after_the_patient_accepts(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    receive = window.intake.open_receiver()
    assert receive is not None and receive.listening
    assert receive.receiver is not None
    phone = Phone(receive.receiver.port, receive.receiver.identity.fingerprint)
    data = photo(tmp_path / "IMG_9.jpg", size=(640, 480), taken="2026:11:22 08:30:00").read_bytes()
    thread, replies = _send_in_background(phone, offer("f1", data, name="IMG_9.jpg"))
    qtbot.waitUntil(receive.request.isVisible, timeout=WAIT_MS)
    assert "wants to send 1 photo" in receive.request_text.text()
    qtbot.mouseClick(receive.accept_button, Qt.MouseButton.LeftButton)
    thread.join(10)
    session, token = replies[0].body["sessionId"], replies[0].body["files"]["f1"]
    result: list[Reply] = []
    upload = threading.Thread(
        target=lambda: result.append(phone.upload(session, "f1", token, data))
    )
    upload.start()
    diary = window.diary
    assert diary is not None
    qtbot.waitUntil(lambda: diary.inbox.count() == 1, timeout=WAIT_MS)
    upload.join(10)
    assert result[0].status == 200
    (waiting,) = diary.inbox.waiting()
    assert waiting.taken_at.replace(tzinfo=None) == dt.datetime(2026, 11, 22, 8, 30)
    assert waiting.source == "Test Phone"
    qtbot.waitUntil(lambda: receive.received.count() == 1, timeout=WAIT_MS)
    assert receive.received.item(0).text() == "IMG_9.jpg: in the inbox"
    port, fingerprint = receive.receiver.port, receive.receiver.identity.fingerprint
    receive.close()  # closing the window stops receiving
    assert window.intake.receiver is None
    qtbot.waitUntil(lambda: _refused(port, fingerprint), timeout=WAIT_MS)


def _refused(port: int, fingerprint: str) -> bool:
    try:
        Phone(port, fingerprint).call("GET", "info")
    except OSError:
        return True
    return False


def test_a_declined_phone_sends_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    receive = window.intake.open_receiver()
    assert receive is not None and receive.receiver is not None
    phone = Phone(receive.receiver.port, receive.receiver.identity.fingerprint)
    data = photo(tmp_path / "x.jpg", size=(640, 480)).read_bytes()
    thread, replies = _send_in_background(phone, offer("f1", data))
    qtbot.waitUntil(receive.request.isVisible, timeout=WAIT_MS)
    qtbot.mouseClick(receive.decline_button, Qt.MouseButton.LeftButton)
    thread.join(10)
    assert replies[0].status == 403
    assert window.diary is not None and window.diary.inbox.count() == 0
    receive.close()


def test_the_pin_from_settings_is_asked(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, ui_settings: QSettings
) -> None:
    RECEIVER_PIN.set(ui_settings, "4821")
    receive = window.intake.open_receiver()
    assert receive is not None and receive.receiver is not None
    assert receive.pin_label.text() == "4821"
    phone = Phone(receive.receiver.port, receive.receiver.identity.fingerprint)
    data = photo(tmp_path / "x.jpg", size=(640, 480)).read_bytes()
    assert phone.prepare(offer("f1", data)).status == 401
    assert not receive.request.isVisible()
    receive.close()


def test_locking_or_closing_the_diary_stops_receiving(window: MainWindow, qtbot: QtBot) -> None:
    receive = window.intake.open_receiver()
    assert receive is not None and receive.listening
    with qtbot.waitSignal(window.controller.settled, timeout=SETTLE_MS):
        window.open_sample()
    assert window.intake.receiver is None


def test_the_watched_folder_fills_the_inbox_and_stays_as_it_was(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, ui_settings: QSettings
) -> None:
    folder = tmp_path / "Syncthing" / "Camera"
    folder.mkdir(parents=True)
    photo(folder / "IMG_20261124.jpg", size=(640, 480), taken="2026:11:24 10:00:00")
    window.show_page(window.settings_holder)
    settings = window.page("settings")
    settings.phone.set_folder(str(folder))
    assert WATCHED_FOLDER.get(ui_settings) == str(folder)
    diary = window.diary
    assert diary is not None
    qtbot.waitUntil(lambda: diary.inbox.count() == 1, timeout=WAIT_MS)
    assert diary.inbox.waiting()[0].source == "Camera"
    assert [p.name for p in folder.iterdir()] == ["IMG_20261124.jpg"]  # never changed
    settings.phone.set_folder("")
    assert window.intake.folder.watch is None


def test_a_broken_photo_in_the_watched_folder_is_named_and_not_kept(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "Camera"
    folder.mkdir()
    (folder / "IMG_broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a whole photo")
    window.show_page(window.settings_holder)
    window.page("settings").phone.set_folder(str(folder))
    qtbot.waitUntil(
        lambda: "IMG_broken.jpg" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    assert "was not put in the inbox" in window.statusBar().currentMessage()
    assert window.diary is not None and window.diary.inbox.count() == 0
    assert (folder / "IMG_broken.jpg").is_file()


def test_the_phone_settings_keep_what_is_typed(
    window: MainWindow, qtbot: QtBot, ui_settings: QSettings
) -> None:
    window.show_page(window.settings_holder)
    phone = window.page("settings").phone
    qtbot.keyClicks(phone.pin, "4821")
    qtbot.keyClicks(phone.pin, "!")  # not a PIN character: refused as typed
    assert RECEIVER_PIN.get(ui_settings) == "4821"  # saved without leaving the field


def test_a_protected_diarys_watched_folder_is_remembered_by_keyed_hashes(
    make_window: MakeWindow, own_dir: Path, qtbot: QtBot, tmp_path: Path, ui_settings: QSettings
) -> None:
    """What the settings file keeps of the photos taken (their place, size, time and
    content hash) names nothing a copy of the photo, or its name, would find."""
    import hashlib

    from scar_diary.services import protection
    from scar_diary.ui.preferences import WATCHED_SEEN

    Diary.open(own_dir).close()
    protection.protect(own_dir, "tangerine lighthouse")
    folder = tmp_path / "Camera"
    folder.mkdir()
    taken = photo(folder / "IMG_20261124.jpg", size=(320, 240), taken="2026:11:24 10:00:00")
    window = make_window()
    window.show_page(window.settings_holder)
    window.page("settings").phone.set_folder(str(folder))
    diary = window.diary
    assert diary is not None and diary.db.cipher is not None
    qtbot.waitUntil(lambda: diary.inbox.count() == 1, timeout=WAIT_MS)
    remembered = "\n".join(WATCHED_SEEN.get(ui_settings))
    assert remembered.count("k:") == 1 and remembered.count("h:") == 1
    assert hashlib.sha256(taken.read_bytes()).hexdigest() not in remembered
    assert "IMG_20261124" not in remembered
    window.close()
    again = make_window()  # the next start: what was taken is known by its keyed hashes
    watcher = again.intake.folder
    watch = watcher.watch
    assert watch is not None and len(watch.taken_keys) == 1 and len(watch.taken_hashes) == 1
    watcher.timer.stop()
    qtbot.waitUntil(lambda: not watcher._looking, timeout=WAIT_MS)
    assert watch.look() == [] and watch.look() == []  # settled, and not taken again
    reopened = again.diary
    assert reopened is not None and reopened.inbox.count() == 1
