"""Locking when the desktop says so: the screen locks (the freedesktop and GNOME
ScreenSaver `ActiveChanged(true)` signal on the session bus) or the machine is about to
sleep (logind's `PrepareForSleep(true)` on the system bus). Linux only, through QtDBus;
started when a protected diary opens, so an unprotected diary never touches D-Bus. Windows'
session-change notifications are not wired here (no Windows machine to test them on)."""

from __future__ import annotations

import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot

SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's path
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class SessionWatch(QObject):
    """Emits `lock_now` when the screen locks or the machine is about to sleep."""

    lock_now = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: object | None = None,
        system_bus: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.listening = False
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

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self.lock_now.emit()

    @Slot(bool)
    def sleeping(self, about_to: bool) -> None:
        if about_to:
            self.lock_now.emit()
