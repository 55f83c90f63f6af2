"""Operating an installation: documentation generated from the code."""

from __future__ import annotations

import sys

import typer


def settings_doc() -> None:
    """Print the settings reference (Markdown) generated from the settings classes."""
    from tastevin.settings_reference import reference

    sys.stdout.write(reference())


def register(app: typer.Typer) -> None:
    app.command("settings-doc")(settings_doc)
