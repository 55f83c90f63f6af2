"""Par levels and what to reorder ("À commander", S-27), and the stock alerts the drinks
list and the home page show (negative stock, under par). Pure reads: services for any page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_CEILING, Decimal

from sqlalchemy.orm import Session

from tastevin.models import Beverage
from tastevin.models.types import utcnow
from tastevin.repositories import BeverageRepository, LinkRepository
from tastevin.stock.levels import stock_levels

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class ReorderLine:
    beverage_id: int
    name: str
    vintage: int | None
    stock: Decimal
    par_level: Decimal
    consumed: Decimal | None
    """Bottles that left over the last weeks asked for (None: par level only)."""
    suggested: Decimal


@dataclass(frozen=True, slots=True)
class StockAlert:
    beverage_id: int
    name: str
    vintage: int | None
    stock: Decimal
    par_level: Decimal | None
    negative: bool


def reorder_lines(
    session: Session, restaurant_id: int, *, weeks: int | None = None, now: datetime | None = None
) -> list[ReorderLine]:
    """Drinks under their target, with whole bottles to order. The target is the par level,
    or — when ``weeks`` is given — what the last ``weeks`` weeks consumed, if that is more."""
    library = BeverageRepository(session, restaurant_id)
    drinks = library.all(library.active().where(Beverage.par_level.is_not(None)))
    if not drinks:
        return []
    ids = [b.id for b in drinks]
    levels = stock_levels(session, restaurant_id, ids)
    consumed = (
        consumption(session, restaurant_id, ids, (now or utcnow()) - timedelta(weeks=weeks))
        if weeks
        else {}
    )
    lines = []
    for beverage in drinks:
        assert beverage.par_level is not None
        stock = levels.get(beverage.id, ZERO)
        used = consumed.get(beverage.id, ZERO) if weeks else None
        target = max(beverage.par_level, used or ZERO)
        if stock >= target:
            continue
        suggested = (target - stock).to_integral_value(rounding=ROUND_CEILING)
        lines.append(
            ReorderLine(
                beverage.id,
                beverage.name,
                beverage.vintage,
                stock,
                beverage.par_level,
                used,
                suggested,
            )
        )
    lines.sort(key=lambda line: (-line.suggested, line.name))
    return lines


def consumption(
    session: Session, restaurant_id: int, beverage_ids: list[int], since: datetime
) -> dict[int, Decimal]:
    """Bottles the linked POS sales took out of each drink since ``since``."""
    return LinkRepository(session, restaurant_id).consumption(beverage_ids, since)


def stock_alerts(session: Session, restaurant_id: int, *, limit: int = 50) -> list[StockAlert]:
    """Drinks with negative stock first (a count or a link is missing), then those under
    their par level: what the home page puts in front of the owner."""
    drinks = {b.id: b for b in BeverageRepository(session, restaurant_id).all_active()}
    levels = stock_levels(session, restaurant_id, list(drinks)) if drinks else {}
    alerts = []
    for beverage_id, beverage in drinks.items():
        stock = levels.get(beverage_id, ZERO)
        negative = stock < 0
        low = beverage.par_level is not None and stock < beverage.par_level
        if negative or low:
            alerts.append(
                StockAlert(
                    beverage_id,
                    beverage.name,
                    beverage.vintage,
                    stock,
                    beverage.par_level,
                    negative,
                )
            )
    alerts.sort(key=lambda a: (not a.negative, a.stock, a.name))
    return alerts[:limit]


def stock_status(stock: Decimal, par_level: Decimal | None) -> str:
    """ "negative", "low" (under par) or "" — the drinks list's highlight."""
    if stock < 0:
        return "negative"
    if par_level is not None and stock < par_level:
        return "low"
    return ""
