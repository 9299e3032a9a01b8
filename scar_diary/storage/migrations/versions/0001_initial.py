"""Initial schema: profile, settings, scars, series, visits, ratings, photos.

Instants are ISO-8601 text with an explicit UTC offset (see storage/types.py).

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25 19:23:26.583578
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("doctor", sa.Text(), nullable=False),
        sa.Column("clinic", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_profile_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )
    op.create_table(
        "scars",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column(
            "region",
            sa.Enum(
                "forehead",
                "left_temple",
                "right_temple",
                "left_cheek",
                "right_cheek",
                "nose",
                "upper_lip",
                "chin",
                "left_jawline",
                "right_jawline",
                "other",
                name="face_region",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "scar_type",
            sa.Enum(
                "rolling",
                "shallow_boxcar",
                "deep_boxcar",
                "ice_pick",
                "shallow_atrophic",
                "chickenpox",
                "other",
                name="scar_type",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("map_x", sa.Double(), nullable=True),
        sa.Column("map_y", sa.Double(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("length(trim(label)) > 0", name=op.f("ck_scars_label_not_blank")),
        sa.CheckConstraint(
            "map_x IS NULL OR map_x BETWEEN 0 AND 1", name=op.f("ck_scars_map_x_range")
        ),
        sa.CheckConstraint(
            "map_y IS NULL OR map_y BETWEEN 0 AND 1", name=op.f("ck_scars_map_y_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scars")),
    )
    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prep_started_on", sa.Date(), nullable=True),
        sa.Column("acne_clear_on", sa.Date(), nullable=True),
        sa.Column("planned_sessions", sa.Integer(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column(
            "end_reason",
            sa.Enum(
                "completed",
                "stopped",
                name="series_end",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint(
            "(ended_on IS NULL) = (end_reason IS NULL)", name=op.f("ck_series_end_has_reason")
        ),
        sa.CheckConstraint(
            "planned_sessions IS NULL OR planned_sessions BETWEEN 1 AND 50",
            name=op.f("ck_series_planned_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series")),
    )
    op.create_table(
        "settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prep_days", sa.Integer(), nullable=False),
        sa.Column("interval_min_days", sa.Integer(), nullable=False),
        sa.Column("interval_max_days", sa.Integer(), nullable=False),
        sa.Column("series_min", sa.Integer(), nullable=False),
        sa.Column("series_max", sa.Integer(), nullable=False),
        sa.Column("no_improvement_pct", sa.Double(), nullable=False),
        sa.Column("boosts_per_year", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "boosts_per_year BETWEEN 0 AND 12", name=op.f("ck_settings_boosts_range")
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_settings_single_row")),
        sa.CheckConstraint(
            "interval_max_days BETWEEN interval_min_days AND 365",
            name=op.f("ck_settings_interval_max_range"),
        ),
        sa.CheckConstraint(
            "interval_min_days BETWEEN 1 AND 365", name=op.f("ck_settings_interval_min_range")
        ),
        sa.CheckConstraint(
            "no_improvement_pct BETWEEN 0 AND 100", name=op.f("ck_settings_threshold_range")
        ),
        sa.CheckConstraint("prep_days BETWEEN 0 AND 365", name=op.f("ck_settings_prep_days_range")),
        sa.CheckConstraint(
            "series_max BETWEEN series_min AND 50", name=op.f("ck_settings_series_max_range")
        ),
        sa.CheckConstraint(
            "series_min BETWEEN 1 AND 50", name=op.f("ck_settings_series_min_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settings")),
    )
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scar_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("relative_path", sa.Text(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_photos_sha256_length")),
        sa.CheckConstraint("width > 0 AND height > 0", name=op.f("ck_photos_size_positive")),
        sa.ForeignKeyConstraint(
            ["scar_id"], ["scars.id"], name=op.f("fk_photos_scar_id_scars"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
        sa.UniqueConstraint("scar_id", "sha256", name="uq_photos_scar_sha256"),
    )
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photos_scar_id"), ["scar_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photos_sha256"), ["sha256"], unique=False)

    op.create_table(
        "ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scar_id", sa.Integer(), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("depth", sa.Integer(), nullable=False),
        sa.Column("softening", sa.Integer(), nullable=False),
        sa.Column("visibility", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("depth BETWEEN 0 AND 10", name=op.f("ck_ratings_depth_range")),
        sa.CheckConstraint("softening BETWEEN 0 AND 10", name=op.f("ck_ratings_softening_range")),
        sa.CheckConstraint(
            "visibility IS NULL OR (visibility BETWEEN 0 AND 10)",
            name=op.f("ck_ratings_visibility_range"),
        ),
        sa.ForeignKeyConstraint(
            ["scar_id"], ["scars.id"], name=op.f("fk_ratings_scar_id_scars"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ratings")),
    )
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ratings_scar_id"), ["scar_id"], unique=False)

    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("scheduled_on", sa.Date(), nullable=False),
        sa.Column("scheduled_time", sa.Time(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "booked",
                "done",
                "cancelled",
                name="visit_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            name=op.f("fk_visits_series_id_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visits_series_id"), ["series_id"], unique=False)

    op.create_table(
        "visit_scars",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("scar_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scar_id"], ["scars.id"], name=op.f("fk_visit_scars_scar_id_scars"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
            name=op.f("fk_visit_scars_visit_id_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("visit_id", "scar_id", name=op.f("pk_visit_scars")),
    )


def downgrade() -> None:
    op.drop_table("visit_scars")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_series_id"))

    op.drop_table("visits")
    with op.batch_alter_table("ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ratings_scar_id"))

    op.drop_table("ratings")
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photos_sha256"))
        batch_op.drop_index(batch_op.f("ix_photos_scar_id"))

    op.drop_table("photos")
    op.drop_table("settings")
    op.drop_table("series")
    op.drop_table("scars")
    op.drop_table("profile")
