"""Pi Electronique's sales through the Monora route (S-2).

**The format is our assumption**: neither Pi nor Monora publish one. We expect a JSON body
of closed tickets (``tickets[]`` of ``{id, closed_at, kind, status, lines[]}``, each line
``{id, sku, name, qty, total_ttc, vat, offered, voided, loss}``) and an optional
``products[]`` catalogue; docs/connectors/pi-monora.md is the reference. When a real
sample arrives, this module is the only one to change, and the stored bodies are replayed.
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

REFUND_KINDS = {"refund", "return", "credit", "avoir"}
CANCELLED = {"cancelled", "canceled", "void", "voided"}


def parse(raw: bytes, context: ParseContext) -> CanonicalBatch:
    body = v.load_json(raw)
    data = v.mapping(body, "the body")
    tickets = [data] if "lines" in data else v.items(data.get("tickets", []), "tickets")
    products: list[PosProductRecord] = []
    set_aside: list[SetAside] = []
    for number, entry in enumerate(v.items(data.get("products", []), "products"), start=1):
        try:
            products.append(_product(entry, number))
        except BadInput as error:
            ref = entry.get("sku") if isinstance(entry, dict) else ""
            set_aside.append(SetAside.of(error, number, ref, name_line=False))
    sales: list[SaleRecord] = []
    for number, ticket in enumerate(tickets, start=1):
        try:
            sales.extend(_ticket(v.mapping(ticket, "a ticket"), context))
        except BadInput as error:
            # One unreadable ticket is set aside with its reason; the others apply.
            ref, at = _identity(ticket, context)
            where = BadInput("ticket %(number)s: %(detail)s", number=number, detail=error)
            set_aside.append(SetAside.of(where, number, ref, at=at, name_line=False))
    if not sales and not products and not set_aside:
        raise BadInput("the body holds no ticket and no product")
    return CanonicalBatch(tuple(products), tuple(sales), tuple(set_aside))


def _identity(ticket: Any, context: ParseContext) -> tuple[str, datetime | None]:
    """What can still be read of a ticket set aside: its id and its time."""
    if not isinstance(ticket, dict):
        return "", None
    try:
        at = v.moment(ticket.get("closed_at"), "closed_at", context.timezone)
    except BadInput:
        at = None
    return str(ticket.get("id") or "")[:200], at


def _product(entry: Any, number: int) -> PosProductRecord:
    try:
        item = v.mapping(entry, "a product")
        price = item.get("price_ttc")
        return PosProductRecord(
            vendor_product_id=v.identifier(item.get("sku"), "sku"),
            label=v.clean_text(item.get("name"), "name"),
            price=None if price in (None, "") else v.money(price, "price_ttc"),
            from_catalogue=True,
        )
    except BadInput as error:
        raise BadInput("product %(number)s: %(detail)s", number=number, detail=error) from error


def _ticket(ticket: dict[str, Any], context: ParseContext) -> list[SaleRecord]:
    ticket_id = v.identifier(ticket.get("id"), "id")
    closed_at = v.moment(ticket.get("closed_at"), "closed_at", context.timezone)
    refund = str(ticket.get("kind") or "").lower() in REFUND_KINDS
    cancelled = str(ticket.get("status") or "").lower() in CANCELLED
    records = []
    for index, line in enumerate(v.items(ticket.get("lines", []), "lines"), start=1):
        try:
            records.append(
                _line(v.mapping(line, "a line"), ticket_id, index, closed_at, refund, cancelled)
            )
        except BadInput as error:
            raise BadInput(
                "ticket %(number)s, line %(index)s: %(detail)s",
                number=ticket_id,
                index=index,
                detail=error,
            ) from error
    return records


def _line(
    line: dict[str, Any],
    ticket_id: str,
    index: int,
    closed_at: datetime,
    refund: bool,
    cancelled: bool,
) -> SaleRecord:
    quantity = v.quantity(line.get("qty"), "qty")
    amount = v.money(line.get("total_ttc"), "total_ttc")
    kind = _kind(line, cancelled)
    if refund or (quantity < 0 and kind is SaleKind.SALE):
        quantity, amount = -abs(quantity), -abs(amount)
        kind = SaleKind.REFUND if kind is SaleKind.SALE else kind
    if kind is SaleKind.COMP:
        amount = Decimal("0.00")
    line_id = line.get("id")
    vat = line.get("vat")
    return SaleRecord(
        key=v.line_key(ticket_id, v.clean_text(line_id, "id") if line_id else str(index)),
        vendor_product_id=v.identifier(line.get("sku"), "sku"),
        label=v.clean_text(line.get("name"), "name"),
        quantity=quantity,
        amount=amount,
        sold_at=closed_at,
        kind=kind,
        tax=None if vat in (None, "") else v.money(vat, "vat"),
        ticket=f"ticket:{ticket_id}",
        line=index,
    )


def _kind(line: dict[str, Any], cancelled: bool) -> SaleKind:
    if cancelled or line.get("voided") is True:
        return SaleKind.VOID
    if line.get("offered") is True:
        return SaleKind.COMP
    if line.get("loss") is True:
        return SaleKind.LOSS
    return SaleKind.SALE
