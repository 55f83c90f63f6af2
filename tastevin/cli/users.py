"""``tastevin user add``: open a person's account in a restaurant."""

from __future__ import annotations

import typer
from rich.console import Console

from tastevin.cli.output import JSON_OPTION, emit_json, fail
from tastevin.db import transaction
from tastevin.errors import TastevinError
from tastevin.models.enums import Role
from tastevin.restaurants.accounts import add_account

console = Console()
user_app = typer.Typer(help="People who sign in to Tastevin.")


@user_app.command("add")
def user_add(
    email: str,
    restaurant: int = typer.Option(..., "--restaurant", "-r", help="Restaurant id."),
    role: str = typer.Option(..., "--role", help="owner or staff."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Make EMAIL a member of the restaurant; a new person gets a one-time password."""
    if role not in {str(r) for r in Role}:
        fail(f"--role is owner or staff, not {role!r}")
    try:
        with transaction() as session:
            account = add_account(session, email, restaurant, Role(role))
    except TastevinError as error:
        fail(error.message)
    if as_json:
        emit_json(
            {
                "email": account.email,
                "restaurant_id": account.restaurant_id,
                "role": str(account.role),
                "password": account.password,
            }
        )
        return
    console.print(f"{account.email} is now {account.role} of restaurant {account.restaurant_id}")
    if account.password is not None:
        console.print(f"One-time password (shown once): {account.password}")
    else:
        console.print("They already had an account: their password is unchanged.")


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
