"""Astério "Generic Data" pages → canonical records, on the ASSUMED format of
``docs/connectors/asterio.md`` (no public spec exists; every vendor detail lives here and in
``client.py``, and raw pages are kept so a real sample can be replayed after a fix).

Assumed: decimal strings for money and quantities (a decimal comma is accepted), local
times without offset (read in the restaurant's zone), one ``type`` per line: ``sale``,
``refund``, ``void``, ``offered`` (comp), ``loss``; a ``cancelled`` ticket is no sale.
Prices are read but Astério never updates Tastevin's prices (S-17: the capability says so).
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
    SetAside,
)
from tastevin.errors import BadInput, unreadable_json

ZERO = Decimal("0.00")
KINDS = {
    "sale": SaleKind.SALE,
    "refund": SaleKind.REFUND,
    "void": SaleKind.VOID,
    "offered": SaleKind.COMP,
    "loss": SaleKind.LOSS,
}


def parse(raw: bytes, ctx: ParseContext) -> CanonicalBatch:
    try:
        document = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as error:
        raise unreadable_json(error) from error
    if not isinstance(document, dict):
        raise BadInput("expected a JSON object")
    if isinstance(document.get("products"), list):
        return _products(document["products"])
    if isinstance(document.get("tickets"), list):
        return _tickets(document["tickets"], ctx.timezone)
    raise BadInput("expected products[] or tickets[]")


def _tickets(tickets: list[Any], zone: tzinfo) -> CanonicalBatch:
    """One unreadable ticket is set aside with its reason; the others apply."""
    sales: list[SaleRecord] = []
    set_aside: list[SetAside] = []
    for number, ticket in enumerate(tickets, start=1):
        try:
            sales.extend(_ticket(ticket, number, zone))
        except BadInput as error:
            ref = ticket.get("ticketId") if isinstance(ticket, dict) else ""
            at = None
            if isinstance(ticket, dict):
                try:
                    at = _when(ticket.get("openedAt"), zone, number)
                except BadInput:
                    at = None
            set_aside.append(SetAside.of(error, number, ref, at=at))
    return CanonicalBatch(sales=tuple(sales), set_aside=tuple(set_aside))


def _decimal(value: Any, what: str, line: int) -> Decimal:
    try:
        return Decimal(str(value).replace(",", ".").strip())
    except InvalidOperation as error:
        raise BadInput(
            "%(field)s must be a number, not %(value)s", field=what, value=repr(value), line=line
        ) from error


def _products(rows: list[Any]) -> CanonicalBatch:
    records = []
    set_aside: list[SetAside] = []
    for number, row in enumerate(rows, start=1):
        try:
            if not isinstance(row, dict) or not row.get("code") or not row.get("label"):
                raise BadInput("product without code or label", line=number)
            price = row.get("price")
            records.append(
                PosProductRecord(
                    str(row["code"]),
                    str(row["label"]).strip(),
                    None if price in (None, "") else _decimal(price, "price", number),
                    True,
                    number,
                )
            )
        except BadInput as error:
            ref = row.get("code") if isinstance(row, dict) else ""
            set_aside.append(SetAside.of(error, number, ref))
    return CanonicalBatch(products=tuple(records), set_aside=tuple(set_aside))


def _when(value: Any, zone: tzinfo, line: int) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError as error:
        raise BadInput(
            "%(field)s must be an ISO 8601 date or date-time, not %(value)s",
            field="openedAt",
            value=repr(value),
            line=line,
        ) from error
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _ticket(ticket: Any, number: int, zone: tzinfo) -> list[SaleRecord]:
    if not isinstance(ticket, dict) or not ticket.get("ticketId"):
        raise BadInput("ticket without ticketId", line=number)
    sold_at = _when(ticket.get("openedAt"), zone, number)
    cancelled = str(ticket.get("status") or "").lower() == "cancelled"
    return [
        _line(line, str(ticket["ticketId"]), sold_at, cancelled, number)
        for line in ticket.get("lines") or []
    ]


def _line(
    line: Mapping[str, Any], ticket_id: str, sold_at: datetime, cancelled: bool, number: int
) -> SaleRecord:
    kind = KINDS.get(str(line.get("type") or "sale").lower())
    if kind is None:
        raise BadInput("unknown line type %(value)s", value=repr(line.get("type")), line=number)
    quantity = _decimal(line.get("qty", "1"), "qty", number)
    amount = _decimal(line.get("amount", "0"), "amount", number)
    if cancelled or kind is SaleKind.VOID:
        kind, amount = SaleKind.VOID, ZERO
    elif kind in (SaleKind.COMP, SaleKind.LOSS):
        amount = ZERO
    elif kind is SaleKind.REFUND:
        quantity, amount = -abs(quantity), -abs(amount)
    label = str(line.get("label") or "").strip()
    code = str(line.get("productCode") or f"label:{label}")
    return SaleRecord(
        key=f"{ticket_id}:{line.get('lineNo')}",
        vendor_product_id=code,
        label=label or code,
        quantity=quantity,
        amount=amount,
        sold_at=sold_at,
        kind=kind,
        line=number,
    )
