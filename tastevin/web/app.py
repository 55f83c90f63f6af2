"""The FastAPI application factory. Routers are added by area."""

from __future__ import annotations

import sqlite3
from decimal import InvalidOperation
from importlib import import_module
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from tastevin.config import get_settings
from tastevin.errors import N_, BadInput, Retryable, TastevinError
from tastevin.ingress.webhooks import is_ingress
from tastevin.observability.logs import RequestIdMiddleware
from tastevin.security.secrets import derived_secret
from tastevin.web import access_log
from tastevin.web.context import LoginRequired
from tastevin.web.headers import SecurityHeaders
from tastevin.web.problems import error_headers, error_json, validation_json

_ROUTER_MODULES = (
    "tastevin.web.ops",
    "tastevin.ingress.webhooks",
    "tastevin.web.api",
    "tastevin.web.pages",
)
STATIC = Path(__file__).parent / "static"
SESSION_COOKIE = "tastevin_session"
API_DESCRIPTION = """Every page of the web app has a JSON twin under `/api`.

**Authentication**: the same signed session cookie as the web pages. Get a CSRF token with
`GET /api/csrf`, then `POST /api/session` with `{"email", "password"}` and the token in the
`X-CSRF-Token` header. Every unsafe request (POST, PUT, PATCH, DELETE) must carry that header.
Rows of another restaurant answer 404; owner-only actions answer 403 to staff."""


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api", "/docs")) or is_ingress(path):
        return False
    return (
        "text/html" in request.headers.get("accept", "")
        or request.headers.get("hx-request") == "true"
    )


async def _domain_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, TastevinError)
    if _wants_html(request):
        from tastevin.web.pages.errors import error_page

        page = error_page(request, error.status_code, error=error)
        page.headers.update(error_headers(error))
        return page
    return error_json(request, error)


OUT_OF_RANGE = BadInput("a value is out of range")


async def _out_of_range(request: Request, error: Exception) -> Response:
    """A safety net behind the bounded schemas: a number the database or the arithmetic
    cannot hold is the caller's mistake (400), not the server's (500)."""
    return await _domain_error(request, OUT_OF_RANGE)


BUSY = Retryable("the database is busy: try again in a few seconds")


async def _database_busy(request: Request, error: Exception) -> Response:
    """SQLite's write lock held beyond the wait (a long import, an operator's shell): a
    passing condition, answered 503 with Retry-After rather than a 500."""
    reason = str(getattr(error, "orig", error))
    if "locked" not in reason and "busy" not in reason:
        raise error
    response = await _domain_error(request, BUSY)
    response.headers["Retry-After"] = "5"
    return response


async def _http_error(request: Request, error: Exception) -> Response:
    """Unknown URLs and refused methods: a page in the app's layout for people, the usual
    ``{"detail": …}`` for programs."""
    assert isinstance(error, StarletteHTTPException)
    if _wants_html(request):
        from tastevin.web.pages.errors import error_page

        return error_page(request, error.status_code)
    return JSONResponse({"detail": error.detail}, error.status_code, headers=error.headers)


async def _crash(request: Request, _error: Exception) -> Response:
    # Starlette logs the exception and re-raises it after this answer.
    if _wants_html(request):
        from tastevin.web.pages.errors import error_page

        return error_page(request, 500)
    return JSONResponse({"error": "error", "detail": "internal error"}, 500)


async def _login_required(request: Request, _error: Exception) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target)}", status_code=303)


async def _invalid(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    if _wants_html(request):
        from tastevin.web.pages.errors import error_page

        fields = ", ".join(str(e.get("loc", ["?"])[-1]) for e in error.errors())
        return error_page(request, 422, error=TastevinError(INVALID_FIELDS, fields=fields))
    return validation_json(request, jsonable_encoder(error.errors()))


INVALID_FIELDS = N_("Some fields could not be read: %(fields)s")


def _session_secret() -> str:
    # Derived from the app's secret key, so a key rotation also signs everyone out.
    return derived_secret("session")


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(title="Tastevin", version="0.1.0", description=API_DESCRIPTION)
    app.add_exception_handler(TastevinError, _domain_error)
    app.add_exception_handler(LoginRequired, _login_required)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(OperationalError, _database_busy)
    for kind in (OverflowError, DataError, InvalidOperation):
        app.add_exception_handler(kind, _out_of_range)
    app.add_exception_handler(sqlite3.OperationalError, _database_busy)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _crash)
    https = settings.effective_public_url.startswith("https://")
    # The cookie only carries the id of a server-side session (and the CSRF token, the
    # language): signing out or a password change ends the session in the database.
    app.add_middleware(
        SessionMiddleware,
        secret_key=_session_secret(),
        session_cookie=SESSION_COOKIE,
        same_site="lax",
        https_only=https,
        max_age=14 * 24 * 3600,
    )
    app.add_middleware(RequestIdMiddleware)
    app.add_middleware(SecurityHeaders, https_public_url=https)
    access_log.install()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        # Browsers ask for it on every page, whatever the <link rel="icon"> says.
        return RedirectResponse("/static/favicon.svg", status_code=301)

    for name in _ROUTER_MODULES:
        try:
            module = import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.install(app)
    return app
