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
