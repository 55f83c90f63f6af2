"""Push channels: ``tastevin ftps``, the drop box of the vendors on the FTPS channel. (The
push simulators' commands live with the simulators, ``tastevin.simulators.cli``.)"""

from __future__ import annotations

import typer
from rich.console import Console

from tastevin.config import get_settings
from tastevin.ingress.ftps import build_server
from tastevin.ingress.ftps.certs import ensure_certificate
from tastevin.observability.logs import configure_logging
from tastevin.observability.metrics import serve_process_metrics

console = Console()


def ftps_command(
    host: str = typer.Option(None, help="Address to bind (default: TASTEVIN_FTPS_HOST)."),
    port: int = typer.Option(None, help="Port (default: TASTEVIN_FTPS_PORT; 21 in production)."),
    metrics_port: int = typer.Option(0, help="Serve this process's /metrics on this port."),
) -> None:
    """Run the FTPS drop box (explicit TLS required, uploads into /sales)."""
    settings = get_settings()
    configure_logging(settings.log_format, settings.log_level)
    serve_process_metrics(metrics_port)
    certfile, _ = ensure_certificate(settings)
    server = build_server(settings, host=host, port=port)
    bound_host, bound_port = server.address[:2]
    console.print(
        f"FTPS drop box on {bound_host}:{bound_port} (passive ports "
        f"{settings.ftps_passive_ports or 'any'}, certificate {certfile})"
    )
    server.serve_forever()


def register(app: typer.Typer) -> None:
    app.command("ftps")(ftps_command)
