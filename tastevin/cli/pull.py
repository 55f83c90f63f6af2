"""Pull channels on demand: ``tastevin pull --restaurant ID [--day D]``."""

from __future__ import annotations

from datetime import date

import typer
from rich.console import Console

from tastevin.connectors.registry import on_channel
from tastevin.db import transaction
from tastevin.errors import TastevinError
from tastevin.models.enums import Channel
from tastevin.pos.setup import connection_ids_on

console = Console()
err = Console(stderr=True)


def pull_command(
    restaurant: int = typer.Option(..., "--restaurant", "-r", help="Restaurant id."),
    day: str = typer.Option(
        None, "--day", help="One business day, YYYY-MM-DD (default: catch up)."
    ),
) -> None:
    """Pull a restaurant's POS now: one day, or every day since the last complete one."""
    from tastevin.jobs.pull_tasks import run_pull  # the queue's lock, shared with workers

    with transaction() as session:
        ids = connection_ids_on(session, restaurant, Channel.PULL)
    if not ids:
        titles = ", ".join(spec.title for spec in on_channel(Channel.PULL))
        err.print(f"[red]Restaurant {restaurant} has no pull connection ({titles}).[/red]")
        raise typer.Exit(1)
    failed = False
    for connection_id in ids:
        try:
            outcome = run_pull(connection_id, date.fromisoformat(day) if day else None)
        except (TastevinError, ValueError) as error:
            err.print(f"[red]Error:[/red] {error}")
            raise typer.Exit(1) from error
        days = ", ".join(d.isoformat() for d in outcome.days) or "none"
        console.print(
            f"Connection {connection_id}: days imported: {days}; {outcome.pages} pages, "
            f"{outcome.lines_seen} sale lines read, {outcome.lines_added} added."
        )
        if outcome.error:
            failed = True
            err.print(f"[red]Connection {connection_id}:[/red] {outcome.error}")
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("pull")(pull_command)
