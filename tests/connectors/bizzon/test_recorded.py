"""Mews POS API responses shaped on the vendor's published examples (docs.mews.com/pos-api:
Get products, Get invoices), replayed with respx against the production base URL."""

from __future__ import annotations

import json
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

API = "https://api.mews.com/pos/v1"
PRODUCT = "286ef74f-e37f-477f-bcda-77f8fbfd13ea"
SECOND = "9a7e3c1d-6b2f-4e8a-b5c4-2d1f0e9a8b7c"


def _product(pid: str, name: str, price: str) -> dict[str, Any]:
    return {
        "id": pid,
        "type": "products",
        "attributes": {
            "name": name,
            "description": "Description of product number one.",
            "sku": "ABC-123-HR-K",
            "status": "active",
            "barcode": "1234567890",
            "isAvailable": True,
            "createdAt": "2022-10-16T11:29:00Z",
            "updatedAt": "2022-10-19T11:29:00Z",
            "tax": "2.00",
            "retailPriceInclTax": price,
            "retailPriceExclTax": "8.00",
        },
        "relationships": {"productVariants": {"data": []}},
    }


def products_pages(price: str) -> list[dict[str, Any]]:
    first = {
        "data": [_product(PRODUCT, "Product Number One", price)],
        "links": {
            "prev": None,
            "next": f"{API}/products?page%5Bafter%5D={PRODUCT}&page%5Bsize%5D=1",
        },
    }
    second = {"data": [_product(SECOND, "Chablis 1er Cru", "58.00")], "links": {"next": None}}
    return [first, second]


def _item(iid: str, name: str, total: str, **flags: Any) -> dict[str, Any]:
    return {
        "id": iid,
        "type": "invoiceItems",
        "attributes": {
            "productName": name,
            "unitPriceInclTax": "10.00",
            "quantity": flags.pop("quantity", 1),
            "subtotal": "8.33",
            "tax": "1.67",
            "total": total,
            "discount": "0.00",
            "comp": flags.pop("comp", False),
            "void": flags.pop("void", False),
            "compVoidReason": None,
            "compVoidNotes": None,
            "createdAt": "2024-01-01T12:00:00Z",
            "updatedAt": "2024-01-01T12:00:00Z",
        },
        "relationships": {"product": {"data": {"id": PRODUCT, "type": "products"}}},
    }


def _invoice(iid: str, at: str, items: list[str], **kw: Any) -> dict[str, Any]:
    return {
        "id": iid,
        "type": "invoices",
        "attributes": {
            "discount": "0.00",
            "tax": "1.67",
            "total": "10.00",
            "subtotal": "8.33",
            "cancelled": kw.get("cancelled", False),
            "cancelReason": None,
            "discountAmount": "0.00",
            "description": None,
            "itemDiscountAmount": "0.00",
            "createdAt": at,
            "updatedAt": at,
            "tipAmount": "0.00",
        },
        "relationships": {
            "user": {"data": {"id": "817f7fc3-3dcb-4cb8-9991-af488a497968", "type": "users"}},
            "originalInvoices": {"data": kw.get("original")},
            "register": {
                "data": {"id": "eef23c03-49b9-432b-b1a3-955ea1501557", "type": "registers"}
            },
            "invoiceItems": {"data": [{"id": i, "type": "invoiceItems"} for i in items]},
        },
    }


INVOICES = {
    "data": [
        _invoice(
            "5a43b8fa-8029-4093-895b-bddd8c74ebe1",
            "2026-03-10T20:44:45.409Z",
            ["i-1", "i-2", "i-3"],
        ),
        _invoice(
            "c0ffee00-0000-4000-8000-000000000002",
            "2026-03-11T00:30:00.000Z",
            ["i-4"],
            cancelled=True,
        ),
        _invoice(
            "c0ffee00-0000-4000-8000-000000000003",
            "2026-03-10T21:10:00.000Z",
            ["i-5"],
            original=[{"id": "5a43b8fa-8029-4093-895b-bddd8c74ebe1", "type": "invoices"}],
        ),
    ],
    "included": [
        _item("i-1", "Awesome Rubber Bottle", "10.00"),
        _item("i-2", "Awesome Rubber Bottle", "10.00", void=True),
        _item("i-3", "Awesome Rubber Bottle", "0.00", comp=True),
        _item("i-4", "Awesome Rubber Bottle", "10.00"),
        _item("i-5", "Awesome Rubber Bottle", "10.00"),
    ],
    "links": {"prev": None, "next": None},
}


def _mock(router: respx.MockRouter, price: str) -> None:
    pages = products_pages(price)

    def products(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == "Bearer sk_live_abc"
        after = request.url.params.get("page[after]")
        return httpx.Response(200, json=pages[1] if after == PRODUCT else pages[0])

    router.get(f"{API}/products").mock(side_effect=products)
    router.get(f"{API}/invoices").mock(return_value=httpx.Response(200, json=INVOICES))


def test_a_recorded_night_maps_voids_comps_refunds_and_reruns_to_nothing(
    settings: Settings,
) -> None:
    cid = add_connection(Vendor.BIZZON, {"api_key": "sk_live_abc"}, 501)
    with respx.mock(assert_all_mocked=True) as router:
        _mock(router, "10.00")
        first = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        invoices_call = router.calls[-1].request
        again = pull_connection(cid, day=DAY, retry=no_wait())
    assert invoices_call.method == "GET"
    assert invoices_call.url.params["filter[createdAtGteq]"] == "2026-03-10T04:00:00Z"
    assert invoices_call.url.params["filter[createdAtLt]"] == "2026-03-11T04:00:00Z"
    assert invoices_call.url.params["include"] == "invoiceItems,originalInvoice"
    assert first.error is None
    assert first.lines_added == 5
    assert again.lines_added == 0
    rows = {r[0]: r[1:] for r in ledger(cid)}
    assert rows["i-1"] == ("sale", Decimal(1), Decimal("10.00"), DAY)
    assert rows["i-2"] == ("void", Decimal(1), Decimal(0), DAY)
    assert rows["i-3"] == ("comp", Decimal(1), Decimal(0), DAY)
    assert rows["i-4"] == ("void", Decimal(1), Decimal(0), DAY)  # cancelled invoice, 01:30 Paris
    assert rows["i-5"] == ("refund", Decimal(-1), Decimal("-10.00"), DAY)


def test_pos_prices_update_the_linked_beverage(settings: Settings) -> None:
    cid = add_connection(Vendor.BIZZON, {"api_key": "sk_live_abc"}, 502)
    with respx.mock as router:
        _mock(router, "10.00")
        pull_connection(cid, now=morning_after(DAY), retry=no_wait())
    beverage = link_to_new_beverage(cid, PRODUCT)
    assert selling_price(beverage) == Decimal("10.00")
    with respx.mock as router:
        _mock(router, "12.50")
        pull_connection(cid, now=morning_after(DAY + timedelta(days=1)), retry=no_wait())
    assert selling_price(beverage) == Decimal("12.50")


def test_an_unreadable_page_is_kept_and_reported(settings: Settings) -> None:
    cid = add_connection(Vendor.BIZZON, {"api_key": "sk_live_abc"}, 503)
    with respx.mock as router:
        _mock(router, "10.00")
        router.get(f"{API}/invoices").mock(return_value=httpx.Response(200, text="<html>"))
        outcome = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
    assert outcome.error is not None
    assert "not readable JSON (line 1)" in outcome.error
    assert json.loads(json.dumps(outcome.days)) == []
