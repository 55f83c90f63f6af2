"""What a user may set on a drink; shared by the HTML forms and the JSON API."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, Field, create_model, field_validator, model_validator

from tastevin.bounds import FormatCl, Money, Quantity, Vintage

M = TypeVar("M", bound=BaseModel)

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


def all_optional(source: type[BaseModel]) -> Callable[[type[M]], type[M]]:
    """The decorated model with every field of ``source``, each optional and None by default,
    its constraints kept (a partial update of ``source``); the decorated class brings the
    docstring and the validators."""

    def derive(target: type[M]) -> type[M]:
        fields: dict[str, Any] = {
            name: (_optional(info.annotation, info.metadata), None)
            for name, info in source.model_fields.items()
        }
        return create_model(
            target.__name__,
            __base__=target,
            __module__=target.__module__,
            __doc__=target.__doc__,
            **fields,
        )

    return derive


def _optional(annotation: Any, constraints: list[Any]) -> Any:
    optional = annotation | None
    return Annotated[optional, *constraints] if constraints else optional


@all_optional(BeverageFields)
class BeveragePatch(BaseModel):
    """A partial update: only the fields sent change."""

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
