"""Thin tasks: each opens the transaction and calls a service."""

from __future__ import annotations

from tastevin.db import transaction
from tastevin.jobs.queue import huey
from tastevin.sales.inbox import process_import


@huey.task(retries=3, retry_delay=30)
def process_import_task(import_id: int) -> None:
    with transaction() as session:
        process_import(session, import_id)


def enqueue_processing(import_id: int) -> None:
    """Call only after the transaction that stored the import has committed."""
    process_import_task(import_id)
