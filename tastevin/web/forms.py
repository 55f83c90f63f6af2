"""Reading HTML forms into the same pydantic schemas the JSON API uses."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TypeVar

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
