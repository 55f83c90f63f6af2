"""Reconciliation with the POS's own day totals (issue 10).

Vendors that publish what they took — a Z report, invoice totals, a journal's total
line — give ``PosDayTotal`` records; they are kept per
connection, the latest version of each one winning. A day reconciles when the revenue the
ledger counts for the connection equals the POS's total; otherwise the gap is shown with
the lines in question: tickets whose lines do not add up to their total, Z-report products
whose sales differ from ours, and what was set aside that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, select, type_coerce
from sqlalchemy.orm import Session

from tastevin.connectors.base import PosDayTotal
from tastevin.models import PosConnection, PosDayTotalRow, PosProduct, SaleLine
from tastevin.models.enums import REVENUE_KINDS
from tastevin.models.types import Money, utcnow
from tastevin.sales import bulk, set_aside
from tastevin.sales.business_day import business_day
from tastevin.sales.tickets import counted

ZERO = Decimal("0.00")
_TOTALS: Table = PosDayTotalRow.__table__  # type: ignore[assignment]
_TOTAL_COLUMNS = (
    "restaurant_id",
    "connection_id",
    "ref",
    "source",
    "business_day",
    "total",
    "detail",
    "import_id",
    "updated_at",
)
_REVENUE = [str(k) for k in REVENUE_KINDS]


def record_totals(
    session: Session,
    *,
    restaurant_id: int,
    connection_id: int,
    import_id: int | None,
    totals: Iterable[PosDayTotal],
    zone: ZoneInfo,
    cutoff: time,
) -> int:
    """Keep the POS's totals; a ref seen before takes its latest value (one upsert: two
    imports of one connection applied at once never both insert a ref)."""
    wanted = {t.ref: t for t in totals}
    if not wanted:
        return 0
    now = utcnow()
    row = bulk.row_writer(session, _TOTALS, _TOTAL_COLUMNS)
    rows = []
    for ref, total in wanted.items():
        day = total.day
        if day is None:
            assert total.at is not None  # a PosDayTotal has a day or an aware time
            day = business_day(total.at, zone, cutoff)
        rows.append(
            row(
                {
                    "restaurant_id": restaurant_id,
                    "connection_id": connection_id,
                    "ref": ref,
                    "source": total.source,
                    "business_day": day,
                    "total": total.total,
                    "detail": dict(total.detail),
                    "import_id": import_id,
                    "updated_at": now,
                }
            )
        )
    bulk.upsert(session, _TOTALS, _TOTAL_COLUMNS, ("connection_id", "ref"), rows)
    return len(wanted)


@dataclass(frozen=True, slots=True)
class LineInQuestion:
    what: str
    """``ticket``, ``product`` or ``set_aside``."""
    ref: str
    pos: Decimal | None
    ours: Decimal | None
    note: str = ""
    message: dict[str, Any] | None = None
    """The note as data (a set-aside reason), shown in the reader's language."""


@dataclass(frozen=True, slots=True)
class Reconciliation:
    day: date
    pos_total: Decimal | None
    """None: the POS published no total for the day (nothing to reconcile with)."""
    our_total: Decimal
    sources: tuple[str, ...] = ()
    lines: tuple[LineInQuestion, ...] = field(default_factory=tuple)
    open_set_aside: int = 0

    @property
    def gap(self) -> Decimal | None:
        return None if self.pos_total is None else self.pos_total - self.our_total

    @property
    def reconciled(self) -> bool:
        return self.pos_total is not None and self.gap == 0

    @property
    def complete(self) -> bool:
        """Nothing set aside on the day is still waiting for the owner."""
        return self.open_set_aside == 0


def _our_total(session: Session, connection_id: int, day: date) -> Decimal:
    value = session.scalar(
        select(type_coerce(func.sum(SaleLine.amount), Money)).where(
            SaleLine.connection_id == connection_id,
            SaleLine.business_day == day,
            SaleLine.kind.in_(_REVENUE),
            counted(),
        )
    )
    return value if value is not None else ZERO


def _tickets_in_question(
    session: Session, connection_id: int, rows: list[PosDayTotalRow]
) -> list[LineInQuestion]:
    refs = [r.ref for r in rows]
    ours: dict[str, Decimal] = {}
    for start in range(0, len(refs), 500):
        chunk = refs[start : start + 500]
        found = session.execute(
            select(SaleLine.ticket, type_coerce(func.sum(SaleLine.amount), Money))
            .where(
                SaleLine.connection_id == connection_id,
                SaleLine.ticket.in_(chunk),
                SaleLine.kind.in_(_REVENUE),
                counted(),
            )
            .group_by(SaleLine.ticket)
        )
        ours.update({str(t): a for t, a in found})
    return [
        LineInQuestion("ticket", r.ref, r.total, ours.get(r.ref, ZERO))
        for r in rows
        if ours.get(r.ref, ZERO) != r.total
    ]


def _products_in_question(
    session: Session, connection_id: int, day: date, rows: list[PosDayTotalRow]
) -> list[LineInQuestion]:
    found = session.execute(
        select(PosProduct.label, type_coerce(func.sum(SaleLine.amount), Money))
        .join(PosProduct, PosProduct.id == SaleLine.pos_product_id)
        .where(
            SaleLine.connection_id == connection_id,
            SaleLine.business_day == day,
            SaleLine.kind.in_(_REVENUE),
            counted(),
        )
        .group_by(PosProduct.label)
    )
    ours = {str(label).casefold(): amount for label, amount in found}
    lines: list[LineInQuestion] = []
    for row in rows:
        for product in row.detail.get("products") or []:
            label = str(product.get("label") or "")
            pos = Decimal(str(product.get("amount") or "0"))
            mine = ours.get(label.casefold(), ZERO)
            if mine != pos:
                lines.append(LineInQuestion("product", label, pos, mine))
    return lines


def reconcile(session: Session, connection_id: int, day: date) -> Reconciliation:
    rows = list(
        session.scalars(
            select(PosDayTotalRow)
            .where(
                PosDayTotalRow.connection_id == connection_id, PosDayTotalRow.business_day == day
            )
            .order_by(PosDayTotalRow.ref)
        )
    )
    ours = _our_total(session, connection_id, day)
    held = set_aside.open_items(session, connection_id, day)
    if not rows:
        return Reconciliation(day, None, ours, open_set_aside=len(held))
    pos = sum((r.total for r in rows), ZERO)
    lines: list[LineInQuestion] = []
    if pos != ours:
        tickets = [r for r in rows if r.source == "tickets"]
        reports = [r for r in rows if r.source != "tickets"]
        lines += _tickets_in_question(session, connection_id, tickets) if tickets else []
        lines += _products_in_question(session, connection_id, day, reports) if reports else []
    lines += [
        LineInQuestion("set_aside", h.ref, None, None, h.reason, (h.detail or {}).get("message"))
        for h in held
    ]
    sources = tuple(sorted({r.source for r in rows}))
    return Reconciliation(day, pos, ours, sources, tuple(lines), len(held))


def last_reconciled_day(session: Session, connection_id: int) -> date | None:
    """The latest day the POS published a total for."""
    return session.scalar(
        select(func.max(PosDayTotalRow.business_day)).where(
            PosDayTotalRow.connection_id == connection_id
        )
    )


__all__ = [
    "ConnectionReading",
    "LineInQuestion",
    "Reconciliation",
    "connection_reading",
    "last_reconciled_day",
    "reconcile",
    "record_totals",
]


@dataclass(frozen=True, slots=True)
class ConnectionReading:
    """What the connection page shows of issue 10: the latest reconciled day and what is
    set aside waiting for the owner."""

    latest: Reconciliation | None
    open_items: tuple[set_aside.OpenItem, ...]
    first_open_day: date | None = None
    """The earliest day with something set aside still open: no day from it on is complete."""
    complete_through: date | None = None
    """The last business day shown as complete (a pull connection's cursor, held back before
    ``first_open_day``)."""


def connection_reading(session: Session, connection_id: int) -> ConnectionReading:
    day = last_reconciled_day(session, connection_id)
    latest = reconcile(session, connection_id, day) if day is not None else None
    items = tuple(set_aside.describe(i) for i in set_aside.open_items(session, connection_id))
    first_open = set_aside.first_open_day(session, connection_id)
    cursor = session.get_one(PosConnection, connection_id).last_complete_day
    return ConnectionReading(
        latest, items, first_open, set_aside.complete_through(cursor, first_open)
    )
