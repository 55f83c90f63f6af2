"""``tastevin`` command line. Each area adds its commands from its own module."""

from __future__ import annotations

import os
from importlib import import_module

import typer

app = typer.Typer(no_args_is_help=True, help="Tastevin: the drinks stock that keeps itself true.")


@app.callback()
def _private_files() -> None:
    """Every file the service creates (database, queue, keys, uploaded journals, logs) is
    readable by its own user only."""
    os.umask(0o077)


_COMMAND_MODULES = (
    "tastevin.cli.core",
    "tastevin.cli.users",
    "tastevin.cli.connections",
    "tastevin.cli.imports",
    "tastevin.cli.matching",
    "tastevin.cli.push",
    "tastevin.cli.pull",
    "tastevin.cli.web",
    "tastevin.cli.demo",
    "tastevin.cli.ops",
    "tastevin.cli.connectors",
    "tastevin.cli.vendors",
    "tastevin.simulators.cli",
)

for _name in _COMMAND_MODULES:
    try:
        _module = import_module(_name)
    except ModuleNotFoundError as error:
        if error.name != _name:
            raise
        continue
    _module.register(app)
