"""The stock API: tenant walls, CSV delivery import matched by the label matcher, the count
API in blind mode, roll-over and link history."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient

from tests.web.conftest import sign_in
from tests.web.world import LABEL_GLASS, LABEL_YES, World

DAY = datetime(2026, 11, 21, 10, 0, tzinfo=UTC).isoformat()


def test_another_restaurants_stock_is_404(client: TestClient, world: World) -> None:
    h = {"X-CSRF-Token": sign_in(client, world.other)}
    assert client.post("/api/counts", json={"scope": "all"}, headers=h).status_code == 201
    made = client.post(
        "/api/deliveries",
        json={
            "supplier": "X",
            "delivered_at": DAY,
            "lines": [{"beverage_id": world.chablis, "quantity": "1", "unit_cost": "1"}],
        },
        headers=h,
    )
    assert made.status_code == 404  # restaurant A's drink does not exist for B
    own = {"X-CSRF-Token": sign_in(client, world.owner)}
    count = client.post("/api/counts", json={"scope": "all"}, headers=own).json()["id"]
    h = {"X-CSRF-Token": sign_in(client, world.other)}
    assert client.get(f"/api/counts/{count}/variance").status_code == 404
    put = client.put(
        f"/api/counts/{count}/lines",
        json={"beverage_id": world.b_drink, "quantity": "1"},
        headers=h,
    )
    assert put.status_code == 404


def test_staff_counts_blind_and_the_owner_sees_the_variance(
    client: TestClient, world: World
) -> None:
    h = {"X-CSRF-Token": sign_in(client, world.staff)}
    count = client.post("/api/counts", json={"scope": "all", "blind": True}, headers=h).json()
    detail = client.get(f"/api/counts/{count['id']}").json()
    assert detail["blind"] and all(d["expected"] is None for d in detail["drinks"])
    line = client.put(
        f"/api/counts/{count['id']}/lines",
        json={"beverage_id": world.chablis, "quantity": "20.5"},
        headers=h,
    )
    assert line.status_code == 200 and line.json()["quantity"] == "20.5"
    closed = client.post(f"/api/counts/{count['id']}/close", headers=h).json()
    assert [(x["expected"], x["counted"], x["difference"]) for x in closed["lines"]] == [
        ("23.04", "20.5", "-2.54")
    ]
    bad = client.put(
        f"/api/counts/{count['id']}/lines",
        json={"beverage_id": world.chablis, "quantity": "-1"},
        headers=h,
    )
    assert bad.status_code == 422


def test_csv_delivery_import_dry_run_then_commit(
    client: TestClient, world: World, owner: str
) -> None:
    h = {"X-CSRF-Token": owner}
    body = (
        "label;quantity;unit_cost\n"
        "CH PALMER MARGAUX 2015;6;150,00\n"
        "SANCERRE ROMAINS VACHERON 2022;12;14\n"
    )
    dry = client.post("/api/deliveries/import", content=body.encode(), headers=h).json()
    assert dry["complete"] and dry["delivery"] is None
    assert dry["lines"][0]["beverage_id"] == world.palmer
    assert dry["lines"][0]["unit_cost"] == "150.00"
    done = client.post(
        "/api/deliveries/import",
        params={"commit": "true", "supplier": "Cave Dupont", "delivered_at": DAY},
        content=body.encode(),
        headers=h,
    ).json()
    assert done["delivery"]["total_cost"] == "1068.00" and done["delivery"]["source"] == "csv"
    unknown = client.post(
        "/api/deliveries/import",
        params={"commit": "true", "supplier": "Cave", "delivered_at": DAY},
        content=b"label,quantity\nZZZ QUI N'EXISTE PAS,2\n",
        headers=h,
    )
    assert unknown.status_code == 400 and "2" in unknown.json()["detail"]
    broken = client.post("/api/deliveries/import", content=b"name\nx\n", headers=h)
    assert broken.status_code == 400


def test_roll_over_through_the_api(client: TestClient, world: World, owner: str) -> None:
    h = {"X-CSRF-Token": owner}
    glass = world.products[LABEL_GLASS]
    periods = client.post(
        f"/api/links/{glass}/rollover",
        json={"vintage": 2020, "start": "2026-11-20T00:00:00+00:00"},
        headers=h,
    )
    assert periods.status_code == 201, periods.text
    rows = periods.json()
    assert [
        (r["beverage_id"] == world.chablis, r["valid_until"], r["valid_from"]) for r in rows
    ] == [
        (True, "2026-11-20T00:00:00Z", None),
        (False, None, "2026-11-20T00:00:00Z"),
    ]
    assert client.get(f"/api/links/{glass}/history").json() == rows


def test_no_and_almost_answers_take_an_opening_stock(
    client: TestClient, world: World, owner: str
) -> None:
    from tests.web.world import LABEL_ALMOST, LABEL_NO

    h = {"X-CSRF-Token": owner}
    made = client.post(
        f"/api/sync/{world.products[LABEL_NO]}/no",
        json={
            "beverage": {
                "name": "Côtes du Rhône Guigal",
                "opening_stock": "12",
                "unit_cost": "7.50",
            }
        },
        headers=h,
    )
    assert made.status_code == 201, made.text
    drink = client.get(f"/api/drinks/{made.json()['beverage_id']}").json()
    # 12 on hand now; the POS sales recorded before this moment are behind the count.
    assert drink["drink"]["stock"] == "12.0000" or drink["drink"]["stock"] == "12"
    assert drink["drink"]["purchase_price"] == "7.50"
    assert drink["history"][0]["source"] == "opening"
    almost = client.post(
        f"/api/sync/{world.products[LABEL_ALMOST]}/almost",
        json={"beverage_id": world.chablis, "vintage": 2021, "opening_stock": "5"},
        headers=h,
    )
    assert almost.status_code == 201, almost.text
    vintage = client.get(f"/api/drinks/{almost.json()['beverage_id']}").json()["drink"]
    assert vintage["vintage"] == 2021 and vintage["stock"] in ("5", "5.0000")
    form = client.get(f"/sync/{world.products[LABEL_YES]}/match").text
    assert 'name="opening_stock"' in form and 'name="unit_cost"' in form


def test_the_count_list_shows_each_session_as_it_is_shown_alone(
    client: TestClient, world: World
) -> None:
    h = {"X-CSRF-Token": sign_in(client, world.owner)}
    first = client.post("/api/counts", json={"scope": "all"}, headers=h).json()["id"]
    client.put(
        f"/api/counts/{first}/lines",
        json={"beverage_id": world.chablis, "quantity": "3"},
        headers=h,
    )
    client.post(f"/api/counts/{first}/close", headers=h)
    second = client.post("/api/counts", json={"scope": "all"}, headers=h).json()["id"]
    listed = client.get("/api/counts").json()
    assert [c["id"] for c in listed] == [second, first]  # newest first
    assert [(c["status"], c["counted"]) for c in listed] == [("open", 0), ("closed", 1)]
    alone = client.post("/api/counts", json={"scope": "all"}, headers=h).json()
    assert set(alone) == set(listed[0])  # the list and a single session share one shape
