"""The inbox's and the phone receiver's counted sentences. Plain singular/plural pairs, as
elsewhere: right for English and Dutch without shipping an English .qm."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from scar_diary.wording.status import Card

translate = QCoreApplication.translate  # a plain name lupdate recognises


def wants_to_send(who: str, count: int, megabytes: str) -> str:
    if count == 1:
        text = translate("Inbox", "“{who}” wants to send 1 photo, {size} MB.")
    else:
        text = translate("Inbox", "“{who}” wants to send {n} photos, {size} MB.")
    return text.format(who=who, n=count, size=megabytes)


def left_out(count: int) -> str:
    if count == 1:
        return translate("Inbox", "1 file left out: not a photo the diary takes, or too large.")
    return translate(
        "Inbox", "{n} files left out: not photos the diary takes, or too large."
    ).format(n=count)


def add_button(count: int) -> str:
    if count == 1:
        return translate("Inbox", "&Add 1 Photo to Its Scar")
    return translate("Inbox", "&Add {n} Photos to Their Scars").format(n=count)


def added(count: int) -> str:
    if count == 1:
        return translate("Inbox", "1 photo added to its scar.")
    return translate("Inbox", "{n} photos added to their scars.").format(n=count)


def discard_question(count: int) -> str:
    if count == 1:
        return translate("Inbox", "Discard 1 photo from the inbox?")
    return translate("Inbox", "Discard {n} photos from the inbox?").format(n=count)


def discard_button(count: int) -> str:
    if count == 1:
        return translate("Inbox", "Discard Photo")
    return translate("Inbox", "Discard {n} Photos").format(n=count)


def waiting(count: int) -> str:
    """The Today page's reminder."""
    if count == 1:
        return translate("Inbox", "1 photo from your phone is waiting for its scar.")
    return translate("Inbox", "{n} photos from your phone are waiting for their scars.").format(
        n=count
    )


def waiting_card(count: int) -> Card:
    """The Today page's card while photos wait in the inbox."""
    from scar_diary.wording.status import Action, Card, CardAction, Line

    return Card(
        "inbox",
        translate("Inbox", "Photos waiting"),
        (Line(waiting(count)),),
        actions=(CardAction(Action.OPEN_INBOX, translate("Inbox", "Open &Inbox")),),
    )
