"""Two protocol settings: how fresh a rating the stop rule needs (after the last session, or
the one before it) and after how many days past a closed window a series has lapsed.

Revision ID: 0006_fresh_ratings_lapse
Revises: 0005_questions_metadata
Create Date: 2026-12-02 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_fresh_ratings_lapse"
down_revision: str | None = "0005_questions_metadata"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("fresh_rating_sessions", sa.Integer(), server_default="1", nullable=False)
        )
        batch_op.add_column(
            sa.Column("lapse_days", sa.Integer(), server_default="90", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_settings_fresh_range"), "fresh_rating_sessions BETWEEN 0 AND 1"
        )
        batch_op.create_check_constraint(
            op.f("ck_settings_lapse_range"), "lapse_days BETWEEN 7 AND 730"
        )


def downgrade() -> None:
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_settings_lapse_range"), type_="check")
        batch_op.drop_constraint(op.f("ck_settings_fresh_range"), type_="check")
        batch_op.drop_column("lapse_days")
        batch_op.drop_column("fresh_rating_sessions")
