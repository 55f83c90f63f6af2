"""A supplier's delivery from a CSV file (columns in docs/deliveries.md), each line matched
to a library drink with the label matcher. Nothing is written here: the caller shows the
proposal, and the delivery is created from the lines the user confirms."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from tastevin.errors import BadInput
from tastevin.pos.sync import matcher_for
from tastevin.repositories import BeverageRepository
from tastevin.stock.deliveries import LineIn

MAX_LINES = 2000
LABEL_COLUMNS = ("label", "drink", "designation", "désignation", "libelle", "libellé")
QUANTITY_COLUMNS = ("quantity", "quantite", "quantité", "qty", "bottles")
COST_COLUMNS = ("unit_cost", "prix_unitaire_ht", "cost", "unit_price")


@dataclass(frozen=True, slots=True)
class ImportedLine:
    row: int
    label: str
    quantity: Decimal
    unit_cost: Decimal | None
    beverage_id: int | None
    """The drink the line is matched to (None: the user must choose)."""
    proposal_id: int | None
    """The matcher's best guess when it is not sure enough to decide alone."""
    confidence: float


@dataclass(frozen=True, slots=True)
class ImportProposal:
    lines: list[ImportedLine]

    @property
    def complete(self) -> bool:
        return all(line.beverage_id is not None for line in self.lines)

    def confirmed(self) -> list[LineIn]:
        return [
            LineIn(line.beverage_id, line.quantity, line.unit_cost)
            for line in self.lines
            if line.beverage_id is not None
        ]


def read_delivery_csv(session: Session, restaurant_id: int, body: bytes) -> ImportProposal:
    rows = _rows(body)
    library = BeverageRepository(session, restaurant_id)
    known = set(library.ids(library.active()))
    matcher = matcher_for(session, restaurant_id)
    lines: list[ImportedLine] = []
    for number, row in rows:
        label = _first(row, LABEL_COLUMNS)
        quantity = _decimal(_first(row, QUANTITY_COLUMNS), number, "quantity")
        if quantity is None or quantity <= 0:
            raise BadInput("the quantity must be a positive number of bottles", line=number)
        cost_text = _first(row, COST_COLUMNS)
        unit_cost = _decimal(cost_text, number, "unit_cost") if cost_text else None
        wanted = row.get("beverage_id", "").strip()
        if wanted:
            if not wanted.isdigit() or int(wanted) not in known:
                raise BadInput(f"no drink {wanted!r} in this library", line=number)
            lines.append(ImportedLine(number, label, quantity, unit_cost, int(wanted), None, 1.0))
            continue
        if not label:
            raise BadInput("a line needs a label or a beverage_id", line=number)
        suggestion = matcher.suggest(label, 1)
        best = suggestion.candidates[0] if suggestion.candidates else None
        best_id = int(best.entry_id) if best is not None else None
        sure = best is not None and best.answer == "yes" and best_id in known
        lines.append(
            ImportedLine(
                number,
                label,
                quantity,
                unit_cost,
                best_id if sure else None,
                best_id if not sure and best is not None and best.answer != "none" else None,
                best.confidence if best is not None else 0.0,
            )
        )
    return ImportProposal(lines)


def _rows(body: bytes) -> list[tuple[int, dict[str, str]]]:
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = body.decode("cp1252")  # spreadsheets saved "CSV (Windows)"
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if reader.fieldnames is None:
        raise BadInput("the file is empty")
    reader.fieldnames = [name.strip().lower() for name in reader.fieldnames]
    names = set(reader.fieldnames)
    if not names & set(QUANTITY_COLUMNS):
        raise BadInput("the file needs a quantity column")
    if not names & {*LABEL_COLUMNS, "beverage_id"}:
        raise BadInput("the file needs a label or a beverage_id column")
    rows: list[tuple[int, dict[str, str]]] = []
    for number, row in enumerate(reader, start=2):
        values = {k: (v or "").strip() for k, v in row.items() if k}
        if not any(values.values()):
            continue
        rows.append((number, values))
        if len(rows) > MAX_LINES:
            raise BadInput(f"a delivery has at most {MAX_LINES} lines")
    if not rows:
        raise BadInput("the file has no line")
    return rows


def _first(row: dict[str, str], names: tuple[str, ...]) -> str:
    for name in names:
        if row.get(name):
            return row[name]
    return ""


def _decimal(text: str, line: int, column: str) -> Decimal | None:
    if not text:
        return None
    cleaned = text.replace("€", "").replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise BadInput(f"{column}: {text!r} is not a number", line=line) from error
    if not value.is_finite() or value < 0:
        raise BadInput(f"{column}: {text!r} is not a positive number", line=line)
    return value
