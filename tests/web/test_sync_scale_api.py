"""Synchronising a catalogue (issue 11) through the JSON API: accent-insensitive search,
filter by POS connection, safe suggestions accepted in one action and undone, the same
label from several connections linked once, each connection's habits stored."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from tastevin import db
from tastevin.connectors.registry import capabilities
from tastevin.models import Link, MatchConfirmation, PosConnection, PosProduct, Restaurant
from tastevin.models.enums import Vendor
from tastevin.sales.ingestion import apply_batch
from tests import factories as f
from tests.web.world import AT, LABEL_CATALOGUE, LABEL_FOOD, LABEL_NO, LABEL_YES, World


def _second_connection(world: World, *labels: str) -> dict[str, int]:
    """Another till of restaurant A (another vendor) sending these labels."""
    with db.transaction() as session:
        rest = session.get_one(Restaurant, world.a)
        conn = f.connection(session, rest, Vendor.JALIA)
        sales = [f.sale(f"z{n}", f"Z{n}", AT, label=label) for n, label in enumerate(labels)]
        apply_batch(session, conn, f.batch(*sales), capabilities(Vendor.GENERIC))
        rows = session.scalars(select(PosProduct).where(PosProduct.connection_id == conn.id))
        return {row.label: row.id for row in rows}


def test_library_search_ignores_accents_and_case(
    client: TestClient, world: World, owner: str
) -> None:
    with db.transaction() as session:
        rest = session.get_one(Restaurant, world.a)
        f.beverage(session, rest, name="Brut Impérial", producer="Moët & Chandon", vintage=None)
    names = [d["name"] for d in client.get("/api/drinks", params={"q": "chateau"}).json()["items"]]
    assert names == ["Château Palmer"]
    moet = client.get("/api/drinks", params={"q": "MOET imperial"}).json()["items"]
    assert [d["producer"] for d in moet] == ["Moët & Chandon"]
    page = client.get("/drinks", params={"q": "moet"}).text
    assert "Brut Impérial" in page and "Château Palmer" not in page


def test_list_search_and_connection_filter(client: TestClient, world: World, owner: str) -> None:
    other = _second_connection(world, "Côtes du Rhône Guigal 2020", "MOJITO")
    everything = client.get("/api/sync").json()
    assert everything["count"] == everything["matching"] == 7
    found = client.get("/api/sync", params={"q": "cotes du rhone"}).json()
    assert found["count"] == 7 and found["matching"] == 2
    assert {item["label"] for item in found["items"]} == {LABEL_NO, "Côtes du Rhône Guigal 2020"}
    with db.transaction() as session:
        jalia = session.scalar(
            select(PosConnection.id).where(
                PosConnection.restaurant_id == world.a, PosConnection.vendor == "jalia"
            )
        )
    only = client.get("/api/sync", params={"connection_id": jalia}).json()
    assert {item["id"] for item in only["items"]} == set(other.values())
    assert all(item["connection_id"] == jalia for item in only["items"])
    page = client.get("/sync", params={"q": "CÔTES", "connection": jalia}).text
    assert "Côtes du Rhône Guigal 2020" in page and LABEL_NO not in page
    assert "1 produit correspond au filtre" in page


def test_safe_suggestions_are_reviewed_accepted_and_undone(
    client: TestClient, world: World, owner: str
) -> None:
    headers = {"X-CSRF-Token": owner}
    safe = client.get("/api/sync/safe").json()
    assert safe["threshold"] == 0.9
    items = {item["label"]: item for item in safe["items"]}
    # the exact bottle is safe; a food label, another vintage and a wine not held are not
    assert LABEL_YES in items and items[LABEL_YES]["beverage_id"] == world.chablis
    assert items[LABEL_YES]["confidence"] >= 0.9
    assert not {LABEL_FOOD, LABEL_NO, LABEL_CATALOGUE} & set(items)
    assert client.get("/api/sync/safe", params={"threshold": 0.3}).status_code == 422

    ids = [item["pos_product_id"] for item in safe["items"]]
    made = client.post(
        "/api/sync/safe",
        json={"pos_product_ids": [*ids, world.products[LABEL_FOOD]]},
        headers=headers,
    )
    assert made.status_code == 201
    assert {link["pos_product_id"] for link in made.json()} == set(ids)  # food is not safe
    assert client.get("/api/sync").json()["count"] == 5 - len(ids)

    yes = world.products[LABEL_YES]
    undone = client.post(f"/api/sync/{yes}/undo", headers=headers)
    assert undone.status_code == 200 and undone.json() == {"pos_product_id": yes, "linked": False}
    assert client.get("/api/sync").json()["count"] == 5 - len(ids) + 1
    with db.transaction() as session:
        assert session.scalar(select(Link).where(Link.pos_product_id == yes)) is None
        keys = session.scalars(
            select(MatchConfirmation.beverage_id).where(MatchConfirmation.restaurant_id == world.a)
        )
        assert world.chablis not in list(keys)  # the confirmed pair went with the link
    assert client.post(f"/api/sync/{yes}/undo", headers=headers).status_code == 404
    assert client.post(f"/api/sync/{world.b_product}/undo", headers=headers).status_code == 404


def test_safe_page_lists_first_then_links_and_shows_what_was_linked(
    client: TestClient, world: World, owner: str
) -> None:
    review = client.get("/sync/safe").text
    assert "Accepter les suggestions sûres" in review and LABEL_YES in review
    assert 'value="90"' in review  # the threshold the owner sees
    assert client.get("/api/sync").json()["count"] == 5  # nothing linked by looking
    done = client.post(
        "/sync/safe",
        data={"csrf_token": owner, "threshold": "90", "pos_product_id": world.products[LABEL_YES]},
    )
    assert done.status_code == 200 and "1 produit lié" in done.text
    assert LABEL_YES in done.text and f"/sync/{world.products[LABEL_YES]}/undo" in done.text


def test_the_same_label_from_two_connections_is_linked_once(
    client: TestClient, world: World, owner: str
) -> None:
    other = _second_connection(world, LABEL_YES.lower())[LABEL_YES.lower()]
    yes = world.products[LABEL_YES]
    suggestion = client.get(f"/api/pos-products/{yes}/suggestions").json()
    assert suggestion["same_label"] == [other]
    dialog = client.get(f"/sync/{yes}/match").text
    assert f'name="also" value="{other}"' in dialog
    refused = client.post(
        f"/api/sync/{yes}/yes",
        json={"beverage_id": world.chablis, "also": [world.products[LABEL_NO]]},
        headers={"X-CSRF-Token": owner},
    )
    assert refused.status_code == 400  # not the same label: never linked by the way
    made = client.post(
        f"/api/sync/{yes}/yes",
        json={"beverage_id": world.chablis, "also": [other]},
        headers={"X-CSRF-Token": owner},
    )
    assert made.status_code == 201
    with db.transaction() as session:
        linked = session.scalars(
            select(Link.pos_product_id).where(Link.beverage_id == world.chablis)
        )
        assert {yes, other} <= set(linked)


def test_match_dialog_search_finds_any_drink_without_accents(
    client: TestClient, world: World, owner: str
) -> None:
    food = world.products[LABEL_FOOD]
    found = client.get(f"/sync/{food}/search", params={"q": "chateau palmer"}).text
    assert "Château Palmer" in found and f'value="{world.palmer}"' in found
    assert f'action="/sync/{food}/yes"' in found
    assert "Aucune boisson" in client.get(f"/sync/{food}/search", params={"q": "zzz"}).text


def test_each_connection_stores_its_learnt_habits(
    client: TestClient, world: World, owner: str
) -> None:
    labels = [f"ROUGE/{name}" for name in ("PALMER 15", "SANCERRE VACHERON", "CHABLIS FEVRE 19")]
    other = _second_connection(world, *labels)
    client.get(f"/api/pos-products/{other[labels[0]]}/suggestions")
    with db.transaction() as session:
        stored = session.scalar(
            select(PosConnection.label_habits).where(PosConnection.vendor == "jalia")
        )
    assert stored is not None and stored["prefixes"] == ["rouge/"] and stored["labels"] == 3


def test_the_owner_sees_each_tills_learnt_habits_in_french_and_english(
    client: TestClient, world: World, owner: str
) -> None:
    typed = [
        "VRG BROUILLY CHATEAU DE LA CHAIZE 2022",
        "VRG SANCERRE VACHERON 2021",
        "VRG CHATEAU PALMER MARGAUX 2015",
        "BIE LEFFE BLONDE PRESSION PINTE",
        "BIE KRONENBOURG 1664 PRESSION DEMI",
        "BIE CHIMAY BLEUE TRAPPISTE 33CL",
    ]
    labels = [label[:24].rstrip() for label in typed]  # the till cuts at 24 characters
    _second_connection(world, *labels)
    page = client.get("/connections/jalia").text
    assert "Habitudes de la caisse" in page
    assert "<code>BIE …</code> <code>VRG …</code>" in page  # codes followed by a space
    assert "24 caractères" in page and "majuscules" in page
    assert "Numéros d&#39;article" in page or "Numéros d'article" in page
    assert "Appris de 6 libellés de cette caisse" in page
    with db.transaction() as session:
        jalia = session.scalar(
            select(PosConnection.id).where(
                PosConnection.restaurant_id == world.a, PosConnection.vendor == "jalia"
            )
        )
    client.post("/language", data={"lang": "en", "csrf_token": owner})
    synced = client.get("/sync", params={"connection": jalia}).text
    assert "Till habits" in synced and "<code>VRG …</code>" in synced
    assert "24 characters" in synced and "capitals" in synced
    assert "Learnt from 6 labels of this till" in synced
    assert "Till habits" not in client.get("/sync").text  # only for one chosen till
