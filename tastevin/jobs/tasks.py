"""Thin tasks: each makes one attempt through the import state machine
(``tastevin.sales.processing``). The database, not huey, counts attempts and schedules
retries: a job is only a hint that an import may be owed."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy.orm import Session

from tastevin.jobs.after_commit import send_after_commit
from tastevin.jobs.queue import huey
from tastevin.sales.processing import run_import

log = logging.getLogger(__name__)

GROUP = 128
"""Imports per queue message: one write for a burst of deliveries, several workers still
sharing a sweep's backlog."""


@huey.task()
def process_import_task(import_id: int) -> None:
    run_import(import_id)


@huey.task()
def process_imports_task(import_ids: list[int]) -> None:
    """Several imports, each its own attempt and transactions: one failing never holds
    back the others (it is retried by the database's backoff, not by huey)."""
    for import_id in import_ids:
        try:
            run_import(import_id)
        except Exception:  # the database itself unreachable: the sweeper tries again
            log.exception("import %s: attempt could not run", import_id)


def enqueue_processing(import_id: int) -> None:
    """Call only after the transaction that stored the import has committed (prefer
    ``enqueue_processing_after_commit``)."""
    process_import_task(import_id)


def enqueue_processing_many(import_ids: Sequence[int]) -> None:
    ids = list(import_ids)
    for start in range(0, len(ids), GROUP):
        chunk = ids[start : start + GROUP]
        if len(chunk) == 1:
            process_import_task(chunk[0])
        else:
            process_imports_task(chunk)


def enqueue_processing_after_commit(session: Session, import_id: int) -> None:
    """The import is owed once ``session`` commits: its job leaves then, grouped with the
    others of the same transaction, and never if it rolls back."""
    send_after_commit(session, "process-imports", enqueue_processing_many, import_id)
