"""A fake Pragma API (Jalia) speaking the published shapes: ``GET /v1/catalog/`` (a bare
list, priceList by tier), ``GET /v1/orders/?since=&until=&index=&size=`` (dates included,
size ≤ 100, pages from 0; items with ``itemCatalogId``, a ``tax`` object, ``isLoss``,
``stockImpactIndicator``, an offered item as ``total: 0`` with an "Offert client"
discount) and ``GET /v1/reports/`` (one Z report per closed night: ``totalSales``,
``reportProducts``, ``reportTaxes``). Money as integer cents tax included, tax rates ×100 —
or, with ``options["money"] == "euros"``, as decimal numbers like the published order
example. The key is accepted as ``Authorization: Bearer <key>`` (the Authentication page)
or bare (the API reference); ``options["auth"]`` = ``"bare"`` or ``"bearer"`` accepts only
that form, to test the fallback. ``options["corrections"]`` maps a ticket number to changes
made in the POS after the night was pulled, dated ``options["corrected_at"]``: order fields
(``{"isCanceled": True}``) and, under ``"items"``, item fields by item index (``{"items":
{0: {"quantity": 3, "total": 1950}}}``, money in the wire's unit)."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from fastapi import Request, Response

from tastevin.models.enums import SaleKind
from tastevin.simulators.restaurant import SimLine, SimTicket
from tastevin.simulators.server import (
    SimState,
    current_day_start,
    guarded_app,
    menu,
    stable_id,
    tickets_between,
)


def _id(*parts: object) -> str:
    return stable_id("pragma", *parts)


class _Money:
    def __init__(self, euros: bool) -> None:
        self.euros = euros

    def __call__(self, value: Decimal) -> Any:
        return float(value) if self.euros else int((value * 100).to_integral_value())


def _catalogue(seed: int, money: _Money) -> list[dict[str, Any]]:
    return [
        {
            "id": _id(seed, "product", p.code),
            "name": p.label,
            "category": p.category,
            "categoryId": _id("category", p.category),
            "subCategories": [],
            "priceList": [
                {
                    "priceTypeId": 0,
                    "priceTypeName": "Normal",
                    "unitPrice": money(p.price),
                    "taxRate": money(p.vat_rate) if money.euros else int(p.vat_rate * 100),
                },
                {
                    "priceTypeId": 1,
                    "priceTypeName": "Happy hour",
                    "unitPrice": money(p.price * Decimal("0.8")),
                    "taxRate": money(p.vat_rate) if money.euros else int(p.vat_rate * 100),
                },
            ],
        }
        for p in menu(seed)
    ]


def _tax(total: Decimal, rate: Decimal) -> Decimal:
    return (total * rate / (100 + rate)).quantize(Decimal("0.01"))


def _item(seed: int, ticket: SimTicket, line: SimLine, money: _Money) -> dict[str, Any]:
    total = line.amount
    if line.kind is SaleKind.VOID:
        total = line.product.price * line.quantity  # the flag cancels it, not the amount
    comp = line.kind is SaleKind.COMP
    rate = line.product.vat_rate
    return {
        "id": _id(seed, "item", ticket.number, line.number),
        "description": line.product.label,
        "quantity": int(line.quantity),
        "weight": None,
        "unitPrice": money(line.product.price),
        "total": money(total),
        "category": line.product.category,
        "subCategory": None,
        "isCanceled": line.kind is SaleKind.VOID,
        "cancelReason": "Erreur" if line.kind is SaleKind.VOID else None,
        "tier": "Normal",
        "isTransferred": False,
        "transferReason": None,
        "discountsApplied": (
            [{"discountName": "Offert client", "discountValue": money(line.product.price)}]
            if comp
            else []
        ),
        "modifiers": [],
        "stockImpactIndicator": True,
        "tax": {
            "taxName": f"TVA {rate.normalize()}%",
            "taxRate": float(rate / 100) if money.euros else int(rate * 100),
            "taxAmount": money(_tax(total, rate)),
            "taxCatalogId": _id(seed, "tax", rate),
        },
        "itemCatalogId": _id(seed, "product", line.product.code),
        "isLoss": line.kind is SaleKind.LOSS,
        "lossReason": "Casse" if line.kind is SaleKind.LOSS else None,
    }


def _order(seed: int, ticket: SimTicket, money: _Money) -> dict[str, Any]:
    total = sum((ln.amount for ln in ticket.lines), Decimal("0.00"))
    opened = ticket.opened_at.isoformat(timespec="seconds")
    closed = (ticket.opened_at + timedelta(minutes=45)).isoformat(timespec="seconds")
    return {
        "id": _id(seed, "order", ticket.number),
        "locationId": _id(seed, "location"),
        "reportId": _id(seed, "report", ticket.number[:6]),
        "openedAt": opened,
        "closedAt": closed,
        "guests": 2,
        "orderNumber": ticket.number,
        "total": money(total),
        "totalTax": money((total / 6).quantize(Decimal("0.01"))),
        "totalDiscount": money(Decimal(0)),
        "isCanceled": ticket.cancelled,
        "cancelReason": "Annulation" if ticket.cancelled else None,
        "items": [_item(seed, ticket, line, money) for line in ticket.lines],
    }


def _corrected(order: dict[str, Any], number: str, state: SimState) -> dict[str, Any]:
    change = (state.options.get("corrections") or {}).get(number)
    corrected_at = state.options.get("corrected_at")
    if not change or not isinstance(corrected_at, datetime):
        return order
    fields = {k: v for k, v in change.items() if k != "items"}
    items = change.get("items") or {}
    return {
        **order,
        **fields,
        "updatedAt": corrected_at.isoformat(timespec="seconds"),
        "items": [{**item, **items.get(i, {})} for i, item in enumerate(order["items"])],
    }


def _key(state: SimState) -> Any:
    def key_of(request: Request) -> str | None:
        value = (request.headers.get("authorization") or "").strip()
        bearer = value.lower().startswith("bearer ")
        wanted = state.options.get("auth")
        if (wanted == "bare" and bearer) or (wanted == "bearer" and not bearer):
            return None
        return value[7:].strip() if bearer else value or None

    return key_of


def _report(seed: int, day: date, tickets: list[SimTicket], money: _Money, zone: Any) -> Any:
    """One night's Z report: what was taken (sales and refunds), per product and per rate."""
    products: dict[str, tuple[str, Decimal, Decimal]] = {}
    taxes: dict[Decimal, Decimal] = {}
    for ticket in tickets:
        if ticket.cancelled:
            continue
        for line in ticket.lines:
            if line.kind not in (SaleKind.SALE, SaleKind.REFUND):
                continue
            label, quantity, amount = products.get(
                line.product.code, (line.product.label, Decimal(0), Decimal("0.00"))
            )
            products[line.product.code] = (label, quantity + line.quantity, amount + line.amount)
            rate = line.product.vat_rate
            taxes[rate] = taxes.get(rate, Decimal("0.00")) + line.amount
    total = sum((p[2] for p in products.values()), Decimal("0.00"))
    started = datetime.combine(day, time(18, 0), tzinfo=zone)
    return {
        "id": _id(seed, "report", day.isoformat()),
        "locationId": _id(seed, "location"),
        "startedAt": started.isoformat(timespec="seconds"),
        "finalizedAt": (started + timedelta(hours=9)).isoformat(timespec="seconds"),
        "deviceName": "Caisse",
        "deviceIdentifier": None,
        "reportNumber": day.toordinal() % 10_000,
        "guestsNumber": len(tickets) * 2,
        "totalSales": money(total),
        "reportProducts": [
            {
                "productName": label,
                "productSales": money(amount),
                "category": None,
                "subCategory": None,
                "productQuantity": int(quantity),
                "productCatalogId": _id(seed, "product", code),
            }
            for code, (label, quantity, amount) in sorted(products.items())
        ],
        "reportTaxes": [
            {
                "taxName": f"TVA {rate.normalize()}",
                "taxRate": int(rate * 100),
                "taxAmount": money(_tax(gross, rate)),
                "taxableAmount": money(gross - _tax(gross, rate)),
            }
            for rate, gross in sorted(taxes.items())
        ],
    }


def create_app(state: SimState) -> Any:
    app = guarded_app(state, _key(state), "Pragma API simulator")

    def money() -> _Money:
        return _Money(state.options.get("money") == "euros")

    @app.get("/v1/catalog/")
    def catalog(request: Request) -> Response:
        return Response(
            json.dumps(_catalogue(request.state.seed, money())), media_type="application/json"
        )

    @app.get("/v1/orders/")
    def orders(request: Request) -> Response:
        query = request.query_params
        index, size = int(query.get("index", "0")), int(query.get("size", "10"))
        if not 1 <= size <= 100 or index < 0:
            return Response(b'{"message": "size must be 1..100"}', status_code=400)
        since = date.fromisoformat(query.get("since", "2000-01-01"))
        until = date.fromisoformat(query.get("until", "2100-01-01"))
        start = datetime.combine(since, time(0), tzinfo=state.zone)
        end = datetime.combine(until + timedelta(days=1), time(0), tzinfo=state.zone)
        tickets = tickets_between(state, request.state.seed, start, end)
        chunk = tickets[index * size : (index + 1) * size]
        body = {
            "data": [
                _corrected(_order(request.state.seed, t, money()), t.number, state) for t in chunk
            ],
            "meta": {"index": index, "size": size, "total": len(tickets)},
        }
        return Response(json.dumps(body), media_type="application/json")

    @app.get("/v1/reports/")
    def reports(request: Request) -> Response:
        query = request.query_params
        index, size = int(query.get("index", "0")), int(query.get("size", "10"))
        since = date.fromisoformat(query.get("since", "2000-01-01"))
        until = date.fromisoformat(query.get("until", "2000-01-01"))
        found = []
        day = since
        while day <= until:
            start = datetime.combine(day, time(5, 0), tzinfo=state.zone)
            end = start + timedelta(days=1)
            if end <= min(current_day_start(state.zone), state.clock or end):
                tickets = tickets_between(state, request.state.seed, start, end)
                if tickets:
                    found.append(_report(request.state.seed, day, tickets, money(), state.zone))
            day += timedelta(days=1)
        chunk = found[index * size : (index + 1) * size]
        body = {"data": chunk, "meta": {"index": index, "size": size, "total": len(found)}}
        return Response(json.dumps(body), media_type="application/json")

    return app
