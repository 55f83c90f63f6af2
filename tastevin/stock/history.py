"""A drink's stock history that explains its number (S-28): every event in time order with
the running balance after it — counts (opening, manual, count session), deliveries and
their reversals, breakages, the linked POS sales summed per business day — and the link
changes (unlink, roll-over) as their own lines. The balance uses the same rule as the stock
level, so its last value is the drink's stock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tastevin.models import AuditEvent, PosProduct, StockCount, StockMovement
from tastevin.repositories import (
    AuditEventRepository,
    LinkRepository,
    StockCountRepository,
    StockMovementRepository,
)

HISTORY_LIMIT = 200
ZERO = Decimal(0)
_LINK_ACTIONS = ("unlink", "link_rollover")


@dataclass(frozen=True, slots=True)
class StockEvent:
    at: datetime
    kind: str
    """"count" (``source`` says which), a movement kind, "sales" (one business day's linked
    sales), "unlink" or "rollover" (informational: the balance already reflects them)."""
    quantity: Decimal | None
    note: str | None
    balance: Decimal | None = None
    source: str | None = None
    day: date | None = None


def stock_history(
    session: Session, restaurant_id: int, beverage_id: int, *, limit: int = HISTORY_LIMIT
) -> list[StockEvent]:
    """Newest first, each with the balance after it."""
    raw = [
        *_counts(session, restaurant_id, beverage_id),
        *_movements(session, restaurant_id, beverage_id),
        *_link_changes(session, restaurant_id, beverage_id),
    ]
    # At one instant, what happened before a count is part of what it counted.
    raw.sort(key=lambda e: (e.at, e.kind == "count"))
    events = _with_sales(raw, _sales(session, restaurant_id, beverage_id))
    balance = ZERO
    explained = []
    for event in events:
        if event.kind == "count" and event.quantity is not None:
            balance = event.quantity
        elif event.quantity is not None:
            balance += event.quantity
        explained.append(
            StockEvent(
                event.at, event.kind, event.quantity, event.note, balance, event.source, event.day
            )
        )
    explained.reverse()
    return explained[:limit]


def _counts(session: Session, restaurant_id: int, beverage_id: int) -> list[StockEvent]:
    rows = session.scalars(
        StockCountRepository(session, restaurant_id)
        .readable()
        .where(StockCount.beverage_id == beverage_id)
    )
    return [StockEvent(c.counted_at, "count", c.quantity, c.note, source=c.source) for c in rows]


def _movements(session: Session, restaurant_id: int, beverage_id: int) -> list[StockEvent]:
    rows = session.scalars(
        StockMovementRepository(session, restaurant_id)
        .readable()
        .where(StockMovement.beverage_id == beverage_id)
    )
    return [StockEvent(m.at, m.kind, m.quantity, m.note) for m in rows]


def _link_changes(session: Session, restaurant_id: int, beverage_id: int) -> list[StockEvent]:
    rows = session.execute(
        select(AuditEvent, PosProduct.label)
        .outerjoin(PosProduct, PosProduct.id == AuditEvent.subject_id)
        .where(
            AuditEventRepository(session, restaurant_id).owned(),
            AuditEvent.subject_type == "pos_product",
            AuditEvent.action.in_(_LINK_ACTIONS),
        )
        .order_by(AuditEvent.at)
    )
    events = []
    for audit, label in rows:
        details = audit.details or {}
        mine = details.get("beverage_id") == beverage_id
        previous = details.get("previous_beverage_id") == beverage_id
        if not (mine or previous):
            continue
        kind = "unlink" if audit.action == "unlink" else "rollover"
        source = "to" if kind == "rollover" and mine else ("from" if kind == "rollover" else None)
        events.append(StockEvent(audit.at, kind, None, label, source=source))
    return events


def _sales(
    session: Session, restaurant_id: int, beverage_id: int
) -> list[tuple[datetime, date, Decimal]]:
    return LinkRepository(session, restaurant_id).sales_of(beverage_id)


def _with_sales(
    events: list[StockEvent], sales: list[tuple[datetime, date, Decimal]]
) -> list[StockEvent]:
    """Merges the sale lines in, one line per business day — split where another event
    falls inside the day, so the balance stays right on both sides of a count."""
    merged: list[StockEvent] = []
    i = 0
    bucket: tuple[date, datetime, Decimal] | None = None

    def flush() -> None:
        nonlocal bucket
        if bucket is not None:
            merged.append(StockEvent(bucket[1], "sales", -bucket[2], None, day=bucket[0]))
            bucket = None

    for at, day, quantity in sales:
        while i < len(events) and (
            events[i].at < at or (events[i].at == at and events[i].kind != "count")
        ):
            flush()
            merged.append(events[i])
            i += 1
        if bucket is not None and bucket[0] != day:
            flush()
        bucket = (day, at, quantity) if bucket is None else (day, at, bucket[2] + quantity)
    flush()
    merged.extend(events[i:])
    return merged
