"""The sweeper: what the database says is owed goes back to the queue (S-20).

Runs every minute (a huey periodic task) and once when a worker process starts. It
re-enqueues imports never started (their job was lost: queue store down, process killed
between commit and enqueue), imports due again after a backoff, and imports whose worker
died (lease expired, or a dead process of this host); it fails, with their reason, those
whose attempts are spent; and it resumes pulls whose lock was abandoned by a dead worker,
or that were owed and never started (their task lost with the worker that took it).
Several sweepers at once are harmless: a job only ever makes an attempt it can claim.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from huey import crontab

from tastevin.config import get_settings
from tastevin.db import transaction
from tastevin.jobs.after_commit import send_after_commit
from tastevin.jobs.pull_tasks import PULL_LOCK_PREFIX, PULL_OWED_PREFIX, enqueue_pull
from tastevin.jobs.queue import huey
from tastevin.jobs.tasks import enqueue_processing_after_commit
from tastevin.locks import take_abandoned
from tastevin.models.types import utcnow
from tastevin.sales.processing import give_up_interrupted, owed_imports, reclaim_dead

log = logging.getLogger(__name__)


@dataclass
class SweepReport:
    reclaimed: list[int] = field(default_factory=list)
    """Imports taken back from dead processes of this host."""
    failed: list[int] = field(default_factory=list)
    """Imports whose attempts were spent: now ``failed`` with the reason."""
    enqueued: list[int] = field(default_factory=list)
    pulls_resumed: list[int] = field(default_factory=list)


def sweep(now: datetime | None = None) -> SweepReport:
    moment = now or utcnow()
    report = SweepReport()
    with transaction() as session:
        report.reclaimed = reclaim_dead(session, moment)
        report.failed = give_up_interrupted(session, moment)
        report.enqueued = owed_imports(session, moment, get_settings().sweep_grace_s)
        for import_id in report.enqueued:
            enqueue_processing_after_commit(session, import_id)
        # pulls whose worker died mid-pull (lease abandoned), and pulls owed but never
        # started (the task was lost before its worker took the lock)
        for prefix in (PULL_LOCK_PREFIX, PULL_OWED_PREFIX):
            for name in take_abandoned(session, prefix, moment):
                connection_id = int(name.removeprefix(prefix))
                report.pulls_resumed.append(connection_id)
                send_after_commit(session, "resume-pulls", _resume_pulls, connection_id)
    if report.enqueued or report.failed or report.reclaimed or report.pulls_resumed:
        log.info(
            "sweep: %d imports re-enqueued, %d failed for good, %d reclaimed, pulls resumed %s",
            len(report.enqueued),
            len(report.failed),
            len(report.reclaimed),
            report.pulls_resumed,
        )
    return report


def _resume_pulls(connection_ids: Sequence[int]) -> None:
    for connection_id in connection_ids:
        enqueue_pull(connection_id)


@huey.periodic_task(crontab(minute="*"))
def sweep_task() -> None:
    sweep()


_started = threading.Lock()
_swept_at_start = False


@huey.on_startup("sweep-at-start")
def sweep_at_start() -> None:
    """Every worker thread runs startup hooks; one sweep per process is enough."""
    global _swept_at_start
    with _started:
        if _swept_at_start:
            return
        _swept_at_start = True
    try:
        sweep()
    except Exception:  # the database not up yet: the periodic sweep catches up
        log.exception("the sweep at worker start failed")
