"""Database, restaurants and imports."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TransferSpeedColumn

from tastevin.config import get_settings
from tastevin.db import transaction
from tastevin.errors import TastevinError
from tastevin.migrate import upgrade
from tastevin.models import RawImport
from tastevin.restaurants.service import create_restaurant
from tastevin.sales.file_import import import_file
from tastevin.sales.inbox import process_import

console = Console()
err = Console(stderr=True)

db_app = typer.Typer(help="Database schema.")
restaurant_app = typer.Typer(help="Restaurants (tenants).")
imports_app = typer.Typer(help="Raw imports: what arrived, and replaying it.")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database schema to the latest version."""
    url = get_settings().effective_database_url
    upgrade(url)
    console.print(f"[green]Database is up to date[/green] ({url.split('@')[-1]})")


@restaurant_app.command("create")
def restaurant_create(
    name: str,
    restaurant_id: int = typer.Option(None, "--id", help="Numeric id, e.g. 12230."),
    timezone: str = typer.Option("Europe/Paris", help="IANA time zone."),
) -> None:
    """Create a restaurant."""
    try:
        with transaction() as session:
            restaurant = create_restaurant(
                session, name, restaurant_id=restaurant_id, timezone=timezone
            )
            console.print(f"Restaurant {restaurant.id} created: {restaurant.name}")
    except TastevinError as error:
        err.print(f"[red]Error:[/red] {error.message}")
        raise typer.Exit(1) from error


def import_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True),
    restaurant: int = typer.Option(..., "--restaurant", "-r", help="Restaurant id."),
) -> None:
    """Import a file in Tastevin's generic format (JSON Lines or CSV, docs/import-format.md)."""
    size = file.stat().st_size
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), TransferSpeedColumn(), console=err
    ) as progress:
        task = progress.add_task(f"Importing {file.name}", total=size)
        try:
            outcome = import_file(
                file, restaurant, on_progress=lambda n: progress.update(task, completed=n)
            )
        except TastevinError as error:
            err.print(f"[red]Error:[/red] {error.message}")
            raise typer.Exit(1) from error
    if outcome.error is not None:
        err.print(
            f"[red]Import {outcome.import_id} refused, nothing applied:[/red] {outcome.error}"
        )
        err.print("The file is kept; fix it and import again, or replay it after a fix.")
        raise typer.Exit(1)
    console.print(
        f"Import {outcome.import_id}: {outcome.lines_seen} sale lines read, "
        f"{outcome.lines_added} added, {outcome.products_seen} products."
    )


@imports_app.command("replay")
def imports_replay(import_id: int) -> None:
    """Parse and apply a stored import again (after a parser fix). Idempotent."""
    with transaction() as session:
        raw = session.get(RawImport, import_id)
        if raw is None:
            err.print(f"[red]No import {import_id}[/red]")
            raise typer.Exit(1)
        result = process_import(session, import_id)
        status, error = raw.status, raw.error
    if result is None:
        err.print(f"[red]Import {import_id} still fails:[/red] {error}")
        raise typer.Exit(1)
    console.print(f"Import {import_id} {status}: {result.lines_added} lines added")


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
    app.add_typer(restaurant_app, name="restaurant")
    app.add_typer(imports_app, name="imports")
    app.command("import")(import_command)
