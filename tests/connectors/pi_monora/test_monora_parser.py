from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from tastevin.connectors.base import ParseContext, SaleKind
from tastevin.connectors.pi_monora import SPEC, parse
from tastevin.errors import BadInput
from tastevin.simulators.pi_sender import body_for
from tastevin.simulators.restaurant import night

CONTEXT = ParseContext(ZoneInfo("Europe/Paris"))


def test_a_night_through_monora_reads_back_line_for_line() -> None:
    tickets = night(date(2026, 11, 21))

    sales = [s for t in tickets for s in parse(body_for(t, "monora"), CONTEXT).sales]

    assert len(sales) == sum(len(t.lines) for t in tickets)
    refund = next(s for s in sales if s.kind is SaleKind.REFUND)
    assert refund.quantity < 0
    assert refund.amount < 0
    assert SPEC.capabilities.updates_prices is False


def test_a_single_ticket_and_a_catalogue() -> None:
    body = {
        "id": "M1",
        "closed_at": "2026-11-21T23:59:00+01:00",
        "lines": [{"sku": "B1", "name": "BIERE", "qty": 2, "total_ttc": "11", "offered": True}],
        "products": [{"sku": "B1", "name": "BIERE", "price_ttc": "5.50"}],
    }

    batch = parse(json.dumps(body).encode(), CONTEXT)

    assert (batch.sales[0].kind, batch.sales[0].amount) == (SaleKind.COMP, Decimal("0.00"))
    assert batch.products[0].price == Decimal("5.50")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"[]", "must be a JSON object"),
        (b'{"tickets": {}}', "tickets must be a JSON array"),
        (b'{"tickets": []}', "no ticket"),
    ],
)
def test_bad_bodies(body: bytes, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        parse(body, CONTEXT)


def test_a_bad_ticket_is_set_aside_and_the_others_apply() -> None:
    good = {
        "id": "M1",
        "closed_at": "2026-11-21T23:59:00+01:00",
        "lines": [{"sku": "B1", "name": "BIERE", "qty": 2, "total_ttc": "11"}],
    }
    undated = {"id": "M2", "lines": []}
    bad_amount = {**good, "id": "M3", "lines": [{**good["lines"][0], "total_ttc": "NaN"}]}
    body = {"tickets": [good, undated, bad_amount]}
    batch = parse(json.dumps(body).encode(), CONTEXT)
    assert [s.ticket for s in batch.sales] == ["ticket:M1"]
    first, second = batch.set_aside
    assert (first.line, first.ref) == (2, "M2") and "closed_at is missing" in first.reason
    assert (second.line, second.ref) == (3, "M3") and "total_ttc" in second.reason
    assert second.at is not None  # its time was readable: it is put on its business day
