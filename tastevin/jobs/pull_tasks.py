"""The pull of one connection as a queue task, under a per-connection lock.

The lock is a database lease (``tastevin.locks``), shared by every worker on every host:
two pulls of one connection never overlap, and a worker killed mid-pull holds it no longer
than ``TASTEVIN_PULL_LEASE_S``; the sweeper then resumes the pull (the day's pages already
applied are not read again; ``last_complete_day`` moves only when a day is whole).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from huey.api import Task
from huey.exceptions import RetryTask
from sqlalchemy.exc import DBAPIError

from tastevin.config import get_settings
from tastevin.db import transaction
from tastevin.errors import Retryable
from tastevin.jobs.queue import huey
from tastevin.locks import LockHeld, lease_lock, promise, settle
from tastevin.models.types import utcnow
from tastevin.pull import PullOutcome, pull_connection

log = logging.getLogger(__name__)


PULL_LOCK_PREFIX = "pull-connection-"


PULL_OWED_PREFIX = "pull-owed-"
"""A pull enqueued and not yet started. A worker killed after taking the task from the
queue and before taking the connection's lock leaves no lease behind; the owed row does,
and the sweeper enqueues the pull again once it expires unsettled."""
OWED_LEASES = 3
"""An owed pull must start within this many pull leases: a night's backlog in the queue
is no lost task (sent again, it would only wait behind itself, locked out)."""


@contextmanager
def connection_lock(connection_id: int) -> Iterator[None]:
    with lease_lock(f"{PULL_LOCK_PREFIX}{connection_id}", get_settings().pull_lease_s):
        with transaction(single_statement=True) as session:
            settle(session, f"{PULL_OWED_PREFIX}{connection_id}")
        yield


def run_pull(connection_id: int, day: date | None = None, until: date | None = None) -> PullOutcome:
    """One pull under the lock; a pull already running for this connection is skipped."""
    try:
        return pull_connection(connection_id, day=day, until=until, lock=connection_lock)
    except LockHeld:
        return PullOutcome(connection_id, error="a pull of this connection is already running")


PULL_RETRIES = 3
VENDOR_RETRY_S = 900
"""The vendor is down: try again in a quarter of an hour (the hourly run would anyway)."""
FAULT_RETRY_S = 30
"""The database failed the pull (a dropped connection, a deadlock, a race another worker
won): a passing fault, tried again soon rather than in a quarter of an hour. Pages already
applied are not applied again."""


@huey.task(retries=PULL_RETRIES, retry_delay=VENDOR_RETRY_S, context=True)
def pull_connection_task(
    connection_id: int,
    day: str | None = None,
    until: str | None = None,
    task: Task | None = None,
) -> None:
    """``day``: that day alone; else catch up to ``until`` (the fan-out's night) or to the
    last closed business day. Returns nothing: huey would keep every result, unread, in
    its store; the outcome is on the connection (status, last error, last day) and logged.
    ``task``: huey's own, given by the queue (its retries left)."""
    try:
        outcome = run_pull(
            connection_id,
            date.fromisoformat(day) if day else None,
            date.fromisoformat(until) if until else None,
        )
    except DBAPIError as error:
        if task is None or task.retries <= 0:
            raise
        log.warning(
            "pull of connection %s: database fault (%s); tried again in %s s",
            connection_id,
            type(error.orig).__name__,
            FAULT_RETRY_S,
        )
        # huey adds back the retry RetryTask takes: one of the task's retries is spent
        task.retries -= 1
        raise RetryTask(delay=FAULT_RETRY_S) from error
    if outcome.retryable:
        # The vendor is down: huey tries again later; tomorrow's catch-up would anyway.
        raise Retryable(outcome.error or "vendor unavailable")
    if outcome.error:
        log.warning("pull of connection %s: %s", connection_id, outcome.error)
    else:
        log.info(
            "pull of connection %s: days %s, %d lines added",
            connection_id,
            [d.isoformat() for d in outcome.days],
            outcome.lines_added,
        )


def enqueue_pull(connection_id: int, until: date | None = None) -> None:
    """Owe the pull in the database, then enqueue it: if the task is lost (the queue store
    failed, or the worker that took it was killed before it started), the sweeper sends
    it again once ``OWED_LEASES`` times ``TASTEVIN_PULL_LEASE_S`` have passed."""
    with transaction(single_statement=True) as session:
        name = f"{PULL_OWED_PREFIX}{connection_id}"
        promise(session, name, "queued", OWED_LEASES * get_settings().pull_lease_s, utcnow())
    pull_connection_task(connection_id, until=until.isoformat() if until else None)
