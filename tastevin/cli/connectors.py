"""``tastevin connectors read VENDOR FILE``: what Tastevin reads from one raw body or file,
offline, exactly as the pipeline would parse it (support: "what did Tastevin read from this
file?"; checks: replaying the vendors' published examples)."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer

from tastevin.connectors.base import CanonicalBatch, ConnectorSpec, ParseContext
from tastevin.connectors.registry import get_spec, specs
from tastevin.errors import BadInput, NotFound
from tastevin.pull.days import last_closed_day
from tastevin.sales.business_day import business_day

connectors_app = typer.Typer(help="POS connectors: read what a vendor sent, offline.")
DEFAULT_CUTOFF = time(5, 0)
CENT = Decimal("0.01")


def _spec(name: str) -> ConnectorSpec:
    """A vendor key as in ``connection activate`` (``-`` or ``_`` alike)."""
    try:
        return get_spec(name.strip().lower().replace("-", "_"))
    except NotFound as error:
        known = ", ".join(sorted(s.vendor.replace("_", "-") for s in specs()))
        raise BadInput(f"unknown vendor {name!r} (one of: {known})") from error


def _decimal(value: Decimal) -> str:
    return format(value, "f")


def _money(value: Decimal | None) -> str | None:
    return None if value is None else _decimal(value.quantize(CENT))


def _quantity(value: Decimal) -> str:
    text = _decimal(value.normalize())
    return text if "." in text or "E" not in text else _decimal(value)


def batch_lines(batch: CanonicalBatch, zone: ZoneInfo, cutoff: time) -> list[dict[str, Any]]:
    """The batch as the JSON objects ``connectors read`` prints, one per record."""
    lines: list[dict[str, Any]] = []
    for product in batch.products:
        lines.append(
            {
                "record": "product",
                "external_id": product.vendor_product_id,
                "label": product.label,
                "price": _money(product.price),
            }
        )
    for sale in batch.sales:
        lines.append(
            {
                "record": "sale",
                "external_id": sale.vendor_product_id,
                "label": sale.label,
                "kind": str(sale.kind),
                "quantity": _quantity(sale.quantity),
                "amount": _money(sale.amount),
                "sold_at": sale.sold_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
                "key": sale.key,
                "ticket": sale.ticket,
                "business_day": business_day(sale.sold_at, zone, cutoff).isoformat(),
            }
        )
    for item in batch.set_aside:
        lines.append(
            {
                "record": "set_aside",
                "reason": item.reason,
                "line": item.line,
                "ref": item.ref,
                **({"detail": dict(item.detail)} if item.detail else {}),
            }
        )
    return lines


def total_lines(batch: CanonicalBatch) -> list[dict[str, Any]]:
    return [
        {
            "record": "pos_total",
            "source": t.source,
            "ref": t.ref,
            "total": _money(t.total),
            "day": t.day.isoformat() if t.day else None,
            "at": t.at.astimezone(UTC).isoformat().replace("+00:00", "Z") if t.at else None,
        }
        for t in batch.totals
    ]


def read_command(
    vendor: str = typer.Argument(..., help="A vendor key of `tastevin vendors` (- or _ alike)."),
    file: Path = typer.Argument(..., help="One raw body or file, as the vendor sent it."),
    timezone: str = typer.Option("Europe/Paris", "--timezone", help="The restaurant's zone."),
    day: str = typer.Option(
        None,
        "--day",
        help="The business day the data was asked for (YYYY-MM-DD); default: the last one "
        "closed, as the nightly pull would ask.",
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object a line."),
    totals: bool = typer.Option(False, "--totals", help="Also print the POS's own totals."),
) -> None:
    """Parse one raw body or file offline, exactly as the pipeline would, and print what was
    read: products, sale lines, and what was set aside with its reason."""
    try:
        spec = _spec(vendor)
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise BadInput(f"unknown time zone {timezone!r}") from error
        try:
            asked = date.fromisoformat(day) if day else None
        except ValueError as error:
            raise BadInput(f"--day must be YYYY-MM-DD, not {day!r}") from error
        if asked is None:
            asked = last_closed_day(datetime.now(UTC), zone, DEFAULT_CUTOFF)
        try:
            raw = file.read_bytes()
        except OSError as error:
            raise BadInput(f"cannot read {file}: {error.strerror or error}") from error
        meta = {"day": asked.isoformat(), "file_name": file.name}
        batch = spec.parse(raw, ParseContext(zone, meta))
        if not (batch.products or batch.sales or batch.set_aside or batch.totals):
            raise BadInput("nothing to read: no product, no sale line")
    except BadInput as error:
        sys.stderr.write(f"error: {error.message}\n")
        raise typer.Exit(2) from error
    lines = batch_lines(batch, zone, DEFAULT_CUTOFF) + (total_lines(batch) if totals else [])
    for line in lines:
        if as_json:
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write("  ".join(f"{k}={v}" for k, v in line.items() if v is not None) + "\n")


def register(app: typer.Typer) -> None:
    connectors_app.command("read")(read_command)
    app.add_typer(connectors_app, name="connectors")
