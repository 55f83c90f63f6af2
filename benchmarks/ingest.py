"""Ingestion throughput against the database's own fastest bulk path, in the same run.

Applies N generated sale lines (1,000 POS products, 200 linked beverages) through the
ingestion service in batches of 10,000 (one transaction each, as a night's import would),
then inserts the same rows into a scratch table of the same shape with the raw bulk path
(PostgreSQL ``COPY``, SQLite ``executemany``), then re-applies every batch and counts the
rows added (must be 0).

    python benchmarks/ingest.py [--database-url URL] [--lines N]

Last line: ``lines_per_s=<n> raw_lines_per_s=<n> ratio=<r> resend_added=<n>``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tastevin.connectors.base import CanonicalBatch, PosProductRecord, SaleKind, SaleRecord
from tastevin.connectors.registry import capabilities
from tastevin.db import make_engine, session_factory
from tastevin.migrate import upgrade
from tastevin.models import Beverage, Link, PosConnection, PosProduct, Restaurant
from tastevin.models.enums import Vendor
from tastevin.sales import bulk
from tastevin.sales.ingestion import apply_batch

PRODUCTS = 1000
BEVERAGES = 200
BATCH = 10_000
START = datetime(2026, 1, 1, 18, 0, tzinfo=UTC)
PRICES = [Decimal(f"{5 + i % 90}.50") for i in range(PRODUCTS)]


def batches(lines: int) -> Iterator[CanonicalBatch]:
    for first in range(0, lines, BATCH):
        sales = []
        for i in range(first, min(lines, first + BATCH)):
            product = i % PRODUCTS
            refund = i % 97 == 0
            quantity = Decimal(-1 if refund else 1 + i % 3)
            sales.append(
                SaleRecord(
                    key=f"T{i // 5}-{i % 5}",
                    vendor_product_id=f"P{product:04d}",
                    label=f"PRODUIT {product:04d}",
                    quantity=quantity,
                    amount=PRICES[product] * quantity,
                    sold_at=START + timedelta(seconds=i * 7),
                    kind=SaleKind.REFUND if refund else SaleKind.SALE,
                )
            )
        yield CanonicalBatch(sales=tuple(sales))


def scratch_database(url: str) -> tuple[str, Engine | None]:
    """A fresh database for the run: a temp SQLite file, or a new PostgreSQL database."""
    if not url:
        path = Path(tempfile.mkdtemp()) / "bench.db"
        return f"sqlite:///{path}", None
    admin = make_engine(url, isolation_level="AUTOCOMMIT")
    name = f"tastevin_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(url).set(database=name).render_as_string(hide_password=False), admin


def setup(engine: Engine) -> int:
    with session_factory(engine)() as session:
        restaurant = Restaurant(id=12230, name="Bench", timezone="Europe/Paris")
        session.add(restaurant)
        session.flush()
        connection = PosConnection(restaurant_id=12230, vendor=str(Vendor.GENERIC))
        session.add(connection)
        session.flush()
        catalogue = CanonicalBatch(
            products=tuple(
                PosProductRecord(f"P{i:04d}", f"PRODUIT {i:04d}", PRICES[i], True)
                for i in range(PRODUCTS)
            )
        )
        apply_batch(session, connection, catalogue, capabilities(Vendor.GENERIC))
        beverages = [
            Beverage(restaurant_id=12230, name=f"Vin {i}", format_cl=Decimal(75))
            for i in range(BEVERAGES)
        ]
        session.add_all(beverages)
        session.flush()
        for product in session.query(PosProduct).order_by(PosProduct.id):
            session.add(
                Link(
                    restaurant_id=12230,
                    pos_product_id=product.id,
                    beverage_id=beverages[product.id % BEVERAGES].id,
                    units_per_sale=Decimal(1),
                    how="manual",
                )
            )
        session.commit()
        return connection.id


def through_service(engine: Engine, connection_id: int, lines: int) -> tuple[float, int]:
    elapsed, added = 0.0, 0
    caps = capabilities(Vendor.GENERIC)
    with session_factory(engine)() as session:
        connection = session.get_one(PosConnection, connection_id)
        for batch in batches(lines):
            began = time.perf_counter()
            added += apply_batch(session, connection, batch, caps).lines_added
            session.commit()
            elapsed += time.perf_counter() - began
    return elapsed, added


def raw_bulk(engine: Engine, connection_id: int, lines: int) -> float:
    """The same rows, already in database form, written by the fastest path there is."""
    columns = ", ".join(bulk.COLUMNS)
    postgres = engine.dialect.name == "postgresql"
    with engine.begin() as conn:
        # Same columns and the same indexes as the ledger, so only the path differs.
        conn.execute(text("DROP TABLE IF EXISTS raw_sale_line"))
        conn.execute(
            text(f"CREATE TABLE raw_sale_line AS SELECT {columns} FROM sale_line WHERE 1=0")
        )
        for name, cols, unique in (
            ("raw_key", "connection_id, idempotency_key", "UNIQUE "),
            ("raw_product_time", "pos_product_id, sold_at", ""),
            ("raw_restaurant_day", "restaurant_id, business_day", ""),
        ):
            conn.execute(text(f"CREATE {unique}INDEX {name} ON raw_sale_line ({cols})"))
    with session_factory(engine)() as session:
        product_ids = {p.vendor_product_id: p.id for p in session.query(PosProduct)}
        elapsed = 0.0
        for batch in batches(lines):
            context = bulk.LedgerContext(
                12230, connection_id, None, product_ids, lambda moment: moment.date()
            )
            rows = list(bulk.sale_rows(batch.sales, context, engine.dialect))
            dbapi = session.connection().connection.driver_connection
            began = time.perf_counter()
            if postgres:
                copy_sql = f"COPY raw_sale_line ({columns}) FROM STDIN (FORMAT BINARY)"
                with dbapi.cursor() as cursor, cursor.copy(copy_sql) as copy:
                    copy.set_types(bulk._COPY_TYPES)
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join("?" for _ in bulk.COLUMNS)
                dbapi.executemany(f"INSERT INTO raw_sale_line ({columns}) VALUES ({marks})", rows)
            session.commit()
            elapsed += time.perf_counter() - began
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="", help="PostgreSQL URL; SQLite when empty")
    parser.add_argument("--lines", type=int, default=1_000_000)
    args = parser.parse_args()

    url, admin = scratch_database(args.database_url)
    try:
        upgrade(url)
        engine = make_engine(url)
        connection_id = setup(engine)
        service_s, added = through_service(engine, connection_id, args.lines)
        raw_s = raw_bulk(engine, connection_id, args.lines)
        resend_s, resend_added = through_service(engine, connection_id, args.lines)
        engine.dispose()
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(
                    text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
                )
            admin.dispose()

    lines_per_s = args.lines / service_s
    raw_per_s = args.lines / raw_s
    print(f"database={engine.dialect.name} lines={args.lines} added={added}")
    print(f"service: {service_s:.1f} s, raw bulk: {raw_s:.1f} s, resend: {resend_s:.1f} s")
    print(
        f"lines_per_s={lines_per_s:.0f} raw_lines_per_s={raw_per_s:.0f} "
        f"ratio={lines_per_s / raw_per_s:.3f} resend_added={resend_added}"
    )


if __name__ == "__main__":
    main()
