"""The connection page and the API show the day reconciled with the POS's own totals, or the
gap with the lines in question, in French and in English (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from tastevin import db
from tastevin.models import PosConnection
from tastevin.models.enums import Channel, Vendor
from tastevin.sales.inbox import process_import, store_raw
from tests.web.conftest import sign_in
from tests.web.world import World

PUBLISHED = Path(__file__).parents[1] / "connectors" / "bizzon" / "published"


def _pull_invoices(restaurant_id: int, total_101: str) -> None:
    document = json.loads((PUBLISHED / "invoices_with_items.json").read_text())
    document["data"][0]["attributes"]["total"] = total_101
    with db.transaction() as session:
        connection = PosConnection(restaurant_id=restaurant_id, vendor=str(Vendor.BIZZON))
        session.add(connection)
        session.flush()
        body = json.dumps(document).encode()
        stored = store_raw(session, connection, body, channel=Channel.PULL, meta={})
        assert process_import(session, stored.import_id) is not None


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def test_a_gap_is_shown_with_the_ticket_in_question(
    client: TestClient, world: World, owner: str
) -> None:
    _pull_invoices(world.a, "28.50")  # the POS says 28.50 for a ticket whose lines make 16.00
    page = _plain(client.get("/connections/bizzon").text)
    assert "Écart de 12,50 € avec la caisse" in page
    assert "inv-101" in page and "Rapproché" not in page
    client.post("/language", data={"lang": "en", "csrf_token": owner})
    page = _plain(client.get("/connections/bizzon").text)
    assert "Gap of €12.50 with the POS" in page
    api = client.get("/api/connections/bizzon/reconciliation").json()
    assert (api["day"], api["status"], api["gap"]) == ("2026-03-10", "gap", "12.50")
    assert api["lines"] == [
        {"what": "ticket", "ref": "inv-101", "pos": "28.50", "ours": "16.00", "note": ""}
    ]


def test_a_reconciled_day_says_so(client: TestClient, world: World, owner: str) -> None:
    _pull_invoices(world.a, "16.00")
    page = _plain(client.get("/connections/bizzon").text)
    assert "Rapproché ✓" in page
    api = client.get("/api/connections/bizzon/reconciliation?day=2026-03-10").json()
    assert (api["status"], api["pos_total"], api["our_total"]) == ("reconciled", "28.00", "28.00")


def test_another_restaurant_sees_nothing(client: TestClient, world: World) -> None:
    _pull_invoices(world.b, "16.00")
    sign_in(client, world.owner)
    assert client.get("/api/connections/bizzon/reconciliation").status_code == 404


def _bad_invoice(restaurant_id: int) -> None:
    document = json.loads((PUBLISHED / "invoices_with_items.json").read_text())
    document["included"][3]["attributes"]["totalInclDiscount"] = "12.345"
    with db.transaction() as session:
        connection = PosConnection(restaurant_id=restaurant_id, vendor=str(Vendor.BIZZON))
        session.add(connection)
        session.flush()
        body = json.dumps(document).encode()
        stored = store_raw(session, connection, body, channel=Channel.PULL, meta={})
        assert process_import(session, stored.import_id) is not None


def test_a_set_aside_invoice_is_shown_translated_and_the_owner_accepts_it(
    client: TestClient, world: World, owner: str
) -> None:
    _bad_invoice(world.a)
    page = _plain(client.get("/connections/bizzon").text)
    # In the list waiting for the owner and among the day's lines in question, in French.
    assert page.count("ligne 2 : champ « montant » : montant avec plus de deux décimales") == 2
    assert "Journée complète" in page and "1 élément(s) mis de côté" in page
    (item,) = client.get("/api/connections/bizzon/set-aside").json()
    assert item["line"] == 2 and "field amount" in item["reason"] and item["resolution"] is None
    # Replayed without a fix, it stays set aside; accepted, it is resolved.
    replayed = client.post(f"/api/set-aside/{item['id']}/replay", headers={"X-CSRF-Token": owner})
    assert replayed.status_code == 200 and replayed.json()["resolution"] is None
    accepted = client.post(f"/api/set-aside/{item['id']}/accept", headers={"X-CSRF-Token": owner})
    assert accepted.status_code == 200 and accepted.json()["resolution"] == "accepted"
    assert client.get("/api/connections/bizzon/set-aside").json() == []
    api = client.get("/api/connections/bizzon/reconciliation?day=2026-03-10").json()
    assert api["complete"] is True
    unknown = client.post(
        f"/api/set-aside/{item['id'] + 99}/accept", headers={"X-CSRF-Token": owner}
    )
    assert unknown.status_code == 404
