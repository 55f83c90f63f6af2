"""Parse the generic import format. Every error names its line and its field.

A row that cannot be read (a missing field, a number or date that is none, a JSON line
that is no object) is set aside with that message, like the POS connectors set one bad
order aside: the other rows apply, and the owner sees the row on the file import's page
(replay after a fix, or accept). Only what makes the whole file unreadable refuses it,
nothing applied: it is not UTF-8, the CSV header lacks a required column, or not one row
of it could be read (then it is most likely not this format at all)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from tastevin.connectors.base import (
    CanonicalBatch,
    ParseContext,
    PosProductRecord,
    SaleKind,
    SaleRecord,
    SetAside,
)
from tastevin.errors import BadInput, unreadable_json

COLUMNS = (
    "type",
    "key",
    "product_id",
    "label",
    "price",
    "quantity",
    "amount",
    "tax",
    "sold_at",
    "kind",
)
REQUIRED = {
    "product": ("product_id", "label"),
    "sale": ("product_id", "label", "quantity", "amount", "sold_at"),
}


Row = Mapping[str, Any]


def parse(raw: bytes, context: ParseContext) -> CanonicalBatch:
    text = _decode(raw)
    rows = _json_lines(text) if text.lstrip().startswith("{") else _csv_rows(text)
    products: list[PosProductRecord] = []
    sales: list[SaleRecord] = []
    set_aside: list[SetAside] = []
    seen: Counter[str] = Counter()
    for number, row in rows:
        try:
            if isinstance(row, BadInput):
                raise row
            record = _record(row, number, context, seen)
        except BadInput as error:
            set_aside.append(_aside(error, number, row, context))
            continue
        if isinstance(record, PosProductRecord):
            products.append(record)
        else:
            sales.append(record)
    if set_aside and not products and not sales:
        first = set_aside[0]
        raise BadInput(
            "not one row of the file could be read; the first: %(detail)s",
            detail=first.message or first.reason,
        )
    return CanonicalBatch(tuple(products), tuple(sales), tuple(set_aside))


def _record(
    row: Row, number: int, context: ParseContext, seen: Counter[str]
) -> PosProductRecord | SaleRecord:
    kind = str(row.get("type") or "").strip().lower()
    if kind not in REQUIRED:
        raise BadInput(
            "type must be 'product' or 'sale', not %(value)s",
            line=number,
            value=repr(row.get("type")),
        )
    for name in REQUIRED[kind]:
        if row.get(name) in (None, ""):
            raise BadInput("%(field)s is missing", field=name, line=number)
    if kind == "product":
        return _product(row, number)
    return _sale(row, number, context, seen)


def _aside(error: BadInput, number: int, row: Row | BadInput, context: ParseContext) -> SetAside:
    """The row set aside with the error's message (its line and field). Its ``ref`` is the
    row's key when it has one: a later file bringing a sale with that key (the row,
    corrected) settles it (``tastevin.sales.set_aside``)."""
    if isinstance(row, BadInput):
        return SetAside.of(error, number)
    key = str(row.get("key") or "").strip()[:200]
    try:
        at = _time(row.get("sold_at"), number, context) if row.get("sold_at") else None
    except BadInput:
        at = None
    shown: dict[str, Any] = {
        name: str(row[name])[:200]
        for name in ("product_id", "label")
        if row.get(name) not in (None, "")
    }
    if key:
        shown["sale_key"] = key
    return SetAside.of(error, number, key, at=at, **shown)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise BadInput("the file is not UTF-8 (save it as UTF-8)", line=line) from error


def _unreadable_line(error: Exception, number: int) -> BadInput:
    # One line's own error: said of that line, not of "the received file".
    if isinstance(error, json.JSONDecodeError):
        return BadInput("this line is not readable JSON", line=number)
    return unreadable_json(error, line=number)


def _json_lines(text: str) -> Iterator[tuple[int, Row | BadInput]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line, parse_float=Decimal)
        except (json.JSONDecodeError, RecursionError) as error:
            yield number, _unreadable_line(error, number)
            continue
        if not isinstance(row, dict):
            yield number, BadInput("each line must be a JSON object", line=number)
            continue
        yield number, row


def _csv_rows(text: str) -> Iterator[tuple[int, Row | BadInput]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in ("type", "product_id", "label") if c not in header]
    if missing:
        raise BadInput(
            "missing column(s) %(columns)s in the header", columns=", ".join(missing), line=1
        )
    for row in reader:
        if None in row:
            yield reader.line_num, BadInput("more values than columns", line=reader.line_num)
            continue
        yield reader.line_num, row


def _decimal(value: Any, name: str, number: int) -> Decimal:
    if isinstance(value, bool):
        raise BadInput(
            "%(field)s must be a number, not %(value)s", field=name, value=repr(value), line=number
        )
    try:
        result = Decimal(str(value).strip())
    except InvalidOperation as error:
        raise BadInput(
            "%(field)s must be a number, not %(value)s", field=name, value=repr(value), line=number
        ) from error
    if not result.is_finite():
        raise BadInput(
            "%(field)s must be a finite number, not %(value)s",
            field=name,
            value=repr(value),
            line=number,
        )
    return result


def _money(value: Any, name: str, number: int) -> Decimal:
    result = _decimal(value, name, number)
    if result != result.quantize(Decimal("0.01")):
        raise BadInput(
            "%(field)s has more than 2 decimals: %(value)s",
            field=name,
            value=repr(value),
            line=number,
        )
    if abs(result) >= Decimal("1e12"):
        raise BadInput(
            "%(field)s is too large: %(value)s", field=name, value=repr(value), line=number
        )
    return result


def _quantity(value: Any, number: int) -> Decimal:
    result = _decimal(value, "quantity", number)
    if result != result.quantize(Decimal("0.0001")) or abs(result) >= Decimal("1e9"):
        raise BadInput(
            "%(field)s must have at most 4 decimals and be reasonable: %(value)s",
            field="quantity",
            value=repr(value),
            line=number,
        )
    return result


def _product(row: Mapping[str, Any], number: int) -> PosProductRecord:
    price = row.get("price")
    return PosProductRecord(
        vendor_product_id=str(row["product_id"]).strip(),
        label=str(row["label"]).strip(),
        price=None if price in (None, "") else _money(price, "price", number),
        from_catalogue=True,
    )


def _time(value: Any, number: int, context: ParseContext) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value).strip())
    except ValueError as error:
        raise BadInput(
            "%(field)s must be an ISO 8601 date or date-time, not %(value)s",
            field="sold_at",
            value=repr(value),
            line=number,
        ) from error
    return moment if moment.tzinfo else moment.replace(tzinfo=context.timezone)


def _sale(
    row: Mapping[str, Any], number: int, context: ParseContext, seen: Counter[str]
) -> SaleRecord:
    try:
        kind = SaleKind(str(row.get("kind") or "sale").strip().lower())
    except ValueError as error:
        allowed = ", ".join(k.value for k in SaleKind)
        raise BadInput(
            "kind must be one of %(allowed)s, not %(value)s",
            allowed=allowed,
            value=repr(row.get("kind")),
            line=number,
        ) from error
    product_id = str(row["product_id"]).strip()
    quantity = _quantity(row["quantity"], number)
    amount = _money(row["amount"], "amount", number)
    sold_at = _time(row["sold_at"], number, context)
    tax = row.get("tax")
    key = str(row.get("key") or "").strip()
    if not key:
        # No key given: the line's content, plus its rank among identical lines, is its identity.
        content = f"{product_id}|{sold_at.isoformat()}|{quantity}|{amount}|{kind}"
        seen[content] += 1
        key = "h:" + hashlib.sha256(f"{content}|{seen[content]}".encode()).hexdigest()[:40]
    return SaleRecord(
        key=key,
        vendor_product_id=product_id,
        label=str(row["label"]).strip(),
        quantity=quantity,
        amount=amount,
        sold_at=sold_at,
        kind=kind,
        tax=None if tax in (None, "") else _money(tax, "tax", number),
    )
