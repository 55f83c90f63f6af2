"""why an import or a connection failed, as data (template and values), for translation

Revision ID: i15_error_messages
Revises: i13_sign_in
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i15_error_messages"
down_revision = "i13_sign_in"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("raw_import", schema=None) as batch_op:
        batch_op.add_column(sa.Column("error_message", sa.JSON(), nullable=True))
    with op.batch_alter_table("pos_connection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_error_message", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pos_connection", schema=None) as batch_op:
        batch_op.drop_column("last_error_message")
    with op.batch_alter_table("raw_import", schema=None) as batch_op:
        batch_op.drop_column("error_message")
