"""Reading HTML forms into the same pydantic schemas the JSON API uses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from babel.dates import parse_date
from fastapi import Request
from pydantic import BaseModel, ValidationError

from tastevin.errors import BadInput

M = TypeVar("M", bound=BaseModel)


async def form_values(request: Request, names: list[str]) -> dict[str, str]:
    form = await request.form()
    values: dict[str, str] = {}
    for name in names:
        value = form.get(name)
        if isinstance(value, str) and value.strip():
            # French users type decimal commas: "12,50" is 12.50.
            values[name] = value.strip()
    return values


def parse_model(model: type[M], values: dict[str, str]) -> tuple[M | None, list[str]]:
    cleaned = {k: _decimal_comma(v) for k, v in values.items()}
    try:
        return model.model_validate(cleaned), []
    except ValidationError as error:
        return None, sorted({str(e["loc"][0]) for e in error.errors() if e["loc"]})


def _decimal_comma(value: str) -> str:
    candidate = value.replace(",", ".").replace("\u202f", "").replace(" ", "")
    try:
        Decimal(candidate)
    except InvalidOperation:
        return value
    return candidate


def decimal_field(value: str | None, default: Decimal | None = None) -> Decimal:
    if value is None or not value.strip():
        if default is None:
            raise BadInput("a number is required")
        return default
    try:
        return Decimal(_decimal_comma(value.strip()))
    except InvalidOperation as error:
        raise BadInput("%(value)r is not a number", value=value) from error


def parse_day(text: str, locale: str) -> date:
    """A day from a form: ISO (what a native date input sends), or typed as the reader's
    language writes it ("20/11/2026" in French, "11/20/2026" in English) where a browser
    shows a plain text box. Babel reads the locale's own short pattern."""
    cleaned = text.strip()
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        pass
    try:
        day = parse_date(cleaned, locale=locale, format="short")
    except (ValueError, IndexError) as error:
        raise BadInput("%(value)s is not a date", value=repr(cleaned)) from error
    if day.year < 100:  # a two-digit year ("20/11/26")
        day = day.replace(year=2000 + day.year)
    return day
