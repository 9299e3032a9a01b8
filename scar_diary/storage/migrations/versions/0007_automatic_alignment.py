"""Alignments as 3×3 matrices with how they were made: by hand, or by the automatic method
(its name and version, the tier it reached, its confidence), and when. Old alignments (move,
turn, scale) become their matrices, made by hand.

Revision ID: 0007_automatic_alignment
Revises: 0006_fresh_ratings_lapse
Create Date: 2026-12-02 19:20:00.000000
"""

import json
import math
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_automatic_alignment"
down_revision: str | None = "0006_fresh_ratings_lapse"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("photo_alignments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("matrix", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("method", sa.String(length=40), server_default="hand", nullable=False)
        )
        batch_op.add_column(sa.Column("method_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("tier", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("confidence", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("saved_at", sa.String(length=32), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT fixed_photo_id, moving_photo_id, scale, angle_deg, dx, dy FROM photo_alignments"
        )
    ).all()
    for fixed, moving, scale, angle, dx, dy in rows:
        cos, sin = scale * math.cos(math.radians(angle)), scale * math.sin(math.radians(angle))
        matrix = [cos, -sin, dx, sin, cos, dy, 0.0, 0.0, 1.0]
        connection.execute(
            sa.text(
                "UPDATE photo_alignments SET matrix = :matrix "
                "WHERE fixed_photo_id = :fixed AND moving_photo_id = :moving"
            ),
            {"matrix": json.dumps(matrix), "fixed": fixed, "moving": moving},
        )
    with op.batch_alter_table("photo_alignments", schema=None) as batch_op:
        batch_op.alter_column("matrix", existing_type=sa.Text(), nullable=False)
        batch_op.drop_constraint(op.f("ck_photo_alignments_scale_positive"), type_="check")
        batch_op.drop_column("scale")
        batch_op.drop_column("angle_deg")
        batch_op.drop_column("dx")
        batch_op.drop_column("dy")
        batch_op.create_check_constraint(
            op.f("ck_photo_alignments_tier_known"),
            "tier IS NULL OR tier IN ('aligned', 'approximate')",
        )
        batch_op.create_check_constraint(
            op.f("ck_photo_alignments_confidence_range"),
            "confidence IS NULL OR confidence BETWEEN 0 AND 1",
        )


def downgrade() -> None:
    """Back to move, turn and scale: a perspective keeps its move-turn-scale part."""
    with op.batch_alter_table("photo_alignments", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_photo_alignments_confidence_range"), type_="check")
        batch_op.drop_constraint(op.f("ck_photo_alignments_tier_known"), type_="check")
        for name in ("scale", "angle_deg", "dx", "dy"):
            batch_op.add_column(sa.Column(name, sa.Double(), server_default="0", nullable=False))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT fixed_photo_id, moving_photo_id, matrix FROM photo_alignments")
    ).all()
    for fixed, moving, matrix in rows:
        m = json.loads(matrix)
        connection.execute(
            sa.text(
                "UPDATE photo_alignments SET scale = :scale, angle_deg = :angle, dx = :dx, "
                "dy = :dy WHERE fixed_photo_id = :fixed AND moving_photo_id = :moving"
            ),
            {
                "scale": math.hypot(m[0] / m[8], m[3] / m[8]) or 1.0,
                "angle": math.degrees(math.atan2(m[3], m[0])),
                "dx": m[2] / m[8],
                "dy": m[5] / m[8],
                "fixed": fixed,
                "moving": moving,
            },
        )
    with op.batch_alter_table("photo_alignments", schema=None) as batch_op:
        for name in ("matrix", "method", "method_version", "tier", "confidence", "saved_at"):
            batch_op.drop_column(name)
        batch_op.create_check_constraint(op.f("ck_photo_alignments_scale_positive"), "scale > 0")
