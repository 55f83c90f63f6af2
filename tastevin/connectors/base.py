"""The contract between vendors and the rest of Tastevin.

Vendors speak their own formats at the edge; everything inside speaks these canonical
records. A connector never writes tables: it parses raw bytes into a ``CanonicalBatch``
that the one ingestion service applies (``tastevin.sales.ingestion``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

from tastevin.models.enums import Channel, SaleKind, Vendor

if TYPE_CHECKING:
    import httpx

    from tastevin.connectors.http import ApiPage, RetryPolicy

__all__ = [
    "CanonicalBatch",
    "Capabilities",
    "Channel",
    "ConnectorSpec",
    "DaySource",
    "ParseContext",
    "Parser",
    "PosProductRecord",
    "SaleKind",
    "SaleRecord",
    "SourceFactory",
    "Vendor",
]


@dataclass(frozen=True, slots=True)
class PosProductRecord:
    """A product as the POS describes it, from its catalogue or from a sold line."""

    vendor_product_id: str
    label: str
    price: Decimal | None = None
    """The POS's unit price, tax included, when the vendor sends one."""
    from_catalogue: bool = False


@dataclass(frozen=True, slots=True)
class SaleRecord:
    """One ticket line. ``key`` is the vendor's natural identity of the line, stable across
    resends (e.g. invoice item id, or document number + line number): it makes imports
    idempotent."""

    key: str
    vendor_product_id: str
    label: str
    quantity: Decimal
    """Signed: negative for a refund."""
    amount: Decimal
    """What the POS charged for the line, tax included (negative for a refund, 0 for a comp)."""
    sold_at: datetime
    """Timezone-aware."""
    kind: SaleKind = SaleKind.SALE
    tax: Decimal | None = None

    def __post_init__(self) -> None:
        if self.sold_at.tzinfo is None:
            raise ValueError("SaleRecord.sold_at must be timezone-aware")
        for name in ("quantity", "amount"):
            if not isinstance(getattr(self, name), Decimal):
                raise TypeError(f"SaleRecord.{name} must be a Decimal")


@dataclass(frozen=True, slots=True)
class CanonicalBatch:
    products: tuple[PosProductRecord, ...] = ()
    sales: tuple[SaleRecord, ...] = ()

    def __add__(self, other: CanonicalBatch) -> CanonicalBatch:
        return CanonicalBatch(self.products + other.products, self.sales + other.sales)


@dataclass(frozen=True, slots=True)
class Capabilities:
    channel: Channel
    sends_catalogue: bool
    """The vendor sends its full catalogue, not only products that were sold."""
    updates_prices: bool
    """POS price changes update the linked beverage's selling price (S-17)."""


@dataclass(frozen=True, slots=True)
class ParseContext:
    """What a parser may know besides the bytes: the restaurant's zone for naive local
    times, and the metadata stored with the raw import (file name, endpoint, page, day)."""

    timezone: tzinfo
    meta: Mapping[str, Any] = field(default_factory=dict)


Parser = Callable[[bytes, ParseContext], CanonicalBatch]
"""Raw bytes → canonical batch. Raises ``tastevin.errors.BadInput`` on anything unreadable."""


def N_(message: str) -> str:
    """Marks a message for Babel extraction; it is translated where it is shown."""
    return message


class DaySource(Protocol):
    """A pull vendor's client: yields raw API pages (its paginator inside); never parses,
    never touches the database."""

    def catalogue(self) -> Iterator[ApiPage]: ...

    def sales(self, day: date, start: datetime, end: datetime) -> Iterator[ApiPage]: ...

    def close(self) -> None: ...


class SourceFactory(Protocol):
    def __call__(
        self,
        credentials: Mapping[str, Any],
        *,
        timeout_s: float,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> DaySource: ...


@dataclass(frozen=True, slots=True)
class ConnectorSpec:
    """Everything Tastevin knows about one vendor, declared once in its package
    (``tastevin/connectors/<vendor>/__init__.py`` as ``SPEC``). The registry discovers it;
    pages, API, CLI and services read it and never name a vendor themselves."""

    vendor: str
    """The key stored on connections and imports, and used in URLs (``/connections/<key>``)."""
    title: str
    """Shown name; a Babel message id (``N_``), translated where shown (FR/EN)."""
    capabilities: Capabilities
    parse: Parser
    position: int = 100
    """Order on the connections page (the S-number for the six POS)."""
    credentials: type[BaseModel] | None = None
    """Pull vendors: the typed keys the restaurant types in (``SecretStr`` for secrets).
    The setup form and its validation are drawn from it."""
    ingress_path: str = ""
    """Webhook vendors: the route the POS posts to (``{restaurant_id}`` in it)."""
    source: SourceFactory | None = None
    """Pull vendors: the client (with its paginator) that reads the vendor's API."""
    setup: str = ""
    """What the restaurant must ask its vendor for (a Babel message id, shown translated)."""
    steps: tuple[str, ...] = ()
    """The setup in the seed's words, one step a line: what to ask the vendor, what to hand
    over (Babel message ids, shown translated, in order)."""
    form_defaults: Callable[[str], dict[str, str]] | None = None
    """Values proposed in the setup form, from the restaurant's name."""

    @property
    def channel(self) -> Channel:
        return self.capabilities.channel

    @property
    def listed(self) -> bool:
        """Shown among the POS connections (a file import is not a POS channel)."""
        return self.capabilities.channel != Channel.FILE
