"""Drinks API: list, search, filters, create, edit, counts, detail, unlink and refusals."""

from __future__ import annotations

from decimal import Decimal

from fastapi.testclient import TestClient

from tests.web.conftest import sign_in
from tests.web.world import LABEL_GLASS, World


def test_list_shows_stock_price_and_pos_labels(
    client: TestClient, world: World, owner: str
) -> None:
    page = client.get("/api/drinks").json()
    assert page["total"] == 3
    chablis = next(d for d in page["items"] if d["id"] == world.chablis)
    # 24 counted, 6 glasses sold at 0.16 bottle each are linked.
    assert Decimal(chablis["stock"]) == Decimal("24") - Decimal("0.96")
    assert chablis["pos_labels"] == [LABEL_GLASS]
    assert chablis["selling_price"] == "58.00"
    assert all(d["id"] != world.b_drink for d in page["items"])


def test_search_and_filters(client: TestClient, world: World, owner: str) -> None:
    assert [d["name"] for d in client.get("/api/drinks?q=palmer").json()["items"]] == [
        "Château Palmer"
    ]
    assert client.get("/api/drinks?q=2022").json()["total"] == 1
    assert client.get("/api/drinks?colour=rouge").json()["total"] == 1
    linked = client.get("/api/drinks?linked=yes").json()
    assert [d["id"] for d in linked["items"]] == [world.chablis]
    assert client.get("/api/drinks?linked=no").json()["total"] == 2
    assert (
        client.get("/api/drinks?per_page=2&page=2").json()["items"][0]["name"]
        == "Sancerre Les Romains"
    )


def test_create_and_edit_a_drink(client: TestClient, world: World, owner: str) -> None:
    headers = {"X-CSRF-Token": owner}
    made = client.post(
        "/api/drinks",
        json={"name": "Crozes-Hermitage", "vintage": 2021, "selling_price": "39.50"},
        headers=headers,
    )
    assert made.status_code == 201
    drink = made.json()
    assert drink["format_cl"] == "75" or Decimal(drink["format_cl"]) == 75
    edited = client.patch(
        f"/api/drinks/{drink['id']}", json={"selling_price": "41.00"}, headers=headers
    )
    assert edited.json()["selling_price"] == "41.00"
    assert edited.json()["vintage"] == 2021
    bad = client.post("/api/drinks", json={"name": ""}, headers=headers)
    assert bad.status_code == 422


def test_detail_lists_linked_products_with_their_sales(
    client: TestClient, world: World, owner: str
) -> None:
    detail = client.get(f"/api/drinks/{world.chablis}").json()
    [linked] = detail["links"]
    assert linked["label"] == LABEL_GLASS
    assert Decimal(linked["quantity_sold"]) == 6
    assert Decimal(linked["bottles"]) == Decimal("0.96")
    assert linked["revenue"] == "66.00"
    kinds = [e["kind"] for e in detail["history"]]
    assert kinds == ["sales", "count"]
    history = client.get(f"/api/drinks/{world.chablis}/stock-history").json()
    assert history == detail["history"]


def test_owner_unlinks_and_the_stock_goes_back(
    client: TestClient, world: World, owner: str
) -> None:
    glass = world.products[LABEL_GLASS]
    response = client.delete(
        f"/api/drinks/{world.chablis}/links/{glass}", headers={"X-CSRF-Token": owner}
    )
    assert response.status_code == 204
    detail = client.get(f"/api/drinks/{world.chablis}").json()
    assert detail["links"] == []
    assert Decimal(detail["drink"]["stock"]) == 24
    again = client.delete(
        f"/api/drinks/{world.chablis}/links/{glass}", headers={"X-CSRF-Token": owner}
    )
    assert again.status_code == 404


def test_staff_cannot_unlink(client: TestClient, world: World) -> None:
    token = sign_in(client, world.staff)
    glass = world.products[LABEL_GLASS]
    response = client.delete(
        f"/api/drinks/{world.chablis}/links/{glass}", headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 403
    assert len(client.get(f"/api/drinks/{world.chablis}").json()["links"]) == 1


def test_another_restaurants_drink_is_404_everywhere(
    client: TestClient, world: World, owner: str
) -> None:
    headers = {"X-CSRF-Token": owner}
    other = world.b_drink
    assert client.get(f"/api/drinks/{other}").status_code == 404
    assert client.get(f"/api/drinks/{other}/stock-history").status_code == 404
    assert (
        client.patch(f"/api/drinks/{other}", json={"name": "x"}, headers=headers).status_code == 404
    )
    counted = client.post(f"/api/drinks/{other}/counts", json={"quantity": "1"}, headers=headers)
    assert counted.status_code == 404
    unlinked = client.delete(f"/api/drinks/{other}/links/{world.b_product}", headers=headers)
    assert unlinked.status_code == 404
    assert client.get(f"/drinks/{other}").status_code == 404


def test_negative_count_is_refused(client: TestClient, world: World, owner: str) -> None:
    response = client.post(
        f"/api/drinks/{world.chablis}/counts",
        json={"quantity": "-1"},
        headers={"X-CSRF-Token": owner},
    )
    assert response.status_code == 422
