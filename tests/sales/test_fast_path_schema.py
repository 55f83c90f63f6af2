"""The raw-SQL fast path and the ORM are one schema: the ledger's and the products' column
lists, COPY types and scales come from the SQLAlchemy tables, and a row written by the fast
path is, column for column, the row the ORM writes. Fails if the two ever disagree."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, Table, inspect, text
from sqlalchemy.orm import Session

from tastevin import db
from tastevin.connectors.base import SaleKind, SaleRecord
from tastevin.models import PosProduct, SaleLine
from tastevin.sales import bulk, ingestion
from tests import factories as f

AT = datetime(2026, 11, 21, 21, 17, 3, 250000, tzinfo=UTC)
DAY = date(2026, 11, 21)
LEDGER: Table = SaleLine.__table__  # type: ignore[assignment]
PRODUCTS: Table = PosProduct.__table__  # type: ignore[assignment]


def _database_columns(engine: Engine, table: str) -> list[str]:
    return [c["name"] for c in inspect(engine).get_columns(table) if c["name"] != "id"]


def test_the_column_lists_are_the_migrated_tables(engine: Engine) -> None:
    assert list(bulk.COLUMNS) == _database_columns(engine, "sale_line")
    assert list(ingestion._PRODUCT_COLUMNS) == _database_columns(engine, "pos_product")
    assert list(ingestion._LABEL_COLUMNS) == _database_columns(engine, "pos_product_label")
    assert bulk._ROW == bulk.COLUMNS


def test_copy_types_are_what_postgresql_stores(pg_url: str) -> None:
    with db.engine_for(pg_url).connect() as conn:
        stored = dict(
            conn.execute(
                text(
                    "SELECT column_name, udt_name FROM information_schema.columns "
                    "WHERE table_name = 'sale_line'"
                )
            ).all()
        )
    assert tuple(stored[c] for c in bulk.COLUMNS) == bulk._COPY_TYPES


def _raw(session: Session, table: str, key_column: str, key: str) -> dict[str, Any]:
    row = session.execute(
        text(f"SELECT * FROM {table} WHERE {key_column} = :key"), {"key": key}
    ).mappings()
    return dict(row.one())


def test_a_ledger_row_of_the_fast_path_is_the_orm_row(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    record = SaleRecord(
        key="fast",
        vendor_product_id="W",
        label="WINE",
        quantity=Decimal("-1.5"),
        amount=Decimal("-12.35"),
        sold_at=AT,
        kind=SaleKind.REFUND,
        tax=Decimal("2.06"),
    )
    context = bulk.LedgerContext(rest.id, conn.id, None, {"W": 41}, lambda _moment: DAY)
    assert bulk.insert_ignore_sale_lines(session, [record], context) == 1
    session.add(
        SaleLine(
            restaurant_id=rest.id,
            connection_id=conn.id,
            pos_product_id=41,
            import_id=None,
            idempotency_key="orm",
            quantity=record.quantity,
            amount=record.amount,
            tax=record.tax,
            sold_at=record.sold_at,
            business_day=DAY,
            kind=str(record.kind),
        )
    )
    session.flush()
    fast = _raw(session, "sale_line", "idempotency_key", "fast")
    orm = _raw(session, "sale_line", "idempotency_key", "orm")
    for row in (fast, orm):
        del row["id"], row["idempotency_key"]
    assert fast == orm
    assert fast["quantity"] == -15000 and fast["amount"] == -1235


def test_a_product_row_of_the_fast_path_is_the_orm_row(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    state = ingestion._ProductState(
        "CHABLIS 75CL", Decimal("32.50"), from_catalogue=True, sold=True
    )
    states = {"fast": state}
    ingestion._insert_products(session, conn, states, ["fast"], AT)
    session.add(
        PosProduct(
            restaurant_id=rest.id,
            connection_id=conn.id,
            vendor_product_id="orm",
            label="CHABLIS 75CL",
            last_price=Decimal("32.50"),
            sold=True,
            from_catalogue=True,
            ignored=False,
            first_seen_at=AT,
            last_seen_at=AT,
        )
    )
    session.flush()
    fast = _raw(session, "pos_product", "vendor_product_id", "fast")
    orm = _raw(session, "pos_product", "vendor_product_id", "orm")
    for row in (fast, orm):
        del row["id"], row["vendor_product_id"]
    assert fast == orm
