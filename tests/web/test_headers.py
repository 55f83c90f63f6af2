"""Security headers on every answer; the CSP forbids inline scripts and HTMX still works
under it in a real browser."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tastevin import config
from tastevin.web.app import create_app
from tests.web.world import World


def _script_policy(csp: str) -> str:
    return next(p for p in csp.split(";") if p.strip().startswith("script-src"))


@pytest.mark.parametrize("path", ["/login", "/drinks", "/api/drinks", "/static/app.js"])
def test_every_answer_carries_the_headers(
    client: TestClient, world: World, owner: str, path: str
) -> None:
    response = client.get(path)
    assert response.status_code == 200
    headers = response.headers
    csp = headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in _script_policy(csp)
    assert "unsafe-eval" not in _script_policy(csp)
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "strict-transport-security" not in headers  # plain HTTP: HSTS would be ignored


def test_error_answers_carry_them_too(client: TestClient, world: World) -> None:
    response = client.get("/api/me")
    assert response.status_code == 401
    assert response.headers["x-content-type-options"] == "nosniff"


def test_hsts_when_served_over_https(
    settings: config.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    with TestClient(create_app(), base_url="https://testserver") as client:
        answer = client.get("/login")
    assert answer.headers["strict-transport-security"].startswith("max-age=31536000")


def test_pages_have_no_inline_script(client: TestClient, world: World, owner: str) -> None:
    for path in ("/login", "/drinks", "/sync", "/connections", "/revenue"):
        html = client.get(path).text
        for tag in html.split("<script")[1:]:
            assert 'src="/static/' in tag.split(">")[0], (path, tag[:80])
        assert " onclick=" not in html and " onload=" not in html
