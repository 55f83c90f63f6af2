"""The Mews POS docs' published example shapes, read as the docs mean them
(tests/connectors/bizzon/published/SOURCE.md names each source)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from tastevin.cli import app
from tastevin.connectors.base import ParseContext, SaleKind
from tastevin.connectors.bizzon.parser import parse
from tastevin.errors import BadInput

PUBLISHED = Path(__file__).parent / "published"
PARIS = ZoneInfo("Europe/Paris")


def _read(name: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(
        app,
        ["connectors", "read", "bizzon", str(PUBLISHED / name), "--json", "--day", "2026-03-10"],
    )
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_get_invoices_example_sets_its_unincluded_item_aside_and_keeps_the_total() -> None:
    lines = _read("invoices_list.json")
    assert [line["record"] for line in lines] == ["set_aside"]
    assert lines[0]["ref"] == "4a6e8ca3-3d4e-4f50-b162-738495061728"
    assert "included" in str(lines[0]["reason"])
    batch = parse((PUBLISHED / "invoices_list.json").read_bytes(), ParseContext(PARIS))
    assert [(t.ref, t.total, t.source) for t in batch.totals] == [
        ("0c2f6a51-7d3e-4b8a-9f10-2a6b5c4d3e21", Decimal("15.00"), "tickets")
    ]


def test_the_filtering_example_with_null_money_fields_is_read() -> None:
    batch = parse((PUBLISHED / "invoices_filtered.json").read_bytes(), ParseContext(PARIS))
    assert [t.total for t in batch.totals] == [Decimal("7.50")]
    assert len(batch.set_aside) == 1 and not batch.sales


def test_the_products_example_gives_the_product_and_its_price() -> None:
    lines = _read("products.json")
    assert lines == [
        {
            "record": "product",
            "external_id": "d3f7153c-c6d7-48e9-cafb-627384950617",
            "label": "Chablis 1er Cru (verre)",
            "price": "8.00",
        }
    ]


def test_comps_and_voids_under_the_current_names_earn_nothing() -> None:
    batch = parse((PUBLISHED / "invoices_with_items.json").read_bytes(), ParseContext(PARIS))
    by_key = {s.key: s for s in batch.sales}
    assert by_key["it-1"].kind is SaleKind.SALE and by_key["it-1"].amount == Decimal("16.00")
    assert by_key["it-1"].quantity == Decimal("2.0")
    assert by_key["it-2"].kind is SaleKind.COMP and by_key["it-2"].amount == 0
    assert by_key["it-3"].kind is SaleKind.VOID and by_key["it-3"].amount == 0
    # The schema tables' relationship name ``items`` is read as well as ``invoiceItems``.
    assert by_key["it-4"].ticket == "inv-102" and by_key["it-4"].amount == Decimal("12.00")
    revenue = sum(s.amount for s in batch.sales if s.kind in (SaleKind.SALE, SaleKind.REFUND))
    assert revenue == Decimal("28.00")


def test_the_deprecated_flags_alone_still_void_and_comp() -> None:
    document = json.loads((PUBLISHED / "invoices_with_items.json").read_text())
    for item in document["included"]:
        attributes = item["attributes"]
        attributes["comp"], attributes["void"] = attributes["isComp"], attributes["isVoid"]
        del attributes["isComp"], attributes["isVoid"]
    batch = parse(json.dumps(document).encode(), ParseContext(PARIS))
    kinds = {s.key: s.kind for s in batch.sales}
    assert kinds["it-2"] is SaleKind.COMP and kinds["it-3"] is SaleKind.VOID


def test_a_single_invoice_item_document_is_not_a_list_page_and_is_refused() -> None:
    result = CliRunner().invoke(
        app, ["connectors", "read", "bizzon", str(PUBLISHED / "invoice_item.json"), "--json"]
    )
    assert result.exit_code == 2
    assert "no data[] list" in result.stderr
    with pytest.raises(BadInput):
        parse((PUBLISHED / "invoice_item.json").read_bytes(), ParseContext(PARIS))


@pytest.mark.parametrize(
    ("value", "problem"), [("12.345", "two decimals"), ("NaN", "finite"), ("abc", "decimal")]
)
def test_a_bad_amount_sets_its_invoice_aside_naming_line_and_field(
    value: str, problem: str
) -> None:
    document = json.loads((PUBLISHED / "invoices_with_items.json").read_text())
    document["included"][0]["attributes"]["totalInclDiscount"] = value
    batch = parse(json.dumps(document).encode(), ParseContext(PARIS))
    (aside,) = batch.set_aside
    assert aside.line == 1 and aside.ref == document["data"][0]["id"]
    assert aside.reason.startswith("line 1: field ")
    assert "totalInclDiscount" in aside.reason or "amount" in aside.reason
    assert problem in aside.reason
    # The other invoice still reads; none of the set-aside invoice's lines is taken.
    assert batch.sales and {s.ticket for s in batch.sales} == {document["data"][1]["id"]}
