"""Mews POS API (ex-Bizzon) JSON:API pages → canonical records.

- ``products`` pages: one record per product, and one per included product variant (a
  variant is what an invoice item points to when the product has several), price from
  ``retailPriceInclTax`` (decimal string, tax included).
- ``invoices`` pages (``include=invoiceItems,originalInvoice``): one sale line per invoice
  item, keyed by the invoice item id. A cancelled invoice and a voided item are kept as
  kind VOID with amount 0 (no stock, no revenue, still visible); a comp is kind COMP
  (leaves stock, amount 0); an invoice pointing to an original invoice is a refund: its
  items give stock back (kind REFUND, negative quantity and amount whatever sign the
  vendor wrote). The line's time is the invoice's ``createdAt`` (what the day is filtered
  on), so an invoice never straddles two business days.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from tastevin.connectors.base import (
    CanonicalBatch,
    ParseContext,
    PosDayTotal,
    PosProductRecord,
    SaleKind,
    SaleRecord,
    SetAside,
    invalid_field,
)
from tastevin.errors import N_, BadInput, unreadable_json

ZERO = Decimal("0.00")
Resource = Mapping[str, Any]


def parse(raw: bytes, ctx: ParseContext) -> CanonicalBatch:
    document = _load(raw)
    data = document["data"]
    endpoint = str(ctx.meta.get("endpoint") or "")
    if not endpoint and data:
        endpoint = str(data[0].get("type", ""))
    included = _index(document.get("included") or [])
    if endpoint == "products":
        return _catalogue(data, included)
    if endpoint == "invoices":
        return _invoices(data, included)
    raise BadInput("unknown Mews POS endpoint %(value)s", value=repr(endpoint))


def _load(raw: bytes) -> dict[str, Any]:
    try:
        document = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as error:
        raise unreadable_json(error) from error
    if not isinstance(document, dict) or not isinstance(document.get("data"), list):
        raise BadInput("not a JSON:API document: no data[] list")
    return document


def _index(included: list[Any]) -> dict[tuple[str, str], Resource]:
    return {
        (str(r.get("type")), str(r.get("id"))): r
        for r in included
        if isinstance(r, dict) and "id" in r
    }


def _related(resource: Resource, name: str) -> list[tuple[str, str]]:
    """The (type, id) pairs of one relationship, whether it holds one resource or many."""
    relation = (resource.get("relationships") or {}).get(name) or {}
    data = relation.get("data")
    items = data if isinstance(data, list) else [data] if data else []
    return [(str(d.get("type")), str(d.get("id"))) for d in items if isinstance(d, dict)]


def _money(value: Any, what: str, line: int) -> Decimal:
    """Exactly as written (a decimal string); the records' value gate refuses NaN, more
    than two decimals of money, and so on, naming the line and field."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise invalid_field(line, what, value, N_("not a decimal amount"))
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError) as error:
        raise invalid_field(line, what, value, N_("not a decimal amount")) from error


def _price(attributes: Mapping[str, Any], line: int) -> Decimal | None:
    for name in ("retailPriceInclTax", "unitPriceInclTax", "unitPrice", "regularRetailPrice"):
        if attributes.get(name) not in (None, ""):
            return _money(attributes[name], name, line)
    return None


def _catalogue(data: list[Any], included: dict[tuple[str, str], Resource]) -> CanonicalBatch:
    records: list[PosProductRecord] = []
    set_aside: list[SetAside] = []
    for number, product in enumerate(data, start=1):
        try:
            records.extend(_product(product, included, number))
        except BadInput as error:
            ref = product.get("id") if isinstance(product, dict) else ""
            set_aside.append(SetAside.of(error, number, ref, product=ref))
    return CanonicalBatch(products=tuple(records), set_aside=tuple(set_aside))


def _product(
    product: Any, included: dict[tuple[str, str], Resource], number: int
) -> list[PosProductRecord]:
    if not isinstance(product, dict):
        raise BadInput("product is not an object", line=number)
    attributes = product.get("attributes") or {}
    name = str(attributes.get("name") or "").strip()
    if not product.get("id") or not name:
        raise BadInput("product without id or name", line=number)
    records = [PosProductRecord(str(product["id"]), name, _price(attributes, number), True, number)]
    for key in _related(product, "productVariants"):
        variant = included.get(key)
        if variant is None:
            continue
        v_attributes = variant.get("attributes") or {}
        label = f"{name} {str(v_attributes.get('name') or '').strip()}".strip()
        price = _price(v_attributes, number)
        records.append(PosProductRecord(key[1], label, price, True, number))
    return records


def _when(value: Any, line: int) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError as error:
        raise BadInput(
            "createdAt is not an RFC 3339 time: %(value)s", line=line, value=repr(value)
        ) from error
    if moment.tzinfo is None:
        raise BadInput("createdAt has no time zone: %(value)s", line=line, value=repr(value))
    return moment


def _flag(attributes: Mapping[str, Any], current: str, deprecated: str) -> bool:
    """``isComp``/``isVoid`` are the current names; ``comp``/``void`` are deprecated in the
    Mews POS docs but may still be sent: either one set is enough."""
    return bool(attributes.get(current)) or bool(attributes.get(deprecated))


def _items(invoice: Resource) -> list[tuple[str, str]]:
    """The docs' examples name the relationship ``invoiceItems``, their schema tables
    ``items``: read both (duplicates once)."""
    seen: dict[tuple[str, str], None] = {}
    for name in ("invoiceItems", "items"):
        for key in _related(invoice, name):
            seen.setdefault(key, None)
    return list(seen)


def _invoices(data: list[Any], included: dict[tuple[str, str], Resource]) -> CanonicalBatch:
    sales: list[SaleRecord] = []
    set_aside: list[SetAside] = []
    totals: list[PosDayTotal] = []
    for number, invoice in enumerate(data, start=1):
        if not isinstance(invoice, dict) or not invoice.get("id"):
            set_aside.append(SetAside.of(BadInput("invoice without id"), number))
            continue
        ref = str(invoice["id"])
        attributes = invoice.get("attributes") or {}
        try:
            sold_at = _when(attributes.get("createdAt"), number)
        except BadInput as error:
            set_aside.append(SetAside.of(error, number, ref, invoice=ref))
            continue
        try:
            read, missing, total = _invoice(invoice, included, sold_at, number, ref)
        except BadInput as error:
            # One bad value sets its invoice aside (all of it: its lines are one ticket);
            # the rest of the page applies.
            set_aside.append(SetAside.of(error, number, ref, at=sold_at, invoice=ref))
            continue
        sales.extend(read)
        set_aside.extend(missing)
        totals.extend(total)
    return CanonicalBatch(sales=tuple(sales), set_aside=tuple(set_aside), totals=tuple(totals))


def _invoice(
    invoice: Resource,
    included: dict[tuple[str, str], Resource],
    sold_at: datetime,
    number: int,
    ref: str,
) -> tuple[list[SaleRecord], list[SetAside], list[PosDayTotal]]:
    attributes = invoice.get("attributes") or {}
    refund = bool(_related(invoice, "originalInvoices") or _related(invoice, "originalInvoice"))
    cancelled = bool(attributes.get("cancelled"))
    sales: list[SaleRecord] = []
    missing: list[SetAside] = []
    for key in _items(invoice):
        item = included.get(key)
        if item is None:
            error = BadInput(
                "invoice item %(id)s is not in included[] (ask include=invoiceItems)", id=key[1]
            )
            missing.append(SetAside.of(error, number, key[1], at=sold_at, invoice=ref))
            continue
        sales.append(
            _sale(item, sold_at, refund=refund, cancelled=cancelled, line=number, ticket=ref)
        )
    totals: list[PosDayTotal] = []
    if attributes.get("total") not in (None, ""):
        total = ZERO if cancelled else _money(attributes["total"], "total", number)
        total = -abs(total) if refund else total
        totals.append(PosDayTotal(ref, total, "tickets", at=sold_at))
    return sales, missing, totals


def _sale(
    item: Resource,
    sold_at: datetime,
    *,
    refund: bool,
    cancelled: bool,
    line: int,
    ticket: str,
) -> SaleRecord:
    attributes = item.get("attributes") or {}
    variant = _related(item, "productVariant")
    product = _related(item, "product")
    label = str(attributes.get("productName") or "").strip()
    product_id = (variant or product or [("", f"name:{label}")])[0][1]
    quantity = _money(attributes.get("quantity", 1), "quantity", line)
    amount_field = "totalInclDiscount" if "totalInclDiscount" in attributes else "total"
    amount = _money(attributes.get(amount_field, "0"), amount_field, line)
    tax_field = "taxInclDiscount" if "taxInclDiscount" in attributes else "tax"
    tax = attributes.get(tax_field)
    kind = SaleKind.SALE
    if cancelled or _flag(attributes, "isVoid", "void"):
        kind, amount, tax = SaleKind.VOID, ZERO, None
    elif _flag(attributes, "isComp", "comp"):
        kind, amount, tax = SaleKind.COMP, ZERO, None
    elif refund or quantity < 0:
        kind, quantity, amount = SaleKind.REFUND, -abs(quantity), -abs(amount)
        tax = None if tax is None else -abs(_money(tax, tax_field, line))
    return SaleRecord(
        key=str(item.get("id")),
        vendor_product_id=product_id,
        label=label or product_id,
        quantity=quantity,
        amount=amount,
        sold_at=sold_at,
        kind=kind,
        tax=None if tax is None else _money(tax, tax_field, line),
        ticket=ticket,
        line=line,
    )
