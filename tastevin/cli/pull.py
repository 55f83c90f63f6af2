"""Pull channels on demand: ``tastevin pull --restaurant ID [--day D]`` and the vendor
simulators (``tastevin simulate-pull``)."""

from __future__ import annotations

import signal
import time
from datetime import date

import typer
from rich.console import Console

from tastevin.db import transaction
from tastevin.errors import TastevinError
from tastevin.models import PosConnection
from tastevin.pull.sources import PULL_VENDORS
from tastevin.tenancy import scoped

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
        ids = session.scalars(
            scoped(PosConnection, restaurant)
            .where(PosConnection.vendor.in_([str(v) for v in PULL_VENDORS]))
            .with_only_columns(PosConnection.id)
        ).all()
    if not ids:
        err.print(
            f"[red]Restaurant {restaurant} has no pull connection (Bizzon, Jalia, Astério).[/red]"
        )
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


def simulate_pull_command(
    lines: int = typer.Option(150, help="Sale lines per restaurant and night."),
    host: str = typer.Option("127.0.0.1", help="Address to bind."),
    port: int = typer.Option(0, help="First port (Bizzon; Jalia and Astério follow). 0: any."),
) -> None:
    """Run the Bizzon (Mews), Jalia (Pragma) and Astério simulators until Ctrl-C (or
    SIGTERM). Any key ending in _<seed> is a restaurant (e.g. sk_test_12230)."""
    from importlib import import_module

    from tastevin.simulators.server import RunningServer, SimState

    signal.signal(signal.SIGTERM, signal.default_int_handler)
    servers = []
    for offset, vendor in enumerate(("bizzon", "jalia", "asterio")):
        app = import_module(f"tastevin.simulators.{vendor}").create_app(SimState(lines=lines))
        servers.append(RunningServer(app, host, port + offset if port else 0).start())
        console.print(f"{vendor}: {servers[-1].url}")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        for server in servers:
            server.stop()


def register(app: typer.Typer) -> None:
    app.command("pull")(pull_command)
    app.command("simulate-pull")(simulate_pull_command)
