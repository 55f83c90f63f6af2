"""Parse the generic import format. Every error names its line; nothing is half-read."""

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


def parse(raw: bytes, context: ParseContext) -> CanonicalBatch:
    text = _decode(raw)
    rows = _json_lines(text) if text.lstrip().startswith("{") else _csv_rows(text)
    products: list[PosProductRecord] = []
    sales: list[SaleRecord] = []
    seen: Counter[str] = Counter()
    for number, row in rows:
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
            products.append(_product(row, number))
        else:
            sales.append(_sale(row, number, context, seen))
    return CanonicalBatch(tuple(products), tuple(sales))


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise BadInput("the file is not UTF-8 (save it as UTF-8)", line=line) from error


def _json_lines(text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line, parse_float=Decimal)
        except json.JSONDecodeError as error:
            raise unreadable_json(error, line=number) from error
        if not isinstance(row, dict):
            raise BadInput("each line must be a JSON object", line=number)
        yield number, row


def _csv_rows(text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in ("type", "product_id", "label") if c not in header]
    if missing:
        raise BadInput(
            "missing column(s) %(columns)s in the header", columns=", ".join(missing), line=1
        )
    for row in reader:
        if None in row:
            raise BadInput("more values than columns", line=reader.line_num)
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
