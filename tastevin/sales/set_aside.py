"""What was set aside while reading an import, kept with its reason (issue 10).

Two kinds: what a parser could not take (an order without a usable date, an invoice item
missing from the page) — the rest of the page applied without it — and a sale dated after
the moment it was received, held back from the ledger until the owner confirms it. Each is
stored with its raw import (so an import's count can be shown), visible on the connection,
and resolved by the owner: ``confirm`` applies a held sale, ``accept`` leaves it out on
purpose. A day is complete only when nothing set aside on it is still open.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from tastevin.connectors.base import SaleKind, SaleRecord, SetAside
from tastevin.errors import N_, BadInput, NotFound
from tastevin.models import SetAsideItem
from tastevin.models.types import utcnow
from tastevin.repositories import SetAsideItemRepository

CLOCK_SKEW = timedelta(minutes=10)
"""A POS clock a little ahead of ours is not a sale from the future."""
FUTURE_REASON = N_("sale dated after the moment it was received")


def split_future(
    sales: Sequence[SaleRecord], received_at: datetime | None
) -> tuple[list[SaleRecord], list[SaleRecord]]:
    """(sales to apply, sales held back because they are dated after their arrival)."""
    if received_at is None:
        return list(sales), []
    limit = received_at + CLOCK_SKEW
    keep = [s for s in sales if s.sold_at <= limit]
    held = [s for s in sales if s.sold_at > limit]
    return keep, held


def record_to_json(sale: SaleRecord) -> dict[str, Any]:
    return {
        "key": sale.key,
        "vendor_product_id": sale.vendor_product_id,
        "label": sale.label,
        "quantity": str(sale.quantity),
        "amount": str(sale.amount),
        "sold_at": sale.sold_at.isoformat(),
        "kind": str(sale.kind),
        "tax": None if sale.tax is None else str(sale.tax),
        "ticket": sale.ticket,
    }


def record_from_json(data: dict[str, Any]) -> SaleRecord:
    return SaleRecord(
        key=str(data["key"]),
        vendor_product_id=str(data["vendor_product_id"]),
        label=str(data["label"]),
        quantity=Decimal(str(data["quantity"])),
        amount=Decimal(str(data["amount"])),
        sold_at=datetime.fromisoformat(str(data["sold_at"])),
        kind=SaleKind(str(data["kind"])),
        tax=None if data.get("tax") is None else Decimal(str(data["tax"])),
        ticket=data.get("ticket"),
    )


@dataclass(frozen=True, slots=True)
class _Row:
    ref: str
    line: int | None
    reason: str
    detail: dict[str, Any]
    record: dict[str, Any] | None
    day: date | None

    def fingerprint(self) -> str:
        text = json.dumps([self.ref, self.line, self.reason, self.record], sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()


def record(
    session: Session,
    *,
    restaurant_id: int,
    connection_id: int,
    import_id: int,
    items: Iterable[SetAside],
    held: Iterable[SaleRecord],
    request_day: date | None,
    day_of: Callable[[datetime], date],
    replayed: bool = False,
) -> int:
    """Store what was set aside for one import (each once, even on replay). ``replayed``:
    the import had set items aside before; those its new reading no longer sets aside (the
    parser was fixed, the owner replayed it) are resolved as ``replayed``."""
    rows = [
        _Row(
            i.ref,
            i.line,
            i.reason,
            {
                **i.detail,
                **({"sold_at": i.at.isoformat()} if i.at else {}),
                **({"message": i.message} if i.message else {}),
            },
            None,
            day_of(i.at) if i.at is not None else request_day,
        )
        for i in items
    ] + [
        _Row(
            s.key,
            s.line,
            FUTURE_REASON,
            {"sold_at": s.sold_at.isoformat()},
            record_to_json(s),
            day_of(s.sold_at),
        )
        for s in held
    ]
    if not rows and not replayed:
        return 0
    earlier = {
        item.fingerprint: item
        for item in session.scalars(select(SetAsideItem).where(SetAsideItem.import_id == import_id))
    }
    existing = set(earlier)
    now_aside = {row.fingerprint() for row in rows}
    for item in earlier.values():
        if item.fingerprint not in now_aside and item.resolved_at is None and item.record is None:
            item.resolved_at = utcnow()
            item.resolution = "replayed"
    for row in rows:
        fingerprint = row.fingerprint()
        if fingerprint in existing:
            continue
        existing.add(fingerprint)
        session.add(
            SetAsideItem(
                restaurant_id=restaurant_id,
                connection_id=connection_id,
                import_id=import_id,
                fingerprint=fingerprint,
                ref=row.ref[:200],
                line=row.line,
                reason=row.reason,
                detail=row.detail,
                record=row.record,
                business_day=row.day,
            )
        )
    session.flush()
    return len(rows)


def settle_by_key(session: Session, connection_id: int, import_id: int, keys: set[str]) -> int:
    """A row set aside with its sale key (``detail["sale_key"]``, the file import's rows
    that had one) is settled when a later import of the connection brings a sale with that
    key: the row, corrected and sent again. It is resolved as ``replayed``, and the sale
    was counted once, by the later import. Returns how many were settled."""
    if not keys:
        return 0
    settled = 0
    for item in open_items(session, connection_id):
        key = (item.detail or {}).get("sale_key")
        if item.import_id != import_id and item.record is None and key in keys:
            item.resolved_at = utcnow()
            item.resolution = "replayed"
            settled += 1
    if settled:
        session.flush()
    return settled


def open_items(session: Session, connection_id: int, day: date | None = None) -> list[SetAsideItem]:
    query = select(SetAsideItem).where(
        SetAsideItem.connection_id == connection_id, SetAsideItem.resolved_at.is_(None)
    )
    if day is not None:
        query = query.where(SetAsideItem.business_day == day)
    return list(session.scalars(query.order_by(SetAsideItem.id)))


def open_of_import(session: Session, import_id: int) -> list[SetAsideItem]:
    """What one import set aside and still waits for the owner, in the file's order."""
    query = select(SetAsideItem).where(
        SetAsideItem.import_id == import_id, SetAsideItem.resolved_at.is_(None)
    )
    return list(session.scalars(query.order_by(SetAsideItem.line, SetAsideItem.id)))


def first_open_day(session: Session, connection_id: int) -> date | None:
    """The earliest business day with something set aside still waiting for the owner:
    no day from it on is complete."""
    return session.scalar(
        select(func.min(SetAsideItem.business_day)).where(
            SetAsideItem.connection_id == connection_id, SetAsideItem.resolved_at.is_(None)
        )
    )


def waiting_through(connection_id: int, day: date) -> ColumnElement[bool]:
    """True while something of ``day`` or before still waits for the owner (the condition
    ``first_open_day(…) <= day``, as an expression a statement can carry)."""
    return exists().where(
        SetAsideItem.connection_id == connection_id,
        SetAsideItem.resolved_at.is_(None),
        SetAsideItem.business_day <= day,
    )


def complete_through(last_complete: date | None, first_open: date | None) -> date | None:
    """The last day shown as complete: the pull's cursor, never past a day with open items."""
    if last_complete is None or first_open is None or first_open > last_complete:
        return last_complete
    return first_open - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class OpenItem:
    id: int
    import_id: int
    ref: str
    line: int | None
    reason: str
    business_day: date | None
    held_sale: bool
    """A sale held back (it can be confirmed); otherwise only accepted."""
    label: str | None
    amount: Decimal | None
    resolution: str | None = None
    """None while open; ``confirmed``, ``accepted`` or ``replayed`` once resolved."""
    message: dict[str, Any] | None = None
    """The reason as data (template and values): pages show it in the reader's language."""

    @property
    def shown(self) -> dict[str, Any] | str:
        """What a page translates: the message when kept as data, else the English text."""
        return self.message or self.reason


def describe(item: SetAsideItem) -> OpenItem:
    held = item.record or {}
    amount = held.get("amount")
    return OpenItem(
        item.id,
        item.import_id,
        item.ref,
        item.line,
        item.reason,
        item.business_day,
        item.record is not None,
        held.get("label"),
        None if amount is None else Decimal(str(amount)),
        item.resolution,
        (item.detail or {}).get("message"),
    )


HOW = ("confirm", "accept", "replay")


def resolve(session: Session, restaurant_id: int, item_id: int, how: str) -> SetAsideItem:
    """``confirm`` (a held sale is applied to the ledger), ``accept`` (left out on
    purpose) or ``replay`` (after a fix: its import is read again; the item is resolved if
    the new reading no longer sets it aside). Resolving twice changes nothing."""
    item = SetAsideItemRepository(session, restaurant_id).get(item_id)
    if item.resolved_at is not None:
        return item
    if how == "replay":
        from tastevin.sales.imports import replay_import  # it applies through this module

        replay_import(session, item.import_id, restaurant_id)
        session.refresh(item)
        return item
    if how == "confirm":
        if item.record is None:
            raise BadInput("only a held sale can be confirmed; accept this item instead")
        _apply_held(session, item, record_from_json(item.record))
    elif how != "accept":
        raise NotFound("unknown resolution %(how)s", how=repr(how))
    item.resolved_at = utcnow()
    item.resolution = "confirmed" if how == "confirm" else "accepted"
    session.flush()
    return item


def _apply_held(session: Session, item: SetAsideItem, sale: SaleRecord) -> None:
    # Imported here: ingestion itself records set-aside items through this module.
    from tastevin.connectors.base import CanonicalBatch
    from tastevin.connectors.registry import get_spec
    from tastevin.models import PosConnection
    from tastevin.sales.ingestion import apply_batch

    connection = session.get_one(PosConnection, item.connection_id)
    capabilities = get_spec(connection.vendor).capabilities
    apply_batch(
        session, connection, CanonicalBatch(sales=(sale,)), capabilities, import_id=item.import_id
    )
