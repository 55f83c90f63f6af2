"""One drink's page: its POS links with their sales (S-12 … S-14), its stock history and its
price history (S-28)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.models import Beverage
from tastevin.repositories.library import BeverageRepository, PriceChangeRepository
from tastevin.repositories.sales import LinkRepository
from tastevin.stock.history import HISTORY_LIMIT, StockEvent, stock_history
from tastevin.stock.levels import stock_of

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
    beverage = BeverageRepository(session, restaurant_id).get(beverage_id)
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
    rows = LinkRepository(session, restaurant_id).daily_sales(beverage_id, limit)
    return [
        DailySale(day, pid, label, vendor, qty, bottles.normalize(), amount or Decimal("0.00"))
        for day, pid, label, vendor, qty, bottles, amount in rows
    ]


def linked_products(session: Session, restaurant_id: int, beverage_id: int) -> list[LinkedProduct]:
    """Each link period of the drink with the sales it covers (a rolled-over POS product
    shows its period here and the other one on the other vintage's page)."""
    rows = LinkRepository(session, restaurant_id).periods(beverage_id)
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
    rows = PriceChangeRepository(session, restaurant_id).history(beverage_id, HISTORY_LIMIT)
    return [
        PriceEvent(
            change.changed_at, change.old_price, change.new_price, change.source, vendor, label
        )
        for change, vendor, label in rows
    ]
