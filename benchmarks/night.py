"""One night for many restaurants through the real queue: the three vendor simulators on
127.0.0.1, one pull connection per restaurant (spread over Bizzon, Jalia and Astério), the
nightly fan-out enqueueing one task each, and huey consumers doing the work. Then an
immediate re-run of the same day for every connection, which must add no row.

    .venv/bin/python benchmarks/night.py [--restaurants 1000] [--workers 2] [--lines 150]
        [--database-url URL] [--queue-url redis://…]

Last line: ``restaurants=<n> lines=<n> wall_s=<s> lines_per_s=<n> rerun_added=<n>``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

from cryptography.fernet import Fernet

DAY = date(2026, 3, 10)
VENDORS = ("bizzon", "jalia", "asterio")
NIGHT = datetime.combine(DAY + timedelta(days=1), clock(6, 30), tzinfo=ZoneInfo("Europe/Paris"))


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--restaurants", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--lines", type=int, default=150)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--queue-url", default="")
    return parser.parse_args()


def _configure(args: argparse.Namespace, work: Path) -> dict[str, str]:
    env = {
        "TASTEVIN_DATABASE_URL": args.database_url or f"sqlite:///{work / 'night.db'}",
        "TASTEVIN_QUEUE_URL": args.queue_url,
        "TASTEVIN_QUEUE_IMMEDIATE": "false",
        "TASTEVIN_DATA_DIR": str(work / "var"),
        "TASTEVIN_SECRET_KEY": Fernet.generate_key().decode(),
        "TASTEVIN_PULL_RETRY_BASE_DELAY_S": "0.1",
    }
    os.environ.update(env)  # before tastevin reads its settings (the queue is built on import)
    return {**os.environ, **env}


def main() -> None:
    args = _args()
    work = Path(tempfile.mkdtemp(prefix="tastevin-night-"))
    env = _configure(args, work)

    from importlib import import_module

    from sqlalchemy import func, select, text

    from tastevin.config import get_settings
    from tastevin.db import get_engine, transaction
    from tastevin.jobs.nightly import fan_out
    from tastevin.jobs.pull_tasks import pull_connection_task
    from tastevin.migrate import upgrade
    from tastevin.models import Base, PosConnection, Restaurant, SaleLine
    from tastevin.models.enums import Vendor
    from tastevin.pos.connections import create_connection
    from tastevin.simulators.server import RunningServer, SimState

    settings = get_settings()
    upgrade(settings.effective_database_url)
    if get_engine().dialect.name == "postgresql":
        # Every table: the ledger has no foreign keys, so no CASCADE reaches it.
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        with get_engine().begin() as conn:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    servers = {
        v: RunningServer(
            import_module(f"tastevin.simulators.{v}").create_app(
                SimState(lines=args.lines, record=False, clock=NIGHT)
            )
        ).start()
        for v in VENDORS
    }
    with transaction() as session:
        for n in range(1, args.restaurants + 1):
            vendor = VENDORS[n % 3]
            url = servers[vendor].url
            restaurant = Restaurant(id=n, name=f"Resto {n}")
            session.add(restaurant)
            session.flush()
            credentials = {
                "bizzon": {"api_key": f"sk_test_{n}", "base_url": url, "page_size": 1000},
                "jalia": {"api_key": f"pragma_{n}", "base_url": url},
                "asterio": {"domain": url, "kml": f"resto-{n}", "site": "1", "password": f"pw_{n}"},
            }[vendor]
            create_connection(session, restaurant, Vendor(vendor), credentials)

    def lines() -> int:
        with transaction() as session:
            return int(session.scalar(select(func.count()).select_from(SaleLine)) or 0)

    def complete() -> int:
        with transaction() as session:
            query = select(func.count()).where(PosConnection.last_complete_day == DAY)
            return int(session.scalar(query) or 0)

    command = [sys.executable, "-m", "huey.bin.huey_consumer", "tastevin.jobs.huey", "-n", "-q"]
    consumer = subprocess.Popen([*command, "-w", str(args.workers), "-k", "process"], env=env)
    try:
        started = time.monotonic()
        enqueued = fan_out(NIGHT)
        while complete() < len(enqueued):
            time.sleep(0.25)
        wall = time.monotonic() - started
        total = lines()
        for connection_id in enqueued:
            pull_connection_task(connection_id, day=DAY.isoformat())
        time.sleep(1.0)
        while get_huey_pending() > 0:
            time.sleep(0.25)
        time.sleep(1.0)
        rerun_added = lines() - total
    finally:
        consumer.terminate()
        consumer.wait(timeout=30)
        for server in servers.values():
            server.stop()
    print(
        f"restaurants={len(enqueued)} lines={total} wall_s={wall:.1f} "
        f"lines_per_s={total / wall:.0f} rerun_added={rerun_added}"
    )


def get_huey_pending() -> int:
    from tastevin.jobs import huey

    return int(huey.pending_count())


if __name__ == "__main__":
    main()
