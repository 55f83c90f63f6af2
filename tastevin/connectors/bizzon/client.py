"""Reading a restaurant's Mews POS API (ex-Bizzon): its catalogue, and one business day's
invoices. Read-only; every page is handed back raw for the pull service to store.

Credentials (the connection's encrypted JSON): ``api_key`` (``sk_live_…``/``sk_test_…``)
and optionally ``base_url`` (production by default; staging or a simulator otherwise) and
``page_size`` (1–1000).

As the docs require (``guidelines/requests.md``), every request carries ``Content-Type:
application/vnd.api+json``. The demo environment allows 200 requests per token per 15
minutes (``guidelines/environments.md``): requests to it are paced to that. Late
corrections and cancellations are asked for through ``updatedAt`` filters
(``guidelines/filtering.md``): ``changes`` lists the invoices of the last days that changed
since the last pull; the "Get invoices" page itself lists only ``createdAt*`` filters, so
if the API refuses ``updatedAtGteq`` the window's days are read again by ``createdAt``
(versions make that harmless).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime
from typing import Any

import httpx

from tastevin.connectors.http import (
    ApiPage,
    JsonApiCursor,
    PermissionMissing,
    RateLimit,
    ReadOnlyClient,
    RetryPolicy,
    VendorRefused,
    iter_pages,
)
from tastevin.errors import CredentialsNeedRenewing

PRODUCTION_URL = "https://api.mews.com/pos"
STAGING_URL = "https://api.mews-demo.com/pos"
DEFAULT_PAGE_SIZE = 100
JSONAPI = "application/vnd.api+json"
DEMO_RATE = (200, 15 * 60.0)
"""The demo environment's published limit: 200 requests per token per 15 minutes."""
INCLUDE = "invoiceItems,originalInvoice"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class BizzonSource:
    def __init__(
        self,
        credentials: Mapping[str, Any],
        *,
        timeout_s: float = 20.0,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        key = str(credentials.get("api_key") or "")
        if not key:
            raise CredentialsNeedRenewing(
                "credentials need renewing: no %(pos)s API key", pos="Mews POS"
            )
        self.page_size = int(credentials.get("page_size") or DEFAULT_PAGE_SIZE)
        base_url = str(credentials.get("base_url") or PRODUCTION_URL)
        demo = base_url.rstrip("/") == STAGING_URL or bool(credentials.get("rate_limited"))
        self.client = ReadOnlyClient(
            base_url,
            headers={"Authorization": f"Bearer {key}", "Accept": JSONAPI, "Content-Type": JSONAPI},
            timeout_s=timeout_s,
            retry=retry,
            vendor="Mews POS (Bizzon)",
            transport=transport,
            rate_limit=RateLimit(*DEMO_RATE) if demo else None,
        )

    def close(self) -> None:
        self.client.close()

    def catalogue(self) -> Iterator[ApiPage]:
        return iter_pages(
            self.client,
            "v1/products",
            {"include": "productVariants"},
            JsonApiCursor(self.page_size),
            meta={"endpoint": "products"},
        )

    def sales(self, day: date, start: datetime, end: datetime) -> Iterator[ApiPage]:
        params = {
            "include": INCLUDE,
            "filter[createdAtGteq]": _iso(start),
            "filter[createdAtLt]": _iso(end),
        }
        return iter_pages(
            self.client,
            "v1/invoices",
            params,
            JsonApiCursor(self.page_size),
            meta={"endpoint": "invoices"},
        )

    def changes(self, since: datetime, created: tuple[datetime, datetime]) -> Iterator[ApiPage]:
        """Invoices created in ``created`` [start, end) — the recent days already pulled —
        and updated since ``since``: corrections and cancellations made after their pull."""
        window = {
            "include": INCLUDE,
            "filter[createdAtGteq]": _iso(created[0]),
            "filter[createdAtLt]": _iso(created[1]),
        }
        params = {**window, "filter[updatedAtGteq]": _iso(since)}
        try:
            yield from iter_pages(
                self.client,
                "v1/invoices",
                params,
                JsonApiCursor(self.page_size),
                meta={"endpoint": "invoices", "changes": True},
            )
        except PermissionMissing:
            raise
        except VendorRefused:
            yield from iter_pages(
                self.client,
                "v1/invoices",
                window,
                JsonApiCursor(self.page_size),
                meta={"endpoint": "invoices", "changes": True, "fallback": "createdAt"},
            )
