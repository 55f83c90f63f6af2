"""``tastevin imports list | replay | retry-failed``: what arrived, in which state, and
putting failed imports through again. The same imports service as the pages and the API."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from tastevin.cli.output import JSON_OPTION, SET_ASIDE_EXIT, emit_json, fail
from tastevin.db import transaction
from tastevin.errors import TastevinError
from tastevin.models.enums import ImportStatus
from tastevin.sales.imports import (
    import_row,
    imports_by_id,
    list_imports,
    replay_import,
    retry_failed,
)
from tastevin.sales.processing import run_import

console = Console()
imports_app = typer.Typer(help="Raw imports: what arrived, in which state; replaying them.")

STATUS_HELP = "received, processing, applied or failed."


@imports_app.command("list")
def imports_list(
    restaurant: int = typer.Option(None, "--restaurant", "-r", help="Only this restaurant."),
    status: str = typer.Option(None, "--status", help=STATUS_HELP),
    limit: int = typer.Option(None, "--limit", help="At most this many (default: all)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Imports, newest first (every one of them unless --limit)."""
    table = Table(
        "id", "restaurant", "vendor", "channel", "status", "tries", "received", "added", "set aside"
    )
    table.add_column("error", overflow="fold")
    try:
        with transaction() as session:
            for raw in list_imports(session, restaurant, status, limit):
                row = import_row(raw)
                if as_json:
                    emit_json(row)
                else:
                    table.add_row(*(str(v) if v is not None else "" for v in row.values()))
    except TastevinError as error:
        fail(error.message)
    if not as_json:
        console.print(table)


@imports_app.command("replay")
def imports_replay(import_id: int, as_json: bool = JSON_OPTION) -> None:
    """Parse and apply a stored import again, now (after a parser fix). Idempotent."""
    try:
        with transaction() as session:
            outcome = replay_import(session, import_id, None)
    except TastevinError as error:
        fail(error.message)
    if as_json:
        emit_json(
            {
                "id": outcome.import_id,
                "status": outcome.status,
                "lines_added": outcome.lines_added,
                "error": outcome.error,
                "set_aside": list(outcome.set_aside),
            }
        )
    if outcome.status != ImportStatus.APPLIED:
        if not as_json:
            console.print(f"[red]Import {import_id} still fails:[/red] {outcome.error}")
        raise typer.Exit(1)
    if not as_json:
        console.print(f"Import {import_id} {outcome.status}: {outcome.lines_added} lines added")
    if outcome.set_aside:
        # applied, but rows still wait for the owner: as `tastevin import` says it
        if not as_json:
            count = len(outcome.set_aside)
            rows = "row" if count == 1 else "rows"
            console.print(f"[yellow]Warning: {count} {rows} set aside, not counted:[/yellow]")
            for reason in outcome.set_aside:
                console.print(f"  {reason}", markup=False, highlight=False)
        raise typer.Exit(SET_ASIDE_EXIT)


@imports_app.command("retry-failed")
def imports_retry_failed(
    restaurant: int = typer.Option(None, "--restaurant", "-r", help="Only this restaurant."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Put every failed import through again, now (a running worker may take some)."""
    with transaction() as session:
        ids = retry_failed(session, restaurant)
    for import_id in ids:
        run_import(import_id)  # claimed first: a worker already on it is left alone
    with transaction() as session:
        rows = [import_row(r) for r in imports_by_id(session, ids)]
    still_failed = [r for r in rows if r["status"] == ImportStatus.FAILED]
    for row in rows:
        if as_json:
            emit_json(row)
    if not as_json:
        console.print(
            f"{len(ids)} failed imports retried: {len(ids) - len(still_failed)} recovered, "
            f"{len(still_failed)} still failing."
        )
        for row in still_failed:
            console.print(f"  import {row['id']}: {row['error']}")
    if still_failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(imports_app, name="imports")
