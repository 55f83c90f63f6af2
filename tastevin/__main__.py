"""``python -m tastevin …`` is the ``tastevin`` command."""

from tastevin.cli import app

app()
