"""The fast paths write exactly what the ORM writes: on SQLite times are compared as text,
so one format everywhere is what makes "sales after the count" right."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from tastevin.connectors.registry import capabilities
from tastevin.models.enums import Vendor
from tastevin.sales.ingestion import apply_batch
from tastevin.stock.service import record_count
from tests import factories as f

ON_THE_HOUR = datetime(2026, 11, 21, 20, 0, tzinfo=UTC)


def test_bulk_and_orm_store_the_same_instant_the_same_way(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    wine = f.beverage(session, rest)
    apply_batch(session, conn, f.batch(f.sale("1", "W", ON_THE_HOUR)), capabilities(Vendor.GENERIC))
    record_count(session, rest.id, wine.id, Decimal(6), at=ON_THE_HOUR)
    session.flush()

    sold = session.execute(text("SELECT sold_at FROM sale_line")).scalar_one()
    counted = session.execute(text("SELECT counted_at FROM stock_count")).scalar_one()
    seen = session.execute(text("SELECT first_seen_at FROM pos_product")).scalar_one()
    labelled = session.execute(text("SELECT first_seen_at FROM pos_product_label")).scalar_one()

    assert sold == counted
    assert type(seen) is type(counted)
    assert type(labelled) is type(counted)
    assert (
        session.execute(
            text("SELECT COUNT(*) FROM sale_line, stock_count WHERE sold_at = counted_at")
        ).scalar_one()
        == 1
    )
