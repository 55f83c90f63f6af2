"""A worker killed (SIGKILL) in the middle of a 30,000-line Elyx document: once a worker
runs again the import is applied by itself, within a bounded time, every line once."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tastevin.db import engine_for, transaction
from tastevin.models import RawImport
from tests.faults.conftest import RESTAURANT, Backend, elyx_tenant
from tests.faults.support import RetryingSender, elyx_document, kill9, ledger, stack, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.own_backends]

BIG_ITEMS = 30_000
SMALL = 20
RECOVERY_S = 60


def _status(database_url: str, import_id: int) -> tuple[str, int]:
    with transaction(engine_for(database_url)) as session:
        raw = session.get_one(RawImport, import_id)
        return raw.status, raw.attempts


def test_a_worker_killed_mid_import_loses_nothing(backend: Backend, tmp_path) -> None:
    token = elyx_tenant()
    big = elyx_document(1, BIG_ITEMS)
    small = {n: elyx_document(n, 3) for n in range(100, 100 + SMALL)}
    with stack(backend.database_url, backend.queue_url, tmp_path / "var", backend.secret_key,
               sweep_grace_s="2") as deployment:
        deployment.serve()
        sender = RetryingSender(deployment.url, RESTAURANT, token)
        worker = deployment.worker()
        assert sender.send(1, big.body) == 202
        big_id = sender.acknowledged[1]
        wait_until(
            lambda: _status(backend.database_url, big_id)[0] == "processing", 120,
            "the worker to start on the big document",
        )
        kill9(worker)

        assert _status(backend.database_url, big_id) == ("processing", 1)
        assert ledger(backend.database_url, RESTAURANT).lines == 0  # nothing half-applied
        sender.send_all(small)  # more arrive while no worker runs
        assert len(sender.acknowledged) == 1 + SMALL

        deployment.worker()
        took = wait_until(
            lambda: ledger(backend.database_url, RESTAURANT).imports == {"applied": 1 + SMALL},
            RECOVERY_S,
            f"every import applied ({deployment.log('worker')[-3000:]})",
        )

    result = ledger(backend.database_url, RESTAURANT)
    assert result.lines == BIG_ITEMS + 3 * SMALL
    assert result.revenue == big.total + sum(d.total for d in small.values())
    assert _status(backend.database_url, big_id) == ("applied", 2)
    with transaction(engine_for(backend.database_url)) as session:
        leases = session.scalars(select(RawImport.lease_owner)).all()
    assert set(leases) == {None}
    print(f"[{backend.name}] recovered {1 + SMALL} imports {took:.1f} s after the restart")
