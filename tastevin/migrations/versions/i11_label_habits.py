"""label habits learnt per POS connection (issue 11)

Revision ID: i11_habits
Revises: i10_reading
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i11_habits"
down_revision = "i10_reading"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pos_connection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("label_habits", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pos_connection", schema=None) as batch_op:
        batch_op.drop_column("label_habits")
