"""Pi Electronique's sales as Elyx pushes them: sale documents modelled on Evoliz's
(``external_document_number``, ``documentdate``, ``items[]`` with ``reference``,
``designation``, ``quantity``, ``unit_price_vat_exclude``, ``vat``, ``total{…}``).

Elyx publishes nothing about this body: the shape is our reading of "Evoliz-type" and is
documented in ``docs/connectors/pi-elyx.md``. Unknown fields are ignored; the raw body is
kept, so a real sample that differs is fixed here and replayed.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from tastevin.connectors.base import (
    CanonicalBatch,
    ParseContext,
    PosProductRecord,
    SaleKind,
    SaleRecord,
    SetAside,
)
from tastevin.connectors.pi_elyx import values as v
from tastevin.errors import BadInput

REFUND_TYPES = {"credit", "credit_note", "creditnote", "avoir", "refund", "remboursement"}
CANCELLED = {"cancelled", "canceled", "void", "voided", "annule", "annulé"}
LINE_KINDS = {
    "offered": SaleKind.COMP,
    "offert": SaleKind.COMP,
    "comp": SaleKind.COMP,
    "void": SaleKind.VOID,
    "voided": SaleKind.VOID,
    "cancelled": SaleKind.VOID,
    "annule": SaleKind.VOID,
    "loss": SaleKind.LOSS,
    "perte": SaleKind.LOSS,
}
_DOCUMENT_LISTS = ("documents", "sales", "invoices")
_CATALOGUE_LISTS = ("catalogue", "catalog", "articles", "products")


def parse(raw: bytes, context: ParseContext) -> CanonicalBatch:
    body = v.load_json(raw)
    documents, catalogue = _unwrap(body)
    products: list[PosProductRecord] = []
    set_aside: list[SetAside] = []
    for number, entry in enumerate(catalogue, start=1):
        try:
            products.append(_product(entry, number))
        except BadInput as error:
            ref = entry.get("reference") if isinstance(entry, dict) else ""
            set_aside.append(SetAside.of(error, number, ref, name_line=False))
    sales: list[SaleRecord] = []
    for number, document in enumerate(documents, start=1):
        try:
            sales.extend(_document(v.mapping(document, "the document"), context))
        except BadInput as error:
            # One unreadable document is set aside with its reason; the others apply.
            ref, at = _identity(document, context)
            where = (
                BadInput("document %(number)s: %(detail)s", number=number, detail=error)
                if len(documents) > 1
                else BadInput("the document: %(detail)s", detail=error)
            )
            set_aside.append(SetAside.of(where, number, ref, at=at, name_line=False))
    if not sales and not products and not set_aside:
        raise BadInput("the body holds no sale document and no catalogue")
    return CanonicalBatch(tuple(products), tuple(sales), tuple(set_aside))


def _identity(document: Any, context: ParseContext) -> tuple[str, datetime | None]:
    """What can still be read of a document set aside: its number and its time."""
    if not isinstance(document, dict):
        return "", None
    ref = v.first(document, "external_document_number", "document_number", "documentid", "number")
    try:
        at = v.moment(
            v.first(document, "closed_at", "documentdatetime", "documentdate", "date"),
            "documentdate",
            context.timezone,
            at=v.first(document, "documenttime", "time"),
        )
    except BadInput:
        at = None
    return str(ref or "")[:200], at


def _unwrap(body: Any, depth: int = 0) -> tuple[list[Any], list[Any]]:
    """A document, a list of documents, or an envelope around either (``data``,
    ``document``, ``documents``…), with an optional catalogue."""
    if isinstance(body, list):
        return body, []
    data = v.mapping(body, "the body")
    for name in ("data", "document", "payload"):
        if depth < 3 and isinstance(data.get(name), dict | list):
            inner, catalogue = _unwrap(data[name], depth + 1)
            return inner, catalogue + _catalogue(data)
    for name in _DOCUMENT_LISTS:
        if name in data:
            return v.items(data[name], name), _catalogue(data)
    if "items" in data:
        return [data], _catalogue(data)
    return [], _catalogue(data)


def _catalogue(data: dict[str, Any]) -> list[Any]:
    for name in _CATALOGUE_LISTS:
        if name in data:
            return v.items(data[name], name)
    return []


def _product(entry: Any, number: int) -> PosProductRecord:
    try:
        item = v.mapping(entry, "a catalogue article")
        price = v.first(item, "unit_price_vat_include", "price_vat_include", "price")
        return PosProductRecord(
            vendor_product_id=v.identifier(v.first(item, "reference", "id"), "reference"),
            label=v.clean_text(v.first(item, "designation", "label", "name"), "designation"),
            price=None if price is None else v.money(price, "price"),
            from_catalogue=True,
        )
    except BadInput as error:
        raise BadInput(
            "catalogue article %(number)s: %(detail)s", number=number, detail=error
        ) from error


def _document(doc: dict[str, Any], context: ParseContext) -> list[SaleRecord]:
    number = v.identifier(
        v.first(doc, "external_document_number", "document_number", "documentid", "number"),
        "external_document_number",
    )
    sold_at = v.moment(
        v.first(doc, "closed_at", "documentdatetime", "documentdate", "date"),
        "documentdate",
        context.timezone,
        at=v.first(doc, "documenttime", "time"),
    )
    refund = str(v.first(doc, "typedoc", "type", "document_type") or "").lower() in REFUND_TYPES
    cancelled = str(doc.get("status") or "").lower() in CANCELLED or doc.get("cancelled") is True
    lines = v.items(v.first(doc, "items", "lines") or [], "items")
    sales = []
    for index, line in enumerate(lines, start=1):
        try:
            sales.append(
                _line(v.mapping(line, "an item"), index, number, sold_at, refund, cancelled)
            )
        except BadInput as error:
            raise BadInput(
                "document %(number)s, item %(index)s: %(detail)s",
                number=number,
                index=index,
                detail=error,
            ) from error
    return sales


def _ticket_of(number: str) -> str:
    """A document resent under the same number with new lines or amounts is a new version
    of the same ticket: it supersedes the earlier one (issue 10)."""
    return f"doc:{number}"


def _line(
    item: dict[str, Any],
    index: int,
    number: str,
    sold_at: datetime,
    refund: bool,
    cancelled: bool,
) -> SaleRecord:
    label = v.clean_text(v.first(item, "designation", "label", "name"), "designation")
    reference = v.first(item, "reference", "product_id", "code")
    product_id = v.identifier(reference if reference is not None else label.upper(), "reference")
    quantity = v.quantity(item.get("quantity"))
    amount, tax = _amount(item, quantity)
    kind = _kind(item, cancelled)
    if refund or (quantity < 0 and kind is SaleKind.SALE):
        quantity, amount = -abs(quantity), -abs(amount)
        kind = SaleKind.REFUND if kind is SaleKind.SALE else kind
    if kind is SaleKind.COMP:
        amount = Decimal("0.00")
    line_id = v.first(item, "itemid", "line_id", "id", "line")
    return SaleRecord(
        key=v.line_key(number, v.clean_text(line_id, "itemid") if line_id else str(index)),
        vendor_product_id=product_id,
        label=label,
        quantity=quantity,
        amount=amount,
        sold_at=sold_at,
        kind=kind,
        tax=tax,
        ticket=_ticket_of(number),
        line=index,
    )


def _kind(item: dict[str, Any], cancelled: bool) -> SaleKind:
    if cancelled:
        return SaleKind.VOID
    if item.get("offered") is True:
        return SaleKind.COMP
    status = str(v.first(item, "status", "kind") or "").lower()
    return LINE_KINDS.get(status, SaleKind.SALE)


def _amount(item: dict[str, Any], quantity: Decimal) -> tuple[Decimal, Decimal | None]:
    """The line total tax included: the document's own total when given, else computed
    from the unit price (tax included, or excluding VAT with the VAT rate)."""
    total = item.get("total")
    totals = v.mapping(total, "total") if isinstance(total, dict) else {}
    tax = v.money(totals["vat"], "total.vat") if totals.get("vat") not in (None, "") else None
    if totals.get("vat_include") not in (None, ""):
        return v.money(totals["vat_include"], "total.vat_include"), tax
    if total is not None and not isinstance(total, dict):
        return v.money(total, "total"), tax
    if item.get("unit_price_vat_include") not in (None, ""):
        unit = v.money(item["unit_price_vat_include"], "unit_price_vat_include")
        return v.money(unit * quantity, "total"), tax
    if item.get("unit_price_vat_exclude") in (None, ""):
        raise BadInput("no total and no unit price")
    unit = v.money(item["unit_price_vat_exclude"], "unit_price_vat_exclude")
    rate = v.number(item.get("vat", 0), "vat")
    if not 0 <= rate <= 100:
        raise BadInput("vat must be a rate in percent, not %(value)s", value=str(rate))
    rebate = v.money(totals.get("rebate") or item.get("rebate") or 0, "rebate")
    before_tax = unit * quantity - rebate
    return v.money(before_tax * (1 + rate / 100), "total"), tax
