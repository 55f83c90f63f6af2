"""Stock value at cost (S-25): weighted average cost of what came in — opening stocks and
deliveries, reversals cancelling what they reverse — up to an instant, times the stock at
that instant. Negative stock is worth nothing (it is a data problem, flagged elsewhere)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.models import Beverage
from tastevin.models.types import utcnow
from tastevin.repositories import BeverageRepository, StockCountRepository, StockMovementRepository
from tastevin.stock.at import stock_at
from tastevin.stock.levels import stock_levels

CENT = Decimal("0.01")
ZERO = Decimal(0)
UNCATEGORISED = "uncategorised"


@dataclass(frozen=True, slots=True)
class ValuedDrink:
    beverage: Beverage
    stock: Decimal
    unit_cost: Decimal | None
    value: Decimal


@dataclass(slots=True)
class StockValue:
    at: datetime | None
    total_cost: Decimal = Decimal("0.00")
    by_category: dict[str, Decimal] = field(default_factory=dict)
    drinks: list[ValuedDrink] = field(default_factory=list)


def average_costs(
    session: Session,
    restaurant_id: int,
    at: datetime | None = None,
    beverage_ids: Iterable[int] | None = None,
) -> dict[int, Decimal]:
    """Weighted average unit cost per drink from its costed inflows up to ``at`` (now by
    default: a delivery dated tomorrow costs nothing yet); a drink with none falls back to
    its purchase price; a drink with neither is absent."""
    at = at if at is not None else utcnow()
    wanted = None if beverage_ids is None else list(beverage_ids)
    sums: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    inflows = StockCountRepository(session, restaurant_id).opening_costs(
        at, wanted
    ) + StockMovementRepository(session, restaurant_id).costed_inflows(at, wanted)
    for beverage_id, cost, quantity in inflows:
        sums[beverage_id][0] += cost or ZERO
        sums[beverage_id][1] += quantity or ZERO
    costs = {bid: cost / qty for bid, (cost, qty) in sums.items() if qty > 0}
    fallback = BeverageRepository(session, restaurant_id).with_purchase_price(wanted)
    for beverage in fallback:
        if beverage.id not in costs and beverage.purchase_price is not None:
            costs[beverage.id] = beverage.purchase_price
    return costs


def stock_value(session: Session, restaurant_id: int, at: datetime | None = None) -> StockValue:
    """The cellar's value at cost now (``at`` None) or at a past instant, by category."""
    levels = (
        stock_levels(session, restaurant_id) if at is None else stock_at(session, restaurant_id, at)
    )
    costs = average_costs(session, restaurant_id, at)
    result = StockValue(at)
    drinks = (
        BeverageRepository(session, restaurant_id).in_name_order(list(levels)) if levels else []
    )
    for beverage in drinks:
        stock = levels.get(beverage.id, ZERO)
        cost = costs.get(beverage.id)
        value = (max(stock, ZERO) * cost).quantize(CENT) if cost is not None else Decimal("0.00")
        result.drinks.append(ValuedDrink(beverage, stock, cost, value))
        key = beverage.category or UNCATEGORISED
        result.by_category[key] = result.by_category.get(key, Decimal("0.00")) + value
        result.total_cost += value
    return result
