"""The same nights through real queues: two ``huey_consumer`` processes on Redis, and two on
the embedded SQLite queue, give exactly the same ledger."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from sqlalchemy import select

from tastevin.config import Settings, get_settings
from tastevin.db import transaction
from tastevin.migrate import upgrade
from tastevin.models import PosConnection, SaleLine
from tastevin.models.enums import Vendor
from tests.pull.support import DAY, add_connection, credentials_for, morning_after, simulator

VENDORS = (Vendor.BIZZON, Vendor.JALIA, Vendor.ASTERIO)
SEEDS = {Vendor.BIZZON: (401, 402), Vendor.JALIA: (403, 404), Vendor.ASTERIO: (405, 406)}


def _env(settings: Settings, database_url: str, queue_url: str, data_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "TASTEVIN_DATABASE_URL": database_url,
        "TASTEVIN_QUEUE_URL": queue_url,
        "TASTEVIN_QUEUE_IMMEDIATE": "false",
        "TASTEVIN_DATA_DIR": str(data_dir),
        "TASTEVIN_SECRET_KEY": settings.secret_key.get_secret_value(),
        "TASTEVIN_PULL_RETRY_BASE_DELAY_S": "0",
    }


@contextmanager
def _consumers(env: dict[str, str], count: int) -> Iterator[None]:
    command = [sys.executable, "-m", "huey.bin.huey_consumer", "tastevin.jobs.huey", "-n", "-q"]
    processes = [subprocess.Popen(command, env=env) for _ in range(count)]
    try:
        yield
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)


def _night(
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    database_url: str,
    queue_url: str,
    data_dir: Path,
    urls: dict[Vendor, str],
) -> list[tuple[object, ...]]:
    monkeypatch.setenv("TASTEVIN_DATABASE_URL", database_url)
    get_settings.cache_clear()
    ids = []
    for vendor in VENDORS:
        for seed in SEEDS[vendor]:
            cid = add_connection(vendor, credentials_for(vendor, urls[vendor], seed), seed)
            with transaction() as session:  # two nights to catch up
                session.get_one(PosConnection, cid).last_complete_day = DAY - timedelta(days=2)
            ids.append(cid)
    env = _env(settings, database_url, queue_url, data_dir)
    enqueue = (
        "import sys, datetime; from tastevin.jobs.nightly import fan_out; "
        "print(len(fan_out(datetime.datetime.fromisoformat(sys.argv[1]))))"
    )
    fanned = subprocess.run(
        [sys.executable, "-c", enqueue, morning_after(DAY).isoformat()],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert fanned.stdout.strip() == str(len(ids))
    with _consumers(env, 2):
        deadline = time.monotonic() + 45
        while time.monotonic() < deadline:
            with transaction() as session:
                days = session.scalars(select(PosConnection.last_complete_day)).all()
            if all(d == DAY for d in days):
                break
            time.sleep(0.2)
    with transaction() as session:
        assert set(session.scalars(select(PosConnection.last_complete_day))) == {DAY}
        rows = session.execute(
            select(
                SaleLine.restaurant_id,
                SaleLine.idempotency_key,
                SaleLine.kind,
                SaleLine.quantity,
                SaleLine.amount,
                SaleLine.business_day,
            ).order_by(SaleLine.restaurant_id, SaleLine.idempotency_key)
        ).all()
    return [tuple(r) for r in rows]


@pytest.mark.redis
def test_redis_and_sqlite_queues_give_the_same_nights(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, redis_url: str, tmp_path: Path
) -> None:
    redis.Redis.from_url(redis_url).delete("huey.redis.tastevin", "huey.schedule.tastevin")
    with ExitStack() as stack:
        urls = {v: stack.enter_context(simulator(v))[1] for v in VENDORS}
        results = []
        for name, queue_url in (("redis", redis_url), ("sqlite", "")):
            url = f"sqlite:///{tmp_path / name}.db"
            upgrade(url)
            results.append(
                _night(settings, monkeypatch, url, queue_url, tmp_path / f"var-{name}", urls)
            )
    on_redis, on_sqlite = results
    assert len(on_redis) > 2 * 6 * 140  # two nights of six restaurants
    assert {r[5] for r in on_redis} >= {DAY - timedelta(days=1), DAY}
    assert on_redis == on_sqlite
