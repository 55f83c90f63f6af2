"""Which pages the app serves, read from its own routing table: a page links to another
area's page only when that page exists (areas land one by one), and the browser tests
visit every page found here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

NOT_PAGES = ("/api", "/static", "/docs", "/redoc", "/openapi", "/health", "/favicon", "/metrics")


def flat_routes(
    routes: Iterable[Any], prefix: str = "", schema: bool = True
) -> Iterator[tuple[APIRoute, str, bool]]:
    """(route, full path, in the OpenAPI schema) through included routers (FastAPI ≥ 0.160
    keeps them wrapped; older versions copied their routes up)."""
    for route in routes:
        context = getattr(route, "include_context", None)
        if context is not None:
            inner = route.original_router.routes
            yield from flat_routes(
                inner, prefix + context.prefix, schema and context.include_in_schema
            )
        elif isinstance(route, APIRoute):
            yield route, prefix + route.path, schema and route.include_in_schema


def page_routes(app: FastAPI) -> list[tuple[APIRoute, str]]:
    """GET routes of HTML pages: outside the OpenAPI schema, the JSON API and the assets."""
    return [
        (route, path)
        for route, path, in_schema in flat_routes(app.routes)
        if "GET" in (route.methods or ()) and not path.startswith(NOT_PAGES) and not in_schema
    ]


def page_paths(app: FastAPI) -> frozenset[str]:
    cached: frozenset[str] | None = getattr(app.state, "page_paths", None)
    if cached is None:
        cached = frozenset(path for _, path in page_routes(app))
        app.state.page_paths = cached
    return cached
