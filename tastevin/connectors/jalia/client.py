"""Reading a restaurant's Pragma API (Jalia): its catalogue, and one business day's orders.
Read-only; every page is handed back raw for the pull service to store.

Credentials: ``api_key`` (one key per location), optionally ``base_url`` (production by
default), ``money_unit`` (``auto``/``cents``/``euros``: forces the unit for every order,
see the parser), ``price_tier`` (default the "Normal" price) and ``page_size``
(≤ 100).

``since``/``until`` are calendar dates, both included: a business day D (D 05:00 → D+1
05:00 local) is asked as since=D, until=D+1. The page may hold orders of D+1's daytime too;
they are real sales, imported once (idempotent keys) and again-without-effect on D+1.

Authentication: the docs disagree. The Authentication page says ``Authorization: Bearer
{api_key}``; the API reference shows the bare key in an ``authorization`` header. The
Authentication page is the normative text, so the Bearer form is sent first; if it is
answered 401, the bare form is tried once before the owner is told the key is wrong.
Requests carry ``Accept`` and ``Content-Type: application/json`` (the Requests page).

Each day also reads ``/v1/reports/`` (the Z report: the POS's own total for the day, for
reconciliation).

Late corrections: "Get list of orders V1" filters on calendar dates only (``index``,
``size``, ``since``, ``until``, ``reportId``: no ``updatedAt`` filter, unlike Mews), so
``changes`` reads the recent days again (``TASTEVIN_CORRECTIONS_WINDOW_DAYS``, default 7,
shared with Mews). An order corrected or cancelled since it was pulled comes back with other
lines or amounts: a new version of its ticket, which supersedes the earlier one (kept in the
ledger, counted once). An order unchanged adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from typing import Any

import httpx

from tastevin.connectors.http import (
    ApiPage,
    PageIndex,
    ReadOnlyClient,
    RetryPolicy,
    SinglePage,
    iter_pages,
)
from tastevin.errors import CredentialsNeedRenewing

PRODUCTION_URL = "https://api.pragma-project.dev/"
STAGING_URL = "https://api-staging.pragma-project.dev/"
MAX_PAGE_SIZE = 100


class JaliaSource:
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
                "credentials need renewing: no %(pos)s API key", pos="Pragma"
            )
        self.page_size = min(int(credentials.get("page_size") or MAX_PAGE_SIZE), MAX_PAGE_SIZE)
        self.meta = {
            "money": str(credentials.get("money_unit") or "auto"),
            "tier": credentials.get("price_tier"),
        }
        self.client = ReadOnlyClient(
            str(credentials.get("base_url") or PRODUCTION_URL),
            headers={
                "Authorization": f"Bearer {key}",
                "Accept": "application/json",
                "Content-Type": "application/json",
            },
            alternate_headers={"Authorization": key},
            timeout_s=timeout_s,
            retry=retry,
            vendor="Pragma (Jalia)",
            transport=transport,
        )

    def close(self) -> None:
        self.client.close()

    def catalogue(self) -> Iterator[ApiPage]:
        return iter_pages(
            self.client,
            "v1/catalog/",
            {},
            SinglePage(),
            meta={"endpoint": "catalog", **self.meta},
        )

    def changes(self, since: datetime, created: tuple[datetime, datetime]) -> Iterator[ApiPage]:
        """Orders opened in ``created`` [start, end) — the recent days already pulled — read
        again (Pragma has no "updated since" filter, so ``since`` cannot narrow it)."""
        start, end = created
        params = {
            "since": start.date().isoformat(),
            "until": (end - timedelta(microseconds=1)).date().isoformat(),
        }
        yield from iter_pages(
            self.client,
            "v1/orders/",
            params,
            PageIndex(self.page_size),
            meta={
                "endpoint": "orders",
                "window": [start.isoformat(), end.isoformat()],
                "changes": True,
                **self.meta,
            },
        )

    def sales(self, day: date, start: datetime, end: datetime) -> Iterator[ApiPage]:
        params = {"since": day.isoformat(), "until": (day + timedelta(days=1)).isoformat()}
        # The dates are calendar days: the page also holds the early hours of D (the end
        # of D-1's night) and D+1's daytime. Only orders inside business day D's window are
        # taken from it; the others are taken by their own day's pull.
        window = [start.isoformat(), end.isoformat()]
        yield from iter_pages(
            self.client,
            "v1/orders/",
            params,
            PageIndex(self.page_size),
            meta={"endpoint": "orders", "window": window, **self.meta},
        )
        yield from iter_pages(
            self.client,
            "v1/reports/",
            params,
            PageIndex(self.page_size),
            meta={"endpoint": "reports", **self.meta},
        )
