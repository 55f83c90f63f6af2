"""The small closed vocabularies of the domain, stored as plain strings."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    STAFF = "staff"


class Vendor(StrEnum):
    PI_ELYX = "pi_elyx"
    PI_MONORA = "pi_monora"
    POINTEX = "pointex"
    BIZZON = "bizzon"
    JALIA = "jalia"
    ASTERIO = "asterio"
    GENERIC = "generic"
    """Tastevin's own import format (files, tests, benchmarks, unsupported POS)."""


class Channel(StrEnum):
    WEBHOOK = "webhook"
    FTPS = "ftps"
    PULL = "pull"
    FILE = "file"


class ConnectionStatus(StrEnum):
    PENDING = "pending"
    """Configured, no data received yet."""
    ACTIVE = "active"
    ERROR = "error"
    NEEDS_CREDENTIALS = "needs_credentials"
    DISABLED = "disabled"


class ImportStatus(StrEnum):
    RECEIVED = "received"
    """Stored, owed: waiting for a worker (first time, or again after a backoff)."""
    PROCESSING = "processing"
    """A worker holds it under a lease (``lease_until``)."""
    APPLIED = "applied"
    FAILED = "failed"


class SaleKind(StrEnum):
    SALE = "sale"
    REFUND = "refund"
    VOID = "void"
    """Cancelled before payment: kept for the record, no stock, no revenue."""
    COMP = "comp"
    """Offered: leaves stock, earns nothing."""
    LOSS = "loss"
    """Spilt, broken, staff: leaves stock, earns nothing."""
    NO_STOCK = "no_stock"
    """Sold (or refunded), but the POS says the line does not impact stock (Pragma's
    ``stockImpactIndicator: false``): earns, leaves no stock."""


STOCK_KINDS = (SaleKind.SALE, SaleKind.REFUND, SaleKind.COMP, SaleKind.LOSS)
REVENUE_KINDS = (SaleKind.SALE, SaleKind.REFUND, SaleKind.NO_STOCK)


class LinkHow(StrEnum):
    YES = "yes"
    ALMOST = "almost"
    MANUAL = "manual"
    ROLLOVER = "rollover"
    """A new vintage took over the POS product from a date (the older period stays)."""


class MovementKind(StrEnum):
    PURCHASE = "purchase"
    ADJUSTMENT = "adjustment"
    BREAKAGE = "breakage"
    REVERSAL = "reversal"
    """Cancels an earlier movement (a delivery corrected or cancelled): append-only."""


class CountSource(StrEnum):
    OPENING = "opening"
    MANUAL = "manual"
    SESSION = "session"


class PriceSource(StrEnum):
    POS = "pos"
    USER = "user"
