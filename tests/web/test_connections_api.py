"""Connections: setup of each channel, secrets shown once, owners only, history, replay."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tastevin import db
from tastevin.config import Settings
from tastevin.models import PosConnection, RawImport
from tastevin.models.enums import Channel
from tastevin.sales.inbox import store_raw
from tastevin.security.secrets import password_matches, token_matches
from tests.web.conftest import sign_in
from tests.web.world import World


def _headers(token: str) -> dict[str, str]:
    return {"X-CSRF-Token": token}


def test_all_six_channels_are_listed(client: TestClient, world: World, owner: str) -> None:
    vendors = [c["vendor"] for c in client.get("/api/connections").json()]
    assert vendors == ["pi_elyx", "pi_monora", "pointex", "bizzon", "jalia", "asterio"]


def test_pi_elyx_token_is_shown_once_then_rotated(
    client: TestClient, world: World, owner: str
) -> None:
    made = client.post("/api/connections/pi_elyx", json={}, headers=_headers(owner)).json()
    token = made["token"]
    assert token
    url = made["connection"]["webhook_url"]
    assert url.endswith(f"/pi-electronique/restaurants/{world.a}/sales-webhook")
    shown = client.get("/api/connections/pi_elyx").json()
    assert token not in str(shown)
    with db.transaction() as session:
        stored = session.scalars(
            select(PosConnection).where(PosConnection.vendor == "pi_elyx")
        ).one()
        assert token_matches(token, stored.token_hash)
    rotated = client.post("/api/connections/pi_elyx/rotate", headers=_headers(owner)).json()
    assert rotated["token"] and rotated["token"] != token
    with db.transaction() as session:
        stored = session.scalars(
            select(PosConnection).where(PosConnection.vendor == "pi_elyx")
        ).one()
        assert not token_matches(token, stored.token_hash)


def test_pointex_gives_an_ftps_account(
    client: TestClient, world: World, owner: str, settings: Settings
) -> None:
    made = client.post("/api/connections/pointex", json={}, headers=_headers(owner)).json()
    info = made["connection"]
    # The port really served (2121 by default), not the FTP standard 21 no one listens on.
    assert (info["ftps_port"], info["ftps_folder"]) == (settings.ftps_port, "/sales")
    assert made["ftp_login"] == info["ftps_login"]
    with db.transaction() as session:
        stored = session.scalars(
            select(PosConnection).where(PosConnection.vendor == "pointex")
        ).one()
        assert password_matches(made["ftp_password"], stored.ftp_password_hash)
    assert made["ftp_password"] not in client.get("/api/connections/pointex").text


def test_bizzon_key_is_checked_saved_and_never_returned(
    client: TestClient, world: World, owner: str
) -> None:
    wrong = client.post(
        "/api/connections/bizzon",
        json={"credentials": {"api_key": "hello"}},
        headers=_headers(owner),
    )
    assert wrong.status_code == 400
    made = client.post(
        "/api/connections/bizzon",
        json={"credentials": {"api_key": "sk_live_abc123", "base_url": "http://127.0.0.1:9"}},
        headers=_headers(owner),
    )
    assert made.status_code == 201
    shown = client.get("/api/connections/bizzon").json()
    assert shown["settings"] == {"base_url": "http://127.0.0.1:9"}
    assert "sk_live_abc123" not in client.get("/api/connections/bizzon").text
    assert "sk_live_abc123" not in client.get("/connections/bizzon").text
    changed = client.put(
        "/api/connections/bizzon/credentials",
        json={"credentials": {"api_key": "sk_live_new"}},
        headers=_headers(owner),
    )
    assert changed.status_code == 200


def test_asterio_page_proposes_the_generic_data_login(
    client: TestClient, world: World, owner: str
) -> None:
    page = client.get("/connections/asterio").text
    assert 'value="LEBISTROT_GENERICDATA"' in page
    missing = client.post(
        "/api/connections/asterio",
        json={"credentials": {"domain": "https://x.myasterio.com"}},
        headers=_headers(owner),
    )
    assert missing.status_code == 400


def test_staff_sees_status_but_cannot_manage_or_see_settings(
    client: TestClient, world: World, owner: str
) -> None:
    client.post(
        "/api/connections/jalia",
        json={"credentials": {"api_key": "jal-secret", "base_url": "http://127.0.0.1:9"}},
        headers=_headers(owner),
    )
    staff = sign_in(client, world.staff)
    seen = client.get("/api/connections/jalia").json()
    assert seen["connected"] is True
    assert seen["settings"] == {}
    for method, url in (
        ("post", "/api/connections/pi_elyx"),
        ("post", "/api/connections/jalia/rotate"),
        ("put", "/api/connections/jalia/credentials"),
    ):
        response = client.request(method, url, json={}, headers=_headers(staff))
        assert response.status_code == 403, url
    page = client.get("/connections/pi_elyx").text
    assert 'id="activate"' not in page
    assert client.post("/connections/pi_elyx", data={"csrf_token": staff}).status_code == 403


@pytest.fixture
def failed_import(world: World) -> int:
    with db.transaction() as session:
        conn = session.scalars(
            select(PosConnection).where(PosConnection.restaurant_id == world.a)
        ).one()
        stored = store_raw(session, conn, b"{not json", channel=str(Channel.FILE))
        from tastevin.sales.inbox import process_import

        process_import(session, stored.import_id)
        return stored.import_id


def test_history_shows_errors_and_owner_can_replay(
    client: TestClient, world: World, owner: str, failed_import: int
) -> None:
    generic = client.get("/api/connections").json()
    assert "generic" not in [c["vendor"] for c in generic]  # internal channel, not a setup page
    replayed = client.post(f"/api/imports/{failed_import}/replay", headers=_headers(owner))
    assert replayed.status_code == 200
    assert replayed.json()["status"] == "failed"
    with db.transaction() as session:
        assert session.get_one(RawImport, failed_import).attempts == 2


def test_replay_refusals(client: TestClient, world: World, failed_import: int) -> None:
    staff = sign_in(client, world.staff)
    assert (
        client.post(f"/api/imports/{failed_import}/replay", headers=_headers(staff)).status_code
        == 403
    )
    other = sign_in(client, world.other)
    assert (
        client.post(f"/api/imports/{failed_import}/replay", headers=_headers(other)).status_code
        == 404
    )


def test_unknown_channel_is_404(client: TestClient, world: World, owner: str) -> None:
    assert client.get("/api/connections/square").status_code == 404


def test_an_ftps_lockout_is_shown_on_the_connection(
    client: TestClient, world: World, owner: str
) -> None:
    from tastevin.pos.connections import record_ftps_lockout

    issued = client.post(
        "/api/connections/pointex", json={}, headers={"X-CSRF-Token": owner}
    ).json()
    with db.transaction() as session:
        assert record_ftps_lockout(session, issued["ftp_login"], "203.0.113.9", minutes=15)
        assert record_ftps_lockout(session, "tvunknown", "203.0.113.9", minutes=15) is None
    [event] = client.get("/api/connections/pointex").json()["security_events"]
    assert (event["kind"], event["address"]) == ("ftps_lockout", "203.0.113.9")
    page = client.get("/connections/pointex").text
    assert "Trop de mots de passe FTPS erronés depuis 203.0.113.9" in page
