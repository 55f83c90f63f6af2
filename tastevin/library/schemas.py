"""What a user may set on a drink; shared by the HTML forms and the JSON API."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field, field_validator

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
    vintage: int | None = Field(default=None, ge=1800, le=2200)
    format_cl: Decimal = Field(default=Decimal(75), gt=0, le=10000, decimal_places=4)
    selling_price: Decimal | None = Field(default=None, ge=0, decimal_places=2)
    purchase_price: Decimal | None = Field(default=None, ge=0, decimal_places=2)
    zone: str | None = Field(default=None, max_length=100)
    """Where it is kept (cellar, bar, fridge): a count session may cover one zone."""
    par_level: Decimal | None = Field(default=None, ge=0, le=100000, decimal_places=4)
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
    producer: str | None = None
    appellation: str | None = None
    region: str | None = None
    country: str | None = None
    colour: str | None = None
    category: str | None = None
    vintage: int | None = Field(default=None, ge=1800, le=2200)
    format_cl: Decimal | None = Field(default=None, gt=0, le=10000)
    selling_price: Decimal | None = Field(default=None, ge=0)
    purchase_price: Decimal | None = Field(default=None, ge=0)
    zone: str | None = Field(default=None, max_length=100)
    par_level: Decimal | None = Field(default=None, ge=0, le=100000, decimal_places=4)


class NewDrink(BeverageFields):
    """A drink entering the library with the stock on hand and its unit cost (S-24): the
    opening stock is a count at that moment."""

    opening_stock: Decimal | None = Field(default=None, ge=0, le=100000, decimal_places=4)
    unit_cost: Decimal | None = Field(default=None, ge=0, decimal_places=2)


OPENING_FIELDS = ("opening_stock", "unit_cost")
