"""Pragma API (Jalia) pages → canonical records.

Money, decided per order (and per catalogue product, per Z report) from its own evidence.
The docs' rule is integer cents, tax included (10,00 € = 1000; tax rate 20 % = 2000), but
the published "Get list of orders V1" example is in euros (``total: 20`` with ``totalTax:
1.82``, the 10 % VAT of 20.00 €). So: a non-integer amount anywhere in the order, or a tax
total consistent only with euros, means euros; otherwise cents. The connection can force
either (credential ``money_unit``: ``cents``/``euros``, passed in the import's meta as
``money``). Numbers are read exactly (``parse_float=Decimal``, never float). The choices
made are returned as the batch's ``decisions`` and recorded with the import.

Orders: one sale line per item, keyed ``<order id>:<item id>`` (or ``:<item index>``),
ticket = the order id (a corrected order supersedes its earlier version). A cancelled order
or item, or an item transferred to another order, is kind VOID with amount 0; a loss flag
(``isLoss``) is kind LOSS; an item charged 0 for a positive unit price (the example's
"Offert client") is a COMP; a negative quantity is a REFUND. An item whose
``stockImpactIndicator`` is ``false`` (the POS says it does not impact stock) is kind
NO_STOCK: its revenue counts, it destocks nothing (a comp or loss that does not impact stock
is a VOID: nothing earned, nothing moved); counted in ``decisions`` as ``stock_impact``. The
item's product is its catalogue id (``itemCatalogId`` as published; ``productId``/
``catalogId`` accepted) or, failing that, its description.

An order or item with a bad value (an amount ``NaN``, a quantity that is no number…) sets
its whole order aside with the line and field; the rest of the page applies.

A pull asks calendar dates (``since=D&until=D+1``) and passes business day D's window
in the meta: orders outside it belong to another day's pull and are left to it (counted in
``decisions`` as ``outside_day``).

Times: ISO 8601; with an offset or ``Z`` they are taken as written, without one they are
the restaurant's local time. The published examples write ``openedAt``/``closedAt`` as
``{}``: such an order is put on the business day it was asked for (the import's ``day``,
at 12:00 local) and counted in ``decisions``; with no day known, it is set aside. An order
that cannot be read is set aside with its reason; the rest of the page applies.

``reports`` pages (``/v1/reports/``, the Z report) give the POS's own day total
(``totalSales``) and per-product totals, for reconciliation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
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
ORDER_MONEY = ("total", "totalTax", "totalDiscount")
ITEM_MONEY = ("unitPrice", "total")
VAT_RATES = (Decimal("20"), Decimal("10"), Decimal("5.5"), Decimal("2.1"))
NOON = time(12, 0)


def parse(raw: bytes, ctx: ParseContext) -> CanonicalBatch:
    try:
        document = json.loads(raw, parse_float=Decimal)
    except (UnicodeDecodeError, ValueError) as error:
        raise unreadable_json(error) from error
    endpoint = str(ctx.meta.get("endpoint") or _guess(document))
    forced = str(ctx.meta.get("money") or "auto")
    if endpoint == "catalog":
        if not isinstance(document, list):
            raise BadInput("catalog: expected a list of products")
        return _catalogue(document, forced, ctx.meta.get("tier"))
    if not isinstance(document, dict) or not isinstance(document.get("data"), list):
        raise BadInput("%(endpoint)s: expected {data: [...]}", endpoint=endpoint or "orders")
    if endpoint == "reports":
        return _reports(document["data"], forced, ctx)
    return _orders(document["data"], forced, ctx)


def _guess(document: Any) -> str:
    if isinstance(document, list):
        return "catalog"
    rows = document.get("data") if isinstance(document, dict) else None
    first = rows[0] if isinstance(rows, list) and rows and isinstance(rows[0], dict) else {}
    return "reports" if "totalSales" in first or "reportNumber" in first else "orders"


# --- money ------------------------------------------------------------------------------


def _numbers(values: list[Any]) -> list[Decimal]:
    found = []
    for value in values:
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int | Decimal):
            found.append(Decimal(value))
    return found


def _tax_says_euros(total: Any, tax: Any) -> bool:
    """True when the tax total is what some French VAT rate gives on the total rounded to
    the cent, but not what it gives rounded to a whole unit: only euros explain it."""
    numbers = _numbers([total, tax])
    if len(numbers) != 2 or numbers[0] <= 0:
        return False
    gross, paid = numbers

    def fits(step: Decimal) -> bool:
        return any(
            (gross * rate / (100 + rate)).quantize(step, ROUND_HALF_UP) == paid
            for rate in VAT_RATES
        )

    return fits(Decimal("0.01")) and not fits(Decimal("1"))


def decide_unit(values: list[Any], total: Any, tax: Any, forced: str) -> str:
    """``euros`` or ``cents`` for one order (or product, or report) — see the module doc."""
    if forced in ("cents", "euros"):
        return forced
    if any(n != n.to_integral_value() for n in _numbers(values)):
        return "euros"
    if _tax_says_euros(total, tax):
        return "euros"
    return "cents"


def _money(value: Any, unit: str, what: str, line: int) -> Decimal:
    if value is None:
        return ZERO
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise invalid_field(line, what, value, N_("not a decimal amount"))
    try:
        amount = Decimal(value)
    except InvalidOperation as error:
        raise invalid_field(line, what, value, N_("not a decimal amount")) from error
    if not amount.is_finite():
        raise invalid_field(line, what, value, N_("not a finite amount"))
    return amount if unit == "euros" else amount.scaleb(-2)


def _count(decisions: dict[str, Any], name: str, value: str) -> None:
    tally = decisions.setdefault(name, {})
    tally[value] = tally.get(value, 0) + 1


# --- catalogue --------------------------------------------------------------------------


def _tier_price(prices: list[Any], tier: Any) -> Mapping[str, Any] | None:
    rows = [p for p in prices if isinstance(p, dict)]
    for row in rows:
        if tier and row.get("priceTypeName") == tier:
            return row
    for row in rows:
        if row.get("priceTypeId") == 0 or row.get("priceTypeName") == "Normal":
            return row
    return rows[0] if rows else None


def _catalogue(products: list[Any], forced: str, tier: Any) -> CanonicalBatch:
    records = []
    set_aside: list[SetAside] = []
    decisions: dict[str, Any] = {}
    for number, product in enumerate(products, start=1):
        try:
            if not isinstance(product, dict) or not product.get("id") or not product.get("name"):
                raise BadInput("catalog product without id or name", line=number)
            prices = [p for p in product.get("priceList") or [] if isinstance(p, dict)]
            unit = decide_unit([p.get("unitPrice") for p in prices], None, None, forced)
            row = _tier_price(prices, tier)
            price = None if row is None else _money(row.get("unitPrice"), unit, "unitPrice", number)
            name = str(product["name"]).strip()
            records.append(PosProductRecord(str(product["id"]), name, price, True, number))
        except BadInput as error:
            ref = product.get("id") if isinstance(product, dict) else ""
            set_aside.append(SetAside.of(error, number, ref, product=ref))
            continue
        _count(decisions, "money_unit", unit)
    return CanonicalBatch(products=tuple(records), set_aside=tuple(set_aside), decisions=decisions)


# --- orders -----------------------------------------------------------------------------


def _order_money(order: Mapping[str, Any]) -> list[Any]:
    values: list[Any] = [order.get(k) for k in ORDER_MONEY]
    for item in order.get("items") or []:
        if isinstance(item, dict):
            values.extend(item.get(k) for k in ITEM_MONEY)
            tax = item.get("tax")
            if isinstance(tax, dict):
                values.append(tax.get("taxAmount"))
    return values


def _request_day(meta: Mapping[str, Any]) -> date | None:
    value = meta.get("day")
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _window(meta: Mapping[str, Any]) -> tuple[datetime, datetime] | None:
    """The business day's [start, end) the pull asked for, when it did."""
    value = meta.get("window")
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    try:
        return datetime.fromisoformat(str(value[0])), datetime.fromisoformat(str(value[1]))
    except ValueError:
        return None


def _when(
    row: Mapping[str, Any], names: tuple[str, ...], zone: tzinfo, day: date | None
) -> tuple[datetime, bool]:
    """The row's time, and whether it came from the request's day rather than the row."""
    for name in names:
        value = row.get(name)
        if isinstance(value, str) and value:
            try:
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError as error:
                raise BadInput(
                    "%(name)s is not ISO 8601: %(value)s", name=name, value=repr(value)
                ) from error
            return (moment if moment.tzinfo else moment.replace(tzinfo=zone)), False
    if day is not None:
        return datetime.combine(day, NOON, tzinfo=zone), True
    raise BadInput("no usable %(names)s and no business day known", names="/".join(names))


def _orders(orders: list[Any], forced: str, ctx: ParseContext) -> CanonicalBatch:
    sales: list[SaleRecord] = []
    set_aside: list[SetAside] = []
    decisions: dict[str, Any] = {}
    day = _request_day(ctx.meta)
    window = _window(ctx.meta)
    for number, order in enumerate(orders, start=1):
        if not isinstance(order, dict) or not order.get("id"):
            set_aside.append(SetAside.of(BadInput("order without id"), number))
            continue
        ref = str(order["id"])
        try:
            sold_at, by_day = _when(order, ("openedAt", "closedAt", "createdAt"), ctx.timezone, day)
            items = _items(order)
        except BadInput as error:
            set_aside.append(SetAside.of(error, number, ref, order=order.get("orderNumber")))
            continue
        if window is not None and not window[0] <= sold_at < window[1]:
            _count(decisions, "outside_day", "skipped")
            continue
        unit = decide_unit(_order_money(order), order.get("total"), order.get("totalTax"), forced)
        cancelled = bool(order.get("isCanceled"))
        try:
            read = [
                _item(item, f"{ref}:{item.get('id') or n}", ref, sold_at, cancelled, unit, number)
                for n, item in enumerate(items, start=1)
            ]
        except BadInput as error:
            # One bad value sets its order aside (all of it: one ticket); the rest applies.
            at = None if by_day else sold_at
            set_aside.append(SetAside.of(error, number, ref, at=at, order=order.get("orderNumber")))
            continue
        _count(decisions, "money_unit", unit)
        if by_day:
            _count(decisions, "dated_by", "request_day")
        for item in items:
            if item.get("stockImpactIndicator") is False:
                _count(decisions, "stock_impact", "none")
        sales.extend(read)
    # The day's POS total comes from the Z report (``reports``), not from order totals.
    return CanonicalBatch(sales=tuple(sales), set_aside=tuple(set_aside), decisions=decisions)


def _items(order: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    items = order.get("items") or []
    if not isinstance(items, list):
        raise BadInput("items is not a list")
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise BadInput("item %(index)s is not an object", index=index)
    return items


def _item(
    item: Mapping[str, Any],
    key: str,
    ticket: str,
    sold_at: datetime,
    cancelled: bool,
    unit_name: str,
    line: int,
) -> SaleRecord:
    label = str(item.get("description") or "").strip()
    product = (
        item.get("itemCatalogId")
        or item.get("productId")
        or item.get("catalogId")
        or f"label:{label}"
    )
    raw_quantity = item.get("quantity", 1)
    if isinstance(raw_quantity, bool) or not isinstance(raw_quantity, int | Decimal | str):
        raise invalid_field(line, "quantity", raw_quantity, N_("not a decimal quantity"))
    try:
        quantity = Decimal(raw_quantity)
    except InvalidOperation as error:
        raise invalid_field(line, "quantity", raw_quantity, N_("not a decimal quantity")) from error
    amount = _money(item.get("total"), unit_name, "total", line)
    unit = _money(item.get("unitPrice"), unit_name, "unitPrice", line)
    kind = SaleKind.SALE
    if cancelled or item.get("isCanceled") or item.get("isTransferred"):
        kind, amount = SaleKind.VOID, ZERO
    elif item.get("isLoss"):
        kind, amount = SaleKind.LOSS, ZERO
    elif amount == 0 and unit > 0 and quantity > 0:
        kind = SaleKind.COMP
    elif quantity < 0 or amount < 0:
        kind, quantity, amount = SaleKind.REFUND, -abs(quantity), -abs(amount)
    if item.get("stockImpactIndicator") is False:
        # The POS says this line does not impact stock: it earns what it earns, moves nothing.
        kind = SaleKind.NO_STOCK if kind in (SaleKind.SALE, SaleKind.REFUND) else SaleKind.VOID
    return SaleRecord(
        key=key,
        vendor_product_id=str(product),
        label=label or str(product),
        quantity=quantity,
        amount=amount,
        sold_at=sold_at,
        kind=kind,
        ticket=ticket,
        line=line,
    )


# --- Z reports --------------------------------------------------------------------------


def _reports(reports: list[Any], forced: str, ctx: ParseContext) -> CanonicalBatch:
    totals: list[PosDayTotal] = []
    set_aside: list[SetAside] = []
    decisions: dict[str, Any] = {}
    day = _request_day(ctx.meta)
    for number, report in enumerate(reports, start=1):
        if not isinstance(report, dict) or not report.get("id"):
            set_aside.append(SetAside.of(BadInput("report without id"), number))
            continue
        products = [p for p in report.get("reportProducts") or [] if isinstance(p, dict)]
        taxes = [t for t in report.get("reportTaxes") or [] if isinstance(t, dict)]
        values = [report.get("totalSales")] + [p.get("productSales") for p in products]
        values += [t.get("taxAmount") for t in taxes] + [t.get("taxableAmount") for t in taxes]
        tax = sum(_numbers([t.get("taxAmount") for t in taxes]), Decimal(0)) if taxes else None
        unit = decide_unit(values, report.get("totalSales"), tax, forced)
        _count(decisions, "money_unit", unit)
        try:
            at, by_day = _when(report, ("startedAt", "finalizedAt"), ctx.timezone, day)
            totals.append(_report(report, products, unit, number, at, day if by_day else None))
        except BadInput as error:
            set_aside.append(SetAside.of(error, number, report["id"], report=report["id"]))
    return CanonicalBatch(set_aside=tuple(set_aside), totals=tuple(totals), decisions=decisions)


def _report(
    report: Mapping[str, Any],
    products: Sequence[Mapping[str, Any]],
    unit: str,
    number: int,
    at: datetime,
    day: date | None,
) -> PosDayTotal:
    detail = {
        "products": [
            {
                "label": str(p.get("productName") or ""),
                "product_id": p.get("productCatalogId"),
                "quantity": str(p.get("productQuantity")),
                "amount": str(_money(p.get("productSales"), unit, "productSales", number)),
            }
            for p in products
        ],
        "report_number": report.get("reportNumber"),
    }
    total = _money(report.get("totalSales"), unit, "totalSales", number)
    return PosDayTotal(str(report["id"]), total, "z_report", day=day, at=at, detail=detail)
