"""A fake Mews POS API (ex-Bizzon) speaking the published shapes: ``GET /v1/products`` and
``GET /v1/invoices`` as JSON:API documents with cursor pages (``page[size]``,
``page[after]``, ``links.next``), money and quantities as decimal strings, RFC 3339 times
in UTC with milliseconds; invoice items carry the current ``isComp``/``isVoid`` and the
deprecated ``comp``/``void`` (as the docs' example does), ``…InclDiscount`` amounts and the
examples' relationship names. ``filter[createdAt…]`` and ``filter[updatedAtGteq]`` select
invoices; ``options["corrections"]`` maps a ticket number to attribute changes made later
(e.g. ``{"cancelled": True}``), dated ``options["corrected_at"]``. Bearer key → seed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from fastapi import Request, Response

from tastevin.models.enums import SaleKind
from tastevin.simulators.restaurant import SimLine, SimTicket
from tastevin.simulators.server import SimState, guarded_app, menu, stable_id, tickets_between

JSONAPI = "application/vnd.api+json"


def _id(*parts: object) -> str:
    return stable_id("mews", *parts)


def _bearer(request: Request) -> str | None:
    value = request.headers.get("authorization", "")
    return value[7:].strip() if value.lower().startswith("bearer ") else None


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _page(
    request: Request, resources: list[dict[str, Any]], path: str
) -> tuple[list[dict[str, Any]], str | None]:
    size = max(1, min(1000, int(request.query_params.get("page[size]", "100"))))
    after = request.query_params.get("page[after]")
    start = 0
    if after:
        ids = [r["id"] for r in resources]
        start = ids.index(after) + 1 if after in ids else len(resources)
    chunk = resources[start : start + size]
    more = start + size < len(resources)
    base = str(request.base_url).rstrip("/")
    if not (more and chunk):
        return chunk, None
    return chunk, f"{base}{path}?page%5Bafter%5D={chunk[-1]['id']}&page%5Bsize%5D={size}"


def _products(seed: int) -> list[dict[str, Any]]:
    return [
        {
            "id": _id(seed, "product", p.code),
            "type": "products",
            "attributes": {
                "name": p.label,
                "description": None,
                "sku": p.code,
                "status": "active",
                "barcode": None,
                "isAvailable": True,
                "tax": str((p.price - p.price / (1 + p.vat_rate / 100)).quantize(Decimal("0.01"))),
                "retailPriceInclTax": str(p.price),
                "retailPriceExclTax": str(
                    (p.price / (1 + p.vat_rate / 100)).quantize(Decimal("0.01"))
                ),
            },
            "relationships": {"productVariants": {"data": []}},
        }
        for p in menu(seed)
    ]


def _tax(total: Decimal, rate: Decimal) -> str:
    return str((total * rate / (100 + rate)).quantize(Decimal("0.01")))


def _item(seed: int, ticket: SimTicket, line: SimLine, created: str) -> dict[str, Any]:
    total = line.amount
    if line.kind is SaleKind.VOID:
        total = line.product.price * line.quantity  # Mews keeps the value; the flag voids it
    tax = _tax(total, line.product.vat_rate)
    comp = line.kind in (SaleKind.COMP, SaleKind.LOSS)
    void = line.kind is SaleKind.VOID
    subtotal = str(total - Decimal(tax))
    return {
        "id": _id(seed, "item", ticket.number, line.number),
        "type": "invoiceItems",
        "attributes": {
            "productName": line.product.label,
            "unitPriceInclTax": str(line.product.price),
            "subtotal": subtotal,
            "quantity": f"{line.quantity:.1f}",
            "comp": comp,
            "void": void,
            "isComp": comp,
            "isVoid": void,
            "compVoidReason": "Casse" if line.kind is SaleKind.LOSS else None,
            "compVoidNotes": None,
            "discountAmount": None,
            "createdAt": created,
            "updatedAt": created,
            "tax": tax,
            "total": str(total),
            "discount": None,
            "subtotalInclDiscount": subtotal,
            "taxInclDiscount": tax,
            "totalInclDiscount": str(total),
        },
        "relationships": {
            "product": {
                "data": {"id": _id(seed, "product", line.product.code), "type": "products"}
            },
            "productVariant": {"data": None},
            "invoiceItemModifiers": {"data": []},
        },
    }


def _invoice(
    seed: int, ticket: SimTicket, state: SimState
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    created = _time(ticket.opened_at)
    items = [_item(seed, ticket, line, created) for line in ticket.lines]
    total = sum((line.amount for line in ticket.lines), Decimal("0.00"))
    original = (
        [{"id": _id(seed, "invoice", ticket.refund_of), "type": "invoices"}]
        if ticket.refund_of
        else None
    )
    invoice = {
        "id": _id(seed, "invoice", ticket.number),
        "type": "invoices",
        "attributes": {
            "total": str(total),
            "subtotal": str(total),
            "tax": "0.00",
            "discount": "0.00",
            "discountAmount": "0.00",
            "itemDiscountAmount": "0.00",
            "tipAmount": "0.00",
            "cancelled": ticket.cancelled,
            "cancelReason": "Erreur de saisie" if ticket.cancelled else None,
            "description": ticket.number,
            "createdAt": created,
            "updatedAt": created,
        },
        "relationships": {
            "user": {"data": {"id": _id(seed, "user"), "type": "users"}},
            "order": {"data": {"id": _id(seed, "order", ticket.number), "type": "orders"}},
            "originalInvoices": {"data": original},
            "register": {"data": {"id": _id(seed, "register"), "type": "registers"}},
            "invoiceItems": {"data": [{"id": i["id"], "type": "invoiceItems"} for i in items]},
        },
    }
    change = (state.options.get("corrections") or {}).get(ticket.number)
    corrected_at = state.options.get("corrected_at")
    if change and isinstance(corrected_at, datetime):
        attributes: dict[str, Any] = invoice["attributes"]  # type: ignore[assignment]
        attributes.update(change, updatedAt=_time(corrected_at))
    return invoice, items


def _instant(value: str | None, default: datetime) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else default


def create_app(state: SimState) -> Any:
    app = guarded_app(state, _bearer, "Mews POS API simulator")

    @app.get("/v1/products")
    def products(request: Request) -> Response:
        chunk, link = _page(request, _products(request.state.seed), "/v1/products")
        body = {"data": chunk, "links": {"prev": None, "next": link}}
        return Response(json.dumps(body), media_type=JSONAPI)

    @app.get("/v1/invoices")
    def invoices(request: Request) -> Response:
        seed = request.state.seed
        query = request.query_params
        start = _instant(query.get("filter[createdAtGteq]"), datetime(2000, 1, 1, tzinfo=UTC))
        end = _instant(query.get("filter[createdAtLt]"), datetime(2100, 1, 1, tzinfo=UTC))
        pairs = [_invoice(seed, t, state) for t in tickets_between(state, seed, start, end)]
        updated = query.get("filter[updatedAtGteq]")
        if updated:
            since = _instant(updated, start)
            pairs = [p for p in pairs if _instant(p[0]["attributes"]["updatedAt"], since) >= since]
        chunk, link = _page(request, [p[0] for p in pairs], "/v1/invoices")
        wanted = {r["id"] for r in chunk}
        included = [item for inv, items in pairs if inv["id"] in wanted for item in items]
        body = {"data": chunk, "included": included, "links": {"prev": None, "next": link}}
        return Response(json.dumps(body), media_type=JSONAPI)

    return app
