"""Counts (inventories) and the movements that do not come from the POS."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.errors import BadInput
from tastevin.models import AuditEvent, Beverage, StockCount, StockMovement
from tastevin.models.enums import MovementKind
from tastevin.models.types import utcnow
from tastevin.tenancy import get_owned


def record_count(
    session: Session,
    restaurant_id: int,
    beverage_id: int,
    quantity: Decimal,
    *,
    at: datetime | None = None,
    user_id: int | None = None,
    note: str | None = None,
) -> StockCount:
    beverage = get_owned(session, Beverage, restaurant_id, beverage_id)
    if quantity < 0:
        raise BadInput("a counted stock cannot be negative")
    count = StockCount(
        restaurant_id=restaurant_id,
        beverage_id=beverage.id,
        quantity=quantity,
        counted_at=at or utcnow(),
        by_user_id=user_id,
        note=note,
    )
    session.add(count)
    session.flush()
    session.add(
        AuditEvent(
            restaurant_id=restaurant_id,
            user_id=user_id,
            action="stock_count",
            subject_type="beverage",
            subject_id=beverage.id,
            details={"quantity": str(quantity), "at": count.counted_at.isoformat()},
        )
    )
    return count


_SIGNS = {MovementKind.PURCHASE: 1, MovementKind.BREAKAGE: -1}


def record_movement(
    session: Session,
    restaurant_id: int,
    beverage_id: int,
    kind: MovementKind,
    quantity: Decimal,
    *,
    at: datetime | None = None,
    user_id: int | None = None,
    note: str | None = None,
) -> StockMovement:
    """Purchases add and breakages remove the (positive) quantity; adjustments are signed."""
    beverage = get_owned(session, Beverage, restaurant_id, beverage_id)
    sign = _SIGNS.get(kind)
    if sign is not None and quantity <= 0:
        raise BadInput("a %(kind)s quantity must be positive", kind=kind)
    movement = StockMovement(
        restaurant_id=restaurant_id,
        beverage_id=beverage.id,
        kind=str(kind),
        quantity=quantity * sign if sign is not None else quantity,
        at=at or utcnow(),
        by_user_id=user_id,
        note=note,
    )
    session.add(movement)
    session.flush()
    return movement
