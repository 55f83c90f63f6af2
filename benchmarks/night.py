"""One night for many restaurants through the real queue: the three vendor simulators on
127.0.0.1, one pull connection per restaurant (spread over Bizzon, Jalia and Astério), the
nightly fan-out enqueueing one task each, and huey consumers doing the work. Then an
immediate re-run of the same day for every connection, which must add no row.

By default both configurations run, one after the other in this one run, each in its own
process: the embedded default (SQLite database and SQLite queue, the baseline) and
PostgreSQL + Redis (a fresh database created on ``--postgres-url``'s server and dropped
after). ``--repeat N`` alternates them N times and compares the medians (the machine may be
shared: compare only figures of one run).

``--workers``: worker processes (the same number for both); each runs as many jobs at once
as the product's default for its database (``tastevin.jobs.queue.worker_threads``:
PostgreSQL 8, SQLite 4), as ``tastevin worker`` would.

    .venv/bin/python benchmarks/night.py [--restaurants 1000] [--workers 2] [--lines 150]
        [--postgres-url postgresql+psycopg://…/db] [--redis-url redis://…/6] [--repeat 1]
        [--latency-ms 0]
    .venv/bin/python benchmarks/night.py --database-url URL [--queue-url redis://…]  # one

Last line of one configuration: ``restaurants=<n> lines=<n> wall_s=<s> lines_per_s=<n>
rerun_added=<n> workers=<processes> threads_each=<n>``. Last line of the comparison:
``sqlite_wall_s=<s> postgres_redis_wall_s=<s> ratio=<pg/sqlite> paired_ratio=<median of
each round's pg/sqlite> rerun_added=<n> postgres_not_slower=<yes|no>`` (yes: both ratios
at most 1).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any
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
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="Every vendor answer takes this long (a real API over the internet: 50-300 ms).",
    )
    parser.add_argument("--database-url", default="", help="Run this one configuration.")
    parser.add_argument("--queue-url", default="")
    parser.add_argument("--single", action="store_true", help="One configuration (internal).")
    parser.add_argument(
        "--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--repeat", type=int, default=1)
    return parser.parse_args()


def _one(args: argparse.Namespace, database_url: str, queue_url: str) -> dict[str, float]:
    """One configuration in a process of its own (settings and the queue are per process)."""
    command = [
        sys.executable,
        __file__,
        "--single",
        f"--restaurants={args.restaurants}",
        f"--workers={args.workers}",
        f"--lines={args.lines}",
        f"--latency-ms={args.latency_ms}",
        f"--database-url={database_url}",
        f"--queue-url={queue_url}",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    sys.stderr.write(done.stderr[-4000:] if done.returncode else "")
    if done.returncode:
        raise SystemExit(f"night failed on {database_url or 'sqlite'}")
    last = done.stdout.strip().splitlines()[-1]
    print(f"  {'postgres+redis' if queue_url else 'sqlite        '}: {last}", flush=True)
    return {k: float(v) for k, v in (pair.split("=") for pair in last.split())}


def _scratch_database(server_url: str) -> tuple[str, Callable[[], None]]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"tastevin_night_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    return url, drop


def compare(args: argparse.Namespace) -> None:
    """Both configurations, alternated ``--repeat`` times; medians compared."""
    walls: dict[str, list[float]] = {"sqlite": [], "postgres": []}
    added = 0
    for n in range(args.repeat):
        print(f"round {n + 1}/{args.repeat}", flush=True)
        sqlite = _one(args, "", "")
        pg_url, drop = _scratch_database(args.postgres_url)
        try:
            postgres = _one(args, pg_url, args.redis_url)
        finally:
            drop()
        walls["sqlite"].append(sqlite["wall_s"])
        walls["postgres"].append(postgres["wall_s"])
        added += int(sqlite["rerun_added"] + postgres["rerun_added"])
    base, pg = statistics.median(walls["sqlite"]), statistics.median(walls["postgres"])
    # The load of a shared machine changes between rounds: each round's own ratio (its two
    # runs back to back) is compared too, and both must agree for a "yes".
    rounds = zip(walls["postgres"], walls["sqlite"], strict=True)
    paired = statistics.median([p / s for p, s in rounds])
    verdict = "yes" if pg <= base and paired <= 1 else "no"
    print(
        f"sqlite_wall_s={base:.1f} postgres_redis_wall_s={pg:.1f} ratio={pg / base:.2f} "
        f"paired_ratio={paired:.2f} rerun_added={added} postgres_not_slower={verdict}"
    )


def _configure(args: argparse.Namespace, work: Path) -> dict[str, str]:
    env = {
        "TASTEVIN_DATABASE_URL": args.database_url or f"sqlite:///{work / 'night.db'}",
        "TASTEVIN_QUEUE_URL": args.queue_url,
        "TASTEVIN_QUEUE_IMMEDIATE": "false",
        "TASTEVIN_DATA_DIR": str(work / "var"),
        "TASTEVIN_SECRET_KEY": Fernet.generate_key().decode(),
        "TASTEVIN_PULL_RETRY_BASE_DELAY_S": "0.1",
        "TASTEVIN_ALLOW_PRIVATE_ENDPOINTS": "true",  # the simulators are on 127.0.0.1
    }
    os.environ.update(env)  # before tastevin reads its settings (the queue is built on import)
    return {**os.environ, **env}


def main() -> None:
    args = _args()
    if not (args.single or args.database_url):
        compare(args)
        return
    # Terminated (by the comparing process or by hand): still stop the consumers below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    work = Path(tempfile.mkdtemp(prefix="tastevin-night-"))
    env = _configure(args, work)

    from importlib import import_module

    from sqlalchemy import func, select, text

    from tastevin.config import get_settings
    from tastevin.db import get_engine, transaction
    from tastevin.jobs.nightly import fan_out
    from tastevin.jobs.pull_tasks import pull_connection_task
    from tastevin.jobs.queue import worker_threads
    from tastevin.migrate import upgrade
    from tastevin.models import Base, PosConnection, Restaurant, SaleLine
    from tastevin.models.enums import Vendor
    from tastevin.pos.connections import create_connection
    from tastevin.simulators.server import RunningServer, SimState

    settings = get_settings()
    if settings.queue_url:
        get_huey().flush()  # this queue's own keys only: leftovers of an interrupted run
    upgrade(settings.effective_database_url)
    if get_engine().dialect.name == "postgresql":
        # Every table: the ledger has no foreign keys, so no CASCADE reaches it.
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        with get_engine().begin() as conn:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    servers = {
        v: RunningServer(
            import_module(f"tastevin.simulators.{v}").create_app(
                SimState(
                    lines=args.lines,
                    record=False,
                    clock=NIGHT,
                    latency_s=args.latency_ms / 1000,
                )
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
            failed = session.scalar(
                select(PosConnection.last_error)
                .where(PosConnection.last_error.is_not(None))
                .limit(1)
            )
            if failed:  # a night that cannot complete must not wait forever
                raise SystemExit(f"a pull failed: {failed}")
            return int(session.scalar(query) or 0)

    # ``--workers`` worker processes, the same number for both configurations; each runs
    # the product's own default number of jobs at once for its database (as ``tastevin
    # worker`` does, without its periodic tasks).
    threads = worker_threads(settings)
    command = [sys.executable, "-m", "huey.bin.huey_consumer", "tastevin.jobs.huey", "-n", "-q"]
    command += ["-w", str(threads), "-k", "thread"]
    consumers = [subprocess.Popen(command, env=env) for _ in range(args.workers)]
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
        for consumer in consumers:
            consumer.terminate()
        for consumer in consumers:
            consumer.wait(timeout=30)
        for server in servers.values():
            server.stop()
    print(
        f"restaurants={len(enqueued)} lines={total} wall_s={wall:.1f} "
        f"lines_per_s={total / wall:.0f} rerun_added={rerun_added} "
        f"workers={args.workers} threads_each={threads} latency_ms={args.latency_ms:g}"
    )


def get_huey_pending() -> int:
    return int(get_huey().pending_count())


def get_huey() -> Any:
    from tastevin.jobs import huey

    return huey


if __name__ == "__main__":
    main()
