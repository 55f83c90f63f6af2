"""What a user may set on a drink; shared by the HTML forms and the JSON API."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator

from tastevin.bounds import FormatCl, Money, Quantity, Vintage

COLOURS = ("rouge", "blanc", "rosé", "orange", "effervescent")
CATEGORIES = ("vin", "champagne", "spiritueux", "bière", "cidre", "sans alcool", "autre")


class BeverageFields(BaseModel):
    name: str = Field(min_length=1, max_length=300)
    producer: str | None = Field(default=None, max_length=300)
    appellation: str | None = Field(default=None, max_length=300)
    region: str | None = Field(default=None, max_length=200)
    country: str | None = Field(default=None, max_length=100)
    colour: str | None = Field(default=None, max_length=32)
    category: str | None = Field(default=None, max_length=32)
    vintage: Vintage | None = None
    format_cl: FormatCl = Decimal(75)
    selling_price: Money | None = None
    purchase_price: Money | None = None
    zone: str | None = Field(default=None, max_length=100)
    """Where it is kept (cellar, bar, fridge): a count session may cover one zone."""
    par_level: Quantity | None = None
    """Bottles to keep on hand (S-27)."""

    @field_validator(
        "name", "producer", "appellation", "region", "country", "colour", "category", "zone"
    )
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        # Forms send "" for an untouched field: it means "not known", not an empty name.
        if value is None:
            return None
        value = value.strip()
        return value or None


class BeveragePatch(BaseModel):
    """A partial update: only the fields sent change."""

    name: str | None = Field(default=None, min_length=1, max_length=300)
    producer: str | None = Field(default=None, max_length=300)
    appellation: str | None = Field(default=None, max_length=300)
    region: str | None = Field(default=None, max_length=200)
    country: str | None = Field(default=None, max_length=100)
    colour: str | None = Field(default=None, max_length=32)
    category: str | None = Field(default=None, max_length=32)
    vintage: Vintage | None = None
    format_cl: FormatCl | None = None
    selling_price: Money | None = None
    purchase_price: Money | None = None
    zone: str | None = Field(default=None, max_length=100)
    par_level: Quantity | None = None

    @model_validator(mode="before")
    @classmethod
    def _required_stay_set(cls, data: Any) -> Any:
        # Sent as null, a name or a format would be erased: a drink always has both.
        if isinstance(data, dict):
            for name in ("name", "format_cl"):
                if name in data and data[name] is None:
                    raise ValueError(f"{name} cannot be empty")
        return data


class NewDrink(BeverageFields):
    """A drink entering the library with the stock on hand and its unit cost (S-24): the
    opening stock is a count at that moment."""

    opening_stock: Quantity | None = None
    unit_cost: Money | None = None


OPENING_FIELDS = ("opening_stock", "unit_cost")
