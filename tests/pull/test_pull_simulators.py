"""Each pull vendor against its simulator on 127.0.0.1: a night imported, a re-run that adds
nothing, missed nights caught up, faults retried, an expired key reported, reads only."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from tastevin.config import Settings, get_settings
from tastevin.models.enums import REVENUE_KINDS, ConnectionStatus, ImportStatus, Vendor
from tastevin.pull import pull_connection
from tastevin.simulators.server import Fault
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

VENDORS = [Vendor.BIZZON, Vendor.JALIA, Vendor.ASTERIO]
SEED = 12230


def _revenue(rows: list[tuple[str, str, Decimal, Decimal, object]], day: object) -> Decimal:
    return sum((r[3] for r in rows if r[4] == day and r[1] in REVENUE_KINDS), Decimal(0))


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_night_is_imported_and_a_rerun_adds_nothing(settings: Settings, vendor: Vendor) -> None:
    with simulator(vendor) as (state, url):
        cid = add_connection(vendor, credentials_for(vendor, url, SEED), SEED)
        first = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        rows = ledger(cid)
        again = pull_connection(cid, day=DAY, now=morning_after(DAY), retry=no_wait())
        assert state.methods() == {"GET"}
    lines, revenue = expected_night(SEED, DAY)
    assert first.error is None
    assert first.days == [DAY]
    assert len([r for r in rows if r[4] == DAY]) == lines
    assert _revenue(rows, DAY) == revenue
    assert {r[1] for r in rows} >= {"sale", "void", "comp", "refund"}
    assert again.error is None
    assert again.lines_added == 0
    assert ledger(cid) == rows
    assert connection_row(cid).last_complete_day == DAY
    assert connection_row(cid).status == ConnectionStatus.ACTIVE


@pytest.mark.parametrize("vendor", VENDORS)
def test_three_missed_nights_are_caught_up(settings: Settings, vendor: Vendor) -> None:
    start = DAY - timedelta(days=4)
    with simulator(vendor) as (_, url):
        cid = add_connection(vendor, credentials_for(vendor, url, SEED), SEED)
        pull_connection(cid, now=morning_after(start), retry=no_wait())
        outcome = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
    missed = [start + timedelta(days=n) for n in range(1, 5)]
    assert outcome.days == missed
    rows = ledger(cid)
    for day in [start, *missed]:
        assert len([r for r in rows if r[4] == day]) == expected_night(SEED, day)[0]
        assert _revenue(rows, day) == expected_night(SEED, day)[1]
    assert len({r[0] for r in rows}) == len(rows)
    assert connection_row(cid).last_complete_day == DAY


@pytest.mark.parametrize("vendor", VENDORS)
def test_faults_are_retried_honouring_retry_after(
    settings: Settings, vendor: Vendor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (a loaded machine may take half a second to answer at all: the slow answer is far past it)
    monkeypatch.setenv("TASTEVIN_HTTP_TIMEOUT_S", "1.0")  # the slow answer (3 s) times out
    get_settings.cache_clear()
    sleeps: list[float] = []
    with simulator(vendor) as (state, url):
        state.faults = [Fault("429", retry_after="2"), Fault("500"), Fault("slow", delay_s=3.0)]
        cid = add_connection(vendor, credentials_for(vendor, url, SEED), SEED)
        outcome = pull_connection(cid, now=morning_after(DAY), retry=no_wait(sleeps))
        assert not state.faults
    assert outcome.error is None
    assert sleeps == [2.0, 0.0, 0.0]  # Retry-After honoured, then backoff (0 s in tests)
    assert len([r for r in ledger(cid) if r[4] == DAY]) == expected_night(SEED, DAY)[0]


def test_a_vendor_down_for_good_is_reported_and_retryable(settings: Settings) -> None:
    with simulator(Vendor.BIZZON) as (state, url):
        state.faults = [Fault("500") for _ in range(4)]
        cid = add_connection(Vendor.BIZZON, credentials_for(Vendor.BIZZON, url, SEED), SEED)
        outcome = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
    assert outcome.retryable
    assert outcome.error is not None
    assert "HTTP 500" in outcome.error
    row = connection_row(cid)
    assert row.status == ConnectionStatus.ERROR
    assert row.last_error == outcome.error
    assert row.last_complete_day is None


@pytest.mark.parametrize("vendor", VENDORS)
def test_an_expired_key_asks_for_new_credentials(settings: Settings, vendor: Vendor) -> None:
    with simulator(vendor) as (state, url):
        creds = credentials_for(vendor, url, SEED)
        state.revoked.add(str(creds.get("api_key") or creds.get("password")))
        cid = add_connection(vendor, creds, SEED)
        outcome = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        # Refused, never retried; Pragma's second documented auth form is tried once.
        assert len(state.requests) == (2 if vendor is Vendor.JALIA else 1)
    row = connection_row(cid)
    assert outcome.error is not None
    assert "credentials need renewing" in outcome.error
    assert row.status == ConnectionStatus.NEEDS_CREDENTIALS
    assert row.last_error == outcome.error
    assert row.last_error_at is not None
    assert row.last_complete_day is None
    assert ledger(cid) == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_bad_page_is_kept_and_the_day_stays_incomplete(
    settings: Settings, vendor: Vendor
) -> None:
    from sqlalchemy import select

    from tastevin.db import transaction
    from tastevin.models import RawImport

    path = {"bizzon": "invoices", "jalia": "orders", "asterio": "sales"}[vendor]
    with simulator(vendor) as (state, url):
        state.faults = [Fault("bad_page", path=path)]
        cid = add_connection(vendor, credentials_for(vendor, url, SEED), SEED)
        outcome = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        assert outcome.error is not None
        assert outcome.days == []
        assert connection_row(cid).last_complete_day is None
        with transaction() as session:
            failed = session.scalars(
                select(RawImport).where(RawImport.status == str(ImportStatus.FAILED))
            ).all()
            assert len(failed) == 1
            assert failed[0].body.startswith(b'{"data": [{')
        retried = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
    assert retried.error is None
    assert retried.days == [DAY]
    assert len([r for r in ledger(cid) if r[4] == DAY]) == expected_night(SEED, DAY)[0]
