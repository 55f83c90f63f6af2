from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tastevin import config, db
from tastevin.web.app import create_app
from tests.web.world import PASSWORD, World, seed


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium per test process: Playwright's sync API runs one event loop per thread,
    so every browser test module shares it."""
    from tests.web.browser import launch_browser

    yield from launch_browser()


@pytest.fixture(scope="session")
def browsers(browser: Any) -> Iterator[dict[str, Any]]:
    """A Chromium per interface language, from the same Playwright: native date inputs
    follow the browser's language (see tests.web.browser.UI_LANGUAGES)."""
    from tests.web.browser import launch_options

    english = browser.browser_type.launch(**launch_options("en"))
    yield {"fr": browser, "en": english}
    english.close()


@pytest.fixture
def base_url(settings: config.Settings, world: World) -> Iterator[str]:
    from tests.web.browser import LiveServer

    with LiveServer() as url:
        yield url


@pytest.fixture
def world(settings: config.Settings) -> World:
    with db.transaction() as session:
        return seed(session)


@pytest.fixture
def client(settings: config.Settings) -> Iterator[TestClient]:
    with TestClient(create_app(), base_url="http://testserver") as test_client:
        yield test_client


def csrf(client: TestClient) -> str:
    token: str = client.get("/api/csrf").json()["csrf_token"]
    return token


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> str:
    """Signs in through the API; returns the session's CSRF token for later writes."""
    response = client.post(
        "/api/session",
        json={"email": email, "password": password},
        headers={"X-CSRF-Token": csrf(client)},
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["csrf_token"]
    return token


@pytest.fixture
def owner(client: TestClient, world: World) -> str:
    return sign_in(client, world.owner)
