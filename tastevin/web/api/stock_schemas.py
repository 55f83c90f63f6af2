"""JSON shapes of the stock API (S-24 … S-28): decimals as strings, never floats."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, Field, PlainSerializer


def _plain(value: Decimal) -> str:
    """12, 12.5, -1 — no exponent, no trailing zeros."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


Qty = Annotated[Decimal, PlainSerializer(_plain, return_type=str)]
Money = Annotated[Decimal, PlainSerializer(lambda v: f"{v:.2f}", return_type=str)]


class DeliveryLineIn(BaseModel):
    beverage_id: int
    quantity: Decimal = Field(gt=0, le=100000, decimal_places=4)
    unit_cost: Decimal | None = Field(default=None, ge=0, decimal_places=2)
    """Per bottle, excluding tax."""


class DeliveryIn(BaseModel):
    supplier: str = Field(min_length=1, max_length=200)
    delivered_at: AwareDatetime
    reference: str | None = Field(default=None, max_length=100)
    lines: list[DeliveryLineIn] = Field(min_length=1, max_length=2000)


class DeliveryLineOut(BaseModel):
    beverage_id: int
    name: str
    vintage: int | None
    quantity: Qty
    unit_cost: Money | None


class DeliveryOut(BaseModel):
    id: int
    supplier: str
    delivered_at: datetime
    reference: str | None
    status: str
    revision: int
    source: str
    total_cost: Money
    lines: list[DeliveryLineOut]


class ImportLineOut(BaseModel):
    row: int
    label: str
    quantity: Qty
    unit_cost: Money | None
    beverage_id: int | None
    proposal_id: int | None
    confidence: float


class DeliveryImportOut(BaseModel):
    complete: bool
    lines: list[ImportLineOut]
    delivery: DeliveryOut | None = None


class CountIn(BaseModel):
    scope: str = Field(default="all", pattern="^(all|category|zone)$")
    value: str | None = Field(default=None, max_length=100)
    """The category or zone counted (scope "category" / "zone")."""
    blind: bool = False
    """Hide the expected stock from the counters."""


class CountLineIn(BaseModel):
    beverage_id: int
    quantity: Decimal = Field(ge=0, le=100000, decimal_places=4)


class CountLineOut(BaseModel):
    beverage_id: int
    quantity: Qty
    counted_at: datetime


class CountDrinkOut(BaseModel):
    beverage_id: int
    name: str
    vintage: int | None
    zone: str | None
    counted: Qty | None
    expected: Qty | None
    """None in blind mode."""


class CountOut(BaseModel):
    id: int
    scope: str
    value: str | None
    blind: bool
    status: str
    opened_at: datetime
    closed_at: datetime | None
    counted: int
    in_scope: int


class CountDetailOut(CountOut):
    drinks: list[CountDrinkOut]


class VarianceLineOut(BaseModel):
    beverage_id: int
    name: str
    vintage: int | None
    counted_at: datetime
    expected: Qty
    counted: Qty
    difference: Qty
    unit_cost: Decimal | None
    selling_price: Money | None
    difference_cost: Money
    difference_retail: Money


class WarningOut(BaseModel):
    code: str
    message: str
    params: dict[str, str]


class VarianceTotalsOut(BaseModel):
    difference: Qty
    difference_cost: Money
    difference_retail: Money


class VarianceOut(BaseModel):
    id: int
    status: str
    lines: list[VarianceLineOut]
    totals: VarianceTotalsOut
    warnings: list[WarningOut]


class StockValueOut(BaseModel):
    at: datetime | None
    total_cost: Money
    by_category: dict[str, Money]


class ReorderLineOut(BaseModel):
    beverage_id: int
    name: str
    vintage: int | None
    stock: Qty
    par_level: Qty
    consumed: Qty | None
    suggested: Qty


class ReorderOut(BaseModel):
    weeks: int | None
    lines: list[ReorderLineOut]


class RollOverIn(BaseModel):
    beverage_id: int | None = None
    """The drink that takes the sales; or give ``vintage`` for the same wine's vintage."""
    vintage: int | None = Field(default=None, ge=1800, le=2200)
    start: AwareDatetime | None = None
    """First instant of the new period (default now)."""
    opening_stock: Decimal | None = Field(default=None, ge=0, le=100000, decimal_places=4)
    unit_cost: Decimal | None = Field(default=None, ge=0, decimal_places=2)


class LinkPeriodOut(BaseModel):
    pos_product_id: int
    beverage_id: int
    units_per_sale: Qty
    how: str
    valid_from: datetime | None
    valid_until: datetime | None
