from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tastevin.connectors.registry import capabilities
from tastevin.models import PosProduct
from tastevin.models.enums import SaleKind, Vendor
from tastevin.pos.links import link
from tastevin.sales.ingestion import apply_batch
from tastevin.sales.revenue import revenue_by_beverage, revenue_by_day, totals_by_beverage
from tests import factories as f

CAPS = capabilities(Vendor.GENERIC)
EVENING = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)


def test_revenue_is_what_the_pos_charged_linked_or_not(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    wine = f.beverage(session, rest, selling_price=Decimal("99.00"))
    sales = [
        f.sale("a", "W", EVENING, "2", "110.00"),
        f.sale("b", "W", EVENING + timedelta(days=1), "1", "52.00"),
        f.sale("c", "FOOD", EVENING, "1", "24.50"),
        f.sale("d", "W", EVENING, "1", "0.00", kind=SaleKind.COMP),
        f.sale("e", "W", EVENING, "-1", "-55.00", kind=SaleKind.REFUND),
    ]
    apply_batch(session, conn, f.batch(*sales), CAPS)
    wine_product = session.scalars(
        select(PosProduct.id).where(PosProduct.vendor_product_id == "W")
    ).one()
    link(session, rest.id, wine_product, wine.id)
    first, last = date(2026, 11, 20), date(2026, 11, 21)

    assert revenue_by_day(session, rest.id, first, last) == {
        first: Decimal("79.50"),
        last: Decimal("52.00"),
    }
    per_day = revenue_by_beverage(session, rest.id, first, last)
    summed: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for row in per_day:
        summed[row.beverage_id][0] += row.units
        summed[row.beverage_id][1] += row.amount
    totals = totals_by_beverage(session, rest.id, first, last)
    assert totals == {wine.id: (Decimal(3), Decimal("107.00"))}
    assert {b: tuple(v) for b, v in summed.items()} == totals
