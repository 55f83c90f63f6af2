"""Serving the web app and running the job worker."""

from __future__ import annotations

import typer

from tastevin.config import get_settings


def serve(
    host: str = typer.Option(None, help="Defaults to TASTEVIN_HOST."),
    port: int = typer.Option(None, help="Defaults to TASTEVIN_PORT."),
) -> None:
    """Serve the web app and the webhook endpoints."""
    import uvicorn

    from tastevin.web.runtime import tune_for_serving

    settings = get_settings()
    tune_for_serving()
    uvicorn.run(
        "tastevin.web.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        proxy_headers=True,
    )


def worker(workers: int = typer.Option(2, help="Worker threads.")) -> None:
    """Run a job-queue consumer (parsing imports, nightly pulls, the sweeper every minute
    and once at start)."""
    import logging

    from huey.consumer import Consumer

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    from tastevin.jobs import huey

    Consumer(huey, workers=workers, worker_type="thread", periodic=True).run()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("worker")(worker)
