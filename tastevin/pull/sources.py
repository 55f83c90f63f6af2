"""Which client reads which vendor: the pull registry. A source yields raw API pages; it
never parses and never touches the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from importlib import import_module
from typing import Any, Protocol

import httpx

from tastevin.connectors.http import ApiPage, RetryPolicy
from tastevin.errors import NotFound
from tastevin.models.enums import Vendor


class DaySource(Protocol):
    def catalogue(self) -> Iterator[ApiPage]: ...

    def sales(self, day: date, start: datetime, end: datetime) -> Iterator[ApiPage]: ...

    def close(self) -> None: ...


SourceFactory = Callable[..., DaySource]

_SOURCES: dict[Vendor, str] = {
    Vendor.BIZZON: "tastevin.connectors.bizzon.client:BizzonSource",
    Vendor.JALIA: "tastevin.connectors.jalia.client:JaliaSource",
    Vendor.ASTERIO: "tastevin.connectors.asterio.client:AsterioSource",
}

PULL_VENDORS = tuple(_SOURCES)


def open_source(
    vendor: Vendor | str,
    credentials: Mapping[str, Any],
    *,
    timeout_s: float,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
) -> DaySource:
    target = _SOURCES.get(Vendor(vendor))
    if target is None:
        raise NotFound("%(vendor)s is not a pull vendor", vendor=str(vendor))
    module, name = target.split(":")
    factory: SourceFactory = getattr(import_module(module), name)
    return factory(credentials, timeout_s=timeout_s, retry=retry, transport=transport)
