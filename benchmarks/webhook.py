"""Webhook throughput: the Elyx route (token check, raw store, commit, enqueue) next to a
bare FastAPI endpoint in the same app and the same uvicorn server, on loopback, with 8
concurrent clients posting ~1 KB realistic bodies. Embedded defaults (SQLite data and
queue). The last line is exactly ``rps=<n> bare_rps=<n> ratio=<r> sent=<n> stored=<n>``.

    python benchmarks/webhook.py [--requests-per-client 400] [--clients 8]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def serve(port: int) -> None:
    """The server process: the webhook routes plus a bare endpoint, one uvicorn worker."""
    import uvicorn

    from tastevin.ingress.webhooks import install
    from tastevin.web.runtime import tune_for_serving

    tune_for_serving()  # as `tastevin serve` does

    app = FastAPI()
    install(app)

    @app.post("/bare")
    async def bare(request: Request) -> JSONResponse:
        body = await request.body()
        return JSONResponse({"status": "accepted", "size": len(body)}, status_code=202)

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _bodies(count: int) -> list[bytes]:
    """Distinct ~1 KB Elyx documents (a real ticket, renumbered)."""
    from datetime import date

    from tastevin.simulators.pi_sender import elyx_document
    from tastevin.simulators.restaurant import night

    tickets = [t for t in night(date(2026, 11, 21), lines=400) if len(t.lines) >= 3]
    bodies = []
    for n in range(count):
        document = elyx_document(tickets[n % len(tickets)])
        document["external_document_number"] = f"B{n:07d}"
        document["items"] = document["items"][:3]
        body = json.dumps(document).encode()
        document["note"] = "x" * max(0, 1024 - len(body) - 12)
        bodies.append(json.dumps(document).encode())
    return bodies


def _setup(data_dir: Path) -> tuple[int, str]:
    from tastevin import config
    from tastevin.db import transaction
    from tastevin.migrate import upgrade
    from tastevin.models.enums import Vendor
    from tastevin.pos.connections import create_connection
    from tastevin.restaurants.service import create_restaurant

    config.get_settings.cache_clear()
    upgrade(config.get_settings().effective_database_url)
    with transaction() as session:
        restaurant = create_restaurant(session, "Banc d'essai", restaurant_id=12230)
        _, issued = create_connection(session, restaurant, Vendor.PI_ELYX)
        assert issued.token is not None
        return restaurant.id, issued.token


def _fresh_database(url: str) -> str:
    """PostgreSQL: a new database for this run (named after the process, so a later run of
    the same pid would replace it; drop ``tastevin_bench_*`` when done); empty: SQLite."""
    if not url:
        return ""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from tastevin.db import make_engine

    name = f"tastevin_bench_{os.getpid()}"
    admin = make_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _load(url: str, bodies: list[bytes], clients: int, headers: dict[str, str]) -> float:
    """Requests per second for ``bodies`` split among ``clients`` threads."""
    shares = [bodies[i::clients] for i in range(clients)]
    failures: list[int] = []
    barrier = threading.Barrier(clients + 1)

    def run(share: list[bytes]) -> None:
        with httpx.Client(timeout=30, headers=headers) as client:
            barrier.wait()
            for body in share:
                status = client.post(url, content=body).status_code
                if status != 202:
                    failures.append(status)

    threads = [threading.Thread(target=run, args=(share,)) for share in shares]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise SystemExit(f"{len(failures)} requests failed, e.g. HTTP {failures[0]}")
    return len(bodies) / elapsed


def _stored() -> int:
    from sqlalchemy import func, select

    from tastevin.db import transaction
    from tastevin.models import RawImport

    with transaction() as session:
        return session.scalar(select(func.count()).select_from(RawImport)) or 0


def _wait_for(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server did not start")
        try:
            httpx.post(f"{base}/bare", content=b"{}", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("the server did not answer in time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests-per-client", type=int, default=400)
    parser.add_argument("--database-url", default="", help="default: embedded SQLite")
    parser.add_argument("--queue-url", default="", help="default: embedded SQLite queue")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    with tempfile.TemporaryDirectory(prefix="tastevin-bench-") as tmp:
        os.environ.update(TASTEVIN_DATA_DIR=tmp, TASTEVIN_DATABASE_URL="", TASTEVIN_QUEUE_URL="")
        os.environ.pop("TASTEVIN_QUEUE_IMMEDIATE", None)
        restaurant_id, token = _setup(Path(tmp))
        port = _free_port()
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(port)], env=os.environ)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_for(base, server)
            total = args.clients * args.requests_per_client
            bodies = _bodies(total)
            webhook = f"{base}/pi-electronique/restaurants/{restaurant_id}/sales-webhook"
            auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            _load(f"{base}/bare", bodies[: args.clients * 20], args.clients, auth)  # warm-up
            bare_rps = _load(f"{base}/bare", bodies, args.clients, auth)
            rps = _load(webhook, bodies, args.clients, auth)
        finally:
            server.terminate()
            server.wait(timeout=10)
        stored = _stored()
    size = sum(map(len, bodies)) / len(bodies)
    print(f"{args.clients} clients, {total} requests per endpoint, bodies of {size:.0f} bytes")
    ratio = rps / bare_rps
    print(f"rps={rps:.0f} bare_rps={bare_rps:.0f} ratio={ratio:.2f} sent={total} stored={stored}")


if __name__ == "__main__":
    main()
