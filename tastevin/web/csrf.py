"""CSRF: every unsafe request carries the session's token, in the ``csrf_token`` form field
(HTML forms) or the ``X-CSRF-Token`` header (HTMX and JSON clients)."""

from __future__ import annotations

import hmac

from fastapi import Request

from tastevin.errors import Forbidden

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
HEADER = "X-CSRF-Token"
FIELD = "csrf_token"


async def require_csrf(request: Request) -> None:
    if request.method in SAFE_METHODS:
        return
    expected = request.session.get("csrf")
    sent = request.headers.get(HEADER)
    if sent is None and "form" in request.headers.get("content-type", ""):
        value = (await request.form()).get(FIELD)
        sent = value if isinstance(value, str) else None
    if not isinstance(expected, str) or sent is None or not hmac.compare_digest(expected, sent):
        raise Forbidden("missing or wrong CSRF token: reload the page and try again")
