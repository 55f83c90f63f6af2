"""The web app, two workers, the FTPS box and the vendors each on a host of their own
(network namespaces of this machine), sharing only one PostgreSQL and one Redis reached
over the network: a night of pulls, webhook deliveries and an FTPS upload completes, with
one worker killed (SIGKILL) in the middle of it.

Every role has its own data directory: nothing passes between them but the database and
the queue. Needs root (``ip netns``); CI runs as root, so there it always runs.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import func, or_, select, text
from sqlalchemy.engine import make_url

from tastevin import db
from tastevin.config import Settings
from tastevin.jobs.nightly import NIGHTLY_MINUTE
from tastevin.models import LeaseLock, PosConnection, RawImport, Restaurant, SaleLine
from tastevin.models.enums import Vendor
from tastevin.pos.connections import create_connection
from tastevin.pull.days import last_closed_day
from tastevin.simulators.pi_sender import send_night
from tastevin.simulators.pointex_uploader import upload_night
from tests.conftest import service_missing
from tests.deploy import netns

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis, pytest.mark.own_backends]

PULLS = 24
VENDORS = ("bizzon", "jalia", "asterio")
SIM_PORT, WEB_PORT, FTPS_PORT, PASSIVE = 18001, 8000, 2121, "30000-30020"
TASTEVIN = [sys.executable, "-m", "tastevin"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(what: str, check: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():  # type: ignore[operator]
                return
        except (httpx.HTTPError, OSError):
            pass
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def _count(model: type, *where: object) -> int:
    with db.transaction(db.engine_for(_URL[0])) as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


_URL: list[str] = [""]


def _explain(logs: Path, day: date) -> None:
    """What a night that did not finish left behind, printed with the failure: the
    connections behind, the leases, the imports not applied, the database's sessions and
    the end of every role's log."""
    with db.transaction(db.engine_for(_URL[0])) as session:
        behind = session.execute(
            select(
                PosConnection.id,
                PosConnection.vendor,
                PosConnection.status,
                PosConnection.last_complete_day,
                PosConnection.last_error,
            ).where(
                or_(
                    PosConnection.last_complete_day.is_(None),
                    PosConnection.last_complete_day != day,
                )
            )
        ).all()
        print("connections behind:", *behind, sep="\n  ")
        print(
            "leases:",
            *session.execute(select(LeaseLock.name, LeaseLock.owner, LeaseLock.expires_at)).all(),
            sep="\n  ",
        )
        print(
            "imports not applied:",
            *session.execute(
                select(
                    RawImport.id,
                    RawImport.connection_id,
                    RawImport.status,
                    RawImport.attempts,
                    RawImport.lease_owner,
                    RawImport.error,
                ).where(RawImport.status != "applied")
            ).all(),
            sep="\n  ",
        )
        print(
            "sessions:",
            *session.execute(
                text(
                    "SELECT pid, state, wait_event_type, wait_event, now() - xact_start,"
                    " left(query, 120) FROM pg_stat_activity WHERE datname = current_database()"
                )
            ).all(),
            sep="\n  ",
        )
    for log in sorted(logs.glob("*.log")):
        lines = log.read_text(errors="replace").splitlines()
        print(f"--- {log.name} ({len(lines)} lines), the last 40:", *lines[-40:], sep="\n")


@pytest.fixture
def hosts() -> Iterator[netns.Network]:
    reason = netns.available()
    if reason:
        service_missing("network namespaces", RuntimeError(reason))
    with netns.network() as net:
        for role in ("web", "ftps", "vendors", "worker1", "worker2"):
            net.add_host(role)
        yield net


def _clear_of_the_hourly_fan_out() -> None:
    """The workers' own schedule runs the fan-out at minute 7 of every hour: started just
    before it, they may pull the whole night before the test's own fan-out and its killed
    worker (CI at 00:07 saw the test's fan-out find nothing left to do). Start them clear
    of it."""
    while abs(datetime.now(UTC).minute - NIGHTLY_MINUTE) <= 2:
        time.sleep(5)


def _seed(pg_url: str, net: netns.Network) -> dict[str, object]:
    vendors = net.hosts["vendors"].address
    urls = {v: f"http://{vendors}:{SIM_PORT + i}" for i, v in enumerate(VENDORS)}
    with db.transaction(db.engine_for(pg_url)) as session:
        for n in range(1, PULLS + 1):
            vendor = VENDORS[n % 3]
            # Night hour 0: the day is due as soon as it closes at the cut-off, whatever
            # the hour the test runs (with the default hour, 6, between the 05:00 cut-off
            # and 06:00 nothing is due yet and the test's fan-out finds nothing).
            restaurant = Restaurant(id=n, name=f"Resto {n}", night_hour=0)
            session.add(restaurant)
            session.flush()
            credentials = {
                "bizzon": {"api_key": f"sk_test_{n}", "base_url": urls["bizzon"]},
                "jalia": {"api_key": f"pragma_{n}", "base_url": urls["jalia"]},
                "asterio": {
                    "domain": urls["asterio"],
                    "kml": f"r-{n}",
                    "site": "1",
                    "password": f"pw_{n}",
                },
            }[vendor]
            create_connection(session, restaurant, Vendor(vendor), credentials)
        pushed = Restaurant(id=500, name="Pushed")
        session.add(pushed)
        session.flush()
        _, webhook = create_connection(session, pushed, Vendor.PI_ELYX)
        _, ftp = create_connection(session, pushed, Vendor.POINTEX)
    return {"token": webhook.token, "login": ftp.ftp_login, "password": ftp.ftp_password}


def test_a_night_on_several_hosts_survives_a_killed_worker(
    hosts: netns.Network, pg_url: str, redis_url: str, tmp_path: Path, settings: Settings
) -> None:
    _URL[0] = pg_url
    net = hosts
    gateway = net.gateway
    pg, redis = make_url(pg_url), make_url(redis_url)
    pg_port, redis_port = _free_port(), _free_port()
    forward = [sys.executable, "-m", "tests.deploy.forward", gateway]
    root = Path(__file__).resolve().parents[2]
    base_env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(root), "LANG": "C.UTF-8"}
    net.start(
        None,
        [*forward, str(pg_port), pg.host or "", str(pg.port or 5432)],
        base_env,
        tmp_path / "forward-pg.log",
    )
    net.start(
        None,
        [*forward, str(redis_port), redis.host or "", str(redis.port or 6379)],
        base_env,
        tmp_path / "forward-redis.log",
    )
    queue_url = redis.set(host=gateway, port=redis_port).render_as_string(hide_password=False)
    role_env = {
        **base_env,
        "TASTEVIN_DATABASE_URL": pg.set(host=gateway, port=pg_port).render_as_string(
            hide_password=False
        ),
        "TASTEVIN_QUEUE_URL": queue_url,
        # Every host is given the same key (credentials are encrypted with it).
        "TASTEVIN_SECRET_KEY": settings.secret_key.get_secret_value(),
        # The vendors' simulators answer on a private address of the test network.
        "TASTEVIN_ALLOW_PRIVATE_ENDPOINTS": "true",
        "TASTEVIN_PULL_RETRY_BASE_DELAY_S": "0.1",
        # A dead worker on another host is known only by its lease running out: short
        # leases keep the test short (production: minutes).
        "TASTEVIN_PULL_LEASE_S": "15",
        "TASTEVIN_IMPORT_LEASE_S": "15",
        "TASTEVIN_SWEEP_GRACE_S": "5",
    }

    def env(role: str, **extra: str) -> dict[str, str]:
        data = tmp_path / role
        data.mkdir(exist_ok=True)
        return {**role_env, "TASTEVIN_DATA_DIR": str(data), **extra}

    _flush_queue(net, env("flush"))
    secrets = _seed(pg_url, net)
    # Yesterday's business day, as the workers' hourly schedule would also pull it.
    now = datetime.now(UTC)
    with db.transaction(db.engine_for(pg_url)) as session:
        first = session.get_one(Restaurant, 1)
        day = last_closed_day(now, ZoneInfo(first.timezone), first.day_cutoff)
    web, ftps = net.hosts["web"], net.hosts["ftps"]
    net.start(
        net.hosts["vendors"],
        [
            *TASTEVIN,
            "simulate-pull",
            "--host",
            net.hosts["vendors"].address,
            "--port",
            str(SIM_PORT),
        ],
        env("vendors"),
        tmp_path / "vendors.log",
    )
    net.start(
        web,
        [*TASTEVIN, "serve", "--host", web.address, "--port", str(WEB_PORT)],
        env("web", TASTEVIN_PUBLIC_URL=f"http://{web.address}:{WEB_PORT}"),
        tmp_path / "web.log",
    )
    net.start(
        ftps,
        [*TASTEVIN, "ftps", "--port", str(FTPS_PORT)],
        env("ftps", TASTEVIN_FTPS_HOST=ftps.address, TASTEVIN_FTPS_PASSIVE_PORTS=PASSIVE),
        tmp_path / "ftps.log",
    )
    _clear_of_the_hourly_fan_out()
    workers = {
        name: net.start(
            net.hosts[name],
            [*TASTEVIN, "worker", "--workers", "2"],
            env(name),
            tmp_path / f"{name}.log",
        )
        for name in ("worker1", "worker2")
    }
    web_url = f"http://{web.address}:{WEB_PORT}"
    with httpx.Client(base_url=web_url, timeout=30) as client:
        _wait("the web app to be ready", lambda: client.get("/ready").status_code == 200, 90)
        assert client.get("/ready").json() == {"status": "ok", "database": "ok", "queue": "ok"}

        # The night: the fan-out runs on the web host, the workers share the pulls.
        fanned = net.run(
            web, [sys.executable, "-c", FAN_OUT.format(night=now.isoformat())], env("web")
        )
        assert fanned.returncode == 0, fanned.stderr
        # The workers' own hourly schedule may have enqueued some first: same pulls, locked.
        assert 0 < int(fanned.stdout.strip()) <= PULLS
        done = PosConnection.last_complete_day == day
        _wait("a few pulls to complete", lambda: _count(PosConnection, done) >= 4, 120)
        os.killpg(workers["worker1"].pid, signal.SIGKILL)  # mid-night, pulls in flight
        workers["worker1"].wait(timeout=10)

        report = send_night(client, 500, str(secrets["token"]), day)
        cert = tmp_path / "ftps" / "ftps-tls" / "cert.pem"
        _wait("the FTPS certificate", cert.exists, 30)
        upload_night(
            ftps.address,
            FTPS_PORT,
            str(secrets["login"]),
            str(secrets["password"]),
            day,
            cafile=cert,
        )

        try:
            _wait("every pull to complete", lambda: _count(PosConnection, done) == PULLS, 300)
        except AssertionError:
            _explain(tmp_path, day)
            raise
        settled = RawImport.status.in_(["applied", "failed"])
        _wait(
            "every import to be processed",
            lambda: _count(RawImport) == _count(RawImport, settled),
            120,
        )

        for n in range(1, PULLS + 1):
            assert _count(SaleLine, SaleLine.restaurant_id == n) > 0, f"restaurant {n}"
        failed = _count(RawImport, RawImport.status == "failed")
        assert failed == 1  # the webhook night's deliberately truncated body, kept
        assert report.sent > 10
        assert _count(SaleLine, SaleLine.restaurant_id == 500) > 0

        lines = _count(SaleLine)
        again = net.run(web, [sys.executable, "-c", REPULL.format(day=day.isoformat())], env("web"))
        assert again.returncode == 0, again.stderr
        _wait("the re-pulls to be consumed", lambda: _queue_empty(net, env("flush")), 180)
        assert _count(SaleLine) == lines  # nothing counted twice

        metrics = client.get("/metrics").text
        applied = _count(RawImport, RawImport.status == "applied")
        assert 'tastevin_imports{state="applied",vendor="bizzon"}' in metrics
        total_applied = sum(
            float(line.rsplit(" ", 1)[1])
            for line in metrics.splitlines()
            if line.startswith('tastevin_imports{state="applied"')
        )
        assert total_applied == applied
    _flush_queue(net, env("flush"))


FAN_OUT = """
from datetime import datetime
from tastevin.jobs.nightly import fan_out
print(len(fan_out(datetime.fromisoformat("{night}"))))
"""
REPULL = """
from sqlalchemy import select
from tastevin.db import transaction
from tastevin.jobs.pull_tasks import pull_connection_task
from tastevin.models import PosConnection
from tastevin.connectors.registry import pull_vendors
with transaction() as session:
    pulled = PosConnection.vendor.in_(pull_vendors())
    ids = session.scalars(select(PosConnection.id).where(pulled)).all()
for connection_id in ids:
    pull_connection_task(connection_id, day="{day}")
"""
PENDING = "from tastevin.jobs import huey; print(huey.pending_count() + len(huey.scheduled()))"


def _queue_empty(net: netns.Network, env: dict[str, str]) -> bool:
    time.sleep(1)
    done = net.run(net.hosts["web"], [sys.executable, "-c", PENDING], env)
    return done.returncode == 0 and done.stdout.strip() == "0"


def _flush_queue(net: netns.Network, env: dict[str, str]) -> None:
    done = net.run(
        net.hosts["web"],
        [sys.executable, "-c", "from tastevin.jobs import huey; huey.flush()"],
        env,
    )
    assert done.returncode == 0, done.stderr
