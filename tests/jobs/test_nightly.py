"""The night as a queue fan-out: who is due, one task per connection, a failing restaurant
never stops the others, and the per-connection lock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tastevin.config import Settings, get_settings
from tastevin.db import transaction
from tastevin.jobs.nightly import due_connections, fan_out
from tastevin.jobs.pull_tasks import connection_lock, run_pull
from tastevin.models import PosConnection, Restaurant
from tastevin.models.enums import ConnectionStatus, Vendor
from tests.pull.support import (
    DAY,
    add_connection,
    connection_row,
    credentials_for,
    expected_night,
    ledger,
    morning_after,
    simulator,
)


def test_only_connections_whose_night_has_come_and_are_behind_are_due(
    settings: Settings,
) -> None:
    behind = add_connection(Vendor.BIZZON, {"api_key": "sk_test_1"}, 101)
    up_to_date = add_connection(Vendor.JALIA, {"api_key": "k_2"}, 102)
    disabled = add_connection(Vendor.ASTERIO, {"domain": "x"}, 103)
    pushed = add_connection(Vendor.GENERIC, {}, 104)
    with transaction() as session:
        session.get_one(PosConnection, behind).last_complete_day = DAY - timedelta(days=3)
        session.get_one(PosConnection, up_to_date).last_complete_day = DAY
        session.get_one(PosConnection, disabled).status = str(ConnectionStatus.DISABLED)
    at_six_thirty = morning_after(DAY)
    assert due_connections(at_six_thirty, night_hour=6) == [(behind, DAY)]
    assert due_connections(at_six_thirty, night_hour=7) == []  # not yet 07:00 in Paris
    next_night = due_connections(at_six_thirty + timedelta(days=1), night_hour=6)
    assert {cid for cid, _ in next_night} == {behind, up_to_date}  # never a push connection
    assert pushed not in {cid for cid, _ in next_night}


def test_a_restaurant_night_hour_at_midnight_makes_the_day_due_at_its_cut_off(
    settings: Settings,
) -> None:
    """Between the 05:00 cut-off and the default 06:00 night hour nothing is due; a
    restaurant whose own night hour is 0 is due as soon as its day closes."""
    early = add_connection(Vendor.BIZZON, {"api_key": "sk_test_1"}, 111)
    default = add_connection(Vendor.BIZZON, {"api_key": "sk_test_2"}, 112)
    with transaction() as session:
        session.get_one(Restaurant, 111).night_hour = 0
    at_five_thirty = morning_after(DAY) - timedelta(hours=1)
    assert due_connections(at_five_thirty, night_hour=6) == [(early, DAY)]
    assert {cid for cid, _ in due_connections(morning_after(DAY), night_hour=6)} == {
        early,
        default,
    }


def test_the_fan_out_pulls_every_restaurant_and_a_failing_one_stops_none(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TASTEVIN_PULL_RETRY_BASE_DELAY_S", "0")
    get_settings.cache_clear()  # the one Settings class is cached; read the new variable
    with (
        simulator(Vendor.BIZZON) as (bizzon, b_url),
        simulator(Vendor.JALIA) as (_, j_url),
        simulator(Vendor.ASTERIO) as (_, a_url),
    ):
        urls = {Vendor.BIZZON: b_url, Vendor.JALIA: j_url, Vendor.ASTERIO: a_url}
        good = {
            seed: add_connection(vendor, credentials_for(vendor, urls[vendor], seed), seed)
            for seed, vendor in ((201, Vendor.BIZZON), (202, Vendor.JALIA), (203, Vendor.ASTERIO))
        }
        bizzon.revoked.add("sk_test_204")
        expired = add_connection(Vendor.BIZZON, credentials_for(Vendor.BIZZON, b_url, 204), 204)
        nobody_listens = "http://127.0.0.1:9"  # the discard port: connection refused
        down = add_connection(Vendor.JALIA, credentials_for(Vendor.JALIA, nobody_listens, 205), 205)
        enqueued = fan_out(morning_after(DAY))
    assert sorted(enqueued) == sorted([*good.values(), expired, down])
    for seed, cid in good.items():
        assert connection_row(cid).last_complete_day == DAY, seed
        assert len([r for r in ledger(cid) if r[4] == DAY]) == expected_night(seed, DAY)[0]
    assert connection_row(expired).status == ConnectionStatus.NEEDS_CREDENTIALS
    assert connection_row(down).status == ConnectionStatus.ERROR
    assert connection_row(down).last_complete_day is None


def test_two_pulls_of_one_connection_never_run_at_once(settings: Settings) -> None:
    with simulator(Vendor.BIZZON) as (state, url):
        cid = add_connection(Vendor.BIZZON, credentials_for(Vendor.BIZZON, url, 301), 301)
        with connection_lock(cid):
            blocked = run_pull(cid, DAY)
        assert blocked.error == "a pull of this connection is already running"
        assert state.requests == []
        after = run_pull(cid, DAY)
    assert after.error is None
    assert after.days == [DAY]
