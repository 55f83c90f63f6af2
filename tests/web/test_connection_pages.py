"""Connection pages that guide: the seed's steps, the real FTPS port, copy buttons, a
confirmation before rotating, a status made of real arrivals, "Tester la connexion" and
"Récupérer maintenant" against a vendor simulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

from tastevin import config, db
from tastevin.models import PosConnection, RawImport, Restaurant, SaleLine
from tastevin.models.enums import Vendor
from tastevin.pos.connections import create_connection
from tastevin.sales.inbox import process_import, store_raw
from tests.pull.support import simulator
from tests.web.world import World

HTML = {"Accept": "text/html"}


def test_pointex_page_gives_the_real_port_the_steps_and_copy_buttons(
    client: TestClient, world: World, owner: str, settings: config.Settings
) -> None:
    page = client.get("/connections/pointex").text
    assert "Contacter Pointex (ou votre revendeur) en demandant l'envoi automatique" in page
    assert f'<code id="ftps-port">{settings.ftps_port}</code>' in page
    assert settings.ftps_port != 21
    made = client.post("/connections/pointex", data={"csrf_token": owner}).text
    assert 'data-copy="issued-password"' in made and 'data-copy="ftps-login"' in made
    assert 'data-dialog="rotate-dialog"' in made  # rotating asks first
    dialog = made.split('<dialog id="rotate-dialog"')[1].split("</dialog>")[0]
    assert (
        "cesse de fonctionner immédiatement" in dialog
        and 'action="/connections/pointex/rotate"' in dialog
    )


def test_status_follows_real_arrivals_not_replays(
    client: TestClient, world: World, owner: str
) -> None:
    with db.transaction() as session:
        restaurant = session.get_one(Restaurant, world.a)
        conn, _ = create_connection(session, restaurant, Vendor.PI_ELYX)
        old = store_raw(session, conn, b"{", channel="webhook")
        process_import(session, old.import_id)  # fails: not JSON
        good = store_raw(session, conn, b'{"documents": []}', channel="webhook")
        session.flush()
        first = datetime(2026, 11, 20, 22, 0, tzinfo=UTC)
        session.get_one(RawImport, old.import_id).received_at = first
        session.get_one(RawImport, good.import_id).received_at = first + timedelta(hours=1)
        session.get_one(RawImport, good.import_id).status = "applied"
        conn_id, old_id = conn.id, old.import_id
    page = client.get("/connections/pi_elyx").text
    status = page.split('<span class="status')[1].split("</p>")[0]
    # Active, since the newest arrival was read, but the older failure is told, with a link.
    failed = '<a href="/connections/pi_elyx#import-states" id="status-failed-pi_elyx">'
    assert 'id="status-pi_elyx">Active —' in status and "21/11/2026 00:00" in status
    assert f"{failed}1 import en échec</a>" in status
    assert 'id="import-summary-pi_elyx"' not in page  # said once, in the status
    client.post(f"/connections/pi_elyx/imports/{old_id}/replay", data={"csrf_token": owner})
    again = client.get("/connections/pi_elyx").text
    status = again.split('<span class="status')[1].split("</p>")[0]
    assert f"{failed}1 import en échec</a>" in status  # the replay failed again: still told,
    assert "21/11/2026 00:00" in status  # and last data is the newest arrival, not the replay
    listed = client.get("/connections").text.split('id="status-pi_elyx"')[1].split("</span>")[0]
    assert f"{failed}1 import en échec</a>" in listed
    client.post("/language", data={"lang": "en", "csrf_token": owner})
    english = client.get("/connections/pi_elyx").text
    assert f"{failed}1 import failed</a>" in english.split('<span class="status')[1]
    assert "Le fichier reçu n&#39;est pas un JSON lisible (ligne 1)" in again
    with db.transaction() as session:
        assert session.get_one(PosConnection, conn_id).vendor == "pi_elyx"


def test_testing_and_fetching_a_pull_vendor_against_its_simulator(
    client: TestClient, world: World, owner: str
) -> None:
    with simulator(Vendor.BIZZON) as (state, url):
        with db.transaction() as session:
            restaurant = session.get_one(Restaurant, world.a)
            key = "sk_test_demo_4242"
            create_connection(session, restaurant, Vendor.BIZZON, {"api_key": key, "base_url": url})
        works = client.post("/connections/bizzon/test", data={"csrf_token": owner}).text
        assert "La connexion fonctionne\xa0: Bizzon (Mews POS) a répondu" in works
        assert [m for m, _ in state.requests] == ["GET"]  # one read, nothing written
        state.revoked.add(key)
        refused = client.post("/connections/bizzon/test", data={"csrf_token": owner}).text
        assert "a refusé les identifiants" in refused
        state.revoked.clear()
        fetched = client.post("/connections/bizzon/fetch", data={"csrf_token": owner})
        assert "Récupération demandée" in fetched.text
        assert state.methods() == {"GET"}
    with db.transaction() as session:
        conn = session.scalars(
            select(PosConnection).where(
                PosConnection.restaurant_id == world.a, PosConnection.vendor == "bizzon"
            )
        ).one()
        lines = session.scalars(select(SaleLine.id).where(SaleLine.connection_id == conn.id))
        assert len(list(lines)) > 0  # the queued pull ran (the tests' queue is immediate)
