"""Adding a vendor is adding one package: a fake seventh vendor (pull) and eighth (webhook)
from the test tree, registered at run time, appear on the connections page, in the API and
in the CLI, with their setup forms drawn from their credential models (and the webhook's
route from its SPEC), and nothing else changed."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tastevin import db
from tastevin.cli import app as cli_app
from tastevin.config import Settings
from tastevin.connectors import registry
from tastevin.pos.connections import credentials_of
from tastevin.pos.setup import find_connection
from tastevin.web.app import create_app
from tests.connectors import fake_webhook
from tests.connectors.fake_vendor import KEY
from tests.web.conftest import sign_in
from tests.web.world import World, seed


@pytest.fixture
def seventh() -> Iterator[str]:
    registry.register_package("tests.connectors.fake_vendor")
    yield KEY
    registry.unregister(KEY)


@pytest.fixture
def signed_in(settings: Settings, seventh: str) -> Iterator[tuple[TestClient, World, str]]:
    with db.transaction() as session:
        world = seed(session)
    with TestClient(create_app(), base_url="http://testserver") as client:
        yield client, world, sign_in(client, world.owner)


def test_it_is_listed_after_the_six_and_unknown_before(settings: Settings) -> None:
    assert KEY not in [s.vendor for s in registry.listed()]
    registry.register_package("tests.connectors.fake_vendor")
    try:
        keys = [s.vendor for s in registry.listed()]
    finally:
        registry.unregister(KEY)
    assert keys == ["pi_elyx", "pi_monora", "pointex", "bizzon", "jalia", "asterio", KEY]


def test_the_connections_page_shows_it_with_a_form_from_its_model(
    signed_in: tuple[TestClient, World, str],
) -> None:
    client, _world, _csrf = signed_in
    listing = client.get("/connections").text
    assert f'href="/connections/{KEY}"' in listing
    assert "Caisse Sept" in listing
    page = client.get(f"/connections/{KEY}").text
    assert 'name="shop_code"' in page and "Shop code" in page
    assert "Printed on the till" in page
    # The SecretStr field is a password input; the setup text is shown.
    assert 'name="secret" type="password"' in page
    assert "Ask Caisse Sept for the shop code" in page


def test_the_api_lists_validates_and_stores_it(signed_in: tuple[TestClient, World, str]) -> None:
    client, world, csrf = signed_in
    listed = {c["vendor"]: c for c in client.get("/api/connections").json()}
    assert listed[KEY]["channel"] == "pull" and listed[KEY]["connected"] is False
    headers = {"X-CSRF-Token": csrf}
    wrong = client.post(
        f"/api/connections/{KEY}",
        json={"credentials": {"shop_code": "S1", "secret": "nope"}},
        headers=headers,
    )
    assert wrong.status_code == 400
    assert "cs7-" in wrong.json()["detail"]
    made = client.post(
        f"/api/connections/{KEY}",
        json={"credentials": {"shop_code": "S1", "secret": "cs7-abc"}},
        headers=headers,
    )
    assert made.status_code == 201, made.text
    shown = client.get(f"/api/connections/{KEY}").json()
    assert shown["connected"] is True and shown["settings"] == {"shop_code": "S1"}
    assert "cs7-abc" not in client.get(f"/api/connections/{KEY}").text
    with db.transaction() as session:
        found = find_connection(session, world.a, KEY)
        assert found is not None
        assert credentials_of(found) == {"shop_code": "S1", "secret": "cs7-abc"}


def test_the_cli_lists_it(settings: Settings, seventh: str) -> None:
    result = CliRunner().invoke(cli_app, ["vendors"])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if line.startswith(KEY))
    assert row.split("\t") == [KEY, "Caisse Sept", "pull", "no", "no", "shop_code,secret"]


def test_the_cli_pull_names_it_among_the_pull_vendors(settings: Settings, seventh: str) -> None:
    with db.transaction() as session:
        world = seed(session)
    result = CliRunner().invoke(cli_app, ["pull", "--restaurant", str(world.b)])
    assert result.exit_code == 1
    assert "Caisse Sept" in result.output


@pytest.fixture
def pushed(settings: Settings) -> Iterator[tuple[TestClient, World, str]]:
    """A webhook vendor registered before the app is built: its route comes from its SPEC."""
    registry.register_package("tests.connectors.fake_webhook")
    try:
        with db.transaction() as session:
            world = seed(session)
        with TestClient(create_app(), base_url="http://testserver") as client:
            yield client, world, sign_in(client, world.owner)
    finally:
        registry.unregister(fake_webhook.KEY)


def test_a_webhook_vendor_appears_everywhere_and_receives_sales(
    pushed: tuple[TestClient, World, str],
) -> None:
    client, world, _csrf = pushed
    key = fake_webhook.KEY
    listing = client.get("/connections").text
    assert f'href="/connections/{key}"' in listing and "Caisse Huit" in listing
    assert "Ask Caisse Huit to post each ticket" in client.get(f"/connections/{key}").text
    listed = {c["vendor"]: c for c in client.get("/api/connections").json()}
    assert listed[key]["channel"] == "webhook" and listed[key]["connected"] is False

    vendors = CliRunner().invoke(cli_app, ["vendors"])
    row = next(line for line in vendors.output.splitlines() if line.startswith(key))
    assert row.split("\t") == [key, "Caisse Huit", "webhook", "yes", "no", "site_code"]
    # The credential model validates on the command line as in the form.
    activate = ["connection", "activate", "caisse-huit", "-r", str(world.a), "--credential"]
    refused = CliRunner().invoke(cli_app, [*activate, "site_code=8"])
    assert refused.exit_code != 0  # nothing stored: the activation below is the first
    made = CliRunner().invoke(cli_app, [*activate, "site_code=H8-0042", "--json"])
    assert made.exit_code == 0, made.output
    handed = json.loads(made.output)
    path = fake_webhook.PATH.format(restaurant_id=world.a)
    assert handed["webhook_url"].endswith(path) and handed["token"]

    shown = client.get(f"/api/connections/{key}").json()
    assert shown["connected"] is True and shown["settings"] == {"site_code": "H8-0042"}
    body = b'{"tickets": []}'
    wrong = client.post(path, content=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    sent = client.post(path, content=body, headers={"Authorization": f"Bearer {handed['token']}"})
    assert sent.status_code == 202, sent.text
    assert sent.json()["import_id"] > 0
