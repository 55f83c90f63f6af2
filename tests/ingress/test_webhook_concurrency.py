"""Concurrent duplicate deliveries on PostgreSQL: real uvicorn, real threads, one ledger."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import httpx
import pytest
import uvicorn
from sqlalchemy import func, select

from tastevin import config, db
from tastevin.models import RawImport, SaleLine
from tastevin.simulators.pi_sender import body_for
from tastevin.simulators.restaurant import night
from tests.ingress.conftest import Tenant, make_tenant, webhook_app

DAY = date(2026, 11, 21)
WORKERS = 16


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def pg_server(pg_url: str, settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("TASTEVIN_DATABASE_URL", pg_url)
    config.get_settings.cache_clear()
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(webhook_app(), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def pg_tenant(pg_server: str) -> Tenant:
    with db.session_factory()() as session:
        return make_tenant(session, 12230)


def _post_all(base: str, tenant: Tenant, bodies: list[bytes]) -> list[httpx.Response]:
    url = f"{base}/pi-electronique/restaurants/{tenant.restaurant_id}/sales-webhook"
    barrier = threading.Barrier(len(bodies))

    def post(body: bytes) -> httpx.Response:
        with httpx.Client(timeout=30) as client:
            barrier.wait()
            return client.post(url, content=body, headers={"X-Api-Key": tenant.token})

    with ThreadPoolExecutor(len(bodies)) as pool:
        return list(pool.map(post, bodies))


def _counts() -> tuple[int, int]:
    with db.session_factory()() as session:
        imports = session.scalar(select(func.count()).select_from(RawImport)) or 0
        lines = session.scalar(select(func.count()).select_from(SaleLine)) or 0
        return imports, lines


def test_identical_concurrent_deliveries_count_once(pg_server, pg_tenant) -> None:
    ticket = next(t for t in night(DAY) if not t.cancelled and len(t.lines) >= 3)
    body = body_for(ticket)

    answers = _post_all(pg_server, pg_tenant, [body] * WORKERS)

    assert {r.status_code for r in answers} == {202}
    assert len({r.json()["import_id"] for r in answers}) == 1
    assert sum(not r.json()["duplicate"] for r in answers) == 1
    assert _counts() == (1, len(ticket.lines))


def test_concurrent_resends_in_new_envelopes_count_once(pg_server, pg_tenant) -> None:
    ticket = next(t for t in night(DAY) if not t.cancelled and len(t.lines) >= 3)
    document = json.loads(body_for(ticket))
    bodies = [json.dumps({**document, "delivery": n}).encode() for n in range(WORKERS)]

    answers = _post_all(pg_server, pg_tenant, bodies)

    assert {r.status_code for r in answers} == {202}
    assert _counts() == (WORKERS, len(ticket.lines))
