"""Astério "Generic Data" on its ASSUMED format (docs/connectors/asterio.md), replayed with
respx: the five credential fields, HTTP Basic, local times, and prices that never move
Tastevin's (S-17)."""

from __future__ import annotations

import base64
from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
import respx

from tastevin.config import Settings
from tastevin.models.enums import Vendor
from tastevin.pull import pull_connection
from tests.pull.support import (
    DAY,
    add_connection,
    ledger,
    link_to_new_beverage,
    morning_after,
    no_wait,
    selling_price,
)

CREDENTIALS = {
    "domain": "https://monresto-70001.myasterio.com",
    "kml": "monresto-70001",
    "site": "S01",
    "login": "MONRESTO_GENERICDATA",
    "password": "s3cret",
}
API = "https://monresto-70001.myasterio.com/genericdata/v1/monresto-70001/S01"


def products(price: str) -> dict[str, Any]:
    return {
        "site": "S01",
        "products": [{"code": "CHAB19", "label": "CHABLIS 1ER CRU", "price": price}],
    }


def sales(page: int) -> dict[str, Any]:
    tickets = [
        {
            "ticketId": "T-1001",
            "openedAt": "2026-03-10T21:30:00",
            "status": "closed",
            "lines": [
                {
                    "lineNo": 1,
                    "productCode": "CHAB19",
                    "label": "CHABLIS 1ER CRU",
                    "qty": "1",
                    "amount": "58,00",
                    "type": "sale",
                },
                {
                    "lineNo": 2,
                    "productCode": "CHAB19",
                    "label": "CHABLIS 1ER CRU",
                    "qty": "1",
                    "amount": "0",
                    "type": "offered",
                },
            ],
        },
        {
            "ticketId": "T-1002",
            "openedAt": "2026-03-11T01:30:00",
            "status": "cancelled",
            "lines": [
                {
                    "lineNo": 1,
                    "productCode": "CHAB19",
                    "label": "CHABLIS 1ER CRU",
                    "qty": "2",
                    "amount": "116.00",
                    "type": "sale",
                }
            ],
        },
    ]
    return {
        "businessDate": "2026-03-10",
        "page": page,
        "pageCount": 2,
        "tickets": [tickets[page - 1]],
    }


def _mock(router: respx.MockRouter, price: str) -> None:
    router.get(f"{API}/products").mock(return_value=httpx.Response(200, json=products(price)))
    router.get(f"{API}/sales").mock(
        side_effect=lambda r: httpx.Response(200, json=sales(int(r.url.params["page"])))
    )


def test_a_recorded_night_is_imported_once_with_basic_auth(settings: Settings) -> None:
    cid = add_connection(Vendor.ASTERIO, CREDENTIALS, 701)
    with respx.mock(assert_all_mocked=True) as router:
        _mock(router, "58.00")
        first = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        again = pull_connection(cid, day=DAY, retry=no_wait())
        calls = [c.request for c in router.calls]
    expected = "Basic " + base64.b64encode(b"MONRESTO_GENERICDATA:s3cret").decode()
    assert {c.headers["authorization"] for c in calls} == {expected}
    assert {c.method for c in calls} == {"GET"}
    assert [c.url.params.get("page") for c in calls[:3]] == [None, "1", "2"]
    assert first.error is None
    assert first.lines_added == 3
    assert again.lines_added == 0
    rows = {r[0]: r[1:] for r in ledger(cid)}
    assert rows["T-1001:1"] == ("sale", Decimal(1), Decimal("58.00"), DAY)
    assert rows["T-1001:2"] == ("comp", Decimal(1), Decimal(0), DAY)
    assert rows["T-1002:1"] == ("void", Decimal(2), Decimal(0), DAY)  # 01:30 is still the 10th


def test_pos_prices_never_update_tastevin(settings: Settings) -> None:
    cid = add_connection(Vendor.ASTERIO, CREDENTIALS, 702)
    with respx.mock as router:
        _mock(router, "49.00")
        pull_connection(cid, now=morning_after(DAY), retry=no_wait())
    beverage = link_to_new_beverage(cid, "CHAB19")
    with respx.mock as router:
        _mock(router, "52.00")
        pull_connection(cid, now=morning_after(DAY + timedelta(days=1)), retry=no_wait())
    assert selling_price(beverage) == Decimal("58.00")
