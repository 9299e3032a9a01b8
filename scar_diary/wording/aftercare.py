"""The aftercare guidance in the app's own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scar_diary.domain.aftercare import AftercareTip


def tip_text(tip: AftercareTip) -> str:
    texts = {
        AftercareTip.BUBBLE_ABSORBS: QCoreApplication.translate(
            "Aftercare", "The clear bubble under the skin is normally absorbed within a few hours."
        ),
        AftercareTip.MAY_BLEED: QCoreApplication.translate(
            "Aftercare", "A little bleeding from the needle points is normal."
        ),
        AftercareTip.MAY_SWELL: QCoreApplication.translate(
            "Aftercare", "The skin may be slightly swollen for a short while."
        ),
        AftercareTip.RED_MARKS: QCoreApplication.translate(
            "Aftercare", "Needle marks can stay red for a while."
        ),
        AftercareTip.DONT_TOUCH: QCoreApplication.translate(
            "Aftercare", "Touch the treated places as little as you can."
        ),
        AftercareTip.MAY_LOOK_WORSE_FIRST: QCoreApplication.translate(
            "Aftercare",
            "Some scars look flatter at first; others look a little worse before they improve. "
            "Both are expected.",
        ),
        AftercareTip.GRADUAL_SOFTENING: QCoreApplication.translate(
            "Aftercare",
            "Improvement comes slowly, as scars soften over the series: judge it by your ratings "
            "and photos, not by the mirror from one day to the next.",
        ),
    }
    return texts[tip]
