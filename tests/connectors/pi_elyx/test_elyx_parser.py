from __future__ import annotations

import json
import re
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tastevin.connectors.base import ParseContext, SaleKind
from tastevin.connectors.pi_elyx import SPEC, parse
from tastevin.errors import BadInput

PARIS = ZoneInfo("Europe/Paris")
CONTEXT = ParseContext(PARIS)


def _doc(**overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "external_document_number": "241121-0007",
        "documentdate": "2026-11-22",
        "documenttime": "00:40:00",
        "typedoc": "invoice",
        "items": [
            {
                "itemid": 1,
                "reference": "PI00012",
                "designation": "CHABLIS 1ER CRU FOURCHAUME 75CL",
                "quantity": 1,
                "unit_price_vat_exclude": 48.3333,
                "vat": 20,
                "total": {"vat_exclude": 48.33, "vat": 9.67, "vat_include": 58.00},
            },
            {
                "reference": "PI00044",
                "designation": "VRE CHABLIS",
                "quantity": "2",
                "unit_price_vat_exclude": "7.50",
                "vat": "20.0",
            },
        ],
        "a_field_nobody_told_us_about": {"x": [1, 2]},
    }
    doc.update(overrides)
    return doc


def _parse(body: Any) -> Any:
    return parse(json.dumps(body).encode(), CONTEXT)


def test_document_lines_become_sale_records() -> None:
    batch = _parse(_doc())

    first, second = batch.sales
    assert first.key == "241121-0007:1"
    assert second.key == "241121-0007:2"
    assert (first.vendor_product_id, first.quantity, first.amount) == (
        "PI00012",
        Decimal(1),
        Decimal("58.00"),
    )
    assert first.tax == Decimal("9.67")
    assert second.amount == Decimal("18.00")  # 2 x 7.50 + 20 % VAT
    assert first.sold_at == datetime(2026, 11, 22, 0, 40, tzinfo=PARIS)
    assert SPEC.capabilities.updates_prices is False


def test_credit_note_is_a_refund_with_negative_quantities() -> None:
    batch = _parse(_doc(typedoc="credit_note"))

    assert {s.kind for s in batch.sales} == {SaleKind.REFUND}
    assert all(s.quantity < 0 and s.amount < 0 for s in batch.sales)


def test_negative_quantity_on_an_invoice_is_a_refund() -> None:
    doc = _doc()
    doc["items"][0]["quantity"] = -1
    doc["items"][0]["total"]["vat_include"] = -58

    refund = _parse(doc).sales[0]

    assert (refund.kind, refund.quantity, refund.amount) == (
        SaleKind.REFUND,
        Decimal(-1),
        Decimal("-58.00"),
    )


def test_offered_void_and_cancelled() -> None:
    doc = _doc()
    doc["items"][0]["offered"] = True
    doc["items"][1]["status"] = "void"
    assert [s.kind for s in _parse(doc).sales] == [SaleKind.COMP, SaleKind.VOID]
    assert _parse(doc).sales[0].amount == 0
    assert {s.kind for s in _parse(_doc(status="cancelled")).sales} == {SaleKind.VOID}


def test_envelopes_lists_and_catalogue() -> None:
    listed = _parse({"documents": [_doc(), _doc(external_document_number="X2")]})
    wrapped = _parse({"event": "sale.closed", "data": _doc()})
    catalogue = _parse(
        {"catalogue": [{"reference": "PI1", "designation": "COTES DU RHONE", "price": "24"}]}
    )

    assert len(listed.sales) == 4
    assert len(wrapped.sales) == 2
    assert catalogue.products[0].price == Decimal("24.00")
    assert catalogue.products[0].from_catalogue


def test_iso_datetime_with_offset_wins() -> None:
    sale = _parse(_doc(closed_at="2026-11-21T22:15:00+01:00")).sales[0]
    assert sale.sold_at == datetime(2026, 11, 21, 22, 15, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe", "not UTF-8"),
        (b"{", r"not readable JSON \(line 1\)"),
        (b"42", "must be a JSON object"),
        (b"{}", "no sale document"),
    ],
)
def test_bad_bodies_are_bad_input_naming_the_problem(body: bytes, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        parse(body, CONTEXT)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (_doc(documentdate="21/11/2026"), "documentdate"),
        (_doc(external_document_number=None), "external_document_number"),
        (_doc(items=[{"designation": "X", "quantity": "a"}]), "quantity"),
        (_doc(items=[{"designation": "X", "quantity": 1}]), "unit price"),
        (_doc(items=[{"designation": "X", "quantity": 1, "total": "NaN"}]), "total"),
        (_doc(items="nope"), "items must be a JSON array"),
    ],
)
def test_a_bad_document_is_set_aside_and_the_others_apply(
    document: dict[str, object], message: str
) -> None:
    good = _doc(external_document_number="OK1")
    batch = parse(json.dumps({"documents": [good, document]}).encode(), CONTEXT)
    (aside,) = batch.set_aside
    assert aside.line == 2 and aside.reason.startswith("document 2: ")
    assert re.search(message, aside.reason)
    assert batch.sales and {s.ticket for s in batch.sales} == {"doc:OK1"}
