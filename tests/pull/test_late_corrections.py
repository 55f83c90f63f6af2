"""A Mews invoice cancelled after the nightly pull is found by the next night's pull (its
``updatedAt`` changed) and the day's revenue follows it exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select, type_coerce

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.models import SaleLine
from tastevin.models.enums import REVENUE_KINDS, Vendor
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
