"""Reading Astério's "Generic Data" API, on a documented ASSUMPTION (no public spec; see
``docs/connectors/asterio.md``). Read-only: HTTP Basic with the Generic Data login on every
GET, so no session has to be opened with a POST (S-7: Tastevin only reads).

Credentials, the five fields the restaurant gives: ``domain``
(``https://<kml>.myasterio.com``), ``kml``, ``site``, ``login`` (default
``<NAME>_GENERICDATA``) and ``password``.

    GET {domain}/genericdata/v1/{kml}/{site}/products
    GET {domain}/genericdata/v1/{kml}/{site}/sales?businessDate=YYYY-MM-DD&page=N  (N from 1)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import httpx

from tastevin.connectors.http import (
    ApiPage,
    Params,
    ReadOnlyClient,
    RetryPolicy,
    SinglePage,
    iter_pages,
)
from tastevin.errors import CredentialsNeedRenewing


@dataclass(frozen=True, slots=True)
class PageOfCount:
    """``page`` from 1 while the body's ``pageCount`` says there are more."""

    def first(self, params: Params) -> Params:
        return {**params, "page": "1"}

    def next(self, params: Params, document: Any) -> Params | None:
        page = int(params["page"])
        count = document.get("pageCount", 1) if isinstance(document, dict) else 1
        return {**params, "page": str(page + 1)} if page < int(count or 1) else None


class AsterioSource:
    def __init__(
        self,
        credentials: Mapping[str, Any],
        *,
        timeout_s: float = 20.0,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        missing = [f for f in ("domain", "kml", "site", "password") if not credentials.get(f)]
        if missing:
            raise CredentialsNeedRenewing(
                "credentials need renewing: %(pos)s %(fields)s missing",
                pos="Astério",
                fields=", ".join(missing),
            )
        kml = str(credentials["kml"])
        login = str(credentials.get("login") or f"{kml.split('-')[0].upper()}_GENERICDATA")
        domain = str(credentials.get("base_url") or credentials["domain"]).rstrip("/")
        self.client = ReadOnlyClient(
            f"{domain}/genericdata/v1/{kml}/{credentials['site']}",
            auth=(login, str(credentials["password"])),
            headers={"Accept": "application/json"},
            timeout_s=timeout_s,
            retry=retry,
            vendor="Astério",
            transport=transport,
        )

    def close(self) -> None:
        self.client.close()

    def catalogue(self) -> Iterator[ApiPage]:
        return iter_pages(
            self.client,
            "products",
            {},
            SinglePage(),
            meta={"endpoint": "products"},
        )

    def sales(self, day: date, start: datetime, end: datetime) -> Iterator[ApiPage]:
        return iter_pages(
            self.client,
            "sales",
            {"businessDate": day.isoformat()},
            PageOfCount(),
            meta={"endpoint": "sales"},
        )
