"""A fake Astério "Generic Data" API, on the format ASSUMED in docs/connectors/asterio.md:
HTTP Basic (Generic Data login, password → restaurant seed), products, and a business
day's sales in numbered pages, local times without offset, decimal strings."""

from __future__ import annotations

import base64
import json
from datetime import date, time
from typing import Any

from fastapi import Request, Response

from tastevin.models.enums import SaleKind
from tastevin.sales.business_day import day_bounds
from tastevin.simulators.restaurant import SimTicket
from tastevin.simulators.server import SimState, guarded_app, menu, tickets_between

PAGE_SIZE = 25
_TYPES = {
    SaleKind.SALE: "sale",
    SaleKind.REFUND: "refund",
    SaleKind.VOID: "void",
    SaleKind.COMP: "offered",
    SaleKind.LOSS: "loss",
}


def _password(request: Request) -> str | None:
    value = request.headers.get("authorization", "")
    if not value.lower().startswith("basic "):
        return None
    try:
        _, _, password = base64.b64decode(value[6:]).decode().partition(":")
    except ValueError:
        return None
    return password


def _ticket(ticket: SimTicket) -> dict[str, Any]:
    return {
        "ticketId": ticket.number,
        "openedAt": ticket.opened_at.replace(tzinfo=None).isoformat(timespec="seconds"),
        "status": "cancelled" if ticket.cancelled else "closed",
        "refundOf": ticket.refund_of,
        "lines": [
            {
                "lineNo": line.number,
                "productCode": f"A{line.product.code}",
                "label": line.product.label,
                "qty": str(abs(line.quantity)),
                "amount": str(abs(line.amount)),
                "type": _TYPES[line.kind],
            }
            for line in ticket.lines
        ],
    }


def create_app(state: SimState) -> Any:
    app = guarded_app(state, _password, "Astério Generic Data simulator")
    base = "/genericdata/v1/{kml}/{site}"

    @app.get(base + "/products")
    def products(request: Request, kml: str, site: str) -> Response:
        rows = [
            {
                "code": f"A{p.code}",
                "label": p.label,
                "price": str(p.price),
                "vatRate": str(p.vat_rate),
                "family": p.category,
            }
            for p in menu(request.state.seed)
        ]
        return Response(json.dumps({"site": site, "products": rows}), media_type="application/json")

    @app.get(base + "/sales")
    def sales(request: Request, kml: str, site: str, businessDate: str, page: int = 1) -> Response:
        day = date.fromisoformat(businessDate)
        start, end = day_bounds(day, state.zone, time(5, 0))
        tickets = tickets_between(state, request.state.seed, start, end)
        count = max(1, -(-len(tickets) // PAGE_SIZE))
        chunk = tickets[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        body = {
            "businessDate": businessDate,
            "page": page,
            "pageCount": count,
            "tickets": [_ticket(t) for t in chunk],
        }
        return Response(json.dumps(body), media_type="application/json")

    return app
