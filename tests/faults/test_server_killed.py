"""The web server killed (SIGKILL) during a burst of 500 posts, the sender retrying as a
POS does: every document acknowledged is counted exactly once, and so is every document,
since the sender retries until it is acknowledged."""

from __future__ import annotations

import threading
import time

import pytest

from tests.faults.conftest import RESTAURANT, Backend, elyx_tenant
from tests.faults.support import RetryingSender, elyx_document, kill9, ledger, stack, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.own_backends]

POSTS = 500
RECOVERY_S = 100


def test_a_server_killed_during_a_burst_counts_every_document_once(
    backend: Backend, tmp_path
) -> None:
    token = elyx_tenant()
    documents = {n: elyx_document(n, 2) for n in range(1, POSTS + 1)}
    with stack(backend.database_url, backend.queue_url, tmp_path / "var", backend.secret_key,
               sweep_grace_s="2") as deployment:
        server = deployment.serve()
        deployment.worker()
        sender = RetryingSender(deployment.url, RESTAURANT, token)
        burst = threading.Thread(target=sender.send_all, args=(documents, 6))
        burst.start()
        wait_until(lambda: len(sender.acknowledged) >= POSTS // 3, 120, "a third acknowledged")
        kill9(server)
        killed_at = len(sender.acknowledged)
        time.sleep(1.0)
        deployment.serve()
        burst.join(timeout=300)
        assert not burst.is_alive()
        assert killed_at < POSTS and sender.retries > 0  # the kill did cut the burst
        assert sorted(sender.acknowledged) == sorted(documents)

        took = wait_until(
            lambda: ledger(backend.database_url, RESTAURANT).imports == {"applied": POSTS},
            RECOVERY_S,
            f"every document applied ({ledger(backend.database_url, RESTAURANT)})",
        )
    result = ledger(backend.database_url, RESTAURANT)
    assert result.lines == 2 * POSTS
    assert result.revenue == sum(d.total for d in documents.values())
    assert len(set(sender.acknowledged.values())) == POSTS  # one import per document
    print(
        f"[{backend.name}] killed after {killed_at} acknowledged, {sender.retries} retries; "
        f"all {POSTS} applied {took:.1f} s after the burst"
    )
