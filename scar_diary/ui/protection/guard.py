"""The window's side of a protected diary: the lock screen until the passphrase is given,
locking when idle and on Ctrl+L, and turning protection on, off or changing the passphrase
(the slow parts on the background helper, with progress).

Locking closes the diary and forgets its key: the pages let go of it (their photos and
thumbnails included), open dialogs close, and only the lock screen is left to see.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from scar_diary.ui import dialogs
from scar_diary.ui.long_job import LongJob, Report
from scar_diary.ui.preferences import LOCK_MINUTES, LOCK_WHEN_MINIMISED
from scar_diary.ui.protection.idle import IdleWatch
from scar_diary.ui.protection.passphrase_dialog import Ask, PassphraseDialog
from scar_diary.ui.protection.remembered import forget_protected
from scar_diary.ui.tasks import Lane, TaskRunner
from scar_diary.wording import protection as words

if TYPE_CHECKING:
    from scar_diary.services.diary import Diary
    from scar_diary.ui.diary_controller import DiaryController
    from scar_diary.ui.protection.lock_screen import LockScreen
    from scar_diary.ui.protection.session_watch import SessionWatch


class DiaryGuard(QObject):
    about_to_lock = Signal()  # the diary is still open: last moment to read it
    locked_changed = Signal(bool)  # the lock screen is (or is no longer) all there is
    protection_changed = Signal()  # turned on or off: Settings shows it again

    def __init__(
        self,
        window: QWidget,
        controller: DiaryController,
        runner: TaskRunner,
        settings: QSettings,
        make_screen: Callable[[], LockScreen],
    ) -> None:
        super().__init__(window)
        self.window, self.controller, self.runner = window, controller, runner
        self.settings = settings
        self._make_screen = make_screen
        self._screen: LockScreen | None = None
        self.folder: Path | None = None  # the diary behind the lock screen
        self.recovery_dialog: QDialog | None = None
        self.idle = IdleWatch(self)
        self.idle.expired.connect(self.lock)
        self.session_watch: SessionWatch | None = None  # made when a protected diary opens
        controller.locked_out.connect(self._show_lock)
        controller.opened.connect(self._opened)

    @property
    def screen(self) -> LockScreen:
        """Made the first time the diary locks: most diaries never do, and the start-up
        does not wait for it."""
        if self._screen is None:
            self._screen = self._make_screen()
            self._screen.unlock_requested.connect(self.unlock)
        return self._screen

    @property
    def locked(self) -> bool:
        return self.folder is not None

    def protected_and_open(self) -> bool:
        diary = self.controller.diary
        return diary is not None and diary.db.cipher is not None

    # --- locking and unlocking ---------------------------------------------------------
    def _show_lock(self, folder: Path) -> None:
        self.folder = folder
        self.idle.stop()
        self.screen.reset()
        self.locked_changed.emit(True)

    def lock(self) -> None:
        """Close the diary and forget its key (Ctrl+L, or idle)."""
        from scar_diary.services import protection

        if not self.protected_and_open():
            return
        self.about_to_lock.emit()
        for widget in QApplication.topLevelWidgets():  # nothing of the diary stays in view
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        folder = self.controller.close()
        if folder is None:
            return
        protection.lock(folder)
        self._show_lock(folder)

    def unlock(self, secret: str) -> None:
        from scar_diary.services import protection

        folder = self.folder
        if folder is None:
            return
        self.screen.set_busy(True)

        def failed(error: BaseException) -> None:
            if isinstance(error, protection.WrongPassphrase):
                self.screen.refuse(words.wrong())
            elif isinstance(error, protection.DamagedKeyFile):
                self.screen.refuse(words.damaged_key_file())
            else:
                self.screen.refuse(str(error) or type(error).__name__)

        def unlocked(_cipher: object) -> None:
            self.controller.open(folder).finished.connect(
                lambda ok: None if ok else self.screen.set_busy(False)
            )

        # Argon2id takes a noticeable moment on purpose: never on the GUI thread.
        self.runner.run(
            lambda: protection.unlock(folder, secret), unlocked, failed, lane=Lane.DIARY
        )

    def _opened(self, diary: Diary) -> None:
        was_locked = self.locked
        self.folder = None
        if diary.db.cipher is not None:
            self.idle.start(LOCK_MINUTES.get(self.settings))
            self.watch_session()
        else:
            self.idle.stop()
        if was_locked:
            self.locked_changed.emit(False)

    def watch_session(self, **buses: object) -> SessionWatch:
        """Lock when the screen locks or the machine sleeps (`buses`: tests give their own)."""
        if self.session_watch is None or buses:
            from scar_diary.ui.protection.session_watch import SessionWatch

            self.session_watch = SessionWatch(self, window=self.window, **buses)
            self.session_watch.lock_now.connect(self.lock)
        return self.session_watch

    def set_lock_when_minimised(self, on: bool) -> None:
        LOCK_WHEN_MINIMISED.set(self.settings, on)

    def minimised(self) -> None:
        """The window was minimised: lock, when Settings asks for it."""
        if LOCK_WHEN_MINIMISED.get(self.settings):
            self.lock()

    def set_idle_minutes(self, minutes: int) -> None:
        LOCK_MINUTES.set(self.settings, minutes)
        if self.protected_and_open():
            self.idle.start(minutes)

    # --- turning protection on and off -------------------------------------------------
    def turn_on(self) -> PassphraseDialog | None:
        if self.controller.diary is None or self.controller.diary.is_sample:
            return None
        return self._ask(Ask.NEW, lambda _current, new: self.protect(new))

    def turn_off(self) -> PassphraseDialog | None:
        if not self.protected_and_open():
            return None
        return self._ask(
            Ask.CURRENT,
            lambda current, _new: self._checked(
                current, self.tr("Remove Protection"), self.unprotect
            ),
        )

    def change(self) -> PassphraseDialog | None:
        if not self.protected_and_open():
            return None
        dialog: PassphraseDialog | None = None

        def change(current: str, new: str) -> None:
            quick = dialog is not None and dialog.keep_key.isChecked()
            self._checked(
                current,
                self.tr("Change Passphrase"),
                lambda: self.change_passphrase_only(new) if quick else self.change_passphrase(new),
            )

        dialog = self._ask(Ask.CHANGE, change)
        return dialog

    def _ask(self, ask: Ask, then: Callable[[str, str], object]) -> PassphraseDialog:
        """`then(current, new)` once the dialog is accepted (it is gone by the time any
        background work ends, so its texts are taken at once)."""
        dialog = PassphraseDialog(ask, self.window)
        dialogs.closes_itself(dialog, modal=True)

        def submitted() -> None:
            current, new = dialog.current.text(), dialog.new.text()
            dialog.clear_secrets()  # taken; the fields hold them no longer
            then(current, new)

        dialog.accepted.connect(submitted)
        dialog.open()
        return dialog

    def _checked(self, secret: str, title: str, then: Callable[[], object]) -> None:
        """Go on only with the right current passphrase (checked on the worker)."""
        from scar_diary.services import protection

        diary = self.controller.diary
        if diary is None:
            return
        folder = diary.data_dir

        def wrong(_error: BaseException) -> None:
            dialogs.error(self.window, title, words.wrong())

        self.runner.run(
            lambda: protection.check(folder, secret),
            lambda _cipher: then(),
            wrong,
            lane=Lane.DIARY,
        )

    def protect(self, passphrase: str) -> LongJob | None:
        from scar_diary.services import protection

        return self._convert(
            self.tr("Protect This Diary"),
            self.tr("Backing up, then encrypting the diary, its photos and backups…"),
            lambda folder, report: protection.protect(folder, passphrase, report),
            self._show_recovery_key,
        )

    def unprotect(self) -> LongJob | None:
        from scar_diary.services import protection

        return self._convert(
            self.tr("Remove Protection"),
            self.tr("Backing up, then decrypting the diary, its photos and backups…"),
            lambda folder, report: protection.unprotect(folder, report),
            lambda _none: self.controller.message.emit(
                self.tr("The diary is no longer protected with a passphrase."), 8000
            ),
            forget=True,
        )

    def _convert(
        self,
        title: str,
        label: str,
        work: Callable[[Path, Report], object],
        then: Callable[[object], object],
        *,
        forget: bool = False,
    ) -> LongJob | None:
        """Close the diary, convert it, open it again: the window holds the diary's lock
        all along, so nothing else writes meanwhile."""
        folder = self.controller.close()
        if folder is None:
            return None

        def done(result: object) -> None:
            if forget:  # plain on purpose: it opens as plain from now on
                forget_protected(self.settings, folder)
            self.controller.open(folder)
            self.protection_changed.emit()
            then(result)

        def failed(error: BaseException) -> None:
            self.controller.open(folder)
            dialogs.error(
                self.window,
                title,
                self.tr("Nothing was changed: {error}").format(error=str(error) or error),
            )

        return LongJob(
            self.window, self.runner, title, label, lambda report: work(folder, report),
            done, failed,
        ).start()  # fmt: skip

    def change_passphrase(self, new: str) -> LongJob | None:
        """The thorough change (the default): a new data key, everything re-encrypted after
        a backup, and a new recovery key shown once."""
        from scar_diary.services import protection

        return self._convert(
            self.tr("Change Passphrase"),
            self.tr("Backing up, then encrypting everything again under a new key…"),
            lambda folder, report: protection.rekey(folder, new, report),
            self._show_recovery_key,
        )

    def change_passphrase_only(self, new: str) -> None:
        """The quick change: the same key under a new passphrase (the recovery key keeps
        working; an old copy of the key file with the old passphrase would too)."""
        from scar_diary.services import protection

        diary = self.controller.diary
        if diary is None:
            return
        folder = diary.data_dir

        def failed(error: BaseException) -> None:
            dialogs.error(
                self.window,
                self.tr("Change Passphrase"),
                self.tr("The passphrase was not changed: {error}").format(error=error),
            )

        self.runner.run(
            lambda: protection.change_passphrase(folder, new),
            lambda _none: self.controller.message.emit(
                self.tr("The passphrase was changed. Your recovery key still works."), 8000
            ),
            failed,
            lane=Lane.DIARY,
        )

    def _show_recovery_key(self, recovery_key: object) -> None:
        from scar_diary.ui.protection.recovery_key import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(str(recovery_key), self.window)
        dialogs.closes_itself(dialog, modal=True)
        dialog.open()
        self.recovery_dialog = dialog
