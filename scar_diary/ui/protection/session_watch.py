"""Locking when the desktop says so: the screen locks or the machine is about to sleep.
On Linux through QtDBus: the freedesktop and GNOME ScreenSaver `ActiveChanged(true)` signal
on the session bus, logind's `PrepareForSleep(true)` on the system bus. On Windows through
the window's messages: WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK (after registering with
WTSRegisterSessionNotification) and WM_POWERBROADCAST with PBT_APMSUSPEND. Started when a
protected diary opens, so an unprotected diary never listens."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtWidgets import QWidget

SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's path
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager")

# Windows' messages (winuser.h, wtsapi32.h)
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


def windows_says_lock(message: int, wparam: int) -> bool:
    """The session is being locked, or the machine is about to sleep."""
    return (message, wparam) in (
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK),
        (WM_POWERBROADCAST, PBT_APMSUSPEND),
    )


class _Point(ctypes.Structure):
    _fields_ = (("x", ctypes.c_long), ("y", ctypes.c_long))


class WindowsMessage(ctypes.Structure):
    """Windows' MSG, as Qt hands it to a native event filter ("windows_generic_MSG")."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_ulong),
        ("pt", _Point),
    )


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Reads the window's messages for a session lock or a suspend; never eats one."""

    def __init__(self, on_lock: SignalInstance) -> None:
        super().__init__()
        self.on_lock = on_lock

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind == b"windows_generic_MSG" and message:
            msg = WindowsMessage.from_address(int(message))
            if windows_says_lock(msg.message, msg.wParam):
                self.on_lock.emit()
        return False, 0


class SessionWatch(QObject):
    """Emits `lock_now` when the screen locks or the machine is about to sleep."""

    lock_now = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: object | None = None,
        system_bus: object | None = None,
        window: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.listening = False
        self._windows_filter: WindowsSessionFilter | None = None
        if sys.platform == "win32":
            self._listen_on_windows(window)
            return
        if not sys.platform.startswith("linux"):
            return
        from PySide6.QtDBus import QDBusConnection

        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        assert isinstance(session, QDBusConnection) and isinstance(system, QDBusConnection)
        if session.isConnected():
            for path, interface in SCREEN_SAVERS:
                # PySide6 takes the slot as a str; its type stubs say bytes, which it refuses
                self.listening |= session.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("screen_saver(bool)")
                )
        if system.isConnected():
            path, interface = LOGIND
            self.listening |= system.connect(  # type: ignore[call-overload]
                "", path, interface, "PrepareForSleep", self, SLOT("sleeping(bool)")
            )

    def _listen_on_windows(self, window: QWidget | None) -> None:
        """Session changes come only to a window registered for them; sleeping comes to
        every top-level window."""
        app = QCoreApplication.instance()
        if app is None:
            return
        self._windows_filter = WindowsSessionFilter(self.lock_now)
        app.installNativeEventFilter(self._windows_filter)
        self.listening = True
        if window is not None:
            try:
                wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
                wtsapi32.WTSRegisterSessionNotification(
                    ctypes.c_void_p(int(window.winId())), NOTIFY_FOR_THIS_SESSION
                )
            except (AttributeError, OSError):
                pass  # sleeping still locks; a session lock then does not

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self.lock_now.emit()

    @Slot(bool)
    def sleeping(self, about_to: bool) -> None:
        if about_to:
            self.lock_now.emit()
