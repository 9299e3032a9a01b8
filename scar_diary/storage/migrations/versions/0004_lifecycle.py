"""The whole series' lifecycle: boost visits, acne flares, the swelling days, a boost's own
preparation and the retinoid resume day.

Revision ID: 0004_lifecycle
Revises: 0003_reminders_aftercare
Create Date: 2026-11-27 16:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_lifecycle"
down_revision: str | None = "0003_reminders_aftercare"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind",
                sa.Enum(
                    "session",
                    "boost",
                    name="visit_kind",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="session",
                nullable=False,
            )
        )
    with op.batch_alter_table("series", schema=None) as batch_op:
        batch_op.add_column(sa.Column("acne_flared_on", sa.Date(), nullable=True))
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("retinoid_resume_days", sa.Integer(), server_default="2", nullable=False)
        )
        batch_op.add_column(
            sa.Column("swelling_days", sa.Integer(), server_default="2", nullable=False)
        )
        batch_op.add_column(
            sa.Column("boost_needs_prep", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_settings_resume_range"), "retinoid_resume_days BETWEEN 0 AND 30"
        )
        batch_op.create_check_constraint(
            op.f("ck_settings_swelling_range"), "swelling_days BETWEEN 0 AND 14"
        )


def downgrade() -> None:
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_settings_swelling_range"), type_="check")
        batch_op.drop_constraint(op.f("ck_settings_resume_range"), type_="check")
        batch_op.drop_column("boost_needs_prep")
        batch_op.drop_column("swelling_days")
        batch_op.drop_column("retinoid_resume_days")
    with op.batch_alter_table("series", schema=None) as batch_op:
        batch_op.drop_column("acne_flared_on")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_column("kind")
