"""Stock of a drink = last count + movements after it − Σ(linked sale quantity × units per
sale) after it (S-15, DESIGN invariant 2). Computed by the database, exactly, for many
drinks at once (``repositories.stock.StockCountRepository.levels``); never stored, so
linking and unlinking are retroactive by construction."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.repositories.stock import StockCountRepository

ZERO = Decimal(0)


def stock_levels(
    session: Session, restaurant_id: int, beverage_ids: Iterable[int] | None = None
) -> dict[int, Decimal]:
    """Stock per beverage id (beverages with no count, movement or sale are absent: 0)."""
    return StockCountRepository(session, restaurant_id).levels(beverage_ids)


def stock_of(session: Session, restaurant_id: int, beverage_id: int) -> Decimal:
    return stock_levels(session, restaurant_id, [beverage_id]).get(beverage_id, ZERO)
