"""Pragma API (Jalia) pages → canonical records.

Money. The docs say integer cents, tax included (10,00 € = 1000; tax rate 20 % = 2000),
but the published order example shows euros as JSON numbers with decimals (``1.82``).
Numbers are read exactly (``parse_float=Decimal``, never float) and a page is read in
euros when any of its money values is written with a decimal point, in cents otherwise.
The connection can force either (credential ``money_unit``: ``cents``/``euros``), passed
to the parser in the import's meta as ``money``.

Orders: one sale line per item, keyed ``<order id>:<item id>`` (or ``:<item index>`` when
the item has no id). A cancelled order or item is kind VOID with amount 0; a loss flag
(``isLoss``) is kind LOSS (leaves stock, earns nothing); an item charged 0 for a positive
unit price is a COMP; a negative quantity is a REFUND. The item's product is its catalogue
id (``productId``; ``catalogId`` accepted) or, failing that, its description.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, tzinfo
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

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
ORDER_MONEY = ("total", "totalTax", "totalDiscount")
ITEM_MONEY = ("unitPrice", "total")


def parse(raw: bytes, ctx: ParseContext) -> CanonicalBatch:
    try:
        document = json.loads(raw, parse_float=Decimal)
    except (UnicodeDecodeError, ValueError) as error:
        raise unreadable_json(error) from error
    endpoint = str(ctx.meta.get("endpoint") or ("catalog" if isinstance(document, list) else ""))
    if endpoint == "catalog":
        if not isinstance(document, list):
            raise BadInput("catalog: expected a list of products")
        euros = _euros(ctx.meta, _catalogue_money(document))
        return CanonicalBatch(products=_catalogue(document, euros, ctx.meta.get("tier")))
    if not isinstance(document, dict) or not isinstance(document.get("data"), list):
        raise BadInput("orders: expected {data: [...]}")
    orders = document["data"]
    euros = _euros(ctx.meta, _orders_money(orders))
    sales = [s for n, o in enumerate(orders, 1) for s in _order(o, n, euros, ctx.timezone)]
    return CanonicalBatch(sales=tuple(sales))


def _catalogue_money(products: list[Any]) -> list[Any]:
    return [
        price.get("unitPrice")
        for product in products
        if isinstance(product, dict)
        for price in product.get("priceList") or []
        if isinstance(price, dict)
    ]


def _orders_money(orders: list[Any]) -> list[Any]:
    values: list[Any] = []
    for order in orders:
        if not isinstance(order, dict):
            continue
        values.extend(order.get(k) for k in ORDER_MONEY)
        for item in order.get("items") or []:
            if isinstance(item, dict):
                values.extend(item.get(k) for k in ITEM_MONEY)
    return values


def _euros(meta: Mapping[str, Any], values: list[Any]) -> bool:
    forced = str(meta.get("money") or "auto")
    if forced in ("cents", "euros"):
        return forced == "euros"
    return any(isinstance(v, Decimal) for v in values)


def _money(value: Any, euros: bool, what: str, line: int) -> Decimal:
    if value is None:
        return ZERO
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise BadInput(f"{what} is not an amount: {value!r}", line=line)
    try:
        amount = Decimal(value)
    except InvalidOperation as error:
        raise BadInput(f"{what} is not an amount: {value!r}", line=line) from error
    return (amount if euros else amount / 100).quantize(CENT)


def _tier_price(prices: list[Any], tier: Any) -> Mapping[str, Any] | None:
    rows = [p for p in prices if isinstance(p, dict)]
    for row in rows:
        if tier and row.get("priceTypeName") == tier:
            return row
    for row in rows:
        if row.get("priceTypeId") == 0 or row.get("priceTypeName") == "Normal":
            return row
    return rows[0] if rows else None


def _catalogue(products: list[Any], euros: bool, tier: Any) -> tuple[PosProductRecord, ...]:
    records = []
    for number, product in enumerate(products, start=1):
        if not isinstance(product, dict) or not product.get("id") or not product.get("name"):
            raise BadInput("catalog product without id or name", line=number)
        row = _tier_price(product.get("priceList") or [], tier)
        price = None if row is None else _money(row.get("unitPrice"), euros, "unitPrice", number)
        records.append(
            PosProductRecord(str(product["id"]), str(product["name"]).strip(), price, True)
        )
    return tuple(records)


def _when(order: Mapping[str, Any], zone: tzinfo, line: int) -> datetime:
    for name in ("openedAt", "closedAt", "createdAt"):
        value = order.get(name)
        if isinstance(value, str) and value:
            try:
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError as error:
                raise BadInput(f"{name} is not ISO 8601: {value!r}", line=line) from error
            return moment if moment.tzinfo else moment.replace(tzinfo=zone)
    raise BadInput("order without openedAt/closedAt", line=line)


def _order(order: Any, line: int, euros: bool, zone: tzinfo) -> list[SaleRecord]:
    if not isinstance(order, dict) or not order.get("id"):
        raise BadInput("order without id", line=line)
    sold_at = _when(order, zone, line)
    cancelled = bool(order.get("isCanceled"))
    records = []
    for index, item in enumerate(order.get("items") or [], start=1):
        if not isinstance(item, dict):
            raise BadInput(f"item {index} is not an object", line=line)
        records.append(
            _item(item, f"{order['id']}:{item.get('id') or index}", sold_at, cancelled, euros, line)
        )
    return records


def _item(
    item: Mapping[str, Any], key: str, sold_at: datetime, cancelled: bool, euros: bool, line: int
) -> SaleRecord:
    label = str(item.get("description") or "").strip()
    product = item.get("productId") or item.get("catalogId") or f"label:{label}"
    try:
        quantity = Decimal(str(item.get("quantity", 1)))
    except InvalidOperation as error:
        raise BadInput(f"quantity is not a number: {item.get('quantity')!r}", line=line) from error
    amount = _money(item.get("total"), euros, "total", line)
    unit = _money(item.get("unitPrice"), euros, "unitPrice", line)
    kind = SaleKind.SALE
    if cancelled or item.get("isCanceled"):
        kind, amount = SaleKind.VOID, ZERO
    elif item.get("isLoss"):
        kind, amount = SaleKind.LOSS, ZERO
    elif amount == 0 and unit > 0 and quantity > 0:
        kind = SaleKind.COMP
    elif quantity < 0 or amount < 0:
        kind, quantity, amount = SaleKind.REFUND, -abs(quantity), -abs(amount)
    return SaleRecord(
        key=key,
        vendor_product_id=str(product),
        label=label or str(product),
        quantity=quantity,
        amount=amount,
        sold_at=sold_at,
        kind=kind,
    )
