"""Every API route says what it does and how it fails: an explicit ``summary`` and its error
answers in the OpenAPI document that other tools read (a route added without them fails
here)."""

from __future__ import annotations

from typing import Any

from tastevin.config import Settings
from tastevin.web.app import create_app

NO_ERRORS = {("get", "/api/csrf")}
"""Routes that cannot fail (a token for anyone)."""


def _operations(settings: Settings) -> list[tuple[str, str, dict[str, Any]]]:
    document = create_app().openapi()
    return [
        (method, path, operation)
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if path.startswith("/api") or "webhooks" in operation.get("tags", [])
    ]


def _auto_summary(operation: dict[str, Any]) -> bool:
    """FastAPI's own summary is the function name title-cased; the operation id starts
    with that name."""
    summary = operation.get("summary", "")
    return operation["operationId"].startswith(summary.lower().replace(" ", "_") + "_")


def test_the_api_is_read_from_the_app(settings: Settings) -> None:
    found = {(m, p) for m, p, _ in _operations(settings)}
    assert ("get", "/api/connections") in found
    assert ("post", "/pi-electronique/restaurants/{restaurant_id}/sales-webhook") in found


def test_every_route_has_a_summary_and_its_errors(settings: Settings) -> None:
    missing = []
    for method, path, operation in _operations(settings):
        errors = [c for c in operation.get("responses", {}) if c[0] in "45" and c != "422"]
        if _auto_summary(operation):
            missing.append(f"{method.upper()} {path}: no summary")
        if not errors and (method, path) not in NO_ERRORS:
            missing.append(f"{method.upper()} {path}: no documented error")
    assert missing == []
