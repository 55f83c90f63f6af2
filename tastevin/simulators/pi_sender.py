"""A fake Pi Electronique: renders a night of the simulated restaurant's tickets as Elyx
(Evoliz-like sale documents) or Monora bodies, and posts them to Tastevin's webhook one
ticket per request, as the POS does at closing, with a resend and a malformed body among
them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

import httpx

from tastevin.models.enums import SaleKind
from tastevin.simulators.restaurant import CENT, SimLine, SimTicket, night

Route = Literal["elyx", "monora"]
PATHS: dict[Route, str] = {
    "elyx": "/pi-electronique/restaurants/{rid}/sales-webhook",
    "monora": "/monora/restaurants/{rid}/sales",
}


def _split(amount: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """(excluding VAT, VAT) of an amount tax included."""
    before = (amount / (1 + rate / 100)).quantize(CENT, rounding=ROUND_HALF_UP)
    return before, amount - before


def _elyx_item(line: SimLine) -> dict[str, Any]:
    rate = line.product.vat_rate
    before, vat = _split(line.amount, rate)
    unit = (line.product.price / (1 + rate / 100)).quantize(Decimal("0.0001"))
    item: dict[str, Any] = {
        "itemid": line.number,
        "reference": f"PI{line.product.code}",
        "designation": line.product.label,
        "quantity": str(abs(line.quantity)),
        "unit": "u",
        "unit_price_vat_exclude": str(unit),
        "vat": str(rate),
        "total": {
            "vat_exclude": str(abs(before)),
            "vat": str(abs(vat)),
            "vat_include": str(abs(line.amount)),
            "rebate": "0.00",
        },
        "category": line.product.category,
    }
    if line.kind is SaleKind.COMP:
        item["offered"] = True
    elif line.kind in (SaleKind.VOID, SaleKind.LOSS):
        item["status"] = str(line.kind)
    return item


def elyx_document(ticket: SimTicket) -> dict[str, Any]:
    items = [_elyx_item(line) for line in ticket.lines]
    total = sum((line.amount for line in ticket.lines), Decimal("0.00"))
    local = ticket.opened_at
    return {
        "event": "sale.closed",
        "documentid": int(ticket.number.replace("-", "").replace("R", "9")),
        "external_document_number": ticket.number,
        "typedoc": "credit_note" if ticket.refund_of else "invoice",
        "status": "cancelled" if ticket.cancelled else "paid",
        "documentdate": local.date().isoformat(),
        "documenttime": local.time().isoformat(timespec="seconds"),
        "origin_document_number": ticket.refund_of,
        "items": items,
        "total": {"vat_include": str(abs(total))},
        "payments": [{"method": "CB", "amount": str(abs(total))}],
    }


def monora_ticket(ticket: SimTicket) -> dict[str, Any]:
    lines = []
    for line in ticket.lines:
        _, vat = _split(line.amount, line.product.vat_rate)
        lines.append(
            {
                "id": line.number,
                "sku": f"PI{line.product.code}",
                "name": line.product.label,
                "qty": str(line.quantity),
                "total_ttc": str(line.amount),
                "vat": str(vat),
                "vat_rate": str(line.product.vat_rate),
                "offered": line.kind is SaleKind.COMP,
                "voided": line.kind is SaleKind.VOID,
                "loss": line.kind is SaleKind.LOSS,
            }
        )
    return {
        "id": ticket.number,
        "closed_at": ticket.opened_at.isoformat(),
        "kind": "refund" if ticket.refund_of else "sale",
        "status": "cancelled" if ticket.cancelled else "closed",
        "lines": lines,
    }


def body_for(ticket: SimTicket, route: Route = "elyx") -> bytes:
    document = elyx_document(ticket) if route == "elyx" else {"tickets": [monora_ticket(ticket)]}
    return json.dumps(document, ensure_ascii=False).encode()


@dataclass(slots=True)
class SendReport:
    sent: int = 0
    statuses: list[int] = field(default_factory=list)
    import_ids: set[int] = field(default_factory=set)

    @property
    def accepted(self) -> int:
        return self.statuses.count(202)


def send_night(
    client: httpx.Client,
    restaurant_id: int,
    token: str,
    day: date,
    *,
    route: Route = "elyx",
    seed: int = 12230,
    lines: int = 150,
    resend: bool = True,
    malformed: bool = True,
) -> SendReport:
    """Post one body per ticket of ``day`` (``client`` carries the base URL). With
    ``resend`` the first ticket is sent twice; with ``malformed`` one truncated body goes
    too, as a flaky network or a buggy POS would send it."""
    bodies = [body_for(ticket, route) for ticket in night(day, seed=seed, lines=lines)]
    if resend and bodies:
        bodies.insert(len(bodies) // 2, bodies[0])
    if malformed and bodies:
        bodies.insert(len(bodies) // 3, bodies[-1][: len(bodies[-1]) // 2])
    report = SendReport()
    url = PATHS[route].format(rid=restaurant_id)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    for body in bodies:
        response = client.post(url, content=body, headers=headers)
        report.sent += 1
        report.statuses.append(response.status_code)
        if response.status_code in (202, 400):
            report.import_ids.add(response.json()["import_id"])
    return report
