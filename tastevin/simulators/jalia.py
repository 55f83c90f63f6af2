"""A fake Pragma API (Jalia): ``GET /v1/catalog/`` (priceList by tier) and
``GET /v1/orders/?since=&until=&index=&size=`` (dates included, size ≤ 100, pages from 0).
Money as integer cents tax included, tax rates ×100 — or, with ``options["money"] ==
"euros"``, as decimal numbers like the published order example. Key in ``authorization``."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from fastapi import Request, Response

from tastevin.models.enums import SaleKind
from tastevin.simulators.restaurant import SimLine, SimTicket
from tastevin.simulators.server import SimState, guarded_app, menu, stable_id, tickets_between


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


def _item(seed: int, ticket: SimTicket, line: SimLine, money: _Money) -> dict[str, Any]:
    total = line.amount
    if line.kind is SaleKind.VOID:
        total = line.product.price * line.quantity  # the flag cancels it, not the amount
    return {
        "id": _id(seed, "item", ticket.number, line.number),
        "productId": _id(seed, "product", line.product.code),
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
        "isLoss": line.kind is SaleKind.LOSS,
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


def create_app(state: SimState) -> Any:
    app = guarded_app(state, lambda r: r.headers.get("authorization"), "Pragma API simulator")

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
            "data": [_order(request.state.seed, t, money()) for t in chunk],
            "meta": {"index": index, "size": size, "total": len(tickets)},
        }
        return Response(json.dumps(body), media_type="application/json")

    return app
