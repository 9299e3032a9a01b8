"""Scar pins on front or side views of the face; saved photo alignments.

Revision ID: 0002_map_view_alignments
Revises: 0001_initial
Create Date: 2026-11-25 19:34:40.936889
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_map_view_alignments"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "photo_alignments",
        sa.Column("fixed_photo_id", sa.Integer(), nullable=False),
        sa.Column("moving_photo_id", sa.Integer(), nullable=False),
        sa.Column("scale", sa.Double(), nullable=False),
        sa.Column("angle_deg", sa.Double(), nullable=False),
        sa.Column("dx", sa.Double(), nullable=False),
        sa.Column("dy", sa.Double(), nullable=False),
        sa.CheckConstraint(
            "fixed_photo_id <> moving_photo_id", name=op.f("ck_photo_alignments_two_photos")
        ),
        sa.CheckConstraint("scale > 0", name=op.f("ck_photo_alignments_scale_positive")),
        sa.ForeignKeyConstraint(
            ["fixed_photo_id"],
            ["photos.id"],
            name=op.f("fk_photo_alignments_fixed_photo_id_photos"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["moving_photo_id"],
            ["photos.id"],
            name=op.f("fk_photo_alignments_moving_photo_id_photos"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "fixed_photo_id", "moving_photo_id", name=op.f("pk_photo_alignments")
        ),
    )
    with op.batch_alter_table("scars", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "map_view",
                sa.Enum(
                    "front",
                    "left",
                    "right",
                    name="map_view",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="front",
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("scars", schema=None) as batch_op:
        batch_op.drop_column("map_view")

    op.drop_table("photo_alignments")
