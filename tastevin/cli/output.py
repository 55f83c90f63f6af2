"""What every operator command shares: one JSON object a line for machines (``--json``),
readable text otherwise, and errors on stderr with a non-zero exit."""

from __future__ import annotations

import json
import sys
from typing import Any, NoReturn

import typer
from rich.console import Console

err = Console(stderr=True)

JSON_OPTION = typer.Option(False, "--json", help="One JSON object a line, for scripts.")
SET_ASIDE_EXIT = 3
"""Applied, but rows were set aside and wait for the owner: not the 0 of a clean import."""


def emit_json(row: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def fail(message: str) -> NoReturn:
    err.print(f"[red]Error:[/red] {message}")
    raise typer.Exit(1)
