"""Counts (inventories) and the movements that do not come from the POS."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.errors import BadInput
from tastevin.models import AuditEvent, StockCount, StockMovement
from tastevin.models.enums import CountSource, MovementKind
from tastevin.models.types import utcnow
from tastevin.repositories import BeverageRepository


def record_count(
    session: Session,
    restaurant_id: int,
    beverage_id: int,
    quantity: Decimal,
    *,
    at: datetime | None = None,
    user_id: int | None = None,
    note: str | None = None,
    source: CountSource = CountSource.MANUAL,
    unit_cost: Decimal | None = None,
    count_session_id: int | None = None,
) -> StockCount:
    beverage = BeverageRepository(session, restaurant_id).get(beverage_id)
    if quantity < 0:
        raise BadInput("a counted stock cannot be negative")
    if unit_cost is not None and unit_cost < 0:
        raise BadInput("a unit cost cannot be negative")
    count = StockCount(
        restaurant_id=restaurant_id,
        beverage_id=beverage.id,
        quantity=quantity,
        counted_at=at or utcnow(),
        by_user_id=user_id,
        note=note,
        source=str(source),
        unit_cost=unit_cost,
        count_session_id=count_session_id,
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
            details={
                "quantity": str(quantity),
                "at": count.counted_at.isoformat(),
                "source": str(source),
            },
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
    unit_cost: Decimal | None = None,
    delivery_id: int | None = None,
) -> StockMovement:
    """Purchases add and breakages remove the (positive) quantity; adjustments are signed.
    Reversals go through ``reverse_movement``."""
    if kind is MovementKind.REVERSAL:
        raise BadInput("a reversal names the movement it cancels")
    beverage = BeverageRepository(session, restaurant_id).get(beverage_id)
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
        unit_cost=unit_cost,
        delivery_id=delivery_id,
        recorded_at=utcnow(),
    )
    session.add(movement)
    session.flush()
    return movement


def reverse_movement(
    session: Session,
    movement: StockMovement,
    *,
    user_id: int | None = None,
    note: str | None = None,
) -> StockMovement:
    """Cancels a movement by adding its opposite at the same instant and cost: the ledger
    keeps both (nothing destroyed), and their sum is zero in every derived figure."""
    reversal = StockMovement(
        restaurant_id=movement.restaurant_id,
        beverage_id=movement.beverage_id,
        kind=str(MovementKind.REVERSAL),
        quantity=-movement.quantity,
        at=movement.at,
        by_user_id=user_id,
        note=note,
        unit_cost=movement.unit_cost,
        delivery_id=movement.delivery_id,
        reverses_id=movement.id,
        recorded_at=utcnow(),
    )
    session.add(reversal)
    session.flush()
    return reversal


def record_opening(
    session: Session,
    restaurant_id: int,
    beverage_id: int,
    quantity: Decimal,
    unit_cost: Decimal | None,
    *,
    at: datetime | None = None,
    user_id: int | None = None,
) -> StockCount:
    """S-24: a drink enters the library with the stock on hand and its unit cost: a count at
    that moment, whose cost weighs in the average cost like a delivery's."""
    return record_count(
        session,
        restaurant_id,
        beverage_id,
        quantity,
        at=at,
        user_id=user_id,
        source=CountSource.OPENING,
        unit_cost=unit_cost,
    )
