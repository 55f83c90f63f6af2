"""The HTML pages (Jinja2 + HTMX), one router per page."""

from __future__ import annotations

from fastapi import Depends, FastAPI

from tastevin.web.csrf import require_csrf
from tastevin.web.pages import auth, connections, drinks, home, restaurant, revenue, stock, sync


def install(app: FastAPI) -> None:
    for module in (auth, home, drinks, sync, connections, revenue, stock, restaurant):
        app.include_router(
            module.router, include_in_schema=False, dependencies=[Depends(require_csrf)]
        )
