"""Stock of a drink = last count + movements after it − Σ(linked sale quantity × units per
sale) after it (S-15, DESIGN invariant 2). Computed by the database, exactly, for many
drinks at once; never stored, so linking and unlinking are retroactive by construction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Select, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from tastevin.models import Link, SaleLine, StockCount, StockMovement
from tastevin.models.enums import STOCK_KINDS
from tastevin.models.link import covers_sale
from tastevin.models.types import Product8, UTCDateTime
from tastevin.repositories import owned_by

ZERO = Decimal(0)


def _last_counts(restaurant_id: int) -> Select[int, datetime]:
    return (
        select(
            StockCount.beverage_id,
            type_coerce(func.max(StockCount.counted_at), UTCDateTime).label("at"),
        )
        .where(owned_by(StockCount, restaurant_id))
        .group_by(StockCount.beverage_id)
    )


def stock_levels(
    session: Session, restaurant_id: int, beverage_ids: Iterable[int] | None = None
) -> dict[int, Decimal]:
    """Stock per beverage id (beverages with no count, movement or sale are absent: 0)."""
    wanted = None if beverage_ids is None else list(beverage_ids)
    last = _last_counts(restaurant_id).subquery()
    levels: dict[int, Decimal] = {}

    counts = (
        select(StockCount.beverage_id, StockCount.quantity)
        .join(
            last,
            and_(last.c.beverage_id == StockCount.beverage_id, last.c.at == StockCount.counted_at),
        )
        .order_by(StockCount.id)
    )
    if wanted is not None:
        counts = counts.where(StockCount.beverage_id.in_(wanted))
    for beverage_id, quantity in session.execute(counts):
        levels[beverage_id] = quantity  # the latest id wins a tie on the same instant

    moved = (
        select(StockMovement.beverage_id, func.sum(StockMovement.quantity))
        .outerjoin(last, last.c.beverage_id == StockMovement.beverage_id)
        .where(
            owned_by(StockMovement, restaurant_id),
            or_(last.c.at.is_(None), StockMovement.at > last.c.at),
        )
        .group_by(StockMovement.beverage_id)
    )
    if wanted is not None:
        moved = moved.where(StockMovement.beverage_id.in_(wanted))
    for beverage_id, total in session.execute(moved):
        levels[beverage_id] = levels.get(beverage_id, ZERO) + total

    consumed = type_coerce(func.sum(SaleLine.quantity * Link.units_per_sale), Product8)
    sold = (
        select(Link.beverage_id, consumed)
        .join(
            SaleLine,
            and_(SaleLine.pos_product_id == Link.pos_product_id, covers_sale(SaleLine.sold_at)),
        )
        .outerjoin(last, last.c.beverage_id == Link.beverage_id)
        .where(
            owned_by(Link, restaurant_id),
            SaleLine.kind.in_([str(k) for k in STOCK_KINDS]),
            SaleLine.superseded_at.is_(None),
            or_(last.c.at.is_(None), SaleLine.sold_at > last.c.at),
        )
        .group_by(Link.beverage_id)
    )
    if wanted is not None:
        sold = sold.where(Link.beverage_id.in_(wanted))
    for beverage_id, total in session.execute(sold):
        levels[beverage_id] = levels.get(beverage_id, ZERO) - total
    return levels


def stock_of(session: Session, restaurant_id: int, beverage_id: int) -> Decimal:
    return stock_levels(session, restaurant_id, [beverage_id]).get(beverage_id, ZERO)
