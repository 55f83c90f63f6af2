"""issue 10: ticket versions in the ledger, set-aside items, POS day totals

Revision ID: i10_reading
Revises: i12_stock
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i10_reading"
down_revision = "i12_stock"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sale_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ticket", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("version", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("superseded_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("superseded_by", sa.Integer(), nullable=True))
        batch_op.create_index(
            "ix_sale_line_ticket",
            ["connection_id", "ticket"],
            unique=False,
            sqlite_where=sa.text("ticket IS NOT NULL"),
            postgresql_where=sa.text("ticket IS NOT NULL"),
        )
    op.create_table(
        "set_aside_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("restaurant_id", sa.Integer(), nullable=False),
        sa.Column("connection_id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("ref", sa.String(length=200), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=True),
        sa.Column("business_day", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["pos_connection.id"],
            name=op.f("fk_set_aside_item_connection_id_pos_connection"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["raw_import.id"],
            name=op.f("fk_set_aside_item_import_id_raw_import"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["restaurant_id"],
            ["restaurant.id"],
            name=op.f("fk_set_aside_item_restaurant_id_restaurant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_set_aside_item")),
        sa.UniqueConstraint(
            "import_id", "fingerprint", name=op.f("uq_set_aside_item_import_id_fingerprint")
        ),
    )
    with op.batch_alter_table("set_aside_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_set_aside_item_connection_id"), ["connection_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_set_aside_item_restaurant_id"), ["restaurant_id"], unique=False
        )
    op.create_table(
        "pos_day_total",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("restaurant_id", sa.Integer(), nullable=False),
        sa.Column("connection_id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("business_day", sa.Date(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["pos_connection.id"],
            name=op.f("fk_pos_day_total_connection_id_pos_connection"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["restaurant_id"],
            ["restaurant.id"],
            name=op.f("fk_pos_day_total_restaurant_id_restaurant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pos_day_total")),
        sa.UniqueConstraint(
            "connection_id", "ref", name=op.f("uq_pos_day_total_connection_id_ref")
        ),
    )
    with op.batch_alter_table("pos_day_total", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pos_day_total_connection_id"), ["connection_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_pos_day_total_restaurant_id"), ["restaurant_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("pos_day_total")
    op.drop_table("set_aside_item")
    with op.batch_alter_table("sale_line", schema=None) as batch_op:
        batch_op.drop_index("ix_sale_line_ticket")
        batch_op.drop_column("superseded_by")
        batch_op.drop_column("superseded_at")
        batch_op.drop_column("version")
        batch_op.drop_column("ticket")
