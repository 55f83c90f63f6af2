"""The vendor simulators on the command line: ``tastevin simulate pi-night`` /
``pointex-night`` (pushing a night of sales) and ``tastevin simulate-pull`` (the pull vendors'
APIs on 127.0.0.1)."""

from __future__ import annotations

import signal
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
import typer
from rich.console import Console

from tastevin.config import get_settings
from tastevin.ingress.ftps.certs import ensure_certificate
from tastevin.simulators.pi_sender import Route, send_night
from tastevin.simulators.pointex_uploader import upload_night
from tastevin.simulators.restaurant import PARIS

console = Console()
simulate_app = typer.Typer(help="Fake POS vendors pushing a night of sales.")


def _yesterday() -> str:
    return (datetime.now(PARIS).date() - timedelta(days=1)).isoformat()


@simulate_app.command("pi-night")
def simulate_pi_night(
    restaurant: int = typer.Option(..., "--restaurant", "-r", help="Restaurant id."),
    token: str = typer.Option(..., help="The webhook token Tastevin issued."),
    day: str = typer.Option(_yesterday(), help="Business day, YYYY-MM-DD."),
    route: str = typer.Option("elyx", help="elyx or monora."),
    url: str = typer.Option("", help="Tastevin's base URL (default: TASTEVIN_PUBLIC_URL)."),
) -> None:
    """Post a night of sales as Pi Electronique would (with a resend and a broken body)."""
    base = url or get_settings().effective_public_url
    chosen: Route = "monora" if route == "monora" else "elyx"
    with httpx.Client(base_url=base, timeout=30) as client:
        report = send_night(client, restaurant, token, date.fromisoformat(day), route=chosen)
    console.print(
        f"{report.sent} bodies sent: {report.accepted} accepted, "
        f"{report.statuses.count(400)} refused as unreadable (kept), "
        f"{len(report.import_ids)} imports"
    )


@simulate_app.command("pointex-night")
def simulate_pointex_night(
    login: str = typer.Option(..., help="The FTPS login Tastevin issued."),
    password: str = typer.Option(..., help="The FTPS password Tastevin issued."),
    day: str = typer.Option(_yesterday(), help="Business day, YYYY-MM-DD."),
    host: str = typer.Option("", help="Drop box host (default: TASTEVIN_FTPS_HOST)."),
    port: int = typer.Option(0, help="Drop box port (default: TASTEVIN_FTPS_PORT)."),
    cafile: Path = typer.Option(None, help="Certificate to trust (default: the demo's)."),
) -> None:
    """Upload a night's Pointex journal over FTPS (CP1252, decimal commas) into /sales."""
    settings = get_settings()
    trusted = cafile or ensure_certificate(settings)[0]
    name = upload_night(
        host or settings.ftps_host,
        port or settings.ftps_port,
        login,
        password,
        date.fromisoformat(day),
        cafile=trusted,
    )
    console.print(f"Uploaded /sales/{name}")


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
    app.add_typer(simulate_app, name="simulate")
    app.command("simulate-pull")(simulate_pull_command)
