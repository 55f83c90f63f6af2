"""The issue's scenario end to end through the JSON API, on SQLite and on PostgreSQL:
opening 12 → delivery +6 → 5 POS sales linked → count of 12 → variance −1 bottle, with the
€ at cost (weighted average) and at selling price; the stock value and the reorder list
agree; unlinking a POS product afterwards changes only the sessions whose period held its
sales (DESIGN invariant 2: a count resets what came before it)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tastevin import config, db
from tastevin.connectors.registry import capabilities
from tastevin.models import PosProduct
from tastevin.models.enums import Role, Vendor
from tastevin.models.types import utcnow
from tastevin.repositories import PosConnectionRepository, PosProductRepository
from tastevin.restaurants.service import add_member, create_user
from tastevin.sales.ingestion import apply_batch
from tastevin.web.app import create_app
from tests import factories as f
from tests.web.conftest import sign_in

PASSWORD = "correct horse battery"
CAPS = capabilities(Vendor.GENERIC)


@pytest.fixture(params=["suite database", "postgresql"])
def api(
    request: pytest.FixtureRequest, settings: config.Settings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[TestClient, dict[str, str], int]]:
    """A signed-in owner of a fresh restaurant, on the suite's database and on PostgreSQL."""
    if request.param == "postgresql":
        monkeypatch.setenv("TASTEVIN_DATABASE_URL", request.getfixturevalue("pg_url"))
        config.get_settings.cache_clear()
    with db.transaction() as session:
        rest = f.restaurant(session, name="Le Talbot")
        f.connection(session, rest)
        user = create_user(session, "owner@talbot.test", PASSWORD)
        add_member(session, user, rest, Role.OWNER)
        rid = rest.id
    with TestClient(create_app(), base_url="http://testserver") as client:
        token = sign_in(client, "owner@talbot.test", PASSWORD)
        yield client, {"X-CSRF-Token": token}, rid
    config.get_settings.cache_clear()


def _sell(rid: int, product: str, label: str, count: int, key: str) -> None:
    """POS sales arriving from the POS now, one bottle at 45 € each."""
    with db.transaction() as session:
        conn = session.scalars(PosConnectionRepository(session, rid).readable()).one()
        records = []
        for i in range(count):
            records.append(f.sale(f"{key}{i}", product, utcnow(), amount="45.00", label=label))
            time.sleep(0.002)
        apply_batch(session, conn, f.batch(*records), CAPS)


def _product(rid: int, code: str) -> int:
    with db.transaction() as session:
        return (
            session.scalars(
                PosProductRepository(session, rid)
                .readable()
                .where(PosProduct.vendor_product_id == code)
            )
            .one()
            .id
        )


def _ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def _count(client: TestClient, h: dict[str, str], drink: int, bottles: str) -> int:
    count_id: int = _ok(client.post("/api/counts", json={"scope": "all"}, headers=h), 201)["id"]
    time.sleep(0.01)
    _ok(
        client.put(
            f"/api/counts/{count_id}/lines",
            json={"beverage_id": drink, "quantity": bottles},
            headers=h,
        )
    )
    time.sleep(0.01)
    return count_id


def _line(variance: dict[str, Any], drink: int) -> dict[str, Any]:
    line: dict[str, Any] = next(x for x in variance["lines"] if x["beverage_id"] == drink)
    return line


def test_opening_delivery_sales_count_variance_value_reorder_and_unlink(
    api: tuple[TestClient, dict[str, str], int],
) -> None:
    client, h, rid = api
    drink = _ok(
        client.post(
            "/api/drinks",
            json={
                "name": "Château Talbot",
                "vintage": 2015,
                "category": "vin",
                "selling_price": "45.00",
                "opening_stock": "12",
                "unit_cost": "10.00",
            },
            headers=h,
        ),
        201,
    )
    assert Decimal(drink["stock"]) == 12
    before_delivery = utcnow()
    time.sleep(0.01)
    delivery = _ok(
        client.post(
            "/api/deliveries",
            json={
                "supplier": "Cave Dupont",
                "delivered_at": utcnow().isoformat(),
                "reference": "F-2026-118",
                "lines": [{"beverage_id": drink["id"], "quantity": "6", "unit_cost": "13.00"}],
            },
            headers=h,
        ),
        201,
    )
    assert delivery["id"] and delivery["total_cost"] == "78.00"
    assert [d["id"] for d in _ok(client.get("/api/deliveries"))] == [delivery["id"]]
    time.sleep(0.01)

    _sell(rid, "TAL15", "CH TALBOT 2015", 5, "a")
    _sell(rid, "CAFE", "CAFE GOURMAND", 1, "c")  # never linked: its revenue is flagged
    talbot = _product(rid, "TAL15")
    _ok(client.post(f"/api/sync/{talbot}/yes", json={"beverage_id": drink["id"]}, headers=h), 201)
    assert Decimal(_ok(client.get(f"/api/drinks/{drink['id']}"))["drink"]["stock"]) == 13

    first = _count(client, h, drink["id"], "12")
    variance = _ok(client.post(f"/api/counts/{first}/close", headers=h))
    line = _line(variance, drink["id"])
    # Weighted average cost (12 × 10 + 6 × 13) / 18 = 11 €; selling price 45 €.
    assert (line["expected"], line["counted"], line["difference"]) == ("13", "12", "-1")
    assert (line["difference_cost"], line["difference_retail"]) == ("-11.00", "-45.00")
    assert variance["totals"]["difference_cost"] == "-11.00"
    codes = {w["code"]: w for w in variance["warnings"]}
    assert codes["unlinked_revenue"]["params"] == {"amount": "45.00", "products": "1"}
    assert "45,00" in codes["unlinked_revenue"]["message"]  # French by default
    assert _ok(client.get(f"/api/counts/{first}/variance")) == variance

    value = _ok(client.get("/api/stock/value"))
    assert value["total_cost"] == "132.00" and value["by_category"] == {"vin": "132.00"}
    past = _ok(client.get("/api/stock/value", params={"at": before_delivery.isoformat()}))
    assert past["total_cost"] == "120.00"  # 12 opening bottles at 10 €, before the delivery

    assert _ok(client.get("/api/reorder"))["lines"] == []
    patched = _ok(client.patch(f"/api/drinks/{drink['id']}", json={"par_level": "20"}, headers=h))
    assert patched["par_level"] == "20.0000" or Decimal(patched["par_level"]) == 20
    assert patched["stock_status"] == "low"
    reorder = _ok(client.get("/api/reorder"))["lines"]
    assert [(r["beverage_id"], r["stock"], r["par_level"], r["suggested"]) for r in reorder] == [
        (drink["id"], "12", "20", "8")
    ]

    # A second POS product of the same wine sells 2 after the first count; a second count.
    _sell(rid, "TALB", "TALBOT BOUTEILLE", 2, "b")
    second_product = _product(rid, "TALB")
    _ok(
        client.post(
            f"/api/sync/{second_product}/yes", json={"beverage_id": drink["id"]}, headers=h
        ),
        201,
    )
    second = _count(client, h, drink["id"], "10")
    assert (
        _line(_ok(client.post(f"/api/counts/{second}/close", headers=h)), drink["id"])["difference"]
        == "0"
    )
    stock_now = _ok(client.get(f"/api/drinks/{drink['id']}"))["drink"]["stock"]
    assert Decimal(stock_now) == 10

    # Unlinking the second product: only the second session held its sales.
    resp = client.delete(f"/api/drinks/{drink['id']}/links/{second_product}", headers=h)
    assert resp.status_code == 204
    assert _line(_ok(client.get(f"/api/counts/{first}/variance")), drink["id"])["expected"] == "13"
    after = _line(_ok(client.get(f"/api/counts/{second}/variance")), drink["id"])
    assert (after["expected"], after["difference"]) == ("12", "-2")
    assert Decimal(_ok(client.get(f"/api/drinks/{drink['id']}"))["drink"]["stock"]) == 10

    # Unlinking the first: only the first session's period held its 5 sales.
    resp = client.delete(f"/api/drinks/{drink['id']}/links/{talbot}", headers=h)
    assert resp.status_code == 204
    assert _line(_ok(client.get(f"/api/counts/{first}/variance")), drink["id"])["expected"] == "18"
    assert _line(_ok(client.get(f"/api/counts/{second}/variance")), drink["id"])["expected"] == "12"
    assert Decimal(_ok(client.get(f"/api/drinks/{drink['id']}"))["drink"]["stock"]) == 10
    assert _ok(client.get("/api/stock/value"))["total_cost"] == "110.00"


def test_deliveries_are_corrected_and_cancelled_by_new_entries(
    api: tuple[TestClient, dict[str, str], int],
) -> None:
    client, h, _rid = api
    drink = _ok(
        client.post(
            "/api/drinks",
            json={"name": "Sancerre", "opening_stock": "2", "unit_cost": "9.00"},
            headers=h,
        ),
        201,
    )
    day = (utcnow() + timedelta(seconds=1)).isoformat()
    made = _ok(
        client.post(
            "/api/deliveries",
            json={
                "supplier": "Cave Dupont",
                "delivered_at": day,
                "lines": [{"beverage_id": drink["id"], "quantity": "6", "unit_cost": "9.00"}],
            },
            headers=h,
        ),
        201,
    )
    time.sleep(1.1)
    stock = lambda: Decimal(_ok(client.get(f"/api/drinks/{drink['id']}"))["drink"]["stock"])  # noqa: E731
    assert stock() == 8
    fixed = _ok(
        client.put(
            f"/api/deliveries/{made['id']}",
            json={
                "supplier": "Cave Dupont",
                "delivered_at": day,
                "lines": [{"beverage_id": drink["id"], "quantity": "4", "unit_cost": "9.00"}],
            },
            headers=h,
        )
    )
    assert fixed["revision"] == 2 and [x["quantity"] for x in fixed["lines"]] == ["4"]
    assert stock() == 6
    cancelled = _ok(client.post(f"/api/deliveries/{made['id']}/cancel", headers=h))
    assert cancelled["status"] == "cancelled" and cancelled["lines"] == []
    assert stock() == 2
    history = _ok(client.get(f"/api/drinks/{drink['id']}/stock-history"))
    kinds = [e["kind"] for e in history]
    # Nothing destroyed: the first delivery, its correction and the cancellation all remain.
    assert kinds.count("purchase") == 2 and kinds.count("reversal") == 2
    assert Decimal(history[0]["balance"]) == 2
