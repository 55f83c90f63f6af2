"""One drink's page: its POS links with their sales (S-12 … S-14), its stock history and its
price history (S-28)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from tastevin.models import Beverage, Link, PosConnection, PosProduct, PriceChange, SaleLine
from tastevin.models.enums import REVENUE_KINDS, STOCK_KINDS
from tastevin.models.link import covers_sale
from tastevin.models.types import Money, Product8, Quantity
from tastevin.repositories import owned_by
from tastevin.stock.history import HISTORY_LIMIT, StockEvent, stock_history
from tastevin.stock.levels import stock_of
from tastevin.tenancy import get_owned

__all__ = [
    "DailySale",
    "DrinkDetail",
    "LinkedProduct",
    "PriceEvent",
    "StockEvent",
    "drink_detail",
    "stock_history",
]


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
    valid_from: datetime | None = None
    valid_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class PriceEvent:
    at: datetime
    old_price: Decimal | None
    new_price: Decimal | None
    source: str
    """"user" (typed in Tastevin) or "pos" (a POS that updates prices, S-17)."""
    vendor: str | None
    label: str | None


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
    prices: list[PriceEvent]
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
        price_history(session, restaurant_id, beverage.id),
        daily_sales(session, restaurant_id, beverage.id),
    )


def daily_sales(
    session: Session, restaurant_id: int, beverage_id: int, limit: int = HISTORY_LIMIT
) -> list[DailySale]:
    """The drink's Sales tab: per business day (newest first) and linked POS product, what
    the POS sold (quantity, bottles out of stock, money in), within each link's period."""
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
        .join(
            Link,
            and_(Link.pos_product_id == SaleLine.pos_product_id, covers_sale(SaleLine.sold_at)),
        )
        .join(PosProduct, PosProduct.id == SaleLine.pos_product_id)
        .join(PosConnection, PosConnection.id == PosProduct.connection_id)
        .where(
            owned_by(Link, restaurant_id),
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
    """Each link period of the drink with the sales it covers (a rolled-over POS product
    shows its period here and the other one on the other vintage's page)."""
    in_stock = SaleLine.kind.in_([str(k) for k in STOCK_KINDS])
    in_revenue = SaleLine.kind.in_([str(k) for k in REVENUE_KINDS])
    totals = (
        select(
            Link.id.label("link_id"),
            type_coerce(func.sum(case((in_stock, SaleLine.quantity), else_=0)), Quantity).label(
                "qty"
            ),
            func.sum(case((in_stock, 1), else_=0)).label("lines"),
            type_coerce(func.sum(case((in_revenue, SaleLine.amount), else_=0)), Money).label(
                "amount"
            ),
        )
        .join(
            SaleLine,
            and_(
                SaleLine.pos_product_id == Link.pos_product_id,
                covers_sale(SaleLine.sold_at),
                SaleLine.superseded_at.is_(None),
            ),
        )
        .where(owned_by(Link, restaurant_id), Link.beverage_id == beverage_id)
        .group_by(Link.id)
        .subquery()
    )
    rows = session.execute(
        select(
            Link,
            PosProduct.label,
            PosConnection.vendor,
            totals.c.qty,
            totals.c.lines,
            totals.c.amount,
        )
        .join(PosProduct, PosProduct.id == Link.pos_product_id)
        .join(PosConnection, PosConnection.id == PosProduct.connection_id)
        .outerjoin(totals, totals.c.link_id == Link.id)
        .where(owned_by(Link, restaurant_id), Link.beverage_id == beverage_id)
        .order_by(PosProduct.label, Link.id)
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
                int(lines or 0),
                link.valid_from,
                link.valid_until,
            )
        )
    return result


def price_history(session: Session, restaurant_id: int, beverage_id: int) -> list[PriceEvent]:
    """Newest first: each selling-price change and where it came from (S-17, S-28)."""
    rows = session.execute(
        select(PriceChange, PosConnection.vendor, PosProduct.label)
        .outerjoin(PosProduct, PosProduct.id == PriceChange.pos_product_id)
        .outerjoin(PosConnection, PosConnection.id == PosProduct.connection_id)
        .where(owned_by(PriceChange, restaurant_id), PriceChange.beverage_id == beverage_id)
        .order_by(PriceChange.changed_at.desc(), PriceChange.id.desc())
        .limit(HISTORY_LIMIT)
    )
    return [
        PriceEvent(
            change.changed_at, change.old_price, change.new_price, change.source, vendor, label
        )
        for change, vendor, label in rows
    ]
