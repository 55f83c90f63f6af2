"""Pointex sales journals (S-3): one row per sold line, French conventions (decimal commas,
``dd/mm/yyyy`` dates). Only sold products arrive (no catalogue), and Pointex prices never
update Tastevin: the parser emits sale lines and nothing else.

The format is ours to define (Pointex publishes none): docs/connectors/pointex.md. One
unreadable row is set aside with its line number and reason (issue 10): the other rows
apply, and the owner accepts the row or replays the file after a fix. A file with no
readable row structure at all fails whole and is kept."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import date, datetime, time, tzinfo
from decimal import Decimal, InvalidOperation

from tastevin.connectors.base import (
    CanonicalBatch,
    ParseContext,
    PosDayTotal,
    SaleKind,
    SaleRecord,
    SetAside,
)
from tastevin.connectors.pointex.journal import Row, rows
from tastevin.errors import BadInput

KINDS = {
    "": SaleKind.SALE,
    "vente": SaleKind.SALE,
    "v": SaleKind.SALE,
    "remb": SaleKind.REFUND,
    "remboursement": SaleKind.REFUND,
    "retour": SaleKind.REFUND,
    "avoir": SaleKind.REFUND,
    "annul": SaleKind.VOID,
    "annulation": SaleKind.VOID,
    "annule": SaleKind.VOID,
    "offert": SaleKind.COMP,
    "perte": SaleKind.LOSS,
    "casse": SaleKind.LOSS,
}
MAX_ID = 200
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")
_TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%Hh%M")


TOTAL_TYPES = {"total", "total jour", "total journee", "total journée", "z"}
"""A row of one of these types is the journal's own day total (optional): what the day is
reconciled with. Its date (and time, if any) place it on a business day."""


def parse(raw: bytes, context: ParseContext) -> CanonicalBatch:
    sales: list[SaleRecord] = []
    totals: list[PosDayTotal] = []
    set_aside: list[SetAside] = []
    rank: Counter[str] = Counter()
    for number, row in rows(raw):
        try:
            if _text(row.get("kind", "")).lower().rstrip(".") in TOTAL_TYPES:
                totals.append(_total(row, context.timezone, number))
                continue
            sales.append(_sale(row, context.timezone, rank, number))
        except BadInput as error:
            # One unreadable row is set aside with its line and reason; the others apply.
            at = _moment_or_none(row, context.timezone)
            ref = _text(row.get("ticket", ""))[:MAX_ID]
            set_aside.append(SetAside.of(error, number, ref, at=at))
    if not sales and not set_aside:
        raise BadInput("the journal holds no sale line")
    return CanonicalBatch(sales=tuple(sales), totals=tuple(totals), set_aside=tuple(set_aside))


def _moment_or_none(row: Row, zone: tzinfo) -> datetime | None:
    try:
        return _moment(row.get("date", ""), row.get("time", ""), zone)
    except BadInput:
        return None


def _total(row: Row, zone: tzinfo, number: int) -> PosDayTotal:
    at = _moment(row.get("date", ""), row.get("time", ""), zone)
    amount = _number(row.get("amount", ""), "amount")
    return PosDayTotal(f"journal:{at.date().isoformat()}:{number}", amount, "journal", at=at)


def _sale(row: Row, zone: tzinfo, rank: Counter[str], number: int) -> SaleRecord:
    ticket = _identifier(row.get("ticket", ""), "ticket number")
    code = _identifier(row.get("code", ""), "product code")
    rank[ticket] += 1
    line = _text(row.get("line", "")) or str(rank[ticket])
    quantity = _number(row.get("quantity", ""), "quantity")
    if quantity != quantity.quantize(Decimal("0.0001")) or abs(quantity) >= 10_000_000:
        raise BadInput(
            "%(field)s must have at most 4 decimals and be reasonable: %(value)s",
            field="quantity",
            value=repr(row.get("quantity")),
        )
    amount = _number(row.get("amount", ""), "amount")
    if abs(amount) >= 10_000_000_000:
        raise BadInput(
            "%(field)s is too large: %(value)s", field="amount", value=repr(row.get("amount"))
        )
    kind = _kind(row.get("kind", ""), quantity, amount)
    if kind is SaleKind.REFUND:
        quantity, amount = -abs(quantity), -abs(amount)
    return SaleRecord(
        key=_key(ticket, line),
        vendor_product_id=code,
        label=_text(row.get("label", ""))[:300] or code,
        quantity=quantity,
        amount=amount,
        sold_at=_moment(row.get("date", ""), row.get("time", ""), zone),
        kind=kind,
        line=number,
    )


def _kind(text: str, quantity: Decimal, amount: Decimal) -> SaleKind:
    name = _text(text).lower().rstrip(".")
    if name not in KINDS:
        raise BadInput(
            "unknown line type %(value)s (expected %(allowed)s)",
            value=repr(text),
            allowed="VENTE, REMB, ANNUL, OFFERT, PERTE",
        )
    kind = KINDS[name]
    if kind is SaleKind.SALE and quantity < 0:
        return SaleKind.REFUND
    if kind is SaleKind.SALE and amount == 0 and quantity > 0:
        return SaleKind.COMP
    return kind


def _text(value: str) -> str:
    return _CONTROL.sub(" ", value).strip()


def _identifier(value: str, field: str) -> str:
    text = _text(value)
    if not text:
        raise BadInput("%(field)s is missing", field=field)
    if len(text) > MAX_ID:
        raise BadInput("%(field)s is longer than %(limit)s characters", field=field, limit=MAX_ID)
    return text


def _key(ticket: str, line: str) -> str:
    key = f"{ticket}:{line}"
    return key if len(key) <= MAX_ID else "h:" + hashlib.sha256(key.encode()).hexdigest()


def _number(value: str, field: str) -> Decimal:
    """``1 234,50`` / ``-2`` / ``12.5`` / ``58,00 €``: decimal comma or point."""
    text = _SPACES.sub("", value).replace("€", "")
    if "," in text and "." in text:
        text = text.replace(".", "")
    try:
        result = Decimal(text.replace(",", "."))
    except InvalidOperation as error:
        raise BadInput(
            "%(field)s must be a number, not %(value)s", field=field, value=repr(value)
        ) from error
    if not result.is_finite():
        raise BadInput("%(field)s must be a number, not %(value)s", field=field, value=repr(value))
    return result


def _moment(day_text: str, time_text: str, zone: tzinfo) -> datetime:
    """``dd/mm/yyyy HH:MM[:SS]``, or the date and the time in two columns."""
    day_part, _, clock_part = _text(day_text).partition(" ")
    clock_text = clock_part.strip() or _text(time_text)
    day = _parse_day(day_part)
    clock = _parse_time(clock_text) if clock_text else time(12)
    return datetime.combine(day, clock, tzinfo=zone)


def _parse_day(text: str) -> date:
    for pattern in _DATE_FORMATS:
        try:
            day = datetime.strptime(text, pattern).date()  # noqa: DTZ007 (a date only)
        except ValueError:
            continue
        if 2000 <= day.year <= 2200:
            return day
    raise BadInput("the date must be dd/mm/yyyy, not %(value)s", value=repr(text))


def _parse_time(text: str) -> time:
    for pattern in _TIME_FORMATS:
        try:
            return datetime.strptime(text, pattern).time()  # noqa: DTZ007 (local clock)
        except ValueError:
            continue
    raise BadInput("the time must be HH:MM[:SS], not %(value)s", value=repr(text))
