"""A realistic, made-up sample diary for exploring the app and for tests.

Dates are relative to `today` so the sample always looks current: five sessions done 14–21
days apart (the last one three days ago, so aftercare shows), the sixth booked inside its
window, and six scars that improve unevenly — the ice-pick scar on the chin not at all.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from scar_diary.domain.entities import FaceRegion, ScarType
from scar_diary.services.demo_photos import scar_photo
from scar_diary.services.diary import SAMPLE_MARKER, Diary, Profile
from scar_diary.services.errors import InvalidInput
from scar_diary.storage.database import DB_FILENAME

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class _SampleScar:
    label: str
    region: FaceRegion
    scar_type: ScarType
    x: float
    y: float
    depths: tuple[int, ...]  # baseline, then after sessions 1..5
    softening: tuple[int, ...]


translate = QCoreApplication.translate  # a plain name lupdate recognises

_SCARS = (
    _SampleScar(
        "Left cheek, lower",
        FaceRegion.LEFT_CHEEK,
        ScarType.ROLLING,
        0.30,
        0.58,
        (7, 8, 6, 5, 4, 3),
        (2, 2, 3, 5, 6, 7),
    ),
    _SampleScar(
        "Right cheek, upper",
        FaceRegion.RIGHT_CHEEK,
        ScarType.ROLLING,
        0.70,
        0.50,
        (6, 6, 5, 4, 4, 3),
        (3, 3, 4, 5, 6, 6),
    ),
    _SampleScar(
        "Right cheek, near ear",
        FaceRegion.RIGHT_CHEEK,
        ScarType.SHALLOW_BOXCAR,
        0.80,
        0.55,
        (5, 5, 5, 4, 4, 3),
        (3, 3, 3, 4, 4, 5),
    ),
    _SampleScar(
        "Left temple",
        FaceRegion.LEFT_TEMPLE,
        ScarType.SHALLOW_ATROPHIC,
        0.18,
        0.30,
        (4, 4, 4, 4, 3, 3),
        (4, 4, 4, 5, 5, 5),
    ),
    _SampleScar(
        "Forehead, centre",
        FaceRegion.FOREHEAD,
        ScarType.CHICKENPOX,
        0.50,
        0.18,
        (5, 5, 5, 5, 4, 4),
        (3, 3, 4, 4, 4, 4),
    ),
    _SampleScar(
        "Chin",
        FaceRegion.CHIN,
        ScarType.ICE_PICK,
        0.52,
        0.86,
        (8, 8, 8, 8, 8, 8),
        (2, 2, 2, 2, 2, 2),
    ),
)
# Days between the five done sessions; the last one was three days before `today`.
_GAPS = (15, 21, 14, 16)
_LAST_DONE_DAYS_AGO = 3
_NEXT_GAP = 16


def _labels() -> tuple[str, ...]:
    """The sample scars' names, in the user's language (in the order of _SCARS)."""
    return (
        translate("Demo", "Left cheek, lower"),
        translate("Demo", "Right cheek, upper"),
        translate("Demo", "Right cheek, near ear"),
        translate("Demo", "Left temple"),
        translate("Demo", "Forehead, centre"),
        translate("Demo", "Chin"),
    )


def write_sample(data_dir: Path, today: dt.date) -> Diary:
    """Create the sample diary in an empty folder (or refresh an earlier sample) and open it."""
    data_dir = Path(data_dir)
    db_file = data_dir / DB_FILENAME
    if db_file.exists():
        if not (data_dir / SAMPLE_MARKER).exists():
            raise InvalidInput(
                QCoreApplication.translate(
                    "Demo",
                    "{folder} already holds a diary; the sample is only written to an empty folder.",
                ).format(folder=data_dir)
            )
        for leftover in (db_file, *data_dir.glob(DB_FILENAME + "-*")):
            leftover.unlink()
    diary = Diary.open(data_dir, fresh=True)
    (data_dir / SAMPLE_MARKER).write_text(
        "This folder holds Scar Diary's made-up sample diary. It is replaced whenever the "
        "sample is opened again; keep nothing of your own here.\n",
        encoding="utf-8",
    )
    _fill(diary, today)
    return diary


def _fill(diary: Diary, today: dt.date) -> None:
    sessions = [today - _LAST_DONE_DAYS_AGO * _DAY]
    for gap in reversed(_GAPS):
        sessions.insert(0, sessions[0] - gap * _DAY)
    prep_start = sessions[0] - 20 * _DAY

    diary.profile.save(
        Profile(
            translate("Demo", "Sam Sample (made-up)"),
            translate("Demo", "Dr. A. Example"),
            translate("Demo", "Example Skin Clinic"),
        )
    )
    diary.series.start(prep_start, acne_clear_on=prep_start - 6 * _DAY)
    scar_ids = [
        diary.scars.add(label, s.region, s.scar_type, map_x=s.x, map_y=s.y)
        for label, s in zip(_labels(), _SCARS, strict=True)
    ]
    for scar_id, scar in zip(scar_ids, _SCARS, strict=True):
        diary.ratings.record(
            scar_id,
            prep_start,
            scar.depths[0],
            scar.softening[0],
            today=today,
            visibility=min(scar.depths[0] + 1, 10),
        )
        diary.ratings.record(
            scar_id,
            sessions[0] - 2 * _DAY,
            scar.depths[0],
            scar.softening[0],
            today=today,
            visibility=scar.depths[0],
            note=translate("Demo", "Baseline, side light from the window."),
        )
    for number, on in enumerate(sessions, start=1):
        visit = diary.series.book(on, dt.time(10, 30))
        diary.series.complete(
            visit,
            scar_ids,
            notes=translate("Demo", "Session {n}; a little bruising.").format(n=number),
            today=today,
        )
        rated_on = min(on + 3 * _DAY, today)
        for scar_id, scar in zip(scar_ids, _SCARS, strict=True):
            diary.ratings.record(
                scar_id,
                rated_on,
                scar.depths[number],
                scar.softening[number],
                today=today,
                visibility=scar.depths[number],
            )
    diary.series.book(sessions[-1] + _NEXT_GAP * _DAY, dt.time(10, 30))
    _add_photos(diary, scar_ids, sessions, today)


def _add_photos(diary: Diary, scar_ids: list[int], sessions: list[dt.date], today: dt.date) -> None:
    """Three photos per scar: baseline, after session 3, and the latest."""
    shots = (
        (0, sessions[0] - 2 * _DAY),
        (3, sessions[2] + 3 * _DAY),
        (5, min(sessions[4] + 3 * _DAY, today)),
    )
    with tempfile.TemporaryDirectory() as folder:
        for scar_id, scar in zip(scar_ids, _SCARS, strict=True):
            files = []
            for index, (after, day) in enumerate(shots):
                taken = dt.datetime.combine(day, dt.time(9, 30)).astimezone()
                data = scar_photo(
                    scar.depths[after],
                    taken,
                    seed=scar_id * 10 + index,
                    skin_seed=scar_id,
                    narrow=scar.scar_type is ScarType.ICE_PICK,
                )
                path = Path(folder) / f"scar{scar_id}-{index}.jpg"
                path.write_bytes(data)
                files.append(path)
            diary.photos.import_files(scar_id, files)
