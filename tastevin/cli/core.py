"""Database, restaurants and the file import."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TransferSpeedColumn

from tastevin.cli.output import JSON_OPTION, SET_ASIDE_EXIT, emit_json, fail
from tastevin.config import get_settings
from tastevin.db import transaction
from tastevin.errors import TastevinError
from tastevin.migrate import upgrade
from tastevin.models.enums import Role
from tastevin.restaurants.accounts import add_account
from tastevin.restaurants.service import create_restaurant
from tastevin.sales.file_import import import_file

console = Console()
err = Console(stderr=True)

db_app = typer.Typer(help="Database schema.")
restaurant_app = typer.Typer(help="Restaurants (tenants).")


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
    owner: str = typer.Option(
        None, "--owner", help="Also open the owner's account (prints a one-time password)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Create a restaurant, and with --owner its owner's account, in one transaction."""
    try:
        with transaction() as session:
            restaurant = create_restaurant(
                session, name, restaurant_id=restaurant_id, timezone=timezone
            )
            account = add_account(session, owner, restaurant.id, Role.OWNER) if owner else None
            created = {"restaurant_id": restaurant.id, "name": restaurant.name}
    except TastevinError as error:
        fail(error.message)
    row: dict[str, object] = {"restaurant_id": created["restaurant_id"]}
    if account is not None:
        row |= {"owner_email": account.email, "owner_password": account.password}
    if as_json:
        emit_json(row)
        return
    console.print(f"Restaurant {created['restaurant_id']} created: {created['name']}")
    if account is not None:
        console.print(f"Owner {account.email}, one-time password: {account.password}")


def import_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True),
    restaurant: int = typer.Option(..., "--restaurant", "-r", help="Restaurant id."),
) -> None:
    """Import a file in Tastevin's generic format (JSON Lines or CSV, docs/import-format.md).

    Row by row: a row that cannot be read is set aside (listed, with its line and field) and
    the others are applied. Exit status: 0 every row applied; 3 applied, but rows were set
    aside (fix them and import the corrected rows, or resolve them on the file import's
    page); 1 nothing applied (the file cannot be read, or the restaurant is unknown).
    Importing the same file again adds nothing."""
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
    if outcome.set_aside:
        count = len(outcome.set_aside)
        rows = "row" if count == 1 else "rows"
        err.print(f"[yellow]Warning: {count} {rows} set aside, not counted:[/yellow]")
        for reason in outcome.set_aside:
            err.print(f"  {reason}", markup=False, highlight=False)
        err.print(
            "Import the corrected rows (a row with a key is then settled by itself), "
            "or accept them on the file import's page (/connections/generic)."
        )
        raise typer.Exit(SET_ASIDE_EXIT)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
    app.add_typer(restaurant_app, name="restaurant")
    app.command("import")(import_command)
