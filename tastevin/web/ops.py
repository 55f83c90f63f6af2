"""Operations endpoints: ``/health`` (the process answers), ``/ready`` (the database and the
queue answer too: a load balancer sends traffic only then) and ``/metrics`` (Prometheus text
format). None needs a session; ``/metrics`` asks for ``TASTEVIN_METRICS_TOKEN`` as a bearer
token when that setting is set (it names restaurants' connection ids)."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CollectorRegistry

from tastevin.config import get_settings
from tastevin.observability.metrics import CONTENT_TYPE, exposition, process_registry
from tastevin.observability.state import InstallationCollector, check_ready

router = APIRouter(tags=["ops"])
_installation = CollectorRegistry(auto_describe=False)
_installation.register(InstallationCollector())


@router.get("/health", summary="Liveness: the process answers")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/ready",
    summary="Readiness: the database and the job queue answer",
    responses={503: {"description": "The database or the queue cannot be reached"}},
)
def ready() -> JSONResponse:
    checks = check_ready()
    ok = all(value == "ok" for value in checks.values())
    return JSONResponse({"status": "ok" if ok else "unavailable", **checks}, 200 if ok else 503)


@router.get(
    "/metrics",
    summary="Prometheus metrics of this host's processes and of the whole installation",
    responses={401: {"description": "TASTEVIN_METRICS_TOKEN is set and was not given"}},
)
def metrics(request: Request) -> Response:
    token = get_settings().metrics_token.get_secret_value()
    if token:
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            return JSONResponse({"error": "unauthorized"}, 401, {"WWW-Authenticate": "Bearer"})
    body = exposition(process_registry()) + exposition(_installation)
    return Response(body, media_type=CONTENT_TYPE)


def install(app: FastAPI) -> None:
    app.include_router(router)
