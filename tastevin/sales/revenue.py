"""Revenue is what the POS charged (S-16), never Tastevin's selling price."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.models import Link, SaleLine
from tastevin.repositories.sales import LinkRepository, SaleLineRepository


@dataclass(frozen=True, slots=True)
class BeverageRevenue:
    beverage_id: int
    day: date
    units: Decimal
    """Bottles (library units) that left stock through the POS."""
    amount: Decimal


def revenue_by_day(
    session: Session, restaurant_id: int, start: date, end: date
) -> dict[date, Decimal]:
    """Every sale line counts, linked or not. ``end`` is inclusive."""
    return SaleLineRepository(session, restaurant_id).revenue_by_day(start, end)


def revenue_by_beverage(
    session: Session, restaurant_id: int, start: date, end: date
) -> list[BeverageRevenue]:
    """Per linked drink and business day: bottles out and money in."""
    links = LinkRepository(session, restaurant_id)
    query = links.linked_sales(start, end, Link.beverage_id, SaleLine.business_day)
    rows = session.execute(query.order_by(SaleLine.business_day, Link.beverage_id))
    return [BeverageRevenue(b, d, units, amount) for b, d, units, amount in rows]


def totals_by_beverage(
    session: Session, restaurant_id: int, start: date, end: date
) -> dict[int, tuple[Decimal, Decimal]]:
    """Per linked drink over the whole period: (bottles out, money in)."""
    links = LinkRepository(session, restaurant_id)
    rows = session.execute(links.linked_sales(start, end, Link.beverage_id))
    return {beverage_id: (units, amount) for beverage_id, units, amount in rows}
