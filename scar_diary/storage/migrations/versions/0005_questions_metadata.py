"""The questions for the doctor and the photo-metadata choice live in the diary (they were
window settings, lost outside the app and left out of archives).

Revision ID: 0005_questions_metadata
Revises: 0004_lifecycle
Create Date: 2026-11-27 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_questions_metadata"
down_revision: str | None = "0004_lifecycle"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("questions", sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("strip_photo_metadata", sa.Boolean(), server_default="1", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.drop_column("strip_photo_metadata")
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.drop_column("questions")
