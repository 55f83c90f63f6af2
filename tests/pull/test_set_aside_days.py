"""A day with something set aside is not complete until the owner resolves it (issue 10):
the pull's cursor stays before it, the connection's reading says so, and once the item is
accepted the next pull completes the day. A bad value sets only its invoice aside."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.models.enums import Vendor
from tastevin.pull import pull_connection
from tastevin.sales import set_aside
from tastevin.sales.reconciliation import connection_reading
from tastevin.simulators.restaurant import PARIS, night
from tests.pull.support import (
    DAY,
    add_connection,
    connection_row,
    credentials_for,
    expected_night,
    ledger,
    morning_after,
    no_wait,
    simulator,
)

SEED = 12250


def test_a_day_with_an_open_item_is_not_complete_until_the_owner_accepts_it(
    settings: Settings,
) -> None:
    before = DAY - timedelta(days=1)
    with simulator(Vendor.BIZZON) as (sim, url):
        cid = add_connection(Vendor.BIZZON, credentials_for(Vendor.BIZZON, url, SEED), SEED)
        assert pull_connection(cid, now=morning_after(before), retry=no_wait()).error is None
        assert connection_row(cid).last_complete_day == before
        ticket = next(
            t
            for t in night(DAY, seed=SEED)
            if not t.cancelled and t.opened_at.astimezone(PARIS).time() >= time(19, 0)
        )
        sim.options["corrections"] = {ticket.number: {"total": "12.345"}}
        sim.options["corrected_at"] = datetime.now(UTC)
        outcome = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        assert outcome.error is None
        # Everything but the bad invoice is in the ledger; the day is not complete.
        lines = len([r for r in ledger(cid) if r[4] == DAY])
        assert lines == expected_night(SEED, DAY)[0] - len(ticket.lines)
        assert connection_row(cid).last_complete_day == before
        with transaction() as session:
            (item,) = set_aside.open_items(session, cid)
            assert item.business_day == DAY and "field total" in item.reason
            reading = connection_reading(session, cid)
            assert (reading.complete_through, reading.first_open_day) == (before, DAY)
            set_aside.resolve(session, SEED, item.id, "accept")
        again = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        assert again.error is None and again.lines_added == 0
    assert connection_row(cid).last_complete_day == DAY
    with transaction() as session:
        reading = connection_reading(session, cid)
        assert (reading.complete_through, reading.first_open_day) == (DAY, None)
