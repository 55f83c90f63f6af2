"""``tastevin demo``: what ``make run`` starts."""

from __future__ import annotations

import os

import typer

from tastevin.config import get_settings
from tastevin.migrate import upgrade


def demo() -> None:
    """Seed the demo restaurant 12230, feed a night through all six channels, serve the app."""
    from tastevin.demo.run import run

    # The demo's vendors are simulators on http://127.0.0.1: allow private endpoints here
    # (and in the worker threads that read the settings) unless told otherwise.
    os.environ.setdefault("TASTEVIN_ALLOW_PRIVATE_ENDPOINTS", "true")
    get_settings.cache_clear()
    settings = get_settings()
    upgrade(settings.effective_database_url)
    run(settings)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
