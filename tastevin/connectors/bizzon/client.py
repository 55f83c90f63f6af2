"""Reading a restaurant's Mews POS API (ex-Bizzon): its catalogue, and one business day's
invoices. Read-only; every page is handed back raw for the pull service to store.

Credentials (the connection's encrypted JSON): ``api_key`` (``sk_live_…``/``sk_test_…``)
and optionally ``base_url`` (production by default; staging or a simulator otherwise) and
``page_size`` (1–1000).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime
from typing import Any

import httpx

from tastevin.connectors.http import (
    ApiPage,
    JsonApiCursor,
    ReadOnlyClient,
    RetryPolicy,
    iter_pages,
)
from tastevin.errors import CredentialsNeedRenewing

PRODUCTION_URL = "https://api.mews.com/pos"
STAGING_URL = "https://api.mews-demo.com/pos"
DEFAULT_PAGE_SIZE = 100


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
            raise CredentialsNeedRenewing("credentials need renewing: no Mews POS API key")
        self.page_size = int(credentials.get("page_size") or DEFAULT_PAGE_SIZE)
        self.client = ReadOnlyClient(
            str(credentials.get("base_url") or PRODUCTION_URL),
            headers={"Authorization": f"Bearer {key}", "Accept": "application/vnd.api+json"},
            timeout_s=timeout_s,
            retry=retry,
            vendor="Mews POS (Bizzon)",
            transport=transport,
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
            "include": "invoiceItems,originalInvoice",
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
