"""Spreadsheet exports (CSV and XLSX) that are safe to open and read as a French user expects.

Every export of the app goes through this module, so two promises hold everywhere:

* **No formula injection** (OWASP "CSV injection"): a text cell that starts with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return is written with a leading apostrophe in
  CSV, and as a plain string (never a formula, quote-prefixed) in XLSX. A drink named
  ``=HYPERLINK(…)`` stays a name.
* **Numbers readable by a French spreadsheet**: CSV uses ``;`` between fields and a decimal
  comma (what French Excel and LibreOffice expect), dates as ``dd/mm/yyyy``; XLSX stores
  numbers as numbers (exact decimals turned into numbers only at the edge) with a display
  format, and dates as dates.

Callers describe tables (columns with a kind, rows of values) and never format cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlsxCell
from openpyxl.styles import Font

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
"""Lets Excel read the CSV as UTF-8 (accents) instead of the system code page."""
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
MAX_SHEET_TITLE = 31

Value = str | int | Decimal | date | datetime | None


class Kind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"
    """Euros, two decimals."""
    QUANTITY = "quantity"
    """Bottles and the like: up to four decimals, no trailing zeros."""
    DATE = "date"


XLSX_FORMATS = {
    Kind.INTEGER: "0",
    Kind.MONEY: '#,##0.00\\ "€"',
    Kind.QUANTITY: "#,##0.####",
    Kind.DATE: "dd/mm/yyyy",
}


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True, slots=True)
class Table:
    """One block of a CSV (blocks separated by an empty line) and one sheet of an XLSX."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Value]]


def neutralise(text: str) -> str:
    """A text cell a spreadsheet will never run as a formula (OWASP CSV injection)."""
    return "'" + text if text.startswith(DANGEROUS_STARTS) else text


def _french_number(value: Decimal | int, places: int | None) -> str:
    if isinstance(value, int):
        return str(value)
    shown = f"{value:.{places}f}" if places is not None else format(value.normalize(), "f")
    return shown.replace(".", ",")


def csv_cell(value: Value, kind: Kind) -> str:
    """The text of one CSV field: numbers with a decimal comma, dates dd/mm/yyyy, and any
    text neutralised, whatever column it sits in."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y %H:%M" if isinstance(value, datetime) else "%d/%m/%Y")
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return _french_number(value, 2 if kind == Kind.MONEY else None)
    return neutralise(str(value))


def to_csv(tables: Sequence[Table]) -> bytes:
    """UTF-8 with a BOM, ``;``-separated, CRLF line ends (RFC 4180), tables one after the
    other with an empty line between them."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for index, table in enumerate(tables):
        if index:
            writer.writerow([])
        writer.writerow([neutralise(column.header) for column in table.columns])
        for row in table.rows:
            writer.writerow(
                [
                    csv_cell(value, column.kind)
                    for value, column in zip(row, table.columns, strict=True)
                ]
            )
    return (BOM + out.getvalue()).encode("utf-8")


def _xlsx_value(cell: XlsxCell, value: Value, kind: Kind) -> None:
    if isinstance(value, str) or (value is not None and kind == Kind.TEXT):
        # Assigning a string that starts with "=" makes openpyxl write a formula: write it
        # as a string explicitly, and quote-prefixed so editing the cell keeps it text.
        text = str(value)
        cell.value = text
        cell.data_type = "s"
        if text.startswith(DANGEROUS_STARTS):
            cell.quotePrefix = True
        return
    if isinstance(value, Decimal):
        # XLSX has no exact decimal type; amounts are ≤ 4 places, far inside a double's
        # 15 significant digits, so the float round-trips the shown value exactly.
        cell.value = float(value)
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
    else:
        cell.value = value
    if kind in XLSX_FORMATS and value is not None:
        cell.number_format = XLSX_FORMATS[kind]


def _sheet_title(title: str, taken: set[str]) -> str:
    base = "".join(c for c in title if c not in "[]:*?/\\")[:MAX_SHEET_TITLE] or "Sheet"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base[: MAX_SHEET_TITLE - 3]} {number}"
    taken.add(candidate)
    return candidate


def to_xlsx(tables: Sequence[Table]) -> bytes:
    book = Workbook()
    default = book.active
    if default is not None:
        book.remove(default)
    taken: set[str] = set()
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title, taken))
        for col, column in enumerate(table.columns, start=1):
            header = sheet.cell(row=1, column=col)
            _xlsx_value(header, column.header, Kind.TEXT)
            header.font = bold
        for row_number, row in enumerate(table.rows, start=2):
            for col, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
                _xlsx_value(sheet.cell(row=row_number, column=col), value, column.kind)
    if not book.worksheets:
        book.create_sheet("Sheet")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
