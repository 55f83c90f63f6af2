"""Reading a Pointex sales journal as text: encoding, separator, header and columns.

Pointex publishes no format; docs/connectors/pointex.md defines the one we accept. The
column mapping is the declared table ``COLUMNS`` below: matching a real sample should only
mean adding a header name here."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from tastevin.errors import BadInput


@dataclass(frozen=True, slots=True)
class Column:
    field: str
    headers: tuple[str, ...]
    """Accepted header names, compared without accents, case or punctuation."""
    required: bool = True


COLUMNS: tuple[Column, ...] = (
    Column("ticket", ("n ticket", "no ticket", "num ticket", "numero ticket", "ticket")),
    Column("date", ("date", "date heure", "date vente", "horodatage")),
    Column("time", ("heure", "heure vente"), required=False),
    Column("code", ("code", "code article", "code produit", "ref", "reference", "plu")),
    Column("label", ("libelle", "designation", "article", "produit")),
    Column("quantity", ("qte", "quantite", "qty", "nb")),
    Column("amount", ("montant", "montant ttc", "total ttc", "total", "prix total")),
    Column("line", ("ligne", "n ligne", "no ligne"), required=False),
    Column("kind", ("type", "nature", "mouvement"), required=False),
)
HEADERLESS_ORDER = ("ticket", "date", "code", "label", "quantity", "amount")
"""A journal without a header row: these columns, in this order."""
SEPARATORS = (";", "\t", "|", ",")
MAX_ROWS = 1_000_000

Row = dict[str, str]


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM, else Windows-1252 (what French
    POS exports mostly are), else Latin-1, which reads any byte."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise BadInput("the file starts with a UTF-16 mark but is not UTF-16") from error
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def separator(first_line: str) -> str:
    """The most frequent of ``;``, tab, ``|`` on the first line; a comma only when none of
    them appears (commas are the decimal mark in French exports)."""
    counts = {sep: first_line.count(sep) for sep in SEPARATORS[:-1]}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def normalise_header(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


_BY_HEADER = {header: column.field for column in COLUMNS for header in column.headers}


def header_fields(cells: list[str]) -> list[str | None] | None:
    """The field of each header cell, or None when the row is not a header."""
    fields = [_BY_HEADER.get(normalise_header(cell)) for cell in cells]
    if "ticket" not in fields or "code" not in fields:
        return None
    # Named as a journal heads them (« quantite »), not by Tastevin's own field names.
    missing = [c.headers[0] for c in COLUMNS if c.required and c.field not in fields]
    if missing:
        raise BadInput(
            "the header lacks column(s): %(columns)s", columns=", ".join(missing), line=1
        )
    return fields


def rows(raw: bytes) -> Iterator[tuple[int, Row]]:
    """(line number, {field: cell}) for every non-empty data row."""
    text = decode(raw).replace("\x00", "")
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise BadInput("the journal is empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(first))
    fields: list[str | None] | None = None
    try:
        for cells in reader:
            number = reader.line_num
            if number > MAX_ROWS:
                raise BadInput("more than %(limit)s lines", limit=MAX_ROWS, line=number)
            if not any(cell.strip() for cell in cells):
                continue
            if fields is None:
                fields = header_fields(cells)
                if fields is not None:
                    continue
                fields = list(HEADERLESS_ORDER)
            yield number, _row(cells, fields, number)
    except csv.Error as error:
        raise BadInput(
            "unreadable line (%(reason)s)", reason=str(error), line=reader.line_num
        ) from error


def _row(cells: list[str], fields: list[str | None], number: int) -> Row:
    extra = cells[len(fields) :]
    if len(cells) < len(fields) or any(cell.strip() for cell in extra):
        expected = len(fields)
        raise BadInput(
            "%(count)s values where %(expected)s columns are expected",
            count=len(cells),
            expected=expected,
            line=number,
        )
    return {field: cell.strip() for field, cell in zip(fields, cells, strict=False) if field}
