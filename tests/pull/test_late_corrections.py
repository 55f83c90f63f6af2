"""A Mews invoice cancelled after the nightly pull is found by the next night's pull (its
``updatedAt`` changed), and so are Pragma orders cancelled or corrected (the recent days are
read again): the day's revenue follows each exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, type_coerce

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.models import SaleLine
from tastevin.models.enums import REVENUE_KINDS, SaleKind, Vendor
from tastevin.models.types import Money
from tastevin.pull import pull_connection
from tastevin.simulators.restaurant import PARIS, night
from tastevin.simulators.server import SimState
from tests.pull.support import (
    DAY,
    add_connection,
    credentials_for,
    ledger,
    morning_after,
    no_wait,
    simulator,
)

SEED = 12240


def _revenue(connection_id: int) -> Decimal:
    return sum(
        (
            amount
            for _key, kind, _q, amount, day in ledger(connection_id)
            if day == DAY and kind in [str(k) for k in REVENUE_KINDS]
        ),
        Decimal("0.00"),
    )


def _counted(connection_id: int) -> Decimal:
    with transaction() as session:
        value = session.scalar(
            select(type_coerce(func.sum(SaleLine.amount), Money)).where(
                SaleLine.connection_id == connection_id,
                SaleLine.business_day == DAY,
                SaleLine.kind.in_([str(k) for k in REVENUE_KINDS]),
                SaleLine.superseded_at.is_(None),
            )
        )
    return value if value is not None else Decimal("0.00")


def test_a_late_cancellation_is_taken_once_by_the_next_pull(settings: Settings) -> None:
    state = SimState(clock=morning_after(DAY + timedelta(days=1)))
    with simulator(Vendor.BIZZON, state) as (sim, url):
        cid = add_connection(Vendor.BIZZON, credentials_for(Vendor.BIZZON, url, SEED), SEED)
        first = pull_connection(cid, day=DAY, now=morning_after(DAY), retry=no_wait())
        assert first.error is None
        before = _counted(cid)
        # The next morning, a ticket of DAY is cancelled in the POS.
        ticket = next(
            t
            for t in night(DAY, seed=SEED)
            if not t.cancelled
            and not t.refund_of
            and sum((ln.amount for ln in t.lines), Decimal(0)) > 0
            and t.opened_at.astimezone(PARIS).time() >= time(19, 0)
        )
        cancelled = sum(
            (ln.amount for ln in ticket.lines if ln.kind in REVENUE_KINDS), Decimal("0.00")
        )
        sim.options["corrections"] = {ticket.number: {"cancelled": True}}
        # Corrected after the first pull was received (``last_data_at`` is a real time).
        sim.options["corrected_at"] = datetime.now(UTC)
        second = pull_connection(
            cid,
            day=DAY + timedelta(days=1),
            now=morning_after(DAY + timedelta(days=1)),
            retry=no_wait(),
        )
        assert second.error is None
        asked = [path for _m, path in sim.requests if "updatedAtGteq" in path]
        assert len(asked) == 1
        after = _counted(cid)
        assert after == before - cancelled and cancelled > 0
        # Pulling again changes nothing.
        pull_connection(
            cid,
            day=DAY + timedelta(days=1),
            now=morning_after(DAY + timedelta(days=1)),
            retry=no_wait(),
        )
        assert _counted(cid) == after
        assert _revenue(cid) > after  # the superseded lines are still in the ledger


def _evening_ticket(seed: int, skip: str = "") -> Any:
    return next(
        t
        for t in night(DAY, seed=seed)
        if not t.cancelled
        and not t.refund_of
        and t.number != skip
        and any(ln.kind is SaleKind.SALE and ln.amount > 0 for ln in t.lines)
        and t.opened_at.astimezone(PARIS).time() >= time(19, 0)
    )


def test_pragma_late_corrections_and_cancellations_count_once(settings: Settings) -> None:
    """Pragma's orders list has no "updated since" filter: each pull reads the recent days
    again; a cancelled order and an order with a corrected item supersede their earlier
    versions, and the day's revenue follows each exactly once."""
    seed = SEED + 1
    state = SimState(clock=morning_after(DAY + timedelta(days=1)))
    with simulator(Vendor.JALIA, state) as (sim, url):
        cid = add_connection(Vendor.JALIA, credentials_for(Vendor.JALIA, url, seed), seed)
        first = pull_connection(cid, day=DAY, now=morning_after(DAY), retry=no_wait())
        assert first.error is None
        before = _counted(cid)
        cancelled = _evening_ticket(seed)
        corrected = _evening_ticket(seed, skip=cancelled.number)
        lost = sum((ln.amount for ln in cancelled.lines if ln.kind in REVENUE_KINDS), Decimal(0))
        index, line = next(
            (i, ln) for i, ln in enumerate(corrected.lines) if ln.kind is SaleKind.SALE
        )
        cents = int(line.amount * 100)
        sim.options["corrections"] = {
            cancelled.number: {"isCanceled": True},
            corrected.number: {
                "items": {index: {"quantity": int(line.quantity) * 2, "total": cents * 2}}
            },
        }
        sim.options["corrected_at"] = datetime.now(UTC)
        next_day = DAY + timedelta(days=1)
        second = pull_connection(cid, day=next_day, now=morning_after(next_day), retry=no_wait())
        assert second.error is None
        asked = [path for _m, path in sim.requests if "v1/orders" in path]
        # The window: the 7 days before the morning of the pull, up to the day it pulls.
        window = f"since={(DAY - timedelta(days=5)).isoformat()}&until={next_day.isoformat()}"
        assert any(window in p for p in asked), asked
        after = _counted(cid)
        assert lost > 0 and after == before - lost + line.amount
        # Pulling again changes nothing; the earlier lines are kept, superseded.
        pull_connection(cid, day=next_day, now=morning_after(next_day), retry=no_wait())
        assert _counted(cid) == after
        assert _revenue(cid) > after
