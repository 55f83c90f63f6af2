"""``tastevin demo``: what ``make run`` starts."""

from __future__ import annotations

import typer

from tastevin.config import get_settings
from tastevin.migrate import upgrade


def demo() -> None:
    """Seed the demo restaurant 12230, feed a night through all six channels, serve the app."""
    from tastevin.demo.run import run

    settings = get_settings()
    upgrade(settings.effective_database_url)
    run(settings)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
