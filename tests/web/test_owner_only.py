"""Owner-only actions are owner-only by their signature: every route whose handler takes an
``OwnerContext`` refuses staff (403) before doing anything, on the pages and in the API, and
the list of such routes is read from the routers, so a new one is covered without a test."""

from __future__ import annotations

import inspect
import re

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from tastevin.web import api, pages
from tastevin.web.context import OwnerContext
from tests.web.conftest import sign_in
from tests.web.world import World


def _owner_routes() -> list[tuple[str, str]]:
    found = []
    for package, prefix in ((api, "/api"), (pages, "")):
        modules = [m for _, m in inspect.getmembers(package, inspect.ismodule)]
        for module in modules:
            router = getattr(module, "router", None)
            for route in getattr(router, "routes", []):
                if not isinstance(route, APIRoute):
                    continue
                params = inspect.signature(route.endpoint, eval_str=True).parameters.values()
                if any(p.annotation is OwnerContext for p in params):
                    for method in route.methods:
                        found.append((method, prefix + route.path))
    return sorted(set(found))


OWNER_ROUTES = _owner_routes()


def test_the_owner_only_routes_are_found() -> None:
    # The routes the product says are owner-only (S-13: unlink; connection management).
    assert ("DELETE", "/api/drinks/{beverage_id}/links/{pos_product_id}") in OWNER_ROUTES
    assert ("POST", "/api/connections/{vendor}/rotate") in OWNER_ROUTES
    assert ("POST", "/connections/{vendor}") in OWNER_ROUTES
    assert ("POST", "/drinks/{beverage_id}/unlink/{pos_product_id}") in OWNER_ROUTES


def _filled(path: str, world: World) -> str:
    values = {"vendor": "pi_elyx", "beverage_id": str(world.chablis)}
    return re.sub(r"{(\w+)}", lambda m: values.get(m.group(1), "1"), path)


@pytest.mark.parametrize(("method", "path"), OWNER_ROUTES)
def test_staff_is_refused(client: TestClient, world: World, method: str, path: str) -> None:
    csrf = sign_in(client, world.staff)
    response = client.request(
        method,
        _filled(path, world),
        headers={"X-CSRF-Token": csrf},
        json={} if path.startswith("/api") else None,
        data=None if path.startswith("/api") else {"csrf_token": csrf},
    )
    assert response.status_code == 403, response.text
    # Said in the user's language (French by default), never a bare status.
    assert "owners" in response.text or "propriétaires" in response.text
