"""The diary's tables. Ranges and enumerations are CHECK constraints, so a bad value can never
reach the file, whichever code path writes it."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Column,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from scar_diary.domain import limits
from scar_diary.domain.entities import (
    FaceRegion,
    MapView,
    ScarType,
    SeriesEnd,
    VisitKind,
    VisitStatus,
)
from scar_diary.storage.types import UtcDateTime, utc_now

# Named constraints let Alembic's batch mode rebuild tables reliably.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum(enum_class: type[StrEnum], name: str) -> Enum:
    """Store the enum's value (not its Python name) as text with a CHECK constraint."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _between(column: str, limit: limits.Limit, low: str | None = None) -> str:
    """`column BETWEEN low AND high`; `low` may name another column instead."""
    return f"{column} BETWEEN {low or limit.low} AND {limit.high}"


def _score_check(column: str, nullable: bool = False) -> CheckConstraint:
    condition = _between(column, limits.SCORE)
    if nullable:
        condition = f"{column} IS NULL OR ({condition})"
    return CheckConstraint(condition, name=f"{column}_range")


class ProfileRow(Base):
    """The single profile row (id 1): optional names printed on the doctor summary."""

    __tablename__ = "profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(Text, default="")
    doctor: Mapped[str] = mapped_column(Text, default="")
    clinic: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="", server_default="")


class SettingsRow(Base):
    """The single settings row (id 1) holding the protocol numbers."""

    __tablename__ = "settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint(_between("prep_days", limits.PREP_DAYS), name="prep_days_range"),
        CheckConstraint(
            _between("interval_min_days", limits.INTERVAL_DAYS), name="interval_min_range"
        ),
        CheckConstraint(
            _between("interval_max_days", limits.INTERVAL_DAYS, "interval_min_days"),
            name="interval_max_range",
        ),
        CheckConstraint(_between("series_min", limits.SERIES_SESSIONS), name="series_min_range"),
        CheckConstraint(
            _between("series_max", limits.SERIES_SESSIONS, "series_min"), name="series_max_range"
        ),
        CheckConstraint(
            _between("no_improvement_pct", limits.NO_IMPROVEMENT_PCT), name="threshold_range"
        ),
        CheckConstraint(_between("boosts_per_year", limits.BOOSTS_PER_YEAR), name="boosts_range"),
        CheckConstraint(
            _between("retinoid_pause_days", limits.RETINOID_PAUSE_DAYS), name="pause_range"
        ),
        CheckConstraint(
            _between("retinoid_resume_days", limits.RETINOID_RESUME_DAYS), name="resume_range"
        ),
        CheckConstraint(_between("swelling_days", limits.SWELLING_DAYS), name="swelling_range"),
        CheckConstraint(
            _between("fresh_rating_sessions", limits.FRESH_RATING_SESSIONS), name="fresh_range"
        ),
        CheckConstraint(_between("lapse_days", limits.LAPSE_DAYS), name="lapse_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    prep_days: Mapped[int]
    interval_min_days: Mapped[int]
    interval_max_days: Mapped[int]
    series_min: Mapped[int]
    series_max: Mapped[int]
    no_improvement_pct: Mapped[float]
    boosts_per_year: Mapped[int]
    prep_reminder: Mapped[bool] = mapped_column(default=True, server_default="1")
    retinoid_pause_days: Mapped[int] = mapped_column(default=0, server_default="0")
    neutral_notifications: Mapped[bool] = mapped_column(default=True, server_default="1")
    calendar_full_text: Mapped[bool] = mapped_column(default=False, server_default="0")
    retinoid_resume_days: Mapped[int] = mapped_column(default=2, server_default="2")
    swelling_days: Mapped[int] = mapped_column(default=2, server_default="2")
    boost_needs_prep: Mapped[bool] = mapped_column(default=False, server_default="0")
    strip_photo_metadata: Mapped[bool] = mapped_column(default=True, server_default="1")
    fresh_rating_sessions: Mapped[int] = mapped_column(default=1, server_default="1")
    lapse_days: Mapped[int] = mapped_column(default=90, server_default="90")


class ScarRow(Base):
    __tablename__ = "scars"
    __table_args__ = (
        CheckConstraint("length(trim(label)) > 0", name="label_not_blank"),
        CheckConstraint("map_x IS NULL OR map_x BETWEEN 0 AND 1", name="map_x_range"),
        CheckConstraint("map_y IS NULL OR map_y BETWEEN 0 AND 1", name="map_y_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    region: Mapped[FaceRegion] = mapped_column(_enum(FaceRegion, "face_region"))
    scar_type: Mapped[ScarType] = mapped_column(_enum(ScarType, "scar_type"))
    map_x: Mapped[float | None]
    map_y: Mapped[float | None]
    map_view: Mapped[MapView] = mapped_column(
        _enum(MapView, "map_view"), default=MapView.FRONT, server_default=MapView.FRONT.value
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    ratings: Mapped[list[RatingRow]] = relationship(
        back_populates="scar", cascade="all, delete-orphan", passive_deletes=True
    )
    photos: Mapped[list[PhotoRow]] = relationship(
        back_populates="scar", cascade="all, delete-orphan", passive_deletes=True
    )


class SeriesRow(Base):
    __tablename__ = "series"
    __table_args__ = (
        CheckConstraint("(ended_on IS NULL) = (end_reason IS NULL)", name="end_has_reason"),
        CheckConstraint(
            "planned_sessions IS NULL OR " + _between("planned_sessions", limits.SERIES_SESSIONS),
            name="planned_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    prep_started_on: Mapped[dt.date | None]
    acne_clear_on: Mapped[dt.date | None]
    planned_sessions: Mapped[int | None]
    ended_on: Mapped[dt.date | None]
    end_reason: Mapped[SeriesEnd | None] = mapped_column(_enum(SeriesEnd, "series_end"))
    notes: Mapped[str] = mapped_column(Text, default="")
    acne_flared_on: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    visits: Mapped[list[VisitRow]] = relationship(
        back_populates="series", cascade="all, delete-orphan", passive_deletes=True
    )


visit_scars = Table(
    "visit_scars",
    Base.metadata,
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True),
    Column("scar_id", ForeignKey("scars.id", ondelete="CASCADE"), primary_key=True),
)


class VisitRow(Base):
    """One treatment session. The appointment is a clinic wall-clock date and time, so it is
    stored as a local date plus an optional local time, not as a UTC instant that would move
    when the computer's time zone does."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    scheduled_on: Mapped[dt.date]
    scheduled_time: Mapped[dt.time | None]
    status: Mapped[VisitStatus] = mapped_column(_enum(VisitStatus, "visit_status"))
    kind: Mapped[VisitKind] = mapped_column(
        _enum(VisitKind, "visit_kind"),
        default=VisitKind.SESSION,
        server_default=VisitKind.SESSION.value,
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    series: Mapped[SeriesRow] = relationship(back_populates="visits")
    treated_scars: Mapped[list[ScarRow]] = relationship(secondary=visit_scars)


class RatingRow(Base):
    __tablename__ = "ratings"
    __table_args__ = (
        _score_check("depth"),
        _score_check("softening"),
        _score_check("visibility", nullable=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scar_id: Mapped[int] = mapped_column(ForeignKey("scars.id", ondelete="CASCADE"), index=True)
    rated_on: Mapped[dt.date]
    depth: Mapped[int] = mapped_column(Integer)
    softening: Mapped[int] = mapped_column(Integer)
    visibility: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    scar: Mapped[ScarRow] = relationship(back_populates="ratings")


class PhotoRow(Base):
    __tablename__ = "photos"
    __table_args__ = (
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint("width > 0 AND height > 0", name="size_positive"),
        UniqueConstraint("scar_id", "sha256", name="uq_photos_scar_sha256"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scar_id: Mapped[int] = mapped_column(ForeignKey("scars.id", ondelete="CASCADE"), index=True)
    taken_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    sha256: Mapped[str] = mapped_column(Text, index=True)
    relative_path: Mapped[str] = mapped_column(Text)
    width: Mapped[int]
    height: Mapped[int]
    original_name: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    scar: Mapped[ScarRow] = relationship(back_populates="photos")


class InboxPhotoRow(Base):
    """A photo that arrived (from the phone, or the watched folder) and waits for the patient
    to give it a scar. Its file is in the photo store already, checked and sealed like any
    photo; accepting it records a PhotoRow for the scar, discarding it removes the file when
    no photo uses it."""

    __tablename__ = "inbox_photos"
    __table_args__ = (
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint("width > 0 AND height > 0", name="size_positive"),
        UniqueConstraint("sha256", name="uq_inbox_photos_sha256"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    sha256: Mapped[str] = mapped_column(Text)
    relative_path: Mapped[str] = mapped_column(Text)
    width: Mapped[int]
    height: Mapped[int]
    original_name: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")  # the phone's name, or the folder
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class AlignmentRow(Base):
    """How a later photo lines up with an earlier one (see domain/alignment.py), saved so every
    comparison and the report use the same alignment: the 3×3 matrix (later-photo pixels →
    earlier-photo pixels, JSON of nine numbers), made by hand or by the automatic method (its
    name, version, tier and confidence), and when."""

    __tablename__ = "photo_alignments"
    __table_args__ = (
        CheckConstraint("fixed_photo_id <> moving_photo_id", name="two_photos"),
        CheckConstraint("tier IS NULL OR tier IN ('aligned', 'approximate')", name="tier_known"),
        CheckConstraint(
            "confidence IS NULL OR confidence BETWEEN 0 AND 1", name="confidence_range"
        ),
    )

    fixed_photo_id: Mapped[int] = mapped_column(
        ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True
    )
    moving_photo_id: Mapped[int] = mapped_column(
        ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True
    )
    matrix: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(40), server_default="hand")
    method_version: Mapped[int | None]
    tier: Mapped[str | None] = mapped_column(String(20))
    confidence: Mapped[float | None]
    saved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class DiaryIdentityRow(Base):
    """A random id made once per diary, so calendar event ids never clash between diaries."""

    __tablename__ = "diary_identity"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text)


class ReminderStateRow(Base):
    """What the user did with a reminder: dismissed it, or snoozed it until a day."""

    __tablename__ = "reminder_states"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    dismissed: Mapped[bool] = mapped_column(default=False)
    snoozed_until: Mapped[dt.date | None]


class AftercareItemRow(Base):
    """The clinic's own aftercare instructions, in order; none = the built-in list."""

    __tablename__ = "aftercare_items"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
