"""The ledger's fast path: insert many sale lines, skipping those already there.

PostgreSQL: ``COPY`` into a temporary staging table, then one ``INSERT … SELECT … ON
CONFLICT DO NOTHING``. SQLite: ``INSERT OR IGNORE`` with ``executemany``. Both report how
many rows were really added. Values go through the columns' own type processors, so what
is written is exactly what the ORM would write.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from tastevin.models import SaleLine

_TABLE: Table = SaleLine.__table__  # type: ignore[assignment]
COLUMNS = (
    "restaurant_id",
    "connection_id",
    "pos_product_id",
    "import_id",
    "idempotency_key",
    "quantity",
    "amount",
    "tax",
    "sold_at",
    "business_day",
    "kind",
)
_STAGE = "sale_line_stage"


def _processed(session: Session, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    dialect = session.get_bind().dialect
    processors = [_TABLE.c[name].type.bind_processor(dialect) for name in COLUMNS]
    return [
        tuple(
            proc(row[name]) if proc is not None else row[name]
            for name, proc in zip(COLUMNS, processors, strict=True)
        )
        for row in rows
    ]


def insert_ignore_sale_lines(session: Session, rows: list[dict[str, Any]]) -> int:
    values = _processed(session, rows)
    dbapi = session.connection().connection.driver_connection
    assert dbapi is not None
    if session.get_bind().dialect.name == "postgresql":
        return _postgres(dbapi, values)
    return _sqlite(dbapi, values)


def _sqlite(dbapi: Any, values: list[tuple[Any, ...]]) -> int:
    placeholders = ", ".join("?" for _ in COLUMNS)
    cursor = dbapi.executemany(
        f"INSERT OR IGNORE INTO sale_line ({', '.join(COLUMNS)}) VALUES ({placeholders})",
        values,
    )
    return int(cursor.rowcount)


def _postgres(dbapi: Any, values: list[tuple[Any, ...]]) -> int:
    columns = ", ".join(COLUMNS)
    with dbapi.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {_STAGE} ON COMMIT DELETE ROWS "
            f"AS SELECT {columns} FROM sale_line WITH NO DATA"
        )
        cursor.execute(f"TRUNCATE {_STAGE}")
        with cursor.copy(f"COPY {_STAGE} ({columns}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
        cursor.execute(
            f"INSERT INTO sale_line ({columns}) SELECT {columns} FROM {_STAGE} "
            "ON CONFLICT (connection_id, idempotency_key) DO NOTHING"
        )
        added = cursor.rowcount
        cursor.execute(f"TRUNCATE {_STAGE}")
    return int(added)
