"""Serving the web app and running the job worker."""

from __future__ import annotations

import typer

from tastevin.config import get_settings
from tastevin.observability.logs import configure_logging
from tastevin.observability.metrics import serve_process_metrics


def serve(
    host: str = typer.Option(None, help="Defaults to TASTEVIN_HOST."),
    port: int = typer.Option(None, help="Defaults to TASTEVIN_PORT."),
) -> None:
    """Serve the web app and the webhook endpoints."""
    import uvicorn

    from tastevin.web.runtime import tune_for_serving

    settings = get_settings()
    configure_logging(settings.log_format, settings.log_level)
    tune_for_serving()
    uvicorn.run(
        "tastevin.web.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        proxy_headers=True,
        log_config=None,  # uvicorn's records go through the configured handler (text or JSON)
        access_log=False,  # the request-id middleware writes one line per request instead
    )


def worker(
    workers: int = typer.Option(
        0,
        help="Worker threads; 0: TASTEVIN_WORKER_THREADS, else PostgreSQL 8, SQLite 4.",
    ),
    metrics_port: int = typer.Option(0, help="Serve this process's /metrics on this port."),
) -> None:
    """Run a job-queue consumer (parsing imports, nightly pulls, the sweeper every minute
    and once at start)."""
    from huey.consumer import Consumer

    from tastevin.jobs import huey
    from tastevin.jobs.queue import worker_threads

    settings = get_settings()
    configure_logging(settings.log_format, settings.log_level)
    serve_process_metrics(metrics_port)
    threads = workers or worker_threads(settings)
    Consumer(huey, workers=threads, worker_type="thread", periodic=True).run()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("worker")(worker)
