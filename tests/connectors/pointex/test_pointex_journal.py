from __future__ import annotations

import codecs
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from tastevin.connectors.base import ParseContext, SaleKind
from tastevin.connectors.pointex import SPEC, parse
from tastevin.connectors.pointex.journal import COLUMNS, decode, separator
from tastevin.errors import BadInput
from tastevin.simulators.pointex_uploader import render_journal
from tastevin.simulators.restaurant import night

PARIS = ZoneInfo("Europe/Paris")
CONTEXT = ParseContext(PARIS)
HEADER = "N° ticket;Date;Heure;Code;Libellé;Qté;Montant TTC;Type"


def _journal(*rows: str, header: str = HEADER, encoding: str = "cp1252") -> bytes:
    return "\r\n".join([header, *rows]).encode(encoding)


def test_a_cp1252_journal_with_decimal_commas() -> None:
    raw = _journal(
        "T1;21/11/2026;22:10:05;00012;CÔTES DU RHÔNE VRE 12CL;2;13,00;VENTE",
        "T1;21/11/2026;22:10:05;00044;CHABLIS 1ER CRU;1;1 058,50;VENTE",
        "T2;22/11/2026;01:15:00;00012;CÔTES DU RHÔNE VRE 12CL;1;6,50;REMB",
    )

    first, second, refund = parse(raw, CONTEXT).sales

    assert first.label == "CÔTES DU RHÔNE VRE 12CL"
    assert (first.key, first.quantity, first.amount) == ("T1:1", Decimal(2), Decimal("13.00"))
    assert (second.key, second.amount) == ("T1:2", Decimal("1058.50"))
    assert first.sold_at == datetime(2026, 11, 21, 22, 10, 5, tzinfo=PARIS)
    assert (refund.kind, refund.quantity, refund.amount) == (
        SaleKind.REFUND,
        Decimal(-1),
        Decimal("-6.50"),
    )
    assert SPEC.capabilities.sends_catalogue is False
    assert SPEC.capabilities.updates_prices is False


def test_utf8_bom_tabs_and_a_date_time_column() -> None:
    header = "Ticket\tDate heure\tCode article\tDésignation\tQuantité\tMontant"
    raw = codecs.BOM_UTF8 + f"{header}\r\nA9\t21/11/2026 20:00\tX1\tBIÈRE\t1\t5,5\r\n".encode()

    sale = parse(raw, CONTEXT).sales[0]

    assert (sale.label, sale.amount) == ("BIÈRE", Decimal("5.50"))
    assert sale.sold_at == datetime(2026, 11, 21, 20, 0, tzinfo=PARIS)


def test_a_journal_without_header_uses_the_declared_order() -> None:
    raw = b"T7;21/11/2026 21:30:00;00012;VIN;-1;-6,50\r\n"

    sale = parse(raw, CONTEXT).sales[0]

    assert (sale.vendor_product_id, sale.kind, sale.amount) == (
        "00012",
        SaleKind.REFUND,
        Decimal("-6.50"),
    )


def test_offered_void_and_loss_lines() -> None:
    raw = _journal(
        "T1;21/11/2026;22:00;A;VIN;1;0,00;OFFERT",
        "T1;21/11/2026;22:00;B;VIN;1;6,50;ANNUL",
        "T1;21/11/2026;22:00;C;VIN;1;0;PERTE",
        "T1;21/11/2026;22:00;D;VIN;1;0;",
    )
    kinds = [s.kind for s in parse(raw, CONTEXT).sales]
    assert kinds == [SaleKind.COMP, SaleKind.VOID, SaleKind.LOSS, SaleKind.COMP]


def test_the_simulated_night_reads_back_line_for_line() -> None:
    tickets = night(date(2026, 11, 21))

    batch = parse(render_journal(tickets), CONTEXT)

    assert len(batch.sales) == sum(len(t.lines) for t in tickets)
    assert not batch.products  # Pointex sends no catalogue
    assert len({s.key for s in batch.sales}) == len(batch.sales)


def test_encoding_and_separator_detection() -> None:
    assert decode("é".encode("cp1252")) == "é"
    assert decode(codecs.BOM_UTF8 + "é".encode()) == "é"
    assert decode("é".encode("utf-16")) == "é"
    assert separator("a;b,c;d") == ";"
    assert separator("a\tb\tc") == "\t"
    assert separator("a,b") == ","
    assert {c.field for c in COLUMNS if c.required} == {
        "ticket",
        "date",
        "code",
        "label",
        "quantity",
        "amount",
    }


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"\r\n\r\n", "empty"),
        (_journal(), "no sale line"),
        (b"N ticket;Code\r\n1;2\r\n", "lacks column"),
        (_journal("T1;21/11/2026;22:00;A;VIN;1;6,50"), "line 2: 7 values where 8"),
    ],
)
def test_bad_journals_name_the_line_and_the_problem(raw: bytes, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        parse(raw, CONTEXT)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("T1;2026/21/11;22:00;A;VIN;1;6,50;VENTE", "line 3: the date"),
        ("T1;21/11/2026;25h;A;VIN;1;6,50;VENTE", "line 3: the time"),
        ("T1;21/11/2026;22:00;A;VIN;un;6,50;VENTE", "line 3: quantity must be a number"),
        ("T1;21/11/2026;22:00;A;VIN;1;6,50;CADEAU", "line 3: unknown line type"),
        (";21/11/2026;22:00;A;VIN;1;6,50;VENTE", "line 3: ticket number is missing"),
        ("T1;21/11/2026;22:00;A;VIN;1;6,505;VENTE", "line 3: field amount"),
    ],
)
def test_a_bad_row_is_set_aside_with_its_line_and_the_others_apply(row: str, message: str) -> None:
    batch = parse(_journal("T0;21/11/2026;21:00;B;BIERE;1;5,00;VENTE", row), CONTEXT)
    assert [s.vendor_product_id for s in batch.sales] == ["B"]
    (aside,) = batch.set_aside
    assert aside.line == 3 and aside.reason.startswith(message)
