"""Protecting the diary in the window, as a user does it: Settings → Passphrase, the recovery
key shown once, Ctrl+L and idle locking, the lock screen (wrong passphrase refused, the
recovery key accepted), a protected diary starting locked, removing protection, changing the
passphrase, and encrypted archives."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from scar_diary.archive.sealed import MAGIC
from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.domain.reminders import Reminder
from scar_diary.services import protection
from scar_diary.services.diary import Diary
from scar_diary.storage import keyring
from scar_diary.ui.main_window import MainWindow
from scar_diary.ui.protection.passphrase_dialog import PassphraseDialog
from scar_diary.ui.protection.recovery_key import RecoveryKeyDialog, clear_clipboard
from tests.conftest import TODAY
from tests.images import photo
from tests.ui.conftest import SETTLE_MS, MakeWindow

PASSPHRASE = "marigold ferry lantern"
LABEL = "Left cheek, lower"


@pytest.fixture
def own_diary(own_dir: Path, tmp_path: Path) -> Path:
    diary = Diary.open(own_dir)
    scar = diary.scars.add(LABEL, FaceRegion.LEFT_CHEEK, ScarType.ROLLING)
    diary.ratings.record(scar, TODAY, 6, 3, today=TODAY)
    diary.photos.import_files(scar, [photo(tmp_path / "a.jpg", size=(320, 240))])
    diary.close()
    return own_dir


def _visible(kind: type[QWidget]) -> QWidget | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return shown[0] if shown else None


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its box (a wide one's middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _answer(qtbot: QtBot, dialog: PassphraseDialog, *, current: str = "", new: str = "") -> None:
    for field, text in ((dialog.current, current), (dialog.new, new), (dialog.repeat, new)):
        if text and field.isVisibleTo(dialog):
            qtbot.keyClicks(field, text)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _protect_in_settings(qtbot: QtBot, window: MainWindow) -> str:
    """Settings → Passphrase → the box, the passphrase twice; returns the recovery key."""
    window.show_page(window.settings_holder)
    box = window.page("settings").protection
    assert not box.protect.isChecked() and box.protect.isEnabled()  # off by default
    _tick(qtbot, box.protect)
    dialog = _visible(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    _answer(qtbot, dialog, new="short")
    assert "at least" in dialog.problem.text()  # refused in the dialog, nothing started
    dialog.new.clear()
    dialog.repeat.clear()
    with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
        _answer(qtbot, dialog, new=PASSPHRASE)
    qtbot.waitUntil(lambda: _visible(RecoveryKeyDialog) is not None, timeout=SETTLE_MS)
    shown = _visible(RecoveryKeyDialog)
    assert isinstance(shown, RecoveryKeyDialog)
    key = shown.key_label.text()
    assert not shown.close_button.isEnabled()  # not before the user says it is kept
    shown.reject()
    assert shown.isVisible()
    _tick(qtbot, shown.kept)
    qtbot.mouseClick(shown.close_button, Qt.MouseButton.LeftButton)
    assert not shown.isVisible()
    return key


def _unlock(qtbot: QtBot, window: MainWindow, secret: str) -> None:
    screen = window.lock_screen
    with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
        qtbot.keyClicks(screen.field, secret)
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)


def test_protect_lock_and_unlock_in_the_window(
    qtbot: QtBot, make_window: MakeWindow, own_diary: Path
) -> None:
    window = make_window()
    recovery = _protect_in_settings(qtbot, window)
    assert (own_diary / "diary.key").is_file()
    assert window.diary is not None and window.diary.db.cipher is not None
    assert window.page("settings").protection.protect.isChecked()
    assert window.menus.lock.isEnabled()

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L
    assert window.screens.currentWidget() is window.lock_screen
    assert window.diary is None and keyring.cipher_for(own_diary) is None
    assert not any(action.isEnabled() for action in window.menus.pages)
    assert "Locked" in window.windowTitle()

    screen = window.lock_screen
    qtbot.keyClicks(screen.field, "marigold ferry lanterns")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(screen.problem.text()), timeout=SETTLE_MS)
    assert window.diary is None and window.screens.currentWidget() is screen
    screen.field.clear()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.screens.currentWidget() is window.content
    assert [s.label for s in window.diary.scars.all()] == [LABEL]

    window.guard.lock()
    _unlock(qtbot, window, recovery.lower())  # the recovery key, as typed
    assert window.diary is not None


def test_a_protected_diary_starts_at_the_lock_screen(
    qtbot: QtBot, own_diary: Path, tmp_path: Path, ui_settings: QSettings
) -> None:
    protection.protect(own_diary, PASSPHRASE)
    keyring.forget(own_diary)
    window = MainWindow(ui_settings, own_diary, tmp_path / "sample", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.screens.currentWidget() is window.lock_screen  # at once: no diary drawn
    assert all(holder.page is None for holder in window.holders.values())
    note = window.lock_screen.note  # its two lines whole, not squeezed (no window icon here)
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()))
    assert note.heightForWidth(note.width()) > note.fontMetrics().height()  # wrapped: 2 lines
    _unlock(qtbot, window, PASSPHRASE)
    assert window.today_page.isVisible()


def test_it_locks_itself_when_idle_and_activity_keeps_it_open(
    qtbot: QtBot, make_window: MakeWindow, own_diary: Path
) -> None:
    protection.protect(own_diary, PASSPHRASE)
    window = make_window()
    timer = window.guard.idle.timer
    assert timer.isActive() and timer.interval() == 10 * 60_000  # the default, 10 minutes
    timer.start(1000)  # the same watch, a shorter wait
    qtbot.wait(600)
    qtbot.keyClick(window.nav, Qt.Key.Key_Shift)  # activity starts the wait again
    assert timer.remainingTime() > 700  # not the ~400 ms that were left
    with qtbot.waitSignal(window.guard.locked_changed, timeout=5000) as locked:
        pass
    assert locked.args == [True]
    assert window.screens.currentWidget() is window.lock_screen


def test_remove_protection_and_change_passphrase(
    qtbot: QtBot, make_window: MakeWindow, own_diary: Path
) -> None:
    recovery = protection.protect(own_diary, PASSPHRASE)
    window = make_window()
    window.show_page(window.settings_holder)
    box = window.page("settings").protection
    assert box.protect.isChecked() and box.change.isEnabled()

    qtbot.mouseClick(box.change, Qt.MouseButton.LeftButton)
    dialog = _visible(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    assert not dialog.keep_key.isChecked()  # the thorough change unless asked
    with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
        _answer(qtbot, dialog, current=PASSPHRASE, new="a brand new phrase")
    qtbot.waitUntil(lambda: _visible(RecoveryKeyDialog) is not None, timeout=SETTLE_MS)
    shown = _visible(RecoveryKeyDialog)
    assert isinstance(shown, RecoveryKeyDialog)
    new_recovery = shown.key_label.text()
    _tick(qtbot, shown.kept)
    qtbot.mouseClick(shown.close_button, Qt.MouseButton.LeftButton)
    for stale in (PASSPHRASE, recovery):
        with pytest.raises(protection.WrongPassphrase):
            protection.check(own_diary, stale)
    protection.check(own_diary, new_recovery)
    assert window.diary is not None and [s.label for s in window.diary.scars.all()] == [LABEL]

    _tick(qtbot, box.protect)  # off: asks the passphrase
    dialog = _visible(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
        _answer(qtbot, dialog, current="a brand new phrase")
    assert not (own_diary / "diary.key").exists()
    assert window.diary is not None and window.diary.db.cipher is None
    assert not window.page("settings").protection.protect.isChecked()
    assert (own_diary / "diary.sqlite3").read_bytes().startswith(b"SQLite format 3\x00")


def test_export_is_encrypted_by_choice_and_import_asks_for_the_passphrase(
    qtbot: QtBot, make_window: MakeWindow, own_diary: Path, tmp_path: Path
) -> None:
    protection.protect(own_diary, PASSPHRASE)
    window = make_window()
    target = tmp_path / "export.zip"
    window.files.write_archive(str(target))
    box = _visible(QMessageBox)
    assert isinstance(box, QMessageBox) and box.objectName() == "chooseBox"
    encrypted = next(b for b in box.buttons() if b.text().replace("&", "") == "Encrypted")
    with qtbot.waitSignal(window.controller.message, timeout=SETTLE_MS):
        qtbot.mouseClick(encrypted, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=SETTLE_MS)
    assert target.read_bytes().startswith(MAGIC)

    window.controller.import_archive(target)
    qtbot.waitUntil(lambda: _visible(PassphraseDialog) is not None, timeout=SETTLE_MS)
    dialog = _visible(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    _answer(qtbot, dialog, current=PASSPHRASE)
    qtbot.waitUntil(lambda: _visible(QMessageBox) is not None, timeout=SETTLE_MS)
    confirm = _visible(QMessageBox)
    assert isinstance(confirm, QMessageBox) and "Replace" in confirm.text()
    replace = next(b for b in confirm.buttons() if "Replace" in b.text())
    with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
        qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
    assert window.diary is not None and window.diary.db.cipher is not None
    assert [s.label for s in window.diary.scars.all()] == [LABEL]


def test_reminders_falling_due_while_locked_are_announced_neutrally(
    qtbot: QtBot, make_window: MakeWindow, own_diary: Path, ui_settings: QSettings
) -> None:
    from scar_diary.ui.preferences import NOTIFIED

    diary = Diary.open(own_diary)
    diary.series.start(TODAY - dt.timedelta(days=30), acne_clear_on=TODAY - dt.timedelta(days=30))
    diary.series.book(TODAY + dt.timedelta(days=2))
    diary.close()
    protection.protect(own_diary, PASSPHRASE)
    day = [TODAY]
    window = make_window(clock=lambda: day[0])
    announced: list[tuple[list[str], bool]] = []
    notifier = window.today.notifier
    assert notifier is not None
    original = notifier.announce

    def spy(
        reminders: Sequence[Reminder], *, neutral: bool, names: Sequence[str] | None = None
    ) -> list[Reminder]:
        announced.append(([r.key for r in reminders], neutral))
        return original(reminders, neutral=neutral, names=names)

    notifier.announce = spy  # type: ignore[method-assign]
    window.guard.lock()
    assert window.diary is None
    day[0] = TODAY + dt.timedelta(days=1)  # the day before the session, still locked
    window.today.refresh()  # what the midnight timer does
    assert announced and all(neutral for _keys, neutral in announced)
    assert any("tomorrow" in key for keys, _n in announced for key in keys)
    remembered = NOTIFIED.get(ui_settings)
    assert remembered and not set(announced[-1][0]) & set(remembered)  # not in clear ...
    assert all(len(name) == 32 and "-" not in name and ":" not in name for name in remembered)
    # ... and nothing of the diary (dates, outcomes) in the settings file at all
    ui_settings.sync()
    text = Path(ui_settings.fileName()).read_text("utf-8")
    assert "session-tomorrow" not in text and str(TODAY.year) not in text


def test_a_damaged_key_file_is_said_on_the_lock_screen(
    qtbot: QtBot, own_diary: Path, tmp_path: Path, ui_settings: QSettings
) -> None:
    protection.protect(own_diary, PASSPHRASE)
    keyring.forget(own_diary)
    (own_diary / "diary.key").write_text("{damaged")
    window = MainWindow(ui_settings, own_diary, tmp_path / "sample", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.start()
    screen = window.lock_screen
    qtbot.keyClicks(screen.field, PASSPHRASE)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "damaged" in screen.problem.text(), timeout=SETTLE_MS)
    assert window.diary is None and screen.field.isEnabled()


def _everything_readable(root: QWidget) -> list[str]:
    """Every text a person, a screen reader or another program's accessibility client could
    read from the window: widget texts, tooltips, item models, and the accessibility tree."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QAccessible, QAccessibleInterface
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        texts.append(widget.accessibleDescription())
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            top = QModelIndex()
            for row in range(model.rowCount(top)):
                column = 0  # a list model's columnCount is private: walk the valid indexes
                while (index := model.index(row, column, top)).isValid():
                    value = index.data()
                    texts.append("" if value is None else str(value))
                    column += 1

    def walk(node: QAccessibleInterface | None, depth: int = 0) -> None:
        if node is None or depth > 40:
            return
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value):
            texts.append(node.text(kind) or "")
        for index in range(node.childCount()):
            walk(node.child(index), depth + 1)

    walk(QAccessible.queryAccessibleInterface(root))
    return texts


def test_a_locked_window_holds_nothing_of_the_diary(
    qtbot: QtBot, make_window: MakeWindow, own_diary: Path
) -> None:
    diary = Diary.open(own_diary)
    diary.profile.save_questions("Could filler help the jawline scar?")
    diary.close()
    window = make_window()
    _protect_in_settings(qtbot, window)
    for holder in (window.scars_holder, window.visits_holder, window.report_holder):
        window.show_page(holder)  # each page built and filled
    window.show_page(window.scars_holder)
    secrets = (LABEL, "jawline scar")
    assert any(LABEL in text for text in _everything_readable(window))

    window.guard.lock()
    qtbot.waitUntil(
        lambda: not any(s in t for t in _everything_readable(window) for s in secrets),
        timeout=SETTLE_MS,
    )
    assert all(holder.page is None for holder in window.holders.values())
    assert window.today_page.cards == []

    screen = window.lock_screen
    qtbot.keyClicks(screen.field, PASSPHRASE)
    with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
        assert screen.field.text() == ""  # cleared as soon as it was submitted
    # built again: the page in view shows the diary as before
    qtbot.waitUntil(lambda: window.scars_holder.page is not None, timeout=SETTLE_MS)
    assert any(LABEL in text for text in _everything_readable(window))


def test_the_recovery_key_leaves_the_clipboard(qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication

    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    qtbot.addWidget(dialog)
    dialog.CLIPBOARD_SECONDS = 1
    dialog.show()
    copy = dialog.findChild(QWidget, "copyRecoveryKey")
    assert copy is not None
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == dialog.recovery_key
    assert "taken off the clipboard in 1 seconds" in dialog.copied_note.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)
    # something the user copied since is left alone when the key's time is up
    clipboard.setText("my own text")
    clear_clipboard(dialog.recovery_key)
    assert clipboard.text() == "my own text"


@pytest.fixture
def private_bus() -> Iterator[object]:
    """A D-Bus daemon of the test's own (standing in for both the session and the system
    bus), so the desktop's signals can be sent without touching the machine's."""
    import shutil
    import subprocess

    from PySide6.QtDBus import QDBusConnection

    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        if os.environ.get("SCAR_DIARY_CI"):
            pytest.fail("dbus-daemon is missing (CI installs the dbus-daemon package)")
        pytest.skip("dbus-daemon is not installed")
    with subprocess.Popen(
        [daemon, "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        name = f"test-bus-{process.pid}"
        connection = QDBusConnection.connectToBus(address, name)
        assert connection.isConnected()
        try:
            yield connection
        finally:
            QDBusConnection.disconnectFromBus(name)
            process.kill()


def _desktop_says(bus: object, path: str, interface: str, name: str) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    assert isinstance(bus, QDBusConnection)
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments([True])
    assert bus.send(message)


@pytest.mark.parametrize(
    "signal",
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"),
    ],
)
def test_it_locks_when_the_screen_locks_or_the_machine_sleeps(
    qtbot: QtBot,
    make_window: MakeWindow,
    own_diary: Path,
    private_bus: object,
    signal: tuple[str, str, str],
) -> None:
    window = make_window()
    _protect_in_settings(qtbot, window)
    watch = window.guard.watch_session(session_bus=private_bus, system_bus=private_bus)
    assert watch.listening
    _desktop_says(private_bus, *signal)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.lock_screen, timeout=SETTLE_MS)
    assert window.diary is None and keyring.cipher_for(own_diary) is None


def test_it_locks_when_minimised_if_asked(
    qtbot: QtBot, make_window: MakeWindow, own_diary: Path
) -> None:
    window = make_window()
    _protect_in_settings(qtbot, window)
    box = window.page("settings").protection
    window.showMinimized()  # not asked yet: stays open
    qtbot.waitUntil(window.isMinimized, timeout=SETTLE_MS)
    assert window.diary is not None
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=SETTLE_MS)
    _tick(qtbot, box.when_minimised)
    window.showMinimized()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.lock_screen, timeout=SETTLE_MS)
    assert window.diary is None


def _started(qtbot: QtBot, ui_settings: QSettings, own_diary: Path, tmp_path: Path) -> MainWindow:
    window = MainWindow(ui_settings, own_diary, tmp_path / "sample", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def test_a_protected_diary_never_opens_silently_as_plain(
    qtbot: QtBot, own_diary: Path, tmp_path: Path, ui_settings: QSettings
) -> None:
    """Seen protected once, a folder whose diary then opens without a passphrase (another
    diary put in its place, or decrypted outside the window) is refused with a sentence, and
    opened only when the user says so."""
    protection.protect(own_diary, PASSPHRASE)
    keyring.forget(own_diary)
    window = _started(qtbot, ui_settings, own_diary, tmp_path)
    _unlock(qtbot, window, PASSPHRASE)  # seen protected
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SETTLE_MS)
    protection.unprotect(own_diary)  # outside the window: `scar-diary decrypt`, or a swap
    assert "privacy/protectedFolders" in ui_settings.allKeys()
    assert str(own_diary) not in str(ui_settings.value("privacy/protectedFolders"))

    window = _started(qtbot, ui_settings, own_diary, tmp_path)
    qtbot.waitUntil(lambda: _visible(QMessageBox) is not None, timeout=SETTLE_MS)
    box = _visible(QMessageBox)
    assert isinstance(box, QMessageBox)
    assert "was protected with a passphrase when Scar Diary last had it open" in box.text()
    assert window.diary is None and LABEL not in " ".join(window.today_page.visible_texts())
    next(b for b in box.buttons() if b.text() == "Keep It Closed").click()
    assert window.diary is None
    problem = window.today_page.findChild(QWidget, "problemText")
    assert problem is not None and "someone may have put another diary" in problem.text()  # type: ignore[attr-defined]
    window.close()

    window = _started(qtbot, ui_settings, own_diary, tmp_path)  # asked again next time
    qtbot.waitUntil(lambda: _visible(QMessageBox) is not None, timeout=SETTLE_MS)
    box = _visible(QMessageBox)
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
        next(b for b in box.buttons() if b.text() == "Open It Anyway").click()
    assert window.diary is not None and window.diary.db.cipher is None
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SETTLE_MS)
    window = _started(qtbot, ui_settings, own_diary, tmp_path)  # the user's word is kept
    qtbot.waitUntil(lambda: window.diary is not None, timeout=SETTLE_MS)
    assert _visible(QMessageBox) is None


def test_removing_protection_in_the_window_is_not_asked_about_again(
    qtbot: QtBot, make_window: MakeWindow, own_diary: Path, ui_settings: QSettings
) -> None:
    protection.protect(own_diary, PASSPHRASE)
    window = make_window()
    assert window.diary is not None and window.diary.db.cipher is not None
    window.show_page(window.settings_holder)
    _tick(qtbot, window.page("settings").protection.protect)  # off: asks the passphrase
    dialog = _visible(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    with qtbot.waitSignal(window.controller.opened, timeout=SETTLE_MS):
        _answer(qtbot, dialog, current=PASSPHRASE)
    assert window.diary is not None and window.diary.db.cipher is None
    assert _visible(QMessageBox) is None
    again = make_window()
    assert again.diary is not None and _visible(QMessageBox) is None


def test_windows_session_lock_and_suspend_messages_lock_it(qtbot: QtBot) -> None:
    """Windows tells a window through its messages (no Windows machine here: the filter is
    given the MSG structure Qt would hand it, built in memory)."""
    import ctypes

    from PySide6.QtCore import QByteArray

    from scar_diary.ui.protection.session_watch import (
        PBT_APMSUSPEND,
        WM_POWERBROADCAST,
        WM_WTSSESSION_CHANGE,
        WTS_SESSION_LOCK,
        WindowsMessage,
        WindowsSessionFilter,
    )

    watch = _Watch()
    seen: list[bool] = []
    watch.lock_now.connect(lambda: seen.append(True))
    windows = WindowsSessionFilter(watch.lock_now)
    kind = QByteArray(b"windows_generic_MSG")
    for message, wparam, locks in (
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_WTSSESSION_CHANGE, 0x8, False),  # unlocked again: nothing to do
        (WM_POWERBROADCAST, PBT_APMSUSPEND, True),
        (WM_POWERBROADCAST, 0x12, False),  # resumed
        (0x0010, 0, False),  # WM_CLOSE
    ):
        msg = WindowsMessage(message=message, wParam=wparam)
        seen.clear()
        assert windows.nativeEventFilter(kind, ctypes.addressof(msg)) == (False, 0)  # not eaten
        assert seen == ([True] if locks else []), hex(message)
    msg = WindowsMessage(message=WM_WTSSESSION_CHANGE, wParam=WTS_SESSION_LOCK)
    seen.clear()
    windows.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(msg))
    assert seen == []  # another platform's events are never read as Windows'


class _Watch(QObject):
    """What the filter is given: the session watch's signal."""

    lock_now = Signal()


def test_the_summary_of_a_protected_diary_is_built_in_its_own_process(
    qtbot: QtBot, make_window: MakeWindow, own_diary: Path, tmp_path: Path
) -> None:
    """The child process gets the key through its standard input only: its command line
    and environment hold no key and no passphrase, and the summary it writes is whole."""
    import subprocess

    from scar_diary.ui.report.page import ReportPage

    protection.protect(own_diary, PASSPHRASE)
    window = make_window()
    assert window.diary is not None and window.diary.db.cipher is not None
    window.show_page(window.report_holder)
    page = window.built(ReportPage)
    assert page is not None
    started: list[tuple[str, list[str], list[str]]] = []
    original = page.builder.start

    def watched(request: object) -> None:
        original(request)  # type: ignore[arg-type]
        process = page.builder.process
        assert process is not None
        started.append(
            (process.program(), process.arguments(), process.processEnvironment().toStringList())
        )

    page.builder.start = watched  # type: ignore[method-assign]
    target = tmp_path / "summary.pdf"
    with qtbot.waitSignal(page.pdf_saved, timeout=60000):
        page.save_pdf(str(target))
    ((program, arguments, environment),) = started
    key_hex = window.diary.db.cipher.key.hex()
    seen = " ".join([program, *arguments, *environment])
    assert "--report-child" in arguments
    assert key_hex not in seen and PASSPHRASE not in seen
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert LABEL in text


def test_a_summary_that_cannot_be_built_says_why(
    qtbot: QtBot, make_window: MakeWindow, own_diary: Path, tmp_path: Path
) -> None:
    from scar_diary.ui.report.page import ReportPage

    window = make_window()
    window.show_page(window.report_holder)
    page = window.built(ReportPage)
    assert page is not None
    with qtbot.waitSignal(page.builder.failed, timeout=60000) as failed:
        page.save_pdf(str(tmp_path / "no-such-folder" / "summary.pdf"))
    assert "no-such-folder" in failed.args[0] or "folder" in failed.args[0]
    box = _visible(QMessageBox)
    assert isinstance(box, QMessageBox) and "could not be made" in box.text()
    box.close()
    assert page.preview_button.isEnabled()  # ready for the next try


def test_a_diary_protected_by_the_version_before_opens_with_its_photos(
    qtbot: QtBot, own_dir: Path, tmp_path: Path, ui_settings: QSettings
) -> None:
    """The stored fixture of the format before keyed file names: the lock screen, the
    passphrase, and the Scars page shows every photo (converted on the way, off the GUI
    thread)."""
    import zipfile

    from scar_diary.storage.keyfile import KeyFile

    fixture = Path(__file__).parents[1] / "fixtures" / "protected-diary-keyfile1.zip"
    with zipfile.ZipFile(fixture) as archive:
        archive.extractall(tmp_path / "unpacked")
    (tmp_path / "unpacked" / "diary").rename(own_dir)
    window = MainWindow(ui_settings, own_dir, tmp_path / "sample", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.screens.currentWidget() is window.lock_screen
    _unlock(qtbot, window, "fixture passphrase")
    assert KeyFile.load(own_dir).names_keyed
    window.show_page(window.scars_holder)
    scars = window.page("scars")
    timeline = scars.detail.photos
    qtbot.waitUntil(lambda: timeline.count() == 4 and timeline.thumbnails_shown(), timeout=20_000)
    assert not scars.thumbnails.failures  # every photo read and thumbnailed
