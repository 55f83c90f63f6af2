"""Last night per connection: what arrived since the last business day began, how much of
it was applied ("reconciled" with the ledger) and how much failed and waits for a replay.

The window starts at the beginning of the last closed business day, so the night's pushes
(during service) and the morning's pulls (after the cut-off) both count."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, case, func, type_coerce
from sqlalchemy.orm import Session

from tastevin.errors import NotFound
from tastevin.models import PosConnection, RawImport, Restaurant
from tastevin.models.enums import ImportStatus
from tastevin.models.types import UTCDateTime
from tastevin.pos.setup import with_page
from tastevin.pull.days import last_closed_day
from tastevin.repositories import PosConnectionRepository, RawImportRepository
from tastevin.sales.business_day import day_bounds
from tastevin.sales.reconciliation import reconcile


@dataclass(frozen=True, slots=True)
class Night:
    connection_id: int
    vendor: str
    status: str
    received: int
    """Imports (files, webhook bodies, API pages) that arrived in the window."""
    applied: int
    failed: int
    waiting: int
    lines_added: int
    last_arrival: datetime | None
    """The latest real arrival ever (not a replay): received_at of the newest import."""
    failed_total: int
    """Failed imports of this connection, all time, still waiting for a replay."""
    pos_gap: Decimal | None = None
    """POS day total − our total for the night's business day (issue 10's reconciliation);
    None when the POS published no day total to compare with."""

    @property
    def quiet(self) -> bool:
        return self.received == 0

    @property
    def has_page(self) -> bool:
        """Every POS channel and the file import have their connection page (where the owner
        replays a failed import or resolves a set-aside row); only an unknown vendor has none."""
        try:
            with_page(self.vendor)
        except NotFound:
            return False
        return True


def night_start(restaurant: Restaurant, now: datetime) -> datetime:
    zone = ZoneInfo(restaurant.timezone)
    day = last_closed_day(now, zone, restaurant.day_cutoff)
    return day_bounds(day, zone, restaurant.day_cutoff)[0]


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def last_nights(session: Session, restaurant: Restaurant, now: datetime) -> list[Night]:
    """One line per connection; the gap with the POS's own day total where it has one."""
    zone = ZoneInfo(restaurant.timezone)
    day = last_closed_day(now, zone, restaurant.day_cutoff)
    return [
        replace(night, pos_gap=reconcile(session, night.connection_id, day).gap)
        for night in _arrivals(session, restaurant, now)
    ]


def _arrivals(session: Session, restaurant: Restaurant, now: datetime) -> list[Night]:
    since = night_start(restaurant, now)
    recent = RawImport.received_at >= since
    status = RawImport.status
    totals = (
        RawImportRepository(session, restaurant.id)
        .readable()
        .with_only_columns(
            RawImport.connection_id.label("cid"),
            _count(recent).label("received"),
            _count(recent & (status == str(ImportStatus.APPLIED))).label("applied"),
            _count(recent & (status == str(ImportStatus.FAILED))).label("failed"),
            _count(recent & (status == str(ImportStatus.RECEIVED))).label("waiting"),
            func.coalesce(func.sum(case((recent, RawImport.lines_added), else_=0)), 0).label(
                "lines"
            ),
            type_coerce(func.max(RawImport.received_at), UTCDateTime).label("last"),
            _count(status == str(ImportStatus.FAILED)).label("failed_total"),
        )
        .group_by(RawImport.connection_id)
        .subquery()
    )
    query = (
        PosConnectionRepository(session, restaurant.id)
        .readable()
        .with_only_columns(
            PosConnection.id,
            PosConnection.vendor,
            PosConnection.status,
            totals.c.received,
            totals.c.applied,
            totals.c.failed,
            totals.c.waiting,
            totals.c.lines,
            totals.c.last,
            totals.c.failed_total,
        )
        .outerjoin(totals, totals.c.cid == PosConnection.id)
        .order_by(PosConnection.vendor)
    )
    nights = []
    for cid, vendor, state, rec, ok, bad, wait, lines, last, fails in session.execute(query):
        nights.append(
            Night(
                cid,
                vendor,
                state,
                rec or 0,
                ok or 0,
                bad or 0,
                wait or 0,
                lines or 0,
                last,
                fails or 0,
            )
        )
    return nights
