"""JSON shapes of the API (money and quantities as decimal strings, never floats)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from tastevin.bounds import Money, Note, Quantity, RowId, UnitsPerSale, Vintage
from tastevin.library.schemas import BeverageFields, NewDrink


class Credentials(BaseModel):
    email: str = Field(max_length=320)
    password: str = Field(max_length=1024)


class PasswordChange(BaseModel):
    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


class RestaurantOut(BaseModel):
    id: int
    name: str
    role: str


class MeOut(BaseModel):
    user_id: int
    email: str
    locale: str
    restaurant: RestaurantOut
    restaurants: list[RestaurantOut]
    csrf_token: str


class CsrfOut(BaseModel):
    csrf_token: str


class RestaurantChoice(BaseModel):
    restaurant_id: RowId


class LanguageChoice(BaseModel):
    locale: str = Field(pattern="^(fr|en)$")


class DrinkOut(BeverageFields):
    model_config = ConfigDict(from_attributes=True)
    id: int
    stock: Decimal = Decimal(0)
    stock_status: str = ""
    """"negative", "low" (under its par level) or ""."""
    pos_labels: list[str] = Field(default_factory=list)


class DrinkPageOut(BaseModel):
    total: int
    page: int
    pages: int
    items: list[DrinkOut]


class LinkedProductOut(BaseModel):
    pos_product_id: int
    label: str
    vendor: str
    units_per_sale: Decimal
    how: str
    linked_at: datetime
    quantity_sold: Decimal
    bottles: Decimal
    revenue: Decimal
    lines: int
    valid_from: datetime | None = None
    valid_until: datetime | None = None


class StockEventOut(BaseModel):
    at: datetime
    kind: str
    quantity: Decimal | None
    note: str | None
    balance: Decimal | None = None
    """The stock after this event (S-28)."""
    source: str | None = None


class DrinkDetailOut(BaseModel):
    drink: DrinkOut
    links: list[LinkedProductOut]
    history: list[StockEventOut]


class CountIn(BaseModel):
    quantity: Quantity
    note: Note | None = None


class CountOut(BaseModel):
    id: int
    beverage_id: int
    quantity: Decimal
    counted_at: datetime
    stock: Decimal


class PendingOut(BaseModel):
    id: int
    label: str
    vendor: str
    sold: bool
    from_catalogue: bool
    revenue: Decimal
    last_price: Decimal | None
    last_seen_at: datetime
    connection_id: int


class PendingPageOut(BaseModel):
    count: int
    """Every product to synchronise (the counter), whatever the filter."""
    matching: int
    """Those the search and connection filter keep."""
    page: int
    items: list[PendingOut]


class SafeOut(BaseModel):
    pos_product_id: int
    label: str
    beverage_id: int
    name: str
    vintage: int | None
    confidence: float
    units_per_sale: Decimal


class SafeListOut(BaseModel):
    threshold: float
    items: list[SafeOut]


class SafeIn(BaseModel):
    pos_product_ids: list[int] = Field(max_length=10000)
    threshold: float = Field(default=0.9, ge=0.5, le=1.0)


class UndoneOut(BaseModel):
    pos_product_id: int
    linked: bool


class ReasonOut(BaseModel):
    """One of the matcher's reasons: a code (tastevin.matching.explain) and its parameters."""

    code: str
    params: dict[str, str]


class CandidateOut(BaseModel):
    beverage_id: int
    name: str
    vintage: int | None
    confidence: float
    answer: str
    units_per_sale: Decimal | None
    explanation: str
    reasons: list[ReasonOut]


class SuggestionOut(BaseModel):
    pos_product_id: int
    label: str
    answer: str
    vintage: int | None
    units_per_sale: Decimal
    explanation: str
    reasons: list[ReasonOut]
    candidates: list[CandidateOut]
    known_vintages: list[int]
    same_label: list[int] = []
    """Unlinked products of other POS connections with the same label: pass them as
    `also` when answering yes to link them all at once."""


class _Pick(BaseModel):
    beverage_id: RowId
    units_per_sale: UnitsPerSale = Decimal(1)


class YesIn(_Pick):
    also: list[RowId] = Field(default_factory=list, max_length=50)
    """Products of other connections with the same label (see SuggestionOut.same_label)."""


class AlmostIn(_Pick):
    vintage: Vintage
    opening_stock: Quantity | None = None
    """Stock on hand of the vintage when it is new to the library (S-24)."""
    unit_cost: Money | None = None
    start: AwareDatetime | None = None
    """For a product already linked: the roll-over's first instant (default now)."""


class NoIn(BaseModel):
    beverage: NewDrink
    units_per_sale: UnitsPerSale = Decimal(1)


class LinkOut(BaseModel):
    pos_product_id: int
    beverage_id: int
    units_per_sale: Decimal
    how: str
    valid_from: datetime | None = None
    valid_until: datetime | None = None


class IgnoredOut(BaseModel):
    pos_product_id: int
    ignored: bool


class ImportOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    received_at: datetime
    status: str
    error: str | None
    lines_seen: int
    lines_added: int
    times_received: int
    attempts: int = 0
    next_attempt_at: datetime | None = None
    """While waiting after a failed attempt: not retried before this moment."""


class SecurityEventOut(BaseModel):
    """E.g. an FTPS lockout: too many wrong passwords for the login from one address."""

    at: datetime
    kind: str
    address: str


class ConnectionOut(BaseModel):
    vendor: str
    title: str
    channel: str
    connected: bool
    setup: str = ""
    """What to ask the vendor for, in the user's language."""
    status: str | None = None
    last_data_at: datetime | None = None
    last_error: str | None = None
    webhook_url: str | None = None
    ftps_host: str | None = None
    ftps_port: int | None = None
    ftps_login: str | None = None
    ftps_folder: str | None = None
    settings: dict[str, str] = Field(default_factory=dict)
    """Non-secret credential fields (owners only); secrets are never returned."""
    imports: list[ImportOut] = Field(default_factory=list)
    """The latest imports (up to 50), whatever their state."""
    security_events: list[SecurityEventOut] = Field(default_factory=list)
    """E.g. FTPS lockouts, newest first."""
    import_counts: dict[str, int] = Field(default_factory=dict)
    """Imports by state: received, processing, applied, failed."""
    import_summary: str | None = None
    """"N imports en échec / en attente", in the user's language; None when all is well."""
    problem_imports: list[ImportOut] = Field(default_factory=list)
    """Every failed or waiting import, newest first, one page (``?page=&per_page=``)."""
    problem_imports_total: int = 0
    page: int = 1
    per_page: int = 50


class RetriedOut(BaseModel):
    retried: list[int]
    """The failed imports now owed again (processed by the workers)."""


CredentialKey = Annotated[str, Field(min_length=1, max_length=64)]
CredentialValue = Annotated[str, Field(max_length=2000)]


class ConnectIn(BaseModel):
    credentials: dict[CredentialKey, CredentialValue] = Field(default_factory=dict, max_length=20)


class IssuedOut(BaseModel):
    """Shown once: Tastevin keeps only a hash."""

    connection: ConnectionOut
    token: str | None = None
    ftp_login: str | None = None
    ftp_password: str | None = None


class DayRevenueOut(BaseModel):
    day: date
    amount: Decimal


class DrinkRevenueOut(BaseModel):
    beverage_id: int
    name: str
    vintage: int | None
    units: Decimal
    amount: Decimal


class RevenueOut(BaseModel):
    start: date
    end: date
    total: Decimal
    linked_total: Decimal
    days: list[DayRevenueOut]
    drinks: list[DrinkRevenueOut]


class LineInQuestionOut(BaseModel):
    what: str
    ref: str
    pos: Decimal | None
    ours: Decimal | None
    note: str = ""


class ReconciliationOut(BaseModel):
    """The day's counted revenue against the POS's own total (issue 10)."""

    day: date
    status: str
    """``reconciled``, ``gap`` or ``no_pos_total``."""
    pos_total: Decimal | None
    our_total: Decimal
    gap: Decimal | None
    sources: list[str]
    lines: list[LineInQuestionOut]
    open_set_aside: int
    complete: bool


class SetAsideOut(BaseModel):
    id: int
    import_id: int
    ref: str
    line: int | None
    reason: str
    business_day: date | None
    held_sale: bool
    label: str | None
    amount: Decimal | None
    resolution: str | None = None
    """None while open; ``confirmed``, ``accepted`` or ``replayed`` (read again after a fix
    and no longer set aside)."""
