"""what a night's ingestion costs the database server: no foreign key on the product label
history, raw bodies compressed with lz4 on PostgreSQL

Revision ID: s4_pg16_ingest_cost
Revises: i15_error_messages

The label history (``pos_product_label``) is written in bulk with its products, by the
ingestion service only, from ids it has just resolved in the same transaction; products are
never deleted while their restaurant exists. Its foreign key cost PostgreSQL a trigger per
row that locks the product row (a WAL record each): measured at 300 restaurants, more than
the insert of the labels itself. The ledger (``sale_line``) carries none for the same reason.

PostgreSQL compresses a raw body (an API page, often 100-150 kB) when it is stored; its
default compressor (pglz) was the largest single function of the server's time in a
night. lz4 is several times faster for a similar size. Servers built without lz4 keep pglz.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s4_pg16_ingest_cost"
down_revision = "i15_error_messages"
branch_labels = None
depends_on = None


def _lz4_available() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    values = bind.scalar(
        sa.text("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'")
    )
    return "lz4" in (values or [])


def upgrade() -> None:
    # pos_product_label is referenced by no table: rebuilding it on SQLite cascades nothing.
    with op.batch_alter_table("pos_product_label", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_pos_product_label_pos_product_id_pos_product"), type_="foreignkey"
        )
    if _lz4_available():
        # Rows already stored keep their compression; new ones use lz4.
        op.execute("ALTER TABLE raw_import ALTER COLUMN body SET COMPRESSION lz4")


def downgrade() -> None:
    if _lz4_available():
        op.execute("ALTER TABLE raw_import ALTER COLUMN body SET COMPRESSION pglz")
    with op.batch_alter_table("pos_product_label", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_pos_product_label_pos_product_id_pos_product"),
            "pos_product",
            ["pos_product_id"],
            ["id"],
            ondelete="CASCADE",
        )
