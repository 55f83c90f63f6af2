"""``tastevin connection activate VENDOR``: what a restaurant hands its POS vendor, shown
once (the token or password is stored hashed)."""

from __future__ import annotations

from typing import Any

import typer
from rich.console import Console

from tastevin.cli.output import JSON_OPTION, emit_json, fail
from tastevin.db import transaction
from tastevin.errors import TastevinError
from tastevin.restaurants.service import get_restaurant
from tastevin.web.channels import SALES_FOLDER, channel, ftps_address, webhook_url
from tastevin.web.connection_actions import activate

console = Console()
connection_app = typer.Typer(help="POS connections of a restaurant.")

VENDORS = ("pi-elyx", "pi-monora", "pointex", "bizzon", "jalia", "asterio")


def _credentials(pairs: list[str]) -> dict[str, str]:
    found = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            fail(f"--credential takes KEY=VALUE, not {pair!r}")
        found[key.strip()] = value
    return found


@connection_app.command("activate")
def connection_activate(
    vendor: str = typer.Argument(..., help=", ".join(VENDORS)),
    restaurant: int = typer.Option(..., "--restaurant", "-r", help="Restaurant id."),
    credential: list[str] = typer.Option(
        [], "--credential", help="KEY=VALUE of a pull channel (api_key, base_url, …)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Activate a channel and print, once, what to give the POS vendor."""
    if vendor not in VENDORS:
        fail(f"unknown vendor {vendor!r}: one of {', '.join(VENDORS)}")
    try:
        with transaction() as session:
            spec = channel(vendor.replace("-", "_"))
            owner = get_restaurant(session, restaurant)
            connection, issued = activate(session, owner, spec, _credentials(credential), None)
            handed: dict[str, Any]
            if spec.kind == "webhook":
                handed = {"webhook_url": webhook_url(spec, restaurant), "token": issued.token}
            elif spec.kind == "ftps":
                host, port = ftps_address()
                handed = {
                    "host": host,
                    "port": port,
                    "login": issued.ftp_login,
                    "password": issued.ftp_password,
                    "folder": SALES_FOLDER,
                }
            else:
                handed = {"vendor": vendor, "status": connection.status}
    except TastevinError as error:
        fail(error.message)
    if as_json:
        emit_json(handed)
        return
    console.print(f"{spec.title} activated for restaurant {restaurant}. Shown once:")
    for key, value in handed.items():
        console.print(f"  {key}: {value}")


def register(app: typer.Typer) -> None:
    app.add_typer(connection_app, name="connection")
