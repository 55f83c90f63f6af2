"""Security headers on every answer: what the browser may load, frame and sniff.

Scripts come only from our own origin (``script-src 'self'``, no ``unsafe-inline``): the
pages load ``/static/htmx.min.js`` and ``/static/app.js`` and carry no inline script or
event-handler attribute. Styles allow inline ``style`` attributes (HTMX writes its request
indicator styles that way); a style cannot run code. The OpenAPI explorer (``/docs``) is
FastAPI's own page, which loads Swagger UI from its CDN with an inline bootstrap script: it
gets a policy of its own, limited to that CDN, and carries no user data.

HSTS is sent only when the request reached us over HTTPS (directly or through a proxy that
uvicorn trusts) or the configured public address is ``https://``: sent over plain HTTP it
would be ignored, and on a laptop demo it would pin ``localhost`` to HTTPS for a year."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
DOCS_CDN = "https://cdn.jsdelivr.net"
DOCS_POLICY = (
    f"default-src 'self'; script-src 'self' 'unsafe-inline' {DOCS_CDN}; "
    f"style-src 'self' 'unsafe-inline' {DOCS_CDN}; "
    "img-src 'self' data: https://fastapi.tiangolo.com; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")
HSTS = "max-age=31536000; includeSubDomains"
COMMON: tuple[tuple[bytes, bytes], ...] = (
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """Pure ASGI middleware (no per-request task or body copy, unlike BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp, *, https_public_url: bool = False) -> None:
        self.app = app
        self.https_public_url = https_public_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self._headers(scope)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                headers = list(message.get("headers", []))
                headers.extend(item for item in extra if item[0] not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _headers(self, scope: Scope) -> list[tuple[bytes, bytes]]:
        path: str = scope.get("path", "")
        docs = path.startswith(DOCS_PATHS)
        policy = DOCS_POLICY if docs else PAGE_POLICY
        headers = [(b"content-security-policy", policy.encode()), *COMMON]
        if scope.get("scheme") == "https" or self.https_public_url:
            headers.append((b"strict-transport-security", HSTS.encode()))
        return headers
