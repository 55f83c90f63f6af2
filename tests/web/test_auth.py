"""Sign-in, session cookie, CSRF, restaurant switcher, language."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tastevin.web.app import SESSION_COOKIE
from tests.web.conftest import csrf, sign_in
from tests.web.world import World


def test_pages_redirect_to_sign_in_and_api_answers_401(client: TestClient, world: World) -> None:
    page = client.get("/drinks", follow_redirects=False)
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=/drinks"
    assert client.get("/api/drinks").status_code == 401


def test_wrong_password_is_refused(client: TestClient, world: World) -> None:
    response = client.post(
        "/api/session",
        json={"email": world.owner, "password": "nope"},
        headers={"X-CSRF-Token": csrf(client)},
    )
    assert response.status_code == 401
    assert client.get("/api/me").status_code == 401


def test_form_sign_in_sets_a_safe_session_cookie(client: TestClient, world: World) -> None:
    form = client.get("/login")
    token = form.text.split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post(
        "/login",
        data={"email": world.owner, "password": "correct horse battery", "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/"  # the dashboard
    cookie = response.headers["set-cookie"].lower()
    assert cookie.startswith(SESSION_COOKIE)
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
    assert "secure" not in cookie  # served over plain http here
    assert client.get("/drinks").status_code == 200


def test_sign_in_never_redirects_off_site(client: TestClient, world: World) -> None:
    token = csrf(client)
    response = client.post(
        "/login",
        data={
            "email": world.owner,
            "password": "correct horse battery",
            "csrf_token": token,
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_form_post_without_csrf_is_refused(client: TestClient, world: World) -> None:
    response = client.post(
        "/login", data={"email": world.owner, "password": "correct horse battery"}
    )
    assert response.status_code == 403
    token = sign_in(client, world.owner)
    refused = client.post(f"/drinks/{world.chablis}/count", data={"quantity": "3"})
    assert refused.status_code == 403
    wrong = client.post(
        f"/drinks/{world.chablis}/count", data={"quantity": "3", "csrf_token": token + "x"}
    )
    assert wrong.status_code == 403
    ok = client.post(
        f"/drinks/{world.chablis}/count",
        data={"quantity": "3", "csrf_token": token},
        follow_redirects=False,
    )
    assert ok.status_code == 303


def test_api_writes_need_the_csrf_header(client: TestClient, world: World) -> None:
    token = sign_in(client, world.owner)
    body = {"quantity": "5"}
    assert client.post(f"/api/drinks/{world.chablis}/counts", json=body).status_code == 403
    made = client.post(
        f"/api/drinks/{world.chablis}/counts", json=body, headers={"X-CSRF-Token": token}
    )
    assert made.status_code == 201
    assert made.json()["stock"] == "5.0000"


def test_restaurant_switcher_changes_what_is_seen(client: TestClient, world: World) -> None:
    token = sign_in(client, world.multi)
    me = client.get("/api/me").json()
    assert {r["id"] for r in me["restaurants"]} == {world.a, world.b}
    names = {d["name"] for d in client.get("/api/drinks").json()["items"]}
    start = me["restaurant"]["id"]
    other = world.b if start == world.a else world.a
    switched = client.put(
        "/api/me/restaurant", json={"restaurant_id": other}, headers={"X-CSRF-Token": token}
    )
    assert switched.json()["restaurant"]["id"] == other
    assert {d["name"] for d in client.get("/api/drinks").json()["items"]} != names
    page = client.get("/drinks")
    assert 'id="restaurant-switch"' in page.text


def test_switching_to_a_restaurant_one_is_not_a_member_of_is_404(
    client: TestClient, world: World
) -> None:
    token = sign_in(client, world.owner)
    response = client.put(
        "/api/me/restaurant", json={"restaurant_id": world.b}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 404
    assert client.get("/api/me").json()["restaurant"]["id"] == world.a


def test_language_is_french_by_default_and_english_on_request(
    client: TestClient, world: World
) -> None:
    token = sign_in(client, world.owner)
    page = client.get("/drinks")
    assert '<html lang="fr">' in page.text
    assert "Boissons" in page.text
    assert "boissons à synchroniser" in page.text
    client.post("/language", data={"lang": "en", "next": "/drinks", "csrf_token": token})
    english = client.get("/drinks")
    assert '<html lang="en">' in english.text
    assert "drinks to synchronise" in english.text
    assert client.get("/api/me").json()["locale"] == "en"


def test_openapi_documents_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/drinks" in spec["paths"]
    assert "/api/sync/{pos_product_id}/almost" in spec["paths"]
    assert "X-CSRF-Token" in spec["info"]["description"]
    assert "/drinks" not in spec["paths"]  # pages stay out of the API document
