"""Tests write only into their temporary directories: the job queue that importing
``tastevin.jobs`` builds (SQLite by default) is not created in the working directory."""

from __future__ import annotations

from pathlib import Path

from tastevin.jobs import huey


def test_the_queue_built_on_import_is_outside_the_working_directory() -> None:
    filename = getattr(huey.storage, "filename", None)
    if filename is None:  # a Redis queue (TASTEVIN_QUEUE_URL): no file at all
        return
    assert not Path(filename).resolve().is_relative_to(Path.cwd().resolve())
