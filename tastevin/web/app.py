"""The FastAPI application factory. Routers are added by area."""

from __future__ import annotations

from importlib import import_module

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tastevin.errors import TastevinError

_ROUTER_MODULES = (
    "tastevin.ingress.webhooks",
    "tastevin.web.api",
    "tastevin.web.pages",
)


async def _domain_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, TastevinError)
    return JSONResponse({"error": error.code, "detail": error.message}, error.status_code)


def create_app() -> FastAPI:
    app = FastAPI(title="Tastevin", version="0.1.0")
    app.add_exception_handler(TastevinError, _domain_error)

    @app.get("/health", tags=["ops"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    for name in _ROUTER_MODULES:
        try:
            module = import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.install(app)
    return app
