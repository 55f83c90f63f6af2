"""Which client reads which vendor: each pull vendor's ``SPEC.source`` (its client and
paginator). A source yields raw API pages; it never parses and never touches the database."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from tastevin.connectors.base import DaySource
from tastevin.connectors.http import RetryPolicy
from tastevin.connectors.registry import get_spec
from tastevin.errors import NotFound

__all__ = ["DaySource", "open_source"]


def open_source(
    vendor: str,
    credentials: Mapping[str, Any],
    *,
    timeout_s: float,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
) -> DaySource:
    factory = get_spec(vendor).source
    if factory is None:
        raise NotFound("%(vendor)s is not a pull vendor", vendor=str(vendor))
    return factory(credentials, timeout_s=timeout_s, retry=retry, transport=transport)
