"""Owners manage their restaurant: settings, members (invite, role, removal that signs the
person out), as pages and as JSON; staff cannot."""

from __future__ import annotations

from datetime import UTC, date, datetime

from fastapi.testclient import TestClient

from tastevin import config
from tastevin.web.app import create_app
from tests.web.conftest import csrf, sign_in
from tests.web.world import World


def test_owner_changes_the_settings_through_the_api(
    client: TestClient, world: World, owner: str
) -> None:
    assert client.get("/api/restaurant/settings").json()["timezone"] == "Europe/Paris"
    changed = client.put(
        "/api/restaurant/settings",
        json={
            "name": "Le Bistrot du Port",
            "timezone": "America/Martinique",
            "day_cutoff": "04:30",
            "night_hour": 7,
        },
        headers={"X-CSRF-Token": owner},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json() == {
        "name": "Le Bistrot du Port",
        "timezone": "America/Martinique",
        "day_cutoff": "04:30:00",
        "night_hour": 7,
    }
    assert client.get("/api/me").json()["restaurant"]["name"] == "Le Bistrot du Port"


def test_bad_settings_are_refused_with_a_message(
    client: TestClient, world: World, owner: str
) -> None:
    base = {"name": "X", "timezone": "Europe/Paris", "day_cutoff": "05:00", "night_hour": None}
    for patch, fragment in (
        ({"timezone": "Mars/Olympus"}, "fuseau horaire inconnu"),
        ({"day_cutoff": "18:00"}, "entre 00:00 et 12:00"),
    ):
        answer = client.put(
            "/api/restaurant/settings", json={**base, **patch}, headers={"X-CSRF-Token": owner}
        )
        assert answer.status_code == 400, answer.text
        assert fragment in answer.json()["detail"]
    too_late = client.put(
        "/api/restaurant/settings",
        json={**base, "night_hour": 24},
        headers={"X-CSRF-Token": owner},
    )
    assert too_late.status_code == 422


def test_the_settings_page_saves(client: TestClient, world: World, owner: str) -> None:
    form = client.get("/restaurant/settings")
    assert form.status_code == 200 and 'id="settings-form"' in form.text
    saved = client.post(
        "/restaurant/settings",
        data={
            "name": "Le Bistrot",
            "timezone": "Europe/Paris",
            "day_cutoff": "06:00",
            "night_hour": "",
            "csrf_token": owner,
        },
        follow_redirects=True,
    )
    assert "Réglages enregistrés." in saved.text
    settings = client.get("/api/restaurant/settings").json()
    assert (settings["day_cutoff"], settings["night_hour"]) == ("06:00:00", None)


def test_staff_cannot_manage_the_restaurant(client: TestClient, world: World) -> None:
    token = sign_in(client, world.staff)
    assert client.get("/api/restaurant/settings").status_code == 200  # reading is fine
    put = client.put(
        "/api/restaurant/settings",
        json={"name": "Mine", "timezone": "Europe/Paris", "day_cutoff": "05:00"},
        headers={"X-CSRF-Token": token},
    )
    assert put.status_code == 403
    assert client.get("/api/restaurant/members").status_code == 403
    assert client.get("/restaurant/members").status_code == 403
    assert 'id="restaurant-link"' not in client.get("/drinks").text


def test_invite_change_role_and_remove_a_member(
    settings: config.Settings, client: TestClient, world: World, owner: str
) -> None:
    invited = client.post(
        "/api/restaurant/members",
        json={"email": "Sommelier@a.test", "role": "staff"},
        headers={"X-CSRF-Token": owner},
    )
    assert invited.status_code == 201, invited.text
    member, password = invited.json()["member"], invited.json()["password"]
    assert (member["email"], member["role"]) == ("sommelier@a.test", "staff")
    assert password and len(password) >= 20

    with TestClient(create_app(), base_url="http://testserver") as theirs:
        sign_in(theirs, "sommelier@a.test", password)
        assert theirs.get("/api/me").json()["restaurant"]["role"] == "staff"

        promoted = client.put(
            f"/api/restaurant/members/{member['user_id']}",
            json={"role": "owner"},
            headers={"X-CSRF-Token": owner},
        )
        assert promoted.json()["role"] == "owner"
        assert theirs.get("/api/me").json()["restaurant"]["role"] == "owner"

        removed = client.delete(
            f"/api/restaurant/members/{member['user_id']}", headers={"X-CSRF-Token": owner}
        )
        assert removed.status_code == 204
        assert theirs.get("/api/me").status_code == 401  # signed out at once
    emails = [m["email"] for m in client.get("/api/restaurant/members").json()]
    assert "sommelier@a.test" not in emails and world.staff in emails


def test_the_last_owner_stays(client: TestClient, world: World) -> None:
    token = sign_in(client, world.other)  # owner of restaurant b, with multi@ab.test
    me = client.get("/api/me").json()
    members = {m["email"]: m for m in client.get("/api/restaurant/members").json()}
    first = client.put(
        f"/api/restaurant/members/{members[world.multi]['user_id']}",
        json={"role": "staff"},
        headers={"X-CSRF-Token": token},
    )
    assert first.status_code == 200  # two owners: one may step down
    demoted = client.put(
        f"/api/restaurant/members/{me['user_id']}",
        json={"role": "staff"},
        headers={"X-CSRF-Token": token},
    )
    assert demoted.status_code == 409
    assert "au moins un propriétaire" in demoted.json()["detail"]


def test_members_of_another_restaurant_are_not_found(
    client: TestClient, world: World, owner: str
) -> None:
    sign_in_other = TestClient(create_app(), base_url="http://testserver")
    sign_in(sign_in_other, world.other)
    other_id = sign_in_other.get("/api/me").json()["user_id"]
    answer = client.delete(f"/api/restaurant/members/{other_id}", headers={"X-CSRF-Token": owner})
    assert answer.status_code == 404


def test_the_members_page_invites_and_shows_the_password_once(
    client: TestClient, world: World, owner: str
) -> None:
    page = client.post(
        "/restaurant/members",
        data={"email": "barman@a.test", "role": "staff", "csrf_token": owner},
    )
    assert page.status_code == 200
    assert "barman@a.test est maintenant membre." in page.text
    assert 'id="one-time-password"' in page.text
    again = client.get("/restaurant/members").text
    assert "barman@a.test" in again and 'id="one-time-password"' not in again


def test_the_switcher_lists_the_restaurants_of_a_multi_restaurant_user(
    client: TestClient, world: World
) -> None:
    token = sign_in(client, world.multi)
    page = client.get("/drinks").text
    assert 'id="restaurant-switch"' in page
    switched = client.post(
        "/restaurant", data={"restaurant_id": world.b, "csrf_token": token}, follow_redirects=False
    )
    assert switched.status_code == 303
    assert client.get("/api/me").json()["restaurant"]["id"] == world.b
    assert csrf(client)


def test_the_night_hour_of_a_restaurant_moves_its_pull(
    client: TestClient, world: World, owner: str
) -> None:
    from tastevin import db
    from tastevin.jobs.nightly import due_connections
    from tastevin.models.enums import Vendor
    from tastevin.pos.connections import create_connection
    from tastevin.restaurants.service import get_restaurant

    with db.transaction() as session:
        create_connection(session, get_restaurant(session, world.a), Vendor.BIZZON, {})
    five_am_paris = datetime(2026, 11, 21, 4, 0, tzinfo=UTC)  # 05:00 in Paris
    assert due_connections(five_am_paris, night_hour=6) == []
    client.put(
        "/api/restaurant/settings",
        json={
            "name": "Le Bistrot",
            "timezone": "Europe/Paris",
            "day_cutoff": "05:00",
            "night_hour": 4,
        },
        headers={"X-CSRF-Token": owner},
    )
    [(_, day)] = due_connections(five_am_paris, night_hour=6)
    assert day == date(2026, 11, 20)
