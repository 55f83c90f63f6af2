"""``tastevin vendors``: the POS channels this installation can connect, read from the
vendor registry (each vendor's ``SPEC``)."""

from __future__ import annotations

import typer

from tastevin.connectors.forms import form_fields
from tastevin.connectors.registry import listed


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def vendors_command() -> None:
    """List the POS vendors: key, title, channel, capabilities and the credentials asked."""
    typer.echo("vendor\ttitle\tchannel\tsends_catalogue\tupdates_prices\tcredentials")
    for spec in listed():
        caps = spec.capabilities
        fields = ",".join(f.name for f in form_fields(spec)) or "-"
        typer.echo(
            f"{spec.vendor}\t{spec.title}\t{spec.channel}\t{_yes(caps.sends_catalogue)}\t"
            f"{_yes(caps.updates_prices)}\t{fields}"
        )


def register(app: typer.Typer) -> None:
    app.command("vendors")(vendors_command)
