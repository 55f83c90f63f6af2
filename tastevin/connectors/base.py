"""The contract between vendors and the rest of Tastevin.

Vendors speak their own formats at the edge; everything inside speaks these canonical
records. A connector never writes tables: it parses raw bytes into a ``CanonicalBatch``
that the one ingestion service applies (``tastevin.sales.ingestion``).

The records are also the one value gate (issue 10): whatever a parser read, a record that
exists holds finite decimals, money to the cent, bounded quantities, an aware time and
non-empty ids. A bad value raises ``BadInput`` naming the line and the field while the
bytes are being parsed, inside the guard that marks the import ``failed`` and keeps it —
never later, while the batch is applied.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

from tastevin.errors import BadInput, Message
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
    "PosDayTotal",
    "PosProductRecord",
    "SaleKind",
    "SaleRecord",
    "SetAside",
    "SourceFactory",
    "Vendor",
    "check_money",
    "check_quantity",
    "invalid_field",
]

MAX_QUANTITY = Decimal("100000")
"""More units than any bar sells of one thing on one line: beyond it, a unit mix-up."""
MAX_MONEY = Decimal("10000000")
"""Ten million euros on one line or one day: beyond it, a unit or parsing mix-up."""


def invalid_field(line: int | None, name: str, value: object, why: str) -> BadInput:
    """``why`` is a catalog message (marked ``N_``): translated where the error is shown."""
    return BadInput(
        "field %(field)s: %(why)s (%(value)s)", line=line, field=name, why=why, value=repr(value)
    )


def check_money(value: object, name: str, line: int | None = None) -> Decimal:
    """A finite ``Decimal`` with at most two decimals, within ``MAX_MONEY``."""
    if not isinstance(value, Decimal):
        raise invalid_field(line, name, value, N_("not a decimal amount"))
    if not value.is_finite():
        raise invalid_field(line, name, value, N_("not a finite amount"))
    if abs(value) >= MAX_MONEY:
        raise invalid_field(line, name, value, N_("amount out of range"))
    if value != value.quantize(Decimal("0.01")):
        raise invalid_field(
            line, name, value, N_("money has more than two decimals (not to the cent)")
        )
    return value


def check_quantity(value: object, name: str, line: int | None = None) -> Decimal:
    """A finite ``Decimal`` with at most four decimals, within ``MAX_QUANTITY``."""
    if not isinstance(value, Decimal):
        raise invalid_field(line, name, value, N_("not a decimal quantity"))
    if not value.is_finite():
        raise invalid_field(line, name, value, N_("not a finite quantity"))
    if abs(value) > MAX_QUANTITY:
        raise invalid_field(line, name, value, N_("quantity out of range"))
    if value != value.quantize(Decimal("0.0001")):
        raise invalid_field(line, name, value, N_("quantity has more than four decimals"))
    return value


def _check_id(value: object, name: str, line: int | None) -> None:
    if not isinstance(value, str) or not value.strip():
        raise invalid_field(line, name, value, N_("empty identifier"))


@dataclass(frozen=True, slots=True)
class PosProductRecord:
    """A product as the POS describes it, from its catalogue or from a sold line."""

    vendor_product_id: str
    label: str
    price: Decimal | None = None
    """The POS's unit price, tax included, when the vendor sends one."""
    from_catalogue: bool = False
    line: int | None = field(default=None, compare=False)
    """Where it was read (line, record or order number), for error messages."""

    def __post_init__(self) -> None:
        _check_id(self.vendor_product_id, "product id", self.line)
        if self.price is not None:
            check_money(self.price, "price", self.line)


@dataclass(frozen=True, slots=True)
class SaleRecord:
    """One ticket line. ``key`` is the vendor's natural identity of the line, stable across
    resends (e.g. invoice item id, or document number + line number): it makes imports
    idempotent. ``ticket`` is the vendor's identity of the whole ticket (invoice, order,
    document number): when a ticket comes back with different lines or amounts, the new
    version supersedes the earlier one (see ``ticket_versions``)."""

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
    ticket: str | None = None
    line: int | None = field(default=None, compare=False)
    """Where it was read (line, record or order number), for error messages."""

    def __post_init__(self) -> None:
        line = self.line
        _check_id(self.key, "key", line)
        _check_id(self.vendor_product_id, "product id", line)
        check_quantity(self.quantity, "quantity", line)
        check_money(self.amount, "amount", line)
        if self.tax is not None:
            check_money(self.tax, "tax", line)
        if not isinstance(self.sold_at, datetime):
            raise invalid_field(line, "sold_at", self.sold_at, N_("not a time"))
        if self.sold_at.tzinfo is None or self.sold_at.utcoffset() is None:
            raise invalid_field(line, "sold_at", self.sold_at, N_("time without a time zone"))
        if self.ticket is not None:
            _check_id(self.ticket, "ticket", line)


@dataclass(frozen=True, slots=True)
class SetAside:
    """An order or line the parser could not take, with why: the rest of the page still
    applies; the owner resolves or accepts it (issue 10)."""

    reason: str
    """In English (API, logs, CLI)."""
    line: int | None = None
    ref: str = ""
    """The vendor's id of what was set aside (order id, invoice item id), when known."""
    detail: Mapping[str, Any] = field(default_factory=dict)
    at: datetime | None = None
    """When it was sold, when that much could be read: it puts the item on its business day
    (otherwise the day the data was asked for, if any)."""
    message: Message | None = None
    """The reason as data (template and values), shown in the reader's language."""

    @classmethod
    def of(
        cls,
        error: BadInput,
        line: int | None,
        ref: object = "",
        *,
        at: datetime | None = None,
        name_line: bool = True,
        **detail: Any,
    ) -> SetAside:
        """An order or line refused by the value gate or its parser. The reason names the
        line (unless ``name_line`` is False: the error already says which document or
        ticket) and the field, as the error does."""
        if name_line and line is not None and error.line is None:
            error = error.on_line(line)
        ref_text = str(ref or "")[:200]
        return cls(error.message, error.line or line, ref_text, detail, at, error.as_message())


@dataclass(frozen=True, slots=True)
class PosDayTotal:
    """What the POS itself says was taken: a Z report's total, or one ticket's total (the
    day's total is then the sum of its tickets' latest totals). ``ref`` identifies it so a
    later version replaces the earlier one."""

    ref: str
    total: Decimal
    source: str
    """``z_report``, ``tickets`` or ``journal``."""
    day: date | None = None
    """The business day, when the POS names it; otherwise worked out from ``at``."""
    at: datetime | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)
    """E.g. a Z report's per-product totals, to point at the lines in question."""

    def __post_init__(self) -> None:
        _check_id(self.ref, "total ref", None)
        check_money(self.total, "total", None)
        if self.day is None and (self.at is None or self.at.tzinfo is None):
            raise invalid_field(
                None, "total time", self.at, N_("a POS total needs a day or an aware time")
            )


@dataclass(frozen=True, slots=True)
class CanonicalBatch:
    products: tuple[PosProductRecord, ...] = ()
    sales: tuple[SaleRecord, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    totals: tuple[PosDayTotal, ...] = ()
    decisions: Mapping[str, Any] = field(default_factory=dict)
    """How the parser read what the vendor left ambiguous (e.g. Jalia's money unit per
    order): recorded with the import."""

    def __add__(self, other: CanonicalBatch) -> CanonicalBatch:
        return CanonicalBatch(
            self.products + other.products,
            self.sales + other.sales,
            self.set_aside + other.set_aside,
            self.totals + other.totals,
            {**self.decisions, **other.decisions},
        )


def ticket_versions(sales: tuple[SaleRecord, ...] | list[SaleRecord]) -> dict[str, str]:
    """Each ticket's content fingerprint: the same lines with the same values give the same
    version whatever order they come in, so a plain resend is no new version."""
    parts: dict[str, list[str]] = {}
    for sale in sales:
        if sale.ticket is None:
            continue
        parts.setdefault(sale.ticket, []).append(
            "|".join(
                (
                    sale.key,
                    sale.vendor_product_id,
                    str(sale.quantity.normalize()),
                    str(sale.amount.normalize()),
                    str(sale.kind),
                    sale.sold_at.isoformat(),
                )
            )
        )
    return {
        ticket: hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:16]
        for ticket, lines in parts.items()
    }


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
