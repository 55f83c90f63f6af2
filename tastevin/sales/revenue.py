"""Revenue is what the POS charged (S-16), never Tastevin's selling price."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from tastevin.models import Link, SaleLine
from tastevin.models.enums import REVENUE_KINDS, STOCK_KINDS
from tastevin.models.link import covers_sale
from tastevin.models.types import Money, Product8
from tastevin.repositories import owned_by

_REVENUE = [str(k) for k in REVENUE_KINDS]


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
    rows = session.execute(
        select(SaleLine.business_day, type_coerce(func.sum(SaleLine.amount), Money))
        .where(
            owned_by(SaleLine, restaurant_id),
            SaleLine.business_day.between(start, end),
            SaleLine.kind.in_(_REVENUE),
            SaleLine.superseded_at.is_(None),
        )
        .group_by(SaleLine.business_day)
        .order_by(SaleLine.business_day)
    )
    return dict(rows.all())


def _linked(restaurant_id: int, start: date, end: date, *keys: Any) -> Select[Any]:
    in_revenue = SaleLine.kind.in_(_REVENUE)
    return (
        select(
            *keys,
            type_coerce(func.sum(SaleLine.quantity * Link.units_per_sale), Product8),
            type_coerce(func.sum(case((in_revenue, SaleLine.amount), else_=0)), Money),
        )
        .join(
            SaleLine,
            and_(SaleLine.pos_product_id == Link.pos_product_id, covers_sale(SaleLine.sold_at)),
        )
        .where(
            owned_by(Link, restaurant_id),
            SaleLine.business_day.between(start, end),
            SaleLine.kind.in_([str(k) for k in STOCK_KINDS]),
            SaleLine.superseded_at.is_(None),
        )
        .group_by(*keys)
    )


def revenue_by_beverage(
    session: Session, restaurant_id: int, start: date, end: date
) -> list[BeverageRevenue]:
    """Per linked drink and business day: bottles out and money in."""
    query = _linked(restaurant_id, start, end, Link.beverage_id, SaleLine.business_day)
    rows = session.execute(query.order_by(SaleLine.business_day, Link.beverage_id))
    return [BeverageRevenue(b, d, units, amount) for b, d, units, amount in rows]


def totals_by_beverage(
    session: Session, restaurant_id: int, start: date, end: date
) -> dict[int, tuple[Decimal, Decimal]]:
    """Per linked drink over the whole period: (bottles out, money in)."""
    rows = session.execute(_linked(restaurant_id, start, end, Link.beverage_id))
    return {beverage_id: (units, amount) for beverage_id, units, amount in rows}
