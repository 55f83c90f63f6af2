"""A bounded property-based run of schemathesis against the app's own OpenAPI schema,
signed in as an owner: whatever the generated input, the answer is never a 5xx.

Before: 18 distinct server errors (counts of 0.00001, 1e30, NaN; prices of 1e20;
100,000-character fields; null names; ids and pages ≥ 2⁶³; a revenue start of year 1)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from tastevin import config
from tastevin.web.app import SESSION_COOKIE, create_app
from tests.web.conftest import sign_in
from tests.web.world import World

pytestmark = pytest.mark.slow

SKIPPED = ("DELETE /api/session", "PUT /api/me/password")
"""Would sign the fuzzer out for the rest of an operation's examples (tested elsewhere)."""

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app())


@dataclass
class Owner:
    client: TestClient
    headers: dict[str, str]


@pytest.fixture
def owner_session(settings: config.Settings, world: World) -> Iterator[Owner]:
    with TestClient(create_app(), base_url="http://testserver") as client:
        token = sign_in(client, world.owner)
        assert client.cookies.get(SESSION_COOKIE)
        yield Owner(client, {"X-CSRF-Token": token})


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_no_input_makes_the_api_fail(case: schemathesis.Case, owner_session: Owner) -> None:
    if f"{case.method.upper()} {case.path}" in SKIPPED:
        return
    # Sent through the signed-in test client (cookie and CSRF header of the owner).
    kwargs = case.as_transport_kwargs(base_url="http://testserver", headers=owner_session.headers)
    kwargs.pop("cookies", None)
    for requests_only in ("verify", "allow_redirects", "timeout", "cert", "proxies", "stream"):
        kwargs.pop(requests_only, None)
    if "data" in kwargs and not isinstance(kwargs["data"], dict):
        kwargs["content"] = kwargs.pop("data")
    response = owner_session.client.request(**kwargs)
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:300]}"
    )
