"""The FastAPI application factory. Routers are added by area."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from tastevin.config import get_settings
from tastevin.errors import N_, TastevinError
from tastevin.ingress.webhooks import is_ingress
from tastevin.observability.logs import RequestIdMiddleware
from tastevin.security.secrets import derived_secret
from tastevin.web.context import LoginRequired

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

        return error_page(request, error.status_code, error=error)
    return JSONResponse({"error": error.code, "detail": error.message}, error.status_code)


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
    return JSONResponse({"error": "invalid", "detail": jsonable_encoder(error.errors())}, 422)


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
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _crash)
    app.add_middleware(
        SessionMiddleware,
        secret_key=_session_secret(),
        session_cookie=SESSION_COOKIE,
        same_site="lax",
        https_only=settings.effective_public_url.startswith("https://"),
        max_age=14 * 24 * 3600,
    )
    app.add_middleware(RequestIdMiddleware)
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
