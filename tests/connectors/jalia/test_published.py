"""The Pragma docs' published example shapes, read as the docs mean them
(tests/connectors/jalia/published/SOURCE.md names each source)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from typer.testing import CliRunner

from tastevin.cli import app
from tastevin.connectors.base import ParseContext, SaleKind
from tastevin.connectors.jalia.parser import decide_unit, parse

PUBLISHED = Path(__file__).parent / "published"
PARIS = ZoneInfo("Europe/Paris")


def _read(name: str, *extra: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(
        app, ["connectors", "read", "jalia", str(PUBLISHED / name), "--json", *extra]
    )
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_orders_example_is_read_in_euros_with_its_comp_on_the_asked_day() -> None:
    lines = _read("orders_v1.json", "--day", "2026-03-10")
    sales = [line for line in lines if line["record"] == "sale"]
    assert [(s["label"], s["kind"], s["quantity"], s["amount"]) for s in sales] == [
        ("Perrier", "sale", "6", "30.00"),
        ("Irish coffee", "comp", "1", "0.00"),
    ]
    assert {s["external_id"] for s in sales} == {
        "e8bf6871-4f9a-4e9b-b93f-db913ebee6e8",
        "0ad17982-5a0b-4fac-ca40-ec024fcff7f9",
    }
    assert {s["business_day"] for s in sales} == {"2026-03-10"}
    batch = parse(
        (PUBLISHED / "orders_v1.json").read_bytes(),
        ParseContext(PARIS, {"endpoint": "orders", "day": "2026-03-10"}),
    )
    assert batch.decisions == {"money_unit": {"euros": 1}, "dated_by": {"request_day": 1}}


def test_without_any_day_an_undated_order_is_set_aside_and_the_others_apply() -> None:
    document = json.loads((PUBLISHED / "orders_v1.json").read_text())
    dated = json.loads(json.dumps(document["data"][0]))
    dated["id"], dated["openedAt"] = "other-order", "2026-03-10T20:15:00+01:00"
    document["data"].append(dated)
    batch = parse(json.dumps(document).encode(), ParseContext(PARIS, {"endpoint": "orders"}))
    assert [(s.ref, s.line) for s in batch.set_aside] == [(document["data"][0]["id"], 1)]
    assert {s.ticket for s in batch.sales} == {"other-order"}
    assert sum(s.amount for s in batch.sales) == Decimal("30.00")


def test_the_z_report_example_gives_the_day_total_in_cents() -> None:
    batch = parse(
        (PUBLISHED / "reports_v1.json").read_bytes(),
        ParseContext(PARIS, {"endpoint": "reports", "day": "2026-03-10"}),
    )
    (total,) = batch.totals
    assert (total.total, total.source, total.day) == (
        Decimal("30.00"),
        "z_report",
        date(2026, 3, 10),
    )
    assert total.detail["products"][0]["amount"] == "30.00"
    assert batch.decisions == {"money_unit": {"cents": 1}}


def test_the_catalog_example_is_in_cents() -> None:
    lines = _read("catalog.json")
    assert [(line["label"], line["price"]) for line in lines] == [
        ("Perrier", "5.00"),
        ("Saint-Joseph", "32.00"),
    ]


def test_money_unit_is_decided_per_order_from_its_own_evidence() -> None:
    assert decide_unit([20, Decimal("1.82")], 20, Decimal("1.82"), "auto") == "euros"
    assert decide_unit([2000, 182], 2000, 182, "auto") == "cents"
    # Whole euros with a whole tax: only the rounding of 10 % VAT to the cent fits euros.
    assert decide_unit([22, 2], 22, 2, "auto") == "cents"
    assert decide_unit([20, 2], 20, 2, "euros") == "euros"
    assert decide_unit([Decimal("4.5")], None, None, "cents") == "cents"


def test_one_page_mixing_units_reads_each_order_in_its_own() -> None:
    euro_order = json.loads((PUBLISHED / "orders_v1.json").read_text())["data"][0]
    cent_order = json.loads(json.dumps(euro_order))
    cent_order["id"] = "cents-order"
    cent_order["total"], cent_order["totalTax"] = 3000, 273
    for item in cent_order["items"]:
        item["unitPrice"], item["total"] = item["unitPrice"] * 100, item["total"] * 100
        item["tax"]["taxAmount"] = int(Decimal(str(item["tax"]["taxAmount"])) * 100)
        item["tax"]["taxRate"] = 1000
    body = json.dumps({"data": [euro_order, cent_order]}).encode()
    batch = parse(body, ParseContext(PARIS, {"endpoint": "orders", "day": "2026-03-10"}))
    per_ticket: dict[str | None, Decimal] = {}
    for sale in batch.sales:
        per_ticket[sale.ticket] = per_ticket.get(sale.ticket, Decimal(0)) + sale.amount
    assert per_ticket == {euro_order["id"]: Decimal("30.00"), "cents-order": Decimal("30.00")}
    assert batch.decisions["money_unit"] == {"euros": 1, "cents": 1}
    kinds = [s.kind for s in batch.sales]
    assert kinds.count(SaleKind.COMP) == 2


def test_an_item_that_does_not_impact_stock_earns_and_destocks_nothing() -> None:
    document = json.loads((PUBLISHED / "orders_v1.json").read_text())
    order = document["data"][0]
    order["items"][0]["stockImpactIndicator"] = False  # the Perrier, sold for 30.00
    order["items"][1]["stockImpactIndicator"] = False  # the offered Irish coffee
    batch = parse(
        json.dumps(document).encode(),
        ParseContext(PARIS, {"endpoint": "orders", "day": "2026-03-10"}),
    )
    kinds = [(s.label, s.kind, s.amount) for s in batch.sales]
    assert kinds == [
        ("Perrier", SaleKind.NO_STOCK, Decimal("30.00")),
        ("Irish coffee", SaleKind.VOID, Decimal("0.00")),
    ]
    assert batch.decisions["stock_impact"] == {"none": 2}
    from tastevin.models.enums import REVENUE_KINDS, STOCK_KINDS

    assert SaleKind.NO_STOCK in REVENUE_KINDS and SaleKind.NO_STOCK not in STOCK_KINDS


def test_a_bad_item_value_sets_its_order_aside_with_line_and_field() -> None:
    document = json.loads((PUBLISHED / "orders_v1.json").read_text())
    document["data"][0]["openedAt"] = "2026-03-10T20:00:00+01:00"
    second = json.loads(json.dumps(document["data"][0]))
    second["id"] = "second"
    second["items"][0]["quantity"] = "lots"
    document["data"].append(second)
    batch = parse(json.dumps(document).encode(), ParseContext(PARIS, {"endpoint": "orders"}))
    assert {s.ticket for s in batch.sales} == {document["data"][0]["id"]}
    (aside,) = batch.set_aside
    assert (aside.line, aside.ref) == (2, "second")
    assert aside.reason.startswith("line 2: field quantity")
    assert aside.at is not None and aside.message is not None
