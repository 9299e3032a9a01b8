"""The inbox: photos that arrived from the phone or the watched folder and wait for a scar.

Revision ID: 0008_inbox
Revises: 0007_automatic_alignment
Create Date: 2026-12-03 01:35:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_inbox"
down_revision: str | None = "0007_automatic_alignment"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inbox_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("relative_path", sa.Text(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_inbox_photos_sha256_length")),
        sa.CheckConstraint("width > 0 AND height > 0", name=op.f("ck_inbox_photos_size_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_photos")),
        sa.UniqueConstraint("sha256", name="uq_inbox_photos_sha256"),
    )


def downgrade() -> None:
    op.drop_table("inbox_photos")
