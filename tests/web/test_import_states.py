"""Every failed or waiting import stays in view (page and API), however many newer ones
arrive; the status says how many, in French and English; the owner replays them all."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from tastevin import db
from tastevin.models import PosConnection, RawImport
from tastevin.models.enums import Channel
from tastevin.sales.inbox import store_raw
from tests.web.conftest import sign_in
from tests.web.world import World

GOOD = b'{"documentid": %d, "documentdate": "2026-11-20", "documenttime": "21:00:00", "items": [{"itemid": 1, "reference": "PI1", "designation": "VIN", "quantity": "1", "total": {"vat_include": "9.50"}}]}'  # noqa: E501


def _imports(world: World, statuses: list[str], first: int = 0) -> list[int]:
    """Elyx imports in the given states, oldest first."""
    ids = []
    with db.transaction() as session:
        connection = session.scalars(
            select(PosConnection).where(
                PosConnection.restaurant_id == world.a, PosConnection.vendor == "pi_elyx"
            )
        ).one()
        for number, status in enumerate(statuses, start=first):
            body = GOOD % number if status != "failed" else b"{broken %d" % number
            raw = session.get_one(
                RawImport,
                store_raw(session, connection, body, channel=str(Channel.WEBHOOK)).import_id,
            )
            raw.status = status
            raw.error = "not JSON" if status == "failed" else None
            ids.append(raw.id)
    return ids


def test_failed_and_waiting_imports_stay_in_view(
    client: TestClient, world: World, owner: str
) -> None:
    client.post("/api/connections/pi_elyx", json={}, headers={"X-CSRF-Token": owner})
    failed = _imports(world, ["failed", "failed", "received", "processing"])
    _imports_newer = _imports(world, ["applied"] * 60, first=1000)
    assert len(_imports_newer) == 60

    seen = client.get("/api/connections/pi_elyx").json()
    assert seen["import_counts"] == {"received": 1, "processing": 1, "applied": 60, "failed": 2}
    assert seen["import_summary"] == "2 imports en échec · 2 imports en attente"
    assert len(seen["imports"]) == 50 and not {i["id"] for i in seen["imports"]} & set(failed)
    assert [i["id"] for i in seen["problem_imports"]] == failed[::-1]  # newest first
    assert seen["problem_imports_total"] == 4

    second = client.get("/api/connections/pi-elyx", params={"page": 2, "per_page": 3}).json()
    assert [i["id"] for i in second["problem_imports"]] == [failed[0]]
    assert (second["page"], second["per_page"], second["problem_imports_total"]) == (2, 3, 4)

    client.put("/api/me/language", json={"locale": "en"}, headers={"X-CSRF-Token": owner})
    listed = {c["vendor"]: c for c in client.get("/api/connections").json()}
    assert listed["pi_elyx"]["import_summary"] == "2 imports failed · 2 imports waiting"

    page = client.get("/connections/pi_elyx?p=1").text
    # The status says the failures (with a link to them); the line below, what waits.
    assert '#import-states" id="status-failed-pi_elyx">2 imports failed</a>' in page
    assert '<span class="import-summary" id="import-summary-pi_elyx">2 imports waiting<' in page
    assert 'id="retry-failed"' in page
    assert all(f'data-import-id="{i}"' in page for i in failed)


def test_the_owner_replays_every_failed_import_at_once(
    client: TestClient, world: World, owner: str
) -> None:
    client.post("/api/connections/pi_elyx", json={}, headers={"X-CSRF-Token": owner})
    failed = _imports(world, ["failed", "failed", "applied"])
    with db.transaction() as session:  # the parser was fixed: the bodies are readable now
        for number, import_id in enumerate(failed[:2]):
            session.get_one(RawImport, import_id).body = GOOD % (100 + number)

    staff = sign_in(client, world.staff)
    refused = client.post(
        "/api/connections/pi_elyx/imports/retry-failed", headers={"X-CSRF-Token": staff}
    )
    assert refused.status_code == 403
    owner = sign_in(client, world.owner)
    answer = client.post(
        "/api/connections/pi_elyx/imports/retry-failed", headers={"X-CSRF-Token": owner}
    )
    assert answer.status_code == 200 and answer.json() == {"retried": failed[:2]}
    seen = client.get("/api/connections/pi_elyx").json()
    assert seen["import_counts"]["failed"] == 0 and seen["import_summary"] is None
    assert seen["import_counts"]["applied"] == 3

    again = client.post(
        "/connections/pi_elyx/imports/retry-failed",
        data={"csrf_token": owner},
        follow_redirects=False,
    )
    assert again.status_code == 303
    assert "0 import en échec va être traité à nouveau." in client.get("/connections/pi_elyx").text
