"""The one HTTP client every pull connector uses: read-only, with timeouts, retries and
pagination strategies.

What a status means is decided here once (Airbyte/dlt style): 408, 429, 5xx and timeouts
are passing failures, retried with exponential backoff that honours ``Retry-After``; 401
means a person must renew the key (``CredentialsNeedRenewing``, never retried) — unless
the vendor documents a second header form, tried once first; 403 means the key is known
but lacks a permission (``PermissionMissing``: renewing it would not help); any other 4xx
is a request the vendor will never accept. A vendor's published rate limit is paced here
(``RateLimit``), not discovered through 429s. Only GET is exposed: Tastevin never writes to
a POS (S-7).
"""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

import httpx

from tastevin.config import get_settings
from tastevin.connectors.outbound import check_endpoint
from tastevin.errors import CredentialsNeedRenewing, Retryable, TastevinError

Params = dict[str, str]


class VendorRefused(TastevinError):
    """The vendor answered 4xx (not 401/403/429): asking again the same way will not help."""

    status_code = 502
    code = "vendor_refused"


class PermissionMissing(VendorRefused):
    """403: the vendor knows the key but does not let it read this. The owner must ask the
    vendor to grant the permission; a new key would not help."""

    code = "permission_missing"


@dataclass(slots=True)
class RateLimit:
    """At most ``requests`` per ``per_s`` seconds (a sliding window), e.g. the Mews demo
    environment's 200 requests per token per 15 minutes: a request that would exceed it
    waits for the window to free a place."""

    requests: int
    per_s: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    sent: list[float] = field(default_factory=list)

    def wait(self) -> float:
        """Block until one more request is allowed; returns how long it waited."""
        now = self.clock()
        self.sent = [t for t in self.sent if now - t < self.per_s]
        waited = 0.0
        if len(self.sent) >= self.requests:
            waited = self.per_s - (now - self.sent[0])
            if waited > 0:
                self.sleep(waited)
            now = self.clock()
            self.sent = [t for t in self.sent if now - t < self.per_s]
        self.sent.append(now)
        return max(waited, 0.0)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 5
    """Tries per request, the first included."""
    base_delay_s: float = 0.5
    max_delay_s: float = 60.0
    sleep: Callable[[float], None] = time.sleep

    def delay(self, attempt: int, retry_after: float | None) -> float:
        backoff = self.base_delay_s * (2 ** (attempt - 1))
        wanted = retry_after if retry_after is not None else backoff
        return min(max(wanted, 0.0), self.max_delay_s)


@dataclass(frozen=True, slots=True)
class ApiPage:
    """One vendor response body, kept byte for byte, with where it came from."""

    endpoint: str
    page: int
    body: bytes
    meta: Mapping[str, Any] = field(default_factory=dict)


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` is either seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


@lru_cache(maxsize=1)
def _tls() -> ssl.SSLContext:
    """One verified TLS context per process: building one costs ~40 ms, per client."""
    return ssl.create_default_context()


class ReadOnlyClient:
    """An ``httpx.Client`` that can only GET, and knows what to do with each failure."""

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        auth: httpx.Auth | tuple[str, str] | None = None,
        timeout_s: float = 20.0,
        retry: RetryPolicy | None = None,
        vendor: str = "the POS",
        transport: httpx.BaseTransport | None = None,
        alternate_headers: Mapping[str, str] | None = None,
        rate_limit: RateLimit | None = None,
        allow_private: bool | None = None,
    ) -> None:
        if allow_private is None:
            allow_private = get_settings().allow_private_endpoints
        check_endpoint(base_url, allow_private=allow_private)
        self.vendor = vendor
        self.retry = retry or RetryPolicy()
        self.alternate_headers = dict(alternate_headers) if alternate_headers else None
        """Headers to try once after a 401 (a second documented auth form)."""
        self.switched_headers = False
        self.rate_limit = rate_limit
        self._http = httpx.Client(
            base_url=base_url.rstrip("/") + "/",
            headers=dict(headers or {}),
            auth=auth,
            timeout=httpx.Timeout(timeout_s),
            verify=_tls(),
            transport=transport,
        )

    def __enter__(self) -> ReadOnlyClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def get(self, path: str, params: Mapping[str, str] | None = None) -> httpx.Response:
        last: str = "no attempt"
        attempt = 0
        while attempt < self.retry.attempts:
            attempt += 1
            retry_after: float | None = None
            if self.rate_limit is not None:
                self.rate_limit.wait()
            try:
                response = self._http.get(path.lstrip("/"), params=dict(params or {}))
            except httpx.TimeoutException as error:
                last = f"timeout ({type(error).__name__})"
            except httpx.TransportError as error:
                last = f"connection failed ({type(error).__name__}: {error})"
            else:
                status = response.status_code
                if status < 400:
                    return response
                if status == 401 and self.alternate_headers and not self.switched_headers:
                    self._http.headers.update(self.alternate_headers)
                    self.switched_headers = True
                    attempt -= 1  # the other documented form, tried once, costs no retry
                    continue
                if status == 401:
                    raise CredentialsNeedRenewing(
                        "credentials need renewing: %(vendor)s refused the key "
                        "(HTTP %(status)s); enter a new one in the connection settings",
                        vendor=self.vendor,
                        status=status,
                    )
                if status == 403:
                    raise PermissionMissing(
                        "%(vendor)s knows the key but does not allow it to read %(path)s "
                        "(HTTP 403): ask %(vendor)s to grant this API key the permission",
                        vendor=self.vendor,
                        path=path[:100],
                    )
                # The body is not echoed: it is the remote server's text, and the
                # message is shown to owners.
                if status not in (408, 429) and status < 500:
                    raise VendorRefused(
                        "%(vendor)s refused GET %(path)s (HTTP %(status)s)",
                        vendor=self.vendor,
                        path=path[:100],
                        status=status,
                    )
                last = f"HTTP {status}"
                retry_after = retry_after_seconds(response.headers.get("Retry-After"))
            if attempt < self.retry.attempts:
                self.retry.sleep(self.retry.delay(attempt, retry_after))
        raise Retryable(
            "%(vendor)s unavailable after %(attempts)s tries: %(last)s",
            vendor=self.vendor,
            attempts=self.retry.attempts,
            last=last,
        )


class Paginator(Protocol):
    """How one endpoint pages: the first request's params, then the next ones from a body."""

    def first(self, params: Params) -> Params: ...

    def next(self, params: Params, document: Any) -> Params | None: ...


@dataclass(frozen=True, slots=True)
class SinglePage:
    def first(self, params: Params) -> Params:
        return dict(params)

    def next(self, params: Params, document: Any) -> Params | None:
        return None


@dataclass(frozen=True, slots=True)
class JsonApiCursor:
    """JSON:API cursor pages: follow ``links.next`` by its ``page[after]`` cursor only, so the
    request keeps our base URL and key whatever host the vendor writes into its links."""

    size: int
    size_param: str = "page[size]"
    cursor_param: str = "page[after]"

    def first(self, params: Params) -> Params:
        return {**params, self.size_param: str(self.size)}

    def next(self, params: Params, document: Any) -> Params | None:
        links = document.get("links") if isinstance(document, dict) else None
        link = links.get("next") if isinstance(links, dict) else None
        if not link or not document.get("data"):
            return None
        cursor = parse_qs(urlsplit(str(link)).query).get(self.cursor_param)
        if not cursor or cursor[0] in ("", "NA"):
            return None
        return {**params, self.cursor_param: cursor[0]}


@dataclass(frozen=True, slots=True)
class PageIndex:
    """Numbered pages (``index`` from ``start``): the last page is the first short one."""

    size: int
    items_key: str = "data"
    index_param: str = "index"
    size_param: str = "size"
    start: int = 0

    def first(self, params: Params) -> Params:
        return {**params, self.index_param: str(self.start), self.size_param: str(self.size)}

    def next(self, params: Params, document: Any) -> Params | None:
        items = document.get(self.items_key) if isinstance(document, dict) else document
        if not isinstance(items, list) or len(items) < self.size:
            return None
        return {**params, self.index_param: str(int(params[self.index_param]) + 1)}


def iter_pages(
    client: ReadOnlyClient,
    endpoint: str,
    params: Params,
    paginator: Paginator,
    *,
    decode: Callable[[bytes], Any] = json.loads,
    meta: Mapping[str, Any] | None = None,
    max_pages: int = 10_000,
) -> Iterator[ApiPage]:
    """Every page of one endpoint, in order. ``decode`` reads a body only to find the next
    page; the body itself is yielded untouched, to be stored raw before anything parses it."""
    current: Params | None = paginator.first(params)
    number = 0
    while current is not None and number < max_pages:
        number += 1
        body = client.get(endpoint, current).content
        yield ApiPage(endpoint, number, body, {**(meta or {}), "params": current})
        try:
            document = decode(body)
        except ValueError:
            return  # unreadable: stored and reported by the parser; nothing to follow
        current = paginator.next(current, document)
