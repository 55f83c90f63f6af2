"""The job queue's store unavailable while posts arrive (the SQLite queue file locked by
another process; Redis killed): every post is still answered 202 only once it is kept, and
every acknowledged post is applied once the store is back, with no manual step."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.faults.conftest import RESTAURANT, Backend, elyx_tenant
from tests.faults.support import (
    RetryingSender,
    elyx_document,
    ledger,
    stack,
    wait_until,
)

pytestmark = [pytest.mark.slow, pytest.mark.own_backends]

POSTS = 8
OUTAGE_S = 20
RECOVERY_S = 100
"""The periodic sweep runs every minute; the grace is 2 s here."""


@contextmanager
def queue_unavailable(backend: Backend, data_dir: Path) -> Iterator[None]:
    if backend.redis is not None:
        backend.redis.stop()
        try:
            yield
        finally:
            backend.redis.start()
        return
    queue = sqlite3.connect(data_dir / "queue.db", isolation_level=None, timeout=30)
    queue.execute("BEGIN EXCLUSIVE")  # as a backup tool or a stuck process would hold it
    try:
        yield
    finally:
        queue.execute("ROLLBACK")
        queue.close()


def test_posts_during_a_queue_outage_are_all_applied(backend: Backend, tmp_path: Path) -> None:
    token = elyx_tenant()
    documents = {n: elyx_document(n, 25) for n in range(1, POSTS + 1)}
    data_dir = tmp_path / "var"
    with stack(backend.database_url, backend.queue_url, data_dir, backend.secret_key,
               sweep_grace_s="2") as deployment:
        deployment.serve()
        deployment.worker()
        wait_until(lambda: (data_dir / "queue.db").exists() or backend.redis is not None, 30,
                   "the queue store")
        sender = RetryingSender(deployment.url, RESTAURANT, token)
        started = time.monotonic()
        with queue_unavailable(backend, data_dir):
            posting = threading.Thread(target=sender.send_all, args=(documents,))
            posting.start()
            posting.join(timeout=OUTAGE_S)
            assert not posting.is_alive(), "posts must be answered while the queue is down"
            assert sorted(sender.acknowledged) == sorted(documents)
            assert ledger(backend.database_url, RESTAURANT).lines == 0  # nothing enqueued
            time.sleep(max(0.0, OUTAGE_S - (time.monotonic() - started)))
        took = wait_until(
            lambda: ledger(backend.database_url, RESTAURANT).imports == {"applied": POSTS},
            RECOVERY_S,
            f"every acknowledged post applied ({deployment.log('worker')[-1500:]})",
        )
    result = ledger(backend.database_url, RESTAURANT)
    assert result.lines == 25 * POSTS
    assert result.revenue == sum(d.total for d in documents.values())
    print(f"[{backend.name}] {POSTS} posts applied {took:.1f} s after the queue came back")
