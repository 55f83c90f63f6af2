"""Deliveries ("Livraisons", S-25): a supplier, a date, an invoice reference and lines of
bottles at a unit cost. Each line is a purchase movement at the delivery's date, so it adds
stock there, retroactively. Corrections and cancellations append reversals: nothing is
ever changed or deleted in the ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.errors import BadInput
from tastevin.models import AuditEvent, Delivery, StockMovement
from tastevin.models.enums import MovementKind
from tastevin.repositories import DeliveryRepository, StockMovementRepository
from tastevin.stock.service import record_movement, reverse_movement

CENT = Decimal("0.01")
ACTIVE = "active"
CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class LineIn:
    beverage_id: int
    quantity: Decimal
    unit_cost: Decimal | None


@dataclass(frozen=True, slots=True)
class DeliveryLine:
    movement_id: int
    beverage_id: int
    name: str
    vintage: int | None
    quantity: Decimal
    unit_cost: Decimal | None

    @property
    def total(self) -> Decimal | None:
        return None if self.unit_cost is None else (self.quantity * self.unit_cost).quantize(CENT)


@dataclass(frozen=True, slots=True)
class DeliveryView:
    delivery: Delivery
    lines: list[DeliveryLine]

    @property
    def total_cost(self) -> Decimal:
        return sum((line.total or Decimal(0) for line in self.lines), Decimal("0.00"))

    @property
    def bottles(self) -> Decimal:
        return sum((line.quantity for line in self.lines), Decimal(0))


def create_delivery(
    session: Session,
    restaurant_id: int,
    supplier: str,
    delivered_at: datetime,
    lines: list[LineIn],
    *,
    reference: str | None = None,
    source: str = "manual",
    user_id: int | None = None,
) -> Delivery:
    supplier = _supplier(supplier)
    _check_lines(lines)
    delivery = Delivery(
        restaurant_id=restaurant_id,
        supplier=supplier,
        delivered_at=delivered_at,
        reference=(reference or "").strip() or None,
        status=ACTIVE,
        revision=1,
        source=source,
        by_user_id=user_id,
    )
    session.add(delivery)
    session.flush()
    _add_lines(session, delivery, lines, user_id)
    _audit(session, delivery, user_id, "delivery_created")
    return delivery


def correct_delivery(
    session: Session,
    restaurant_id: int,
    delivery_id: int,
    supplier: str,
    delivered_at: datetime,
    lines: list[LineIn],
    *,
    reference: str | None = None,
    user_id: int | None = None,
) -> Delivery:
    """The corrected delivery replaces the earlier one: its current lines are reversed at
    their own date and the new lines added at the (possibly new) date."""
    delivery = _active(session, restaurant_id, delivery_id)
    supplier = _supplier(supplier)
    _check_lines(lines)
    for movement in current_movements(session, restaurant_id, delivery.id):
        reverse_movement(session, movement, user_id=user_id, note="correction")
    delivery.supplier = supplier
    delivery.delivered_at = delivered_at
    delivery.reference = (reference or "").strip() or None
    delivery.revision += 1
    session.flush()
    _add_lines(session, delivery, lines, user_id)
    _audit(session, delivery, user_id, "delivery_corrected")
    return delivery


def cancel_delivery(
    session: Session, restaurant_id: int, delivery_id: int, *, user_id: int | None = None
) -> Delivery:
    delivery = _active(session, restaurant_id, delivery_id)
    for movement in current_movements(session, restaurant_id, delivery.id):
        reverse_movement(session, movement, user_id=user_id, note="cancellation")
    delivery.status = CANCELLED
    session.flush()
    _audit(session, delivery, user_id, "delivery_cancelled")
    return delivery


def current_movements(
    session: Session, restaurant_id: int, delivery_id: int
) -> list[StockMovement]:
    """The delivery's purchase lines that no reversal has cancelled."""
    movements = StockMovementRepository(session, restaurant_id)
    return movements.all(movements.current_purchases([delivery_id]))


def delivery_view(session: Session, restaurant_id: int, delivery_id: int) -> DeliveryView:
    delivery = DeliveryRepository(session, restaurant_id).get(delivery_id)
    return _views(session, restaurant_id, [delivery])[0]


def list_deliveries(
    session: Session, restaurant_id: int, *, limit: int = 200
) -> list[DeliveryView]:
    """Newest delivery first, with its current lines (a fixed number of queries)."""
    deliveries = DeliveryRepository(session, restaurant_id).newest(limit)
    return _views(session, restaurant_id, deliveries)


def suppliers(session: Session, restaurant_id: int) -> list[str]:
    return DeliveryRepository(session, restaurant_id).suppliers(limit=50)


def _views(session: Session, restaurant_id: int, deliveries: list[Delivery]) -> list[DeliveryView]:
    if not deliveries:
        return []
    ids = [d.id for d in deliveries]
    rows = StockMovementRepository(session, restaurant_id).current_purchases_named(ids)
    lines: dict[int, list[DeliveryLine]] = {i: [] for i in ids}
    for movement, name, vintage in rows:
        assert movement.delivery_id is not None
        lines[movement.delivery_id].append(
            DeliveryLine(
                movement.id,
                movement.beverage_id,
                name,
                vintage,
                movement.quantity,
                movement.unit_cost,
            )
        )
    return [DeliveryView(d, lines[d.id]) for d in deliveries]


def _active(session: Session, restaurant_id: int, delivery_id: int) -> Delivery:
    delivery = DeliveryRepository(session, restaurant_id).get(delivery_id)
    if delivery.status != ACTIVE:
        raise BadInput("this delivery was cancelled")
    return delivery


def _supplier(supplier: str) -> str:
    name = supplier.strip()
    if not name:
        raise BadInput("a delivery needs a supplier")
    return name[:200]


def _check_lines(lines: list[LineIn]) -> None:
    if not lines:
        raise BadInput("a delivery needs at least one line")
    for number, line in enumerate(lines, start=1):
        if line.quantity <= 0:
            raise BadInput("a delivered quantity must be positive", line=number)
        if line.unit_cost is not None and line.unit_cost < 0:
            raise BadInput("a unit cost cannot be negative", line=number)


def _add_lines(
    session: Session, delivery: Delivery, lines: list[LineIn], user_id: int | None
) -> None:
    for line in lines:
        record_movement(
            session,
            delivery.restaurant_id,
            line.beverage_id,
            MovementKind.PURCHASE,
            line.quantity,
            at=delivery.delivered_at,
            user_id=user_id,
            note=delivery.supplier,
            unit_cost=None if line.unit_cost is None else line.unit_cost.quantize(CENT),
            delivery_id=delivery.id,
        )


def _audit(session: Session, delivery: Delivery, user_id: int | None, action: str) -> None:
    session.add(
        AuditEvent(
            restaurant_id=delivery.restaurant_id,
            user_id=user_id,
            action=action,
            subject_type="delivery",
            subject_id=delivery.id,
            details={
                "supplier": delivery.supplier,
                "delivered_at": delivery.delivered_at.isoformat(),
                "reference": delivery.reference,
                "revision": delivery.revision,
            },
        )
    )
    session.flush()
