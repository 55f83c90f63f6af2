"""The contract between vendors and the rest of Tastevin.

Vendors speak their own formats at the edge; everything inside speaks these canonical
records. A connector never writes tables: it parses raw bytes into a ``CanonicalBatch``
that the one ingestion service applies (``tastevin.sales.ingestion``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import Decimal
from typing import Any

from tastevin.models.enums import Channel, SaleKind, Vendor

__all__ = [
    "CanonicalBatch",
    "Capabilities",
    "Channel",
    "ConnectorSpec",
    "ParseContext",
    "Parser",
    "PosProductRecord",
    "SaleKind",
    "SaleRecord",
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
    unit_price: Decimal | None = None

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


@dataclass(frozen=True, slots=True)
class ConnectorSpec:
    vendor: Vendor
    title: str
    capabilities: Capabilities
    parse: Parser
