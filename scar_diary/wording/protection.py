"""What protecting a diary with a passphrase means, in one place: Settings, the first-run
guide and the passphrase dialog show the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

MIN_PASSPHRASE = 8  # characters; a passphrase of several words is better still


def explanation() -> str:
    return translate(
        "Protection",
        "With a passphrase, everything Scar Diary keeps on this computer (the diary, your "
        "photos, their thumbnails and the backups) is stored encrypted, so someone who gets "
        "the files from a lost laptop, a shared account or a synced folder sees only "
        "scrambled data. You type the passphrase when Scar Diary starts and after it locks "
        "itself. Nobody can reset a forgotten passphrase: the recovery key you are shown "
        "once is then the only way in, and without either the diary and its photos are "
        "lost for good.",
    )


def recovery_advice() -> str:
    return translate(
        "Protection",
        "This recovery key opens your diary if you forget the passphrase. Write it down or "
        "print it, and keep it somewhere safe away from this computer. It is shown only now; "
        "Scar Diary does not keep it.",
    )


def too_short() -> str:
    return translate(
        "Protection", "Use at least {n} characters; a few unrelated words are best."
    ).format(n=MIN_PASSPHRASE)


def differ() -> str:
    return translate("Protection", "The two passphrases are not the same.")


def wrong() -> str:
    return translate("Protection", "That is not the passphrase or the recovery key of this diary.")


def damaged_key_file() -> str:
    return translate(
        "Protection",
        "The diary's key file (diary.key in its folder) is damaged, so no passphrase can "
        "open the diary. Nothing was changed; put back that file from a copy of the folder.",
    )
