"""Reading values out of Pi's JSON bodies (Elyx and Monora routes alike): every helper
either returns a clean, storable value or raises ``BadInput`` naming the field."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import date, datetime, time, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from tastevin.errors import BadInput, unreadable_json

CENT = Decimal("0.01")
MAX_MONEY = Decimal("1e10")
MAX_QUANTITY = Decimal("1e7")
MAX_ID = 200
MAX_LABEL = 300
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


MAX_NUMBER_CHARS = 40
"""No count or amount needs more; a 5,000-digit number is refused, not applied."""


def _number(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_CHARS:
        raise BadInput(
            "a number has %(count)s characters (at most %(limit)s)",
            count=len(text),
            limit=MAX_NUMBER_CHARS,
        )
    return Decimal(text)


def load_json(raw: bytes) -> Any:
    """The body as JSON (UTF-8, with or without BOM), numbers kept exact."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInput("the body is not UTF-8 text (byte %(at)s)", at=error.start) from error
    if not text.strip():
        raise BadInput("the body is empty")
    try:
        return json.loads(text, parse_float=_number, parse_int=_number)
    except (json.JSONDecodeError, RecursionError) as error:
        raise unreadable_json(error) from error


def clean_text(value: Any, field: str, *, limit: int = MAX_LABEL, required: bool = True) -> str:
    """A string without control characters or lone surrogates; numbers become strings."""
    if isinstance(value, (bool, dict | list)):
        raise BadInput("%(field)s must be text, not %(value)s", field=field, value=_show(value))
    text = "" if value is None else str(value)
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text)).strip()
    if required and not text:
        raise BadInput("%(field)s is missing", field=field)
    return text[:limit]


def identifier(value: Any, field: str) -> str:
    text = clean_text(value, field, limit=10 * MAX_ID)
    if len(text) > MAX_ID:
        raise BadInput("%(field)s is longer than %(limit)s characters", field=field, limit=MAX_ID)
    return text


def number(value: Any, field: str) -> Decimal:
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        raise BadInput("%(field)s must be a number, not %(value)s", field=field, value=_show(value))
    try:
        result = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation as error:
        raise BadInput(
            "%(field)s must be a number, not %(value)s", field=field, value=_show(value)
        ) from error
    if not result.is_finite():
        raise BadInput(
            "%(field)s must be a finite number, not %(value)s", field=field, value=_show(value)
        )
    return result


def money(value: Any, field: str) -> Decimal:
    """Rounded to the cent: POS totals computed from prices excluding VAT often are not."""
    result = number(value, field)
    if abs(result) >= MAX_MONEY:
        raise BadInput("%(field)s is too large: %(value)s", field=field, value=_show(value))
    return result.quantize(CENT, rounding=ROUND_HALF_UP)


def quantity(value: Any, field: str = "quantity") -> Decimal:
    result = number(value, field)
    if abs(result) >= MAX_QUANTITY or result != result.quantize(Decimal("0.0001")):
        raise BadInput(
            "%(field)s must have at most 4 decimals and be reasonable: %(value)s",
            field=field,
            value=_show(value),
        )
    return result


def moment(value: Any, field: str, zone: tzinfo, *, at: Any = None) -> datetime:
    """An ISO 8601 date-time (naive means the restaurant's local time), or a date with an
    optional separate time; a date alone means noon, inside that date's business day."""
    text = clean_text(value, field, limit=64)
    try:
        if len(text) <= 10:
            clock = time.fromisoformat(clean_text(at, field, limit=16)) if at else time(12)
            result = datetime.combine(date.fromisoformat(text), clock)
        else:
            result = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as error:
        raise BadInput(
            "%(field)s must be an ISO 8601 date or date-time, not %(value)s",
            field=field,
            value=_show(value),
        ) from error
    if not 2000 <= result.year <= 2200:
        raise BadInput(
            "%(field)s is not a plausible sale date: %(value)s", field=field, value=_show(value)
        )
    return result if result.tzinfo else result.replace(tzinfo=zone)


def line_key(*parts: str) -> str:
    """The sale line's identity; hashed when the vendor's ids make it too long to index."""
    key = ":".join(parts)
    if len(key) <= MAX_ID:
        return key
    return "h:" + hashlib.sha256(key.encode()).hexdigest()


def mapping(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadInput(
            "%(field)s must be a JSON object, not %(value)s", field=field, value=_show(value)
        )
    return value


def items(value: Any, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise BadInput(
            "%(field)s must be a JSON array, not %(value)s", field=field, value=_show(value)
        )
    return value


def first(data: dict[str, Any], *names: str) -> Any:
    """The first of several accepted names that is present and not empty."""
    for name in names:
        value = data.get(name)
        if value not in (None, ""):
            return value
    return None


def _show(value: Any) -> str:
    text = str(value) if isinstance(value, Decimal) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
