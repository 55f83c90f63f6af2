"""imports as a state machine (lease, backoff) and expiring locks

Revision ID: i9_import_states
Revises: 0001
Create Date: 2026-11-29 09:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i9_import_states"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("raw_import", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lease_owner", sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column("lease_until", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(), nullable=True))
        batch_op.create_index("ix_raw_import_status", ["status"], unique=False)
        batch_op.create_index(
            "ix_raw_import_connection_id_status", ["connection_id", "status"], unique=False
        )
    op.create_table(
        "lease_lock",
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("owner", sa.String(length=128), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_lease_lock")),
    )


def downgrade() -> None:
    op.drop_table("lease_lock")
    with op.batch_alter_table("raw_import", schema=None) as batch_op:
        batch_op.drop_index("ix_raw_import_connection_id_status")
        batch_op.drop_index("ix_raw_import_status")
        batch_op.drop_column("next_attempt_at")
        batch_op.drop_column("lease_until")
        batch_op.drop_column("lease_owner")
