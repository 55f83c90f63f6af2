"""Two worker processes apply the same batch at the same moment on PostgreSQL: every sale
line is counted once, and the POS products are created once."""

from __future__ import annotations

import multiprocessing as mp
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from tastevin.connectors.base import CanonicalBatch, SaleRecord
from tastevin.connectors.registry import capabilities
from tastevin.db import make_engine, session_factory
from tastevin.models import PosConnection, PosProduct, SaleLine
from tastevin.models.enums import Vendor
from tastevin.sales.ingestion import apply_batch
from tests import factories as f

LINES = 3000


def _batch() -> CanonicalBatch:
    start = datetime(2026, 11, 21, 18, 0, tzinfo=UTC)
    return CanonicalBatch(
        sales=tuple(
            SaleRecord(
                key=f"ticket-{i // 4}-{i % 4}",
                vendor_product_id=f"P{i % 150}",
                label=f"PRODUIT {i % 150}",
                quantity=Decimal(1),
                amount=Decimal("9.50"),
                sold_at=start + timedelta(seconds=i),
            )
            for i in range(LINES)
        )
    )


def _apply(url: str, connection_id: int, barrier: mp.synchronize.Barrier, out: mp.Queue) -> None:
    engine = make_engine(url)
    with session_factory(engine)() as session:
        connection = session.get_one(PosConnection, connection_id)
        barrier.wait(timeout=30)
        result = apply_batch(session, connection, _batch(), capabilities(Vendor.GENERIC))
        session.commit()
    engine.dispose()
    out.put(result.lines_added)


def test_two_processes_apply_the_same_batch_once(pg_url: str) -> None:
    engine = make_engine(pg_url)
    with session_factory(engine)() as session:
        rest = f.restaurant(session)
        connection_id = f.connection(session, rest).id
        session.commit()

    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(2)
    out: mp.Queue = ctx.Queue()
    workers = [
        ctx.Process(target=_apply, args=(pg_url, connection_id, barrier, out)) for _ in range(2)
    ]
    for w in workers:
        w.start()
    added = sorted(out.get(timeout=120) for _ in workers)
    for w in workers:
        w.join(timeout=30)
        assert w.exitcode == 0

    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(SaleLine)) == LINES
        assert session.scalar(select(func.count()).select_from(PosProduct)) == 150
    assert sum(added) == LINES
    engine.dispose()
