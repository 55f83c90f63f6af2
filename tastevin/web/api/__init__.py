"""The JSON API: every page's twin under /api, same session cookie, CSRF header on writes."""

from __future__ import annotations

from fastapi import Depends, FastAPI

from tastevin.web.api import auth, connections, drinks, revenue, stock, sync
from tastevin.web.csrf import require_csrf


def install(app: FastAPI) -> None:
    for module in (auth, drinks, sync, connections, revenue, stock):
        app.include_router(module.router, prefix="/api", dependencies=[Depends(require_csrf)])
