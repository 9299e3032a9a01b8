"""The Help window's topics: the protocol in plain language, what to expect, which scars
respond, photos and ratings, questions for the doctor, where the data lives. The numbers are
the diary's own settings, so Help and Today never disagree."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from scar_diary.domain import limits
from scar_diary.domain.aftercare import AftercareTip
from scar_diary.domain.entities import ProtocolSettings
from scar_diary.wording.aftercare import tip_text
from scar_diary.wording.safety import injection_warning, not_advice

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    html: str


def _page(*paragraphs: str, bullets: tuple[str, ...] = (), after: tuple[str, ...] = ()) -> str:
    parts = [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    if bullets:
        parts.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bullets) + "</ul>")
    parts += [f"<p>{html.escape(p)}</p>" for p in after]
    return "\n".join(parts)


def topics(settings: ProtocolSettings, data_folder: str, backups_folder: str) -> list[Topic]:
    s = settings
    return [
        Topic(
            "series",
            translate("Help", "How a series works"),
            _page(
                translate(
                    "Help",
                    "A small amount of sterile saline (0.9% salt water) is injected just under "
                    "each scar. The tiny injury makes the skin build new collagen, which lifts "
                    "the scar from below, slowly, over a series of sessions.",
                ),
                bullets=(
                    translate(
                        "Help",
                        "Preparation: tretinoin (vitamin A acid) on the scars for at least "
                        "{days} days before the first session, and your acne fully gone.",
                    ).format(days=s.prep_days)
                    if s.prep_days
                    else translate(
                        "Help",
                        "Preparation: your settings ask for none; your acne fully gone before "
                        "the first session.",
                    ),
                    translate(
                        "Help",
                        "Sessions: no sooner than {low} days after the previous one, normally "
                        "within {high} days.",
                    ).format(low=s.interval_min_days, high=s.interval_max_days),
                    translate("Help", "A series: {low} to {high} sessions.").format(
                        low=s.series_min, high=s.series_max
                    ),
                    translate(
                        "Help",
                        "If there is no measurable improvement after {low} sessions, talk with "
                        "your doctor about stopping; after {high}, more sessions in this series "
                        "are not expected to help.",
                    ).format(low=s.series_min, high=s.series_max),
                    translate(
                        "Help",
                        "Afterwards the result lasts; maintenance sessions (\u201cboosts\u201d) "
                        "keep it: at most {n} a year, as set in Settings.",
                    ).format(n=s.boosts_per_year),
                    translate(
                        "Help",
                        "About {pct}% improvement is the best to expect; a scar never "
                        "disappears completely.",
                    ).format(pct=limits.CEILING_PCT),
                ),
                after=(
                    translate(
                        "Help",
                        "These are the article's values; your clinic may use others. Change "
                        "them in Settings to match what your doctor told you.",
                    ),
                    not_advice(),
                ),
            ),
        ),
        Topic(
            "after",
            translate("Help", "After a session"),
            _page(
                translate(
                    "Help",
                    "For the first days after a session Today shows what to expect and what to "
                    "do. In short:",
                ),
                bullets=tuple(tip_text(tip) for tip in AftercareTip),
                after=(
                    translate(
                        "Help",
                        "Ratings made in the first {days} days after a visit may show swelling; "
                        "they are kept, but not used to measure improvement.",
                    ).format(days=s.swelling_days),
                    translate(
                        "Help",
                        "Your clinic's own instructions can replace this list in Settings.",
                    ),
                ),
            ),
        ),
        Topic(
            "scars",
            translate("Help", "Which scars respond"),
            _page(
                translate(
                    "Help",
                    "Rolling scars, shallow atrophic and shallow boxcar scars and chickenpox "
                    "scars usually respond; scars on the cheeks respond best.",
                ),
                translate(
                    "Help",
                    "Deep boxcar scars and ice-pick scars hardly respond, if at all. You can "
                    "still track them: the diary counts them apart, so they do not hide the "
                    "progress of the others.",
                ),
            ),
        ),
        Topic(
            "photos",
            translate("Help", "Photos and ratings"),
            _page(
                translate(
                    "Help",
                    "Change is slow and easy to miss. Photos taken the same way every time, and "
                    "your own ratings, show it:",
                ),
                bullets=(
                    translate(
                        "Help",
                        "Same place, distance and angle each time; the camera parallel to the "
                        "skin; no flash.",
                    ),
                    translate(
                        "Help",
                        "Bright, indirect light for colour; low light from one side to show the "
                        "depth of rolling scars.",
                    ),
                    translate(
                        "Help",
                        "Depth: 0 is level with the skin around it, 10 the deepest. Softening: 0 "
                        "is firm and tethered, 10 soft and moving freely.",
                    ),
                    translate(
                        "Help",
                        "Rate every scar before the first session: that is the baseline "
                        "improvement is measured against.",
                    ),
                ),
            ),
        ),
        Topic(
            "doctor",
            translate("Help", "Questions for your doctor"),
            _page(
                translate(
                    "Help",
                    "Some questions people ask; write your own on the Report page and they "
                    "are printed in your summary:",
                ),
                bullets=(
                    translate("Help", "Which of my scars do you expect to respond?"),
                    translate("Help", "How many sessions do you plan, and how far apart?"),
                    translate(
                        "Help", "Should I use tretinoin before, and pause it around each session?"
                    ),
                    translate("Help", "What should I avoid in the days after a session?"),
                    translate("Help", "When would you suggest stopping?"),
                    translate("Help", "How often should I come back for a boost?"),
                ),
            ),
        ),
        Topic(
            "data",
            translate("Help", "Your data and backups"),
            _page(
                translate(
                    "Help",
                    "Everything stays on this computer; Scar Diary makes no network "
                    "connections, except while the Receive from Phone window is open (on your "
                    "own network only). Your diary and photos are in {folder}.",
                ).format(folder=data_folder),
                translate(
                    "Help",
                    "A backup is made every day the diary is opened, and before every update, "
                    "import and restore, in {folder}. Settings lists them; restore one there. "
                    "Keep a copy elsewhere too: File → Export Diary writes one archive with "
                    "everything.",
                ).format(folder=backups_folder),
                translate(
                    "Help",
                    "Exported photos lose their location and camera details unless you choose "
                    "otherwise in Settings.",
                ),
            ),
        ),
        Topic(
            "safety",
            translate("Help", "Who should give the injections"),
            _page(injection_warning(), not_advice()),
        ),
        Topic(
            "keys",
            translate("Help", "Keyboard"),
            _page(
                translate("Help", "Everything works from the keyboard:"),
                bullets=(
                    translate("Help", "Ctrl+1 to Ctrl+6: the pages, from Today to Settings."),
                    translate("Help", "Ctrl+R: rate your scars. Ctrl+N: add a scar."),
                    translate(
                        "Help",
                        "On the face map, the arrow keys move from scar to scar; Enter edits "
                        "the selected one.",
                    ),
                    translate("Help", "Alt and the underlined letter: a button or menu."),
                    translate("Help", "F1: this help. Ctrl+Z and Ctrl+Shift+Z: undo, redo."),
                ),
            ),
        ),
    ]
