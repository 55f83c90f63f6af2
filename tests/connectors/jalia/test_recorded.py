"""Pragma API responses shaped on the published examples (pragma-project.dev: Get catalog
products with integer cents; Get list of orders V1, whose example shows euros as floats),
replayed with respx against the production base URL."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

from tastevin.config import Settings
from tastevin.connectors.base import ParseContext
from tastevin.connectors.jalia import parse
from tastevin.models.enums import Vendor
from tastevin.pull import pull_connection
from tastevin.simulators.restaurant import PARIS
from tests.pull.support import (
    DAY,
    add_connection,
    ledger,
    link_to_new_beverage,
    morning_after,
    no_wait,
    selling_price,
)

API = "https://api.pragma-project.dev/v1"
MARSANNAY = "327836eb-aed2-4406-a17d-37712d0cea75"


def catalog(price: int) -> list[dict[str, Any]]:
    return [
        {
            "id": MARSANNAY,
            "name": "Marsannay",
            "category": "Cave",
            "categoryId": "5465b370-fd9d-4e22-ba93-7bfbf7b9eff7",
            "subCategories": [{"name": "Vin rosé", "id": "0cbddb3e-b883-46aa-9d64-ca34fea0d44e"}],
            "priceList": [
                {"priceTypeId": 0, "priceTypeName": "Normal", "unitPrice": price, "taxRate": 2000}
            ],
        },
        {
            "id": "1fa4b9d8-5030-42d6-9b5d-4bd672fef607",
            "name": "Kasteel rouge",
            "category": "Aperitifs",
            "categoryId": "18b6666d-c780-416d-99df-b8b8a363dfa1",
            "subCategories": [],
            "priceList": [
                {"priceTypeId": 0, "priceTypeName": "Normal", "unitPrice": 500, "taxRate": 2000}
            ],
        },
    ]


def _item(description: str, quantity: int, unit: Any, total: Any, **flags: Any) -> dict[str, Any]:
    return {
        "description": description,
        "quantity": quantity,
        "weight": None,
        "unitPrice": unit,
        "total": total,
        "category": "Eaux & sodas",
        "subCategory": "Sodas",
        "isCanceled": flags.get("canceled", False),
        "cancelReason": None,
        "tier": "Normal",
        "isTransferred": False,
        "transferReason": None,
        "productId": flags.get("product", "coca-cola"),
        "isLoss": flags.get("loss", False),
    }


def orders(euros: bool) -> dict[str, Any]:
    def m(value: str) -> Any:
        return float(value) if euros else int(Decimal(value) * 100)

    return {
        "data": [
            {
                "id": "b3b4c5d6-e7f8-a9b0-c1d2-e3f4a5b6c7d8",
                "deviceId": "a2049f39-026a-4c54-a411-8a1d9271804b",
                "locationId": "d6f5e4d3-c2b1-42a0-9c68-31a3b4d5e6f7",
                "reportId": "9cad608b-48cc-40ed-ae8b-032ec54a0472",
                "openedAt": "2026-03-10T20:05:00.000Z",
                "closedAt": "2026-03-10T21:15:00.000Z",
                "guests": 2,
                "orderPlace": "Terrasse",
                "orderNumber": "10",
                "operatorName": "Jane Doe",
                "total": m("20"),
                "totalTax": m("1.82"),
                "totalDiscount": m("5"),
                "isCanceled": False,
                "cancelReason": None,
                "items": [
                    _item("Coca Cola", 5, m("4"), m("20")),
                    _item("Martini rouge", 1, m("4.50"), m("4.50"), canceled=True, product="m"),
                    _item("Marsannay", 1, m("14"), m("0"), product=MARSANNAY),
                    _item("Marsannay", 1, m("14"), m("0"), product=MARSANNAY, loss=True),
                    _item("Coca Cola", -1, m("4"), m("-4")),
                ],
            },
            {
                "id": "cancelled-order",
                "openedAt": "2026-03-10T23:40:00.000Z",
                "isCanceled": True,
                "total": m("28"),
                "items": [_item("Marsannay", 2, m("14"), m("28"), product=MARSANNAY)],
            },
        ],
        "meta": {"index": 0, "size": 100, "total": 2},
    }


@pytest.mark.parametrize("euros", [False, True], ids=["cents", "floats"])
def test_orders_in_cents_or_floats_read_the_same(euros: bool) -> None:
    import json

    batch = parse(json.dumps(orders(euros)).encode(), ParseContext(PARIS, {"endpoint": "orders"}))
    lines = {s.key: (s.kind, s.quantity, s.amount) for s in batch.sales}
    order = "b3b4c5d6-e7f8-a9b0-c1d2-e3f4a5b6c7d8"
    assert lines[f"{order}:1"] == ("sale", Decimal(5), Decimal("20.00"))
    assert lines[f"{order}:2"] == ("void", Decimal(1), Decimal(0))
    assert lines[f"{order}:3"] == ("comp", Decimal(1), Decimal(0))
    assert lines[f"{order}:4"] == ("loss", Decimal(1), Decimal(0))
    assert lines[f"{order}:5"] == ("refund", Decimal(-1), Decimal("-4.00"))
    assert lines["cancelled-order:1"] == ("void", Decimal(2), Decimal(0))


def test_a_forced_money_unit_wins_over_detection() -> None:
    import json

    body = json.dumps(catalog(14)).encode()  # 14 euros written as an integer
    as_cents = parse(body, ParseContext(PARIS, {"endpoint": "catalog"}))
    as_euros = parse(body, ParseContext(PARIS, {"endpoint": "catalog", "money": "euros"}))
    assert as_cents.products[0].price == Decimal("0.14")
    assert as_euros.products[0].price == Decimal("14.00")


def _mock(router: respx.MockRouter, price: int, euros: bool = False) -> None:
    router.get(f"{API}/catalog/").mock(return_value=httpx.Response(200, json=catalog(price)))
    router.get(f"{API}/orders/").mock(return_value=httpx.Response(200, json=orders(euros)))
    router.get(f"{API}/reports/").mock(return_value=httpx.Response(200, json={"data": []}))


def test_a_recorded_night_is_imported_once(settings: Settings) -> None:
    cid = add_connection(Vendor.JALIA, {"api_key": "pragma-key"}, 601)
    with respx.mock(assert_all_mocked=True) as router:
        _mock(router, 1400, euros=True)
        first = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        request = next(c.request for c in router.calls if "/orders/" in str(c.request.url))
        again = pull_connection(cid, day=DAY, retry=no_wait())
    assert request.method == "GET"
    # The Authentication page's form first (the reference's bare key is the fallback).
    assert request.headers["authorization"] == "Bearer pragma-key"
    assert request.headers["content-type"] == "application/json"
    assert dict(request.url.params) == {
        "since": "2026-03-10",
        "until": "2026-03-11",
        "index": "0",
        "size": "100",
    }
    assert first.error is None
    assert first.lines_added == 6
    assert again.lines_added == 0
    assert sum(r[3] for r in ledger(cid) if r[1] in ("sale", "refund")) == Decimal("16.00")


def test_pos_prices_update_the_linked_beverage(settings: Settings) -> None:
    cid = add_connection(Vendor.JALIA, {"api_key": "pragma-key"}, 602)
    with respx.mock as router:
        _mock(router, 1400)
        pull_connection(cid, now=morning_after(DAY), retry=no_wait())
    beverage = link_to_new_beverage(cid, MARSANNAY)
    assert selling_price(beverage) == Decimal("14.00")
    with respx.mock as router:
        _mock(router, 1650)
        pull_connection(cid, now=morning_after(DAY + timedelta(days=1)), retry=no_wait())
    assert selling_price(beverage) == Decimal("16.50")


def test_a_401_to_the_bearer_form_tries_the_bare_key_once(settings: Settings) -> None:
    cid = add_connection(Vendor.JALIA, {"api_key": "pragma-key"}, 603)
    seen: list[str] = []

    def bare_only(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        if request.headers["authorization"] != "pragma-key":
            return httpx.Response(401, json={"message": "Unauthorized"})
        return httpx.Response(200, json=catalog(1400))

    with respx.mock as router:
        router.get(f"{API}/catalog/").mock(side_effect=bare_only)
        router.get(f"{API}/orders/").mock(return_value=httpx.Response(200, json=orders(False)))
        router.get(f"{API}/reports/").mock(return_value=httpx.Response(200, json={"data": []}))
        outcome = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        later = [c.request.headers["authorization"] for c in router.calls][len(seen) :]
    assert outcome.error is None
    assert seen == ["Bearer pragma-key", "pragma-key"]
    assert set(later) == {"pragma-key"}  # the form that worked is kept


def test_a_401_to_both_forms_asks_for_a_new_key(settings: Settings) -> None:
    cid = add_connection(Vendor.JALIA, {"api_key": "pragma-key"}, 604)
    with respx.mock as router:
        route = router.get(f"{API}/catalog/").mock(return_value=httpx.Response(401))
        outcome = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
    assert route.call_count == 2
    assert outcome.error is not None and "credentials need renewing" in outcome.error
