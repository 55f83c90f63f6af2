"""Webhook routes of the push channels: one route per webhook vendor, at the path its
``SPEC.ingress_path`` declares.

A delivery is authenticated by the restaurant's token, stored byte for byte, committed, and
only then enqueued for parsing: the answer (202) means "kept", never "applied". Bodies that
are not JSON are kept too (for diagnosis) and answered 400. Every authentication failure
looks the same, so a URL reveals nothing about which restaurants exist.

The token is accepted as ``Authorization: Bearer <token>`` (preferred), as an ``X-Api-Key``
or ``X-Webhook-Token`` header, or as a ``?token=`` query parameter for senders that can only
be given a URL (docs/connectors/).
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.routing import compile_path

from tastevin.config import get_settings
from tastevin.connectors.base import ConnectorSpec
from tastevin.connectors.registry import on_channel
from tastevin.ingress.group_store import Delivery, writer
from tastevin.models.enums import Channel
from tastevin.observability.metrics import WEBHOOK_REQUESTS

TOKEN_HEADERS = ("x-api-key", "x-webhook-token")
RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "The body is not JSON: kept (see the import history), not parsed."},
    401: {"description": "Missing or invalid token (the same answer whatever the reason)."},
    413: {"description": "The body is larger than the configured limit."},
}


class _TooLarge(Exception):
    pass


def _unauthorized() -> JSONResponse:
    return JSONResponse(
        {"error": "unauthorized", "detail": "missing or invalid token"},
        status_code=401,
        headers={"WWW-Authenticate": "Bearer"},
    )


def _too_large(limit: int) -> JSONResponse:
    detail = f"the body is larger than {limit} bytes"
    return JSONResponse({"error": "too_large", "detail": detail}, status_code=413)


def token_of(request: Request) -> str | None:
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    for name in TOKEN_HEADERS:
        if value := request.headers.get(name, "").strip():
            return value
    return request.query_params.get("token") or None


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _is_json(body: bytes) -> bool:
    try:
        json.loads(body)
    except (ValueError, RecursionError):
        return False
    return True


async def handle_push(request: Request, restaurant_id: str, vendor: str) -> JSONResponse:
    response = await _push(request, restaurant_id, vendor)
    route = request.url.path.split("/")[1]
    WEBHOOK_REQUESTS.labels(route=route, status=str(response.status_code)).inc()
    return response


async def _push(request: Request, restaurant_id: str, vendor: str) -> JSONResponse:
    limit = get_settings().max_body_bytes
    try:
        body = await _body(request, limit)
    except _TooLarge:
        return _too_large(limit)
    meta = {
        "route": request.url.path.split("/")[1],
        "content_type": request.headers.get("content-type", "")[:100],
    }
    received = await writer().store(Delivery(restaurant_id, vendor, token_of(request), body, meta))
    if received is None:
        return _unauthorized()
    answer: dict[str, Any] = {"import_id": received.import_id, "duplicate": received.duplicate}
    if not _is_json(body):
        detail = "the body is not JSON; it is kept and shown in the import history"
        return JSONResponse({"error": "bad_input", "detail": detail, **answer}, status_code=400)
    return JSONResponse({"status": "accepted", **answer}, status_code=202)


def _endpoint(vendor: str) -> Callable[[Request, str], Awaitable[JSONResponse]]:
    async def receive(request: Request, restaurant_id: str) -> JSONResponse:
        return await handle_push(request, restaurant_id, vendor)

    return receive


def webhook_router() -> APIRouter:
    """One POST route per webhook vendor, from the registry."""
    router = APIRouter(tags=["webhooks"])
    for spec in on_channel(Channel.WEBHOOK):
        router.add_api_route(
            spec.ingress_path,
            _endpoint(spec.vendor),
            methods=["POST"],
            status_code=202,
            name=f"{spec.vendor}_sales",
            summary=f"{spec.title}: sales webhook",
            responses=RESPONSES,
        )
    return router


def is_ingress(path: str) -> bool:
    """A vendor's webhook path: answered in JSON, never with an HTML page."""
    return any(_pattern(spec).match(path) for spec in on_channel(Channel.WEBHOOK))


def _pattern(spec: ConnectorSpec) -> re.Pattern[str]:
    return compile_path(spec.ingress_path)[0]


def install(app: FastAPI) -> None:
    app.include_router(webhook_router())
