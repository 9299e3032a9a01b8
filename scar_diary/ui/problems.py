"""One path for the problems a user can cause or meet in the window — the diary busy,
read-only or locked, a full disk, a damaged photo, input the diary refuses: each is logged
(its type and place, never its words: they may hold health data) and shown in the sentence
the command line prints for it (wording/error_messages.py). Anything else is a bug and goes on to
the crash report (crash_reports.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from scar_diary.diagnostics import record
from scar_diary.ui import dialogs


def sentence(error: BaseException) -> str | None:
    """What the user is told about `error`; None when it is a bug."""
    from scar_diary.archive.checks import ArchiveError
    from scar_diary.services.errors import InvalidInput
    from scar_diary.wording.error_messages import user_message

    if isinstance(error, InvalidInput):
        return str(error)
    if isinstance(error, ArchiveError):
        return QCoreApplication.translate("Problems", "{problem} Nothing was changed.").format(
            problem=error
        )
    return user_message(error)


def logged_sentence(error: BaseException, place: str) -> str | None:
    """For a problem said beside a form or in a status line: logged, and its words; None
    for a bug (the caller raises it on)."""
    words = sentence(error)
    if words is not None:
        record(error, place)
    return words


def as_sentence(words: str) -> str:
    """The command line's words (after "scar-diary: ") as a sentence of their own."""
    words = words[:1].upper() + words[1:]
    return words if words.endswith((".", "!", "?")) else words + "."


def not_saved_title() -> str:
    return QCoreApplication.translate("Problems", "Not Saved")


def tell(
    parent: QWidget | None, error: BaseException, place: str, *, title: str = "", kept: str = ""
) -> bool:
    """Show a user's problem (and `kept`: what is still there for them); False for a bug,
    which the caller lets go on."""
    from scar_diary.services.errors import InvalidInput

    words = logged_sentence(error, place)
    if words is None:
        return False
    if isinstance(error, InvalidInput):  # to be corrected, not tried again as it is
        kept = ""
    dialogs.error(parent, title or not_saved_title(), f"{as_sentence(words)} {kept}".strip())
    return True


def attempt(
    parent: QWidget | None,
    place: str,
    action: Callable[[], object],
    *,
    title: str = "",
    kept: str = "",
) -> bool:
    """Run a write the user asked for; True when it was done. A user's problem is shown
    (nothing else happens); a bug is raised on."""
    try:
        action()
    except Exception as error:
        if tell(parent, error, place, title=title, kept=kept):
            return False
        raise
    return True


def still_here() -> str:
    return QCoreApplication.translate("Problems", "What you entered is still here.")
