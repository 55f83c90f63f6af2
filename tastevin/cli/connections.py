"""``tastevin connection activate VENDOR``: what a restaurant hands its POS vendor, shown
once (the token or password is stored hashed)."""

from __future__ import annotations

from typing import Any

import typer
from rich.console import Console

from tastevin.cli.output import JSON_OPTION, emit_json, fail
from tastevin.connectors.registry import listed
from tastevin.db import transaction
from tastevin.errors import TastevinError
from tastevin.models.enums import Channel
from tastevin.pos.setup import activate, channel, channel_view
from tastevin.restaurants.service import get_restaurant

console = Console()
connection_app = typer.Typer(help="POS connections of a restaurant.")


def _vendors() -> list[str]:
    """The registry's vendor keys, as typed on the command line (``-`` or ``_``)."""
    return [spec.vendor.replace("_", "-") for spec in listed()]


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
    vendor: str = typer.Argument(..., help="A vendor key of `tastevin vendors` (- or _ alike)."),
    restaurant: int = typer.Option(..., "--restaurant", "-r", help="Restaurant id."),
    credential: list[str] = typer.Option(
        [], "--credential", help="KEY=VALUE of a pull channel (api_key, base_url, …)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Activate a channel and print, once, what to give the POS vendor."""
    if vendor.replace("_", "-") not in _vendors():
        fail(f"unknown vendor {vendor!r}: one of {', '.join(_vendors())}")
    try:
        with transaction() as session:
            spec = channel(vendor.replace("-", "_"))
            owner = get_restaurant(session, restaurant)
            connection, issued = activate(session, owner, spec, _credentials(credential), None)
            view = channel_view(spec, connection, restaurant)
            handed: dict[str, Any]
            if spec.channel == Channel.WEBHOOK:
                handed = {"webhook_url": view.webhook_url, "token": issued.token}
            elif spec.channel == Channel.FTPS:
                handed = {
                    "host": view.ftps_host,
                    "port": view.ftps_port,
                    "login": issued.ftp_login,
                    "password": issued.ftp_password,
                    "folder": view.folder,
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
