"""Thin tasks: each opens the transaction and calls a service."""

from __future__ import annotations

import logging

from tastevin.db import transaction
from tastevin.jobs.queue import huey
from tastevin.sales.inbox import process_import

log = logging.getLogger(__name__)


@huey.task(retries=3, retry_delay=30)
def process_import_task(import_id: int) -> None:
    with transaction() as session:
        process_import(session, import_id)


def enqueue_processing(import_id: int) -> None:
    """Call only after the transaction that stored the import has committed."""
    process_import_task(import_id)


@huey.task(retries=3, retry_delay=30)
def process_imports_task(import_ids: list[int]) -> None:
    """Several imports stored together; each is processed in its own transaction, so one
    failure never holds back the others (a failed one is retried alone)."""
    failed = []
    for import_id in import_ids:
        try:
            with transaction() as session:
                process_import(session, import_id)
        except Exception:
            log.exception("import %s failed; it is retried on its own", import_id)
            failed.append(import_id)
    for import_id in failed:
        process_import_task(import_id)


def enqueue_processing_many(import_ids: list[int]) -> None:
    """One queue write for a group of imports, after the transaction that stored them."""
    process_imports_task(import_ids)
