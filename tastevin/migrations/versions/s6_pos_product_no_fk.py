"""what a night's catalogue costs the database server: no foreign keys on the POS products

Revision ID: s6_pos_product_no_fk
Revises: s4_pg16_ingest_cost

A POS product is written by the ingestion service only, for the connection it is applying
and that connection's restaurant, both loaded in the same unit of work; neither is ever
deleted while its products live. Its two foreign keys cost PostgreSQL two triggers per
product row, each locking the parent row: measured on ``night.py`` (300 restaurants, 426
products each), the catalogue's insert took 25 ms of server time per restaurant with them
and 17 ms without, the largest statement of a night. The products' own dependants (links,
history) keep theirs.

On SQLite the table is rebuilt (``batch_alter_table``): ``env.py`` turns foreign keys off
for the migration, so dropping the old table cascades to no link, and checks them after.
"""

from __future__ import annotations

from alembic import op

revision = "s6_pos_product_no_fk"
down_revision = "s4_pg16_ingest_cost"
branch_labels = None
depends_on = None

_RESTAURANT = "fk_pos_product_restaurant_id_restaurant"
_CONNECTION = "fk_pos_product_connection_id_pos_connection"


def upgrade() -> None:
    with op.batch_alter_table("pos_product", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f(_RESTAURANT), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f(_CONNECTION), type_="foreignkey")


def downgrade() -> None:
    with op.batch_alter_table("pos_product", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f(_RESTAURANT), "restaurant", ["restaurant_id"], ["id"], ondelete="CASCADE"
        )
        batch_op.create_foreign_key(
            batch_op.f(_CONNECTION),
            "pos_connection",
            ["connection_id"],
            ["id"],
            ondelete="CASCADE",
        )
