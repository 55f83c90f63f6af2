"""Jobs leave only after the commit that made them owed (as polar's ``JobQueueManager``).

Code inside a transaction *collects* jobs on its session; the session sends them once the
commit has succeeded and drops them if it rolls back. So a worker can never be handed an
import it cannot see yet, and a job is never sent for data that was not kept. Sending may
still fail (the queue store down or locked): that is logged, nothing else; the rows say the
work is owed and the sweeper (``tastevin.jobs.sweeper``) enqueues it again.

Jobs collected under the same key are sent together (one queue write for a group of
webhook deliveries). Inside ``outbox()``, committed jobs are handed to the caller instead
of being sent at once, so a webhook can answer "kept" without waiting for the queue store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

log = logging.getLogger(__name__)

Sender = Callable[[Sequence[Any]], None]
_KEY = "tastevin.after_commit"


def send_after_commit(session: Session, key: Hashable, sender: Sender, item: Any) -> None:
    """Collect ``item``; after the commit, ``sender`` gets every item collected under
    ``key`` in this transaction, once."""
    pending: dict[Hashable, tuple[Sender, list[Any]]] = session.info.setdefault(_KEY, {})
    pending.setdefault(key, (sender, []))[1].append(item)


def pending_jobs(session: Session) -> dict[Hashable, list[Any]]:
    """What would be sent if the session committed now (for tests and logs)."""
    return {key: list(items) for key, (_, items) in session.info.get(_KEY, {}).items()}


@dataclass
class Outbox:
    """Jobs whose transaction has committed, to be sent when the caller chooses."""

    jobs: list[tuple[Hashable, Sender, list[Any]]] = field(default_factory=list)

    def send(self) -> None:
        jobs, self.jobs = self.jobs, []
        for key, sender, items in jobs:
            _send_one(key, sender, items)


_outbox: ContextVar[Outbox | None] = ContextVar("tastevin_outbox", default=None)


@contextmanager
def outbox() -> Iterator[Outbox]:
    """Within the block (this thread or task), jobs of committed transactions wait in the
    returned outbox; the caller sends them (``Outbox.send``), e.g. after answering."""
    box = Outbox()
    token = _outbox.set(box)
    try:
        yield box
    finally:
        _outbox.reset(token)


def _send_one(key: Hashable, sender: Sender, items: list[Any]) -> None:
    try:
        sender(items)
    except Exception:
        # Committed, so nothing is lost: the sweeper finds the owed rows.
        log.exception("job %s for %s not enqueued; the sweeper will enqueue it", key, items)


@event.listens_for(Session, "after_commit")
def _send(session: Session) -> None:
    pending: dict[Hashable, tuple[Sender, list[Any]]] = session.info.pop(_KEY, {})
    box = _outbox.get()
    for key, (sender, items) in pending.items():
        if box is not None:
            box.jobs.append((key, sender, items))
        else:
            _send_one(key, sender, items)


@event.listens_for(Session, "after_transaction_end")
def _drop(session: Session, transaction: SessionTransaction) -> None:
    """After a rollback of the outermost transaction nothing collected may leave."""
    if transaction.parent is None:
        session.info.pop(_KEY, None)
