"""The one export writer: formula-looking text stays text (OWASP CSV injection), numbers are
written as a French spreadsheet reads them, and XLSX numbers are numbers."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from tastevin.exports import Column, Kind, Table, neutralise, to_csv, to_xlsx

DANGEROUS = [
    "=1+1",
    "+33612345678",
    "-2+3",
    "@SUM(A1)",
    "\t=cmd",
    "\r=cmd",
    '=HYPERLINK("http://x.test","clic")',
]


@pytest.mark.parametrize("text", DANGEROUS)
def test_dangerous_text_gets_a_leading_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["Chablis", "", "1er cru", "'=deja", " =espace"])
def test_harmless_text_is_unchanged(text: str) -> None:
    assert neutralise(text) == text


def _table() -> Table:
    return Table(
        "Ventes",
        [
            Column("Boisson"),
            Column("Jour", Kind.DATE),
            Column("Bouteilles", Kind.QUANTITY),
            Column("CA", Kind.MONEY),
            Column("Millésime", Kind.INTEGER),
        ],
        [
            ["=1+1", date(2026, 11, 20), Decimal("0.9600"), Decimal("1234.5"), 2019],
            ["-Remboursement", date(2026, 11, 21), Decimal("-1"), Decimal("-12.30"), None],
        ],
    )


def test_csv_is_french_and_neutralised() -> None:
    raw = to_csv([_table()])
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Boisson", "Jour", "Bouteilles", "CA", "Millésime"]
    assert rows[1] == ["'=1+1", "20/11/2026", "0,96", "1234,50", "2019"]
    # A negative number stays a number; negative-looking text is neutralised.
    assert rows[2] == ["'-Remboursement", "21/11/2026", "-1", "-12,30", ""]


def test_csv_tables_follow_each_other_with_an_empty_line() -> None:
    text = to_csv([_table(), Table("B", [Column("x")], [["y"]])]).decode("utf-8-sig")
    assert "\r\n\r\nx\r\ny\r\n" in text


def test_xlsx_keeps_formulas_as_text_and_numbers_as_numbers() -> None:
    data = to_xlsx([_table()])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    sheet = load_workbook(io.BytesIO(data))["Ventes"]
    name = sheet["A2"]
    assert name.value == "=1+1" and name.data_type == "s" and name.quotePrefix
    assert sheet["B2"].is_date and sheet["B2"].number_format == "dd/mm/yyyy"
    assert sheet["C2"].value == pytest.approx(0.96) and sheet["C2"].data_type == "n"
    assert sheet["D2"].value == pytest.approx(1234.5) and "€" in sheet["D2"].number_format
    assert sheet["D3"].value == pytest.approx(-12.3)
    assert sheet["E2"].value == 2019
    assert sheet["A3"].value == "-Remboursement" and sheet["A3"].data_type == "s"


def test_xlsx_sheet_titles_are_valid_and_unique() -> None:
    tables = [Table("Par jour: 1/2", [Column("a")], []), Table("Par jour: 1/2", [Column("a")], [])]
    book = load_workbook(io.BytesIO(to_xlsx(tables)))
    assert book.sheetnames == ["Par jour 12", "Par jour 12 2"]
