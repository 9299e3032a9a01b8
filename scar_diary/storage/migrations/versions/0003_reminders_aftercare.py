"""Reminder states, the clinic's own aftercare list, a diary id for calendar events, and
settings for reminders, notifications and calendar text.

Revision ID: 0003_reminders_aftercare
Revises: 0002_map_view_alignments
Create Date: 2026-11-25 19:52:29.121660
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_reminders_aftercare"
down_revision: str | None = "0002_map_view_alignments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "aftercare_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "length(trim(text)) > 0", name=op.f("ck_aftercare_items_text_not_blank")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aftercare_items")),
    )
    op.create_table(
        "diary_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_diary_identity_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diary_identity")),
    )
    op.create_table(
        "reminder_states",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_reminder_states")),
    )
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("prep_reminder", sa.Boolean(), server_default="1", nullable=False)
        )
        batch_op.add_column(
            sa.Column("retinoid_pause_days", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("neutral_notifications", sa.Boolean(), server_default="1", nullable=False)
        )
        batch_op.add_column(
            sa.Column("calendar_full_text", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_settings_pause_range"), "retinoid_pause_days BETWEEN 0 AND 30"
        )
    op.execute(
        sa.text("INSERT INTO diary_identity (id, uuid) VALUES (1, :uuid)").bindparams(
            uuid=str(uuid.uuid4())
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_settings_pause_range"), type_="check")
        batch_op.drop_column("calendar_full_text")
        batch_op.drop_column("neutral_notifications")
        batch_op.drop_column("retinoid_pause_days")
        batch_op.drop_column("prep_reminder")

    op.drop_table("reminder_states")
    op.drop_table("diary_identity")
    op.drop_table("aftercare_items")
