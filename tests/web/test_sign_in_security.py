"""Sign-in as an attacker tries it: guessing is throttled (per account and per address)
with 429 + Retry-After, timing does not reveal accounts, sessions end on the server."""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from tastevin import config
from tastevin.web.app import SESSION_COOKIE, create_app
from tests.web.conftest import csrf, sign_in
from tests.web.world import PASSWORD, World


def _attempt(client: TestClient, email: str, password: str) -> tuple[int, dict[str, str]]:
    response = client.post(
        "/api/session",
        json={"email": email, "password": password},
        headers={"X-CSRF-Token": csrf(client)},
    )
    return response.status_code, dict(response.headers)


def test_thirty_wrong_passwords_are_refused_with_429_before_the_eleventh(
    client: TestClient, world: World
) -> None:
    statuses = [_attempt(client, world.owner, f"wrong guess {n}")[0] for n in range(30)]
    first_429 = statuses.index(429)
    assert first_429 < 10, statuses
    assert set(statuses[:first_429]) == {401}
    # Once the delays start, only an attempt made after each (doubling) wait is examined.
    assert statuses[first_429:].count(429) >= 20, statuses
    # The right password is refused too while the account waits…
    status, headers = _attempt(client, world.owner, PASSWORD)
    assert status == 429
    wait = int(headers["retry-after"])
    assert 1 <= wait <= 900
    # …and accepted once the wait is over.
    time.sleep(wait + 0.2)
    status, _ = _attempt(client, world.owner, PASSWORD)
    assert status == 200
    assert client.get("/api/me").json()["email"] == world.owner


def test_429_message_is_in_the_callers_language(client: TestClient, world: World) -> None:
    for n in range(8):
        _attempt(client, world.owner, f"wrong guess {n}")
    fr = client.post(
        "/api/session",
        json={"email": world.owner, "password": "x"},
        headers={"X-CSRF-Token": csrf(client)},
    )
    assert fr.status_code == 429
    assert "Trop de tentatives" in fr.json()["detail"]
    en = client.post(
        "/api/session",
        json={"email": world.owner, "password": "x"},
        headers={"X-CSRF-Token": csrf(client), "Accept-Language": "en-GB,en"},
    )
    assert en.json()["detail"].startswith("too many failed sign-ins: try again in")


def test_the_sign_in_page_answers_429_with_retry_after(client: TestClient, world: World) -> None:
    form = client.get("/login")
    token = form.text.split('name="csrf_token" value="')[1].split('"')[0]
    answers = [
        client.post(
            "/login",
            data={"email": world.staff, "password": f"guess {n}", "csrf_token": token},
        )
        for n in range(8)
    ]
    assert answers[0].status_code == 401
    assert answers[-1].status_code == 429
    assert int(answers[-1].headers["retry-after"]) >= 1
    assert "Trop de tentatives" in answers[-1].text


def test_one_address_guessing_many_accounts_is_throttled(client: TestClient, world: World) -> None:
    statuses = [_attempt(client, f"nobody{n}@example.test", "wrong password")[0] for n in range(30)]
    assert statuses[0] == 401
    assert 429 in statuses[:25], statuses
    # Another account from the same address waits too: the address is throttled.
    assert _attempt(client, world.owner, PASSWORD)[0] == 429


def test_unknown_and_known_accounts_take_the_same_time(
    client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Known accounts verify an argon2 hash (tens of ms); unknown ones must do the same
    work rather than answering at once (≈2 ms vs ≈100 ms before). The count of real argon2
    checks is exact; the time ratio is loose, the machine being shared."""
    verified: list[str] = []
    real_verify = PasswordHasher.verify

    def counting(self: PasswordHasher, hash: str, password: str | bytes) -> bool:
        verified.append(hash)
        return real_verify(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", counting)
    token = csrf(client)

    def timed(email: str) -> float:
        start = time.perf_counter()
        response = client.post(
            "/api/session",
            json={"email": email, "password": "wrong password"},
            headers={"X-CSRF-Token": token},
        )
        assert response.status_code == 401
        return time.perf_counter() - start

    known, unknown = [], []
    for n in range(3):  # below the per-account limit, alternating to share any noise
        known.append(timed(world.owner))
        unknown.append(timed(f"ghost{n}@example.test"))
    assert len(verified) == 6  # one full argon2 check per attempt, account or not
    ratio = statistics.median(unknown) / statistics.median(known)
    assert ratio > 0.3, (known, unknown)  # was ≈0.02


def _session_cookie(client: TestClient) -> str:
    value = client.cookies.get(SESSION_COOKIE)
    assert value
    return value


def test_a_cookie_used_after_logout_is_refused(client: TestClient, world: World) -> None:
    token = sign_in(client, world.owner)
    stolen = _session_cookie(client)
    assert client.delete("/api/session", headers={"X-CSRF-Token": token}).status_code == 204
    client.cookies.set(SESSION_COOKIE, stolen)
    assert client.get("/api/me").status_code == 401
    page = client.get("/drinks", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_page_logout_ends_the_session_on_the_server(client: TestClient, world: World) -> None:
    token = sign_in(client, world.owner)
    stolen = _session_cookie(client)
    assert (
        client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code
        == 303
    )
    client.cookies.set(SESSION_COOKIE, stolen)
    assert client.get("/api/me").status_code == 401


def test_a_password_change_ends_the_other_sessions(
    settings: config.Settings, client: TestClient, world: World
) -> None:
    token = sign_in(client, world.staff)
    with TestClient(create_app(), base_url="http://testserver") as other:
        sign_in(other, world.staff)
        assert other.get("/api/me").status_code == 200
        weak = client.put(
            "/api/me/password",
            json={"current_password": PASSWORD, "new_password": "azertyuiop"},
            headers={"X-CSRF-Token": token},
        )
        assert weak.status_code == 400
        assert "courants" in weak.json()["detail"]
        changed = client.put(
            "/api/me/password",
            json={"current_password": PASSWORD, "new_password": "une cave bien tenue"},
            headers={"X-CSRF-Token": token},
        )
        assert changed.status_code == 204, changed.text
        assert other.get("/api/me").status_code == 401
        assert client.get("/api/me").status_code == 200
    again = TestClient(create_app(), base_url="http://testserver")
    sign_in(again, world.staff, "une cave bien tenue")


@pytest.fixture
def https_client(
    settings: config.Settings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    monkeypatch.setenv("TASTEVIN_PUBLIC_URL", "https://cave.example.test")
    config.get_settings.cache_clear()
    with TestClient(create_app(), base_url="https://testserver") as test_client:
        yield test_client


def test_cookie_is_httponly_lax_and_secure_behind_https(
    https_client: TestClient, world: World
) -> None:
    response = https_client.post(
        "/api/session",
        json={"email": world.owner, "password": PASSWORD},
        headers={"X-CSRF-Token": csrf(https_client)},
    )
    assert response.status_code == 200
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" in cookie


def test_cookie_is_not_secure_over_plain_http(client: TestClient, world: World) -> None:
    response = client.post(
        "/api/session",
        json={"email": world.owner, "password": PASSWORD},
        headers={"X-CSRF-Token": csrf(client)},
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
