"""One drink's page: its POS links with their sales (S-12 … S-14) and its stock history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import case, func, select, type_coerce
from sqlalchemy.orm import Session

from tastevin.models import (
    Beverage,
    Link,
    PosConnection,
    PosProduct,
    SaleLine,
    StockCount,
    StockMovement,
)
from tastevin.models.enums import REVENUE_KINDS, STOCK_KINDS
from tastevin.models.types import Money, Product8, Quantity, UTCDateTime
from tastevin.stock.levels import stock_of
from tastevin.tenancy import get_owned, scoped

HISTORY_LIMIT = 200


@dataclass(frozen=True, slots=True)
class LinkedProduct:
    pos_product_id: int
    label: str
    vendor: str
    units_per_sale: Decimal
    how: str
    linked_at: datetime
    quantity_sold: Decimal
    bottles: Decimal
    revenue: Decimal
    lines: int


@dataclass(frozen=True, slots=True)
class StockEvent:
    at: datetime
    kind: str
    """"count", a movement kind, or "sales" (a POS product's linked sales of one day)."""
    quantity: Decimal
    note: str | None


@dataclass(frozen=True, slots=True)
class DailySale:
    """One linked POS product's sales on one business day."""

    day: date
    pos_product_id: int
    label: str
    vendor: str
    quantity: Decimal
    """As the POS counts (glasses, bottles…)."""
    bottles: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class DrinkDetail:
    beverage: Beverage
    stock: Decimal
    links: list[LinkedProduct]
    history: list[StockEvent]
    daily: list[DailySale] = field(default_factory=list)

    @property
    def sold_bottles(self) -> Decimal:
        return sum((d.bottles for d in self.daily), Decimal(0))

    @property
    def sold_amount(self) -> Decimal:
        return sum((d.amount for d in self.daily), Decimal("0.00"))


def drink_detail(session: Session, restaurant_id: int, beverage_id: int) -> DrinkDetail:
    beverage = get_owned(session, Beverage, restaurant_id, beverage_id)
    return DrinkDetail(
        beverage,
        stock_of(session, restaurant_id, beverage.id),
        linked_products(session, restaurant_id, beverage.id),
        stock_history(session, restaurant_id, beverage.id),
        daily_sales(session, restaurant_id, beverage.id),
    )


def daily_sales(
    session: Session, restaurant_id: int, beverage_id: int, limit: int = HISTORY_LIMIT
) -> list[DailySale]:
    """The drink's Sales tab: per business day (newest first) and linked POS product, what
    the POS sold (quantity, bottles out of stock, money in)."""
    in_revenue = SaleLine.kind.in_([str(k) for k in REVENUE_KINDS])
    rows = session.execute(
        select(
            SaleLine.business_day,
            PosProduct.id,
            PosProduct.label,
            PosConnection.vendor,
            type_coerce(func.sum(SaleLine.quantity), Quantity),
            type_coerce(func.sum(SaleLine.quantity * Link.units_per_sale), Product8),
            type_coerce(func.sum(case((in_revenue, SaleLine.amount), else_=0)), Money),
        )
        .join(Link, Link.pos_product_id == SaleLine.pos_product_id)
        .join(PosProduct, PosProduct.id == SaleLine.pos_product_id)
        .join(PosConnection, PosConnection.id == PosProduct.connection_id)
        .where(
            Link.restaurant_id == restaurant_id,
            Link.beverage_id == beverage_id,
            SaleLine.kind.in_([str(k) for k in STOCK_KINDS]),
        )
        .group_by(SaleLine.business_day, PosProduct.id, PosProduct.label, PosConnection.vendor)
        .order_by(SaleLine.business_day.desc(), PosProduct.label)
        .limit(limit)
    )
    return [
        DailySale(day, pid, label, vendor, qty, bottles.normalize(), amount or Decimal("0.00"))
        for day, pid, label, vendor, qty, bottles, amount in rows
    ]


def linked_products(session: Session, restaurant_id: int, beverage_id: int) -> list[LinkedProduct]:
    revenue_kinds = [str(k) for k in REVENUE_KINDS]
    totals = (
        select(
            SaleLine.pos_product_id.label("pid"),
            type_coerce(func.sum(SaleLine.quantity), Quantity).label("qty"),
            func.count().label("lines"),
        )
        .where(
            SaleLine.restaurant_id == restaurant_id,
            SaleLine.kind.in_([str(k) for k in STOCK_KINDS]),
        )
        .group_by(SaleLine.pos_product_id)
        .subquery()
    )
    money = (
        select(
            SaleLine.pos_product_id.label("pid"),
            type_coerce(func.sum(SaleLine.amount), Money).label("amount"),
        )
        .where(SaleLine.restaurant_id == restaurant_id, SaleLine.kind.in_(revenue_kinds))
        .group_by(SaleLine.pos_product_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Link,
            PosProduct.label,
            PosConnection.vendor,
            totals.c.qty,
            totals.c.lines,
            money.c.amount,
        )
        .join(PosProduct, PosProduct.id == Link.pos_product_id)
        .join(PosConnection, PosConnection.id == PosProduct.connection_id)
        .outerjoin(totals, totals.c.pid == Link.pos_product_id)
        .outerjoin(money, money.c.pid == Link.pos_product_id)
        .where(Link.restaurant_id == restaurant_id, Link.beverage_id == beverage_id)
        .order_by(PosProduct.label)
    )
    result = []
    for link, label, vendor, qty, lines, amount in rows:
        quantity = qty or Decimal(0)
        result.append(
            LinkedProduct(
                link.pos_product_id,
                label,
                vendor,
                link.units_per_sale,
                link.how,
                link.linked_at,
                quantity,
                (quantity * link.units_per_sale).normalize(),
                amount or Decimal("0.00"),
                lines or 0,
            )
        )
    return result


def stock_history(session: Session, restaurant_id: int, beverage_id: int) -> list[StockEvent]:
    """Newest first: counts, movements and the linked sales summed per business day."""
    events: list[StockEvent] = []
    for count in session.scalars(
        scoped(StockCount, restaurant_id)
        .where(StockCount.beverage_id == beverage_id)
        .order_by(StockCount.counted_at.desc())
        .limit(HISTORY_LIMIT)
    ):
        events.append(StockEvent(count.counted_at, "count", count.quantity, count.note))
    for move in session.scalars(
        scoped(StockMovement, restaurant_id)
        .where(StockMovement.beverage_id == beverage_id)
        .order_by(StockMovement.at.desc())
        .limit(HISTORY_LIMIT)
    ):
        events.append(StockEvent(move.at, move.kind, move.quantity, move.note))
    consumed = type_coerce(func.sum(SaleLine.quantity * Link.units_per_sale), Product8)
    daily = session.execute(
        select(
            SaleLine.business_day, type_coerce(func.max(SaleLine.sold_at), UTCDateTime), consumed
        )
        .join(Link, Link.pos_product_id == SaleLine.pos_product_id)
        .where(
            Link.restaurant_id == restaurant_id,
            Link.beverage_id == beverage_id,
            SaleLine.kind.in_([str(k) for k in STOCK_KINDS]),
        )
        .group_by(SaleLine.business_day)
        .order_by(SaleLine.business_day.desc())
        .limit(HISTORY_LIMIT)
    )
    for _day, last_at, total in daily:
        events.append(StockEvent(last_at, "sales", -total, None))
    events.sort(key=lambda e: e.at, reverse=True)
    return events[:HISTORY_LIMIT]
