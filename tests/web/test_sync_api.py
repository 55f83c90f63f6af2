"""To-synchronise API: the list, suggestions, yes / almost / no, ignore, and refusals."""

from __future__ import annotations

from decimal import Decimal

from fastapi.testclient import TestClient

from tests.web.world import (
    LABEL_ALMOST,
    LABEL_CATALOGUE,
    LABEL_FOOD,
    LABEL_NO,
    LABEL_YES,
    World,
)


def test_list_puts_sold_products_first_by_revenue(
    client: TestClient, world: World, owner: str
) -> None:
    page = client.get("/api/sync").json()
    assert page["count"] == 5
    labels = [(p["label"], p["sold"], p["revenue"]) for p in page["items"]]
    assert labels == [
        (LABEL_YES, True, "116.00"),
        (LABEL_NO, True, "105.00"),
        (LABEL_ALMOST, True, "60.00"),
        (LABEL_FOOD, True, "34.00"),
        (LABEL_CATALOGUE, False, "0.00"),
    ]


def test_suggestions_propose_the_library_drink(
    client: TestClient, world: World, owner: str
) -> None:
    yes = client.get(f"/api/sync/{world.products[LABEL_YES]}/suggestions").json()
    same = client.get(f"/api/pos-products/{world.products[LABEL_YES]}/suggestions").json()
    assert same == yes
    assert yes["answer"] == "yes"
    assert yes["candidates"][0]["beverage_id"] == world.chablis
    almost = client.get(f"/api/sync/{world.products[LABEL_ALMOST]}/suggestions").json()
    assert almost["answer"] == "almost"
    assert almost["vintage"] == 2021
    assert almost["known_vintages"] == [2019]


def test_yes_almost_no_each_link_and_leave_the_list(
    client: TestClient, world: World, owner: str
) -> None:
    headers = {"X-CSRF-Token": owner}
    yes = client.post(
        f"/api/sync/{world.products[LABEL_YES]}/yes",
        json={"beverage_id": world.chablis, "units_per_sale": "1"},
        headers=headers,
    )
    assert yes.status_code == 201
    assert yes.json()["how"] == "yes"
    almost = client.post(
        f"/api/sync/{world.products[LABEL_ALMOST]}/almost",
        json={"beverage_id": world.chablis, "vintage": 2021},
        headers=headers,
    ).json()
    assert almost["how"] == "almost"
    assert almost["beverage_id"] != world.chablis
    variant = client.get(f"/api/drinks/{almost['beverage_id']}").json()["drink"]
    assert (variant["name"], variant["vintage"]) == ("Chablis Premier Cru Fourchaume", 2021)
    assert Decimal(variant["stock"]) == -1  # one bottle sold, none counted yet
    no = client.post(
        f"/api/sync/{world.products[LABEL_NO]}/no",
        json={"beverage": {"name": "Côtes du Rhône", "producer": "Guigal", "vintage": 2020}},
        headers=headers,
    ).json()
    assert no["how"] == "manual"
    assert client.get(f"/api/drinks/{no['beverage_id']}").json()["drink"]["producer"] == "Guigal"
    left = [p["label"] for p in client.get("/api/sync").json()["items"]]
    assert left == [LABEL_FOOD, LABEL_CATALOGUE]
    # The confirmed pair ranks first next time, whatever the matcher thinks.
    again = client.get(f"/api/sync/{world.products[LABEL_ALMOST]}/suggestions").json()
    assert again["answer"] == "yes"


def test_linking_twice_is_a_conflict(client: TestClient, world: World, owner: str) -> None:
    headers = {"X-CSRF-Token": owner}
    url = f"/api/sync/{world.products[LABEL_YES]}/yes"
    body = {"beverage_id": world.chablis}
    assert client.post(url, json=body, headers=headers).status_code == 201
    assert client.post(url, json=body, headers=headers).status_code == 409


def test_ignore_hides_and_unignore_restores(client: TestClient, world: World, owner: str) -> None:
    headers = {"X-CSRF-Token": owner}
    food = world.products[LABEL_FOOD]
    assert client.post(f"/api/sync/{food}/ignore", headers=headers).json()["ignored"] is True
    assert LABEL_FOOD not in [p["label"] for p in client.get("/api/sync").json()["items"]]
    ignored = client.get("/api/sync?ignored=true").json()["items"]
    assert [p["label"] for p in ignored] == [LABEL_FOOD]
    assert client.post(f"/api/sync/{food}/unignore", headers=headers).json()["ignored"] is False
    assert client.get("/api/sync").json()["count"] == 5


def test_another_restaurants_products_and_drinks_are_404(
    client: TestClient, world: World, owner: str
) -> None:
    headers = {"X-CSRF-Token": owner}
    theirs = world.b_product
    assert client.get(f"/api/sync/{theirs}/suggestions").status_code == 404
    assert client.post(f"/api/sync/{theirs}/ignore", headers=headers).status_code == 404
    assert (
        client.post(
            f"/api/sync/{theirs}/yes", json={"beverage_id": world.chablis}, headers=headers
        ).status_code
        == 404
    )
    # Our product to their drink: their drink does not exist for us.
    mine = world.products[LABEL_YES]
    assert (
        client.post(
            f"/api/sync/{mine}/yes", json={"beverage_id": world.b_drink}, headers=headers
        ).status_code
        == 404
    )
    assert (
        client.post(
            f"/api/sync/{mine}/almost",
            json={"beverage_id": world.b_drink, "vintage": 2020},
            headers=headers,
        ).status_code
        == 404
    )
    assert client.get("/api/sync").json()["count"] == 5


def test_bad_units_are_refused(client: TestClient, world: World, owner: str) -> None:
    response = client.post(
        f"/api/sync/{world.products[LABEL_YES]}/yes",
        json={"beverage_id": world.chablis, "units_per_sale": "0"},
        headers={"X-CSRF-Token": owner},
    )
    assert response.status_code == 422
