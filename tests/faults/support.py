"""Real processes for fault tests: ``tastevin serve`` and ``tastevin worker`` started as a
deployment would start them, killed with SIGKILL, restarted; a private ``redis-server``
that can be taken down; Elyx documents of any size whose exact revenue is known; a sender
that retries as a POS does."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
from sqlalchemy import func, select, type_coerce

from tastevin.db import engine_for, transaction
from tastevin.models import RawImport, SaleLine
from tastevin.models.enums import REVENUE_KINDS
from tastevin.models.types import Money

TASTEVIN = str(Path(sys.executable).parent / "tastevin")
DAY = date(2026, 11, 20)
ELYX = "/pi-electronique/restaurants/{rid}/sales-webhook"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True, slots=True)
class Document:
    body: bytes
    total: Decimal
    lines: int


def elyx_document(number: int, items: int) -> Document:
    """One Elyx sale document of ``items`` lines (the published Elyx/Evoliz shape the
    simulator sends), with amounts that vary by line so any lost or doubled line shows."""
    lines = []
    total = Decimal("0.00")
    for index in range(items):
        amount = Decimal(300 + (number * 7 + index * 13) % 4700) / 100
        total += amount
        lines.append(
            {
                "itemid": index + 1,
                "reference": f"PI{(index % 40) + 1:04d}",
                "designation": f"VIN {(index % 40) + 1}",
                "quantity": "1",
                "unit": "u",
                "vat": "20.00",
                "total": {"vat_include": str(amount), "rebate": "0.00"},
            }
        )
    document = {
        "event": "sale.closed",
        "documentid": number,
        "external_document_number": f"F-{number}",
        "typedoc": "invoice",
        "status": "paid",
        "documentdate": DAY.isoformat(),
        "documenttime": "21:00:00",
        "items": lines,
        "total": {"vat_include": str(total)},
        "payments": [{"method": "CB", "amount": str(total)}],
    }
    return Document(json.dumps(document).encode(), total, items)


@dataclass
class Stack:
    """One deployment: its environment, and the processes started for it."""

    env: dict[str, str]
    logs: Path
    port: int
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [TASTEVIN, *args], env=self.env, capture_output=True, text=True, timeout=120
        )

    def start(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{name}.log").open("ab")
        process = subprocess.Popen([TASTEVIN, *args], env=self.env, stdout=log, stderr=log)
        self.processes.append(process)
        return process

    def serve(self) -> subprocess.Popen[bytes]:
        process = self.start("serve", "serve", "--port", str(self.port))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.log('serve')}")
            try:
                httpx.get(self.url + "/api/csrf", timeout=1)
                return process
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def worker(self) -> subprocess.Popen[bytes]:
        """A consumer, once it has said it runs (its queue store opened)."""
        before = self.log("worker").count("consumer started")
        process = self.start("worker", "worker", "--workers", "2")
        wait_until(
            lambda: self.log("worker").count("consumer started") > before
            or process.poll() is not None,
            60,
            "the worker to start",
        )
        if process.poll() is not None:
            raise RuntimeError(f"the worker exited: {self.log('worker')}")
        return process

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)


def kill9(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)  # reaped: its pid is really gone


@contextmanager
def stack(
    database_url: str, queue_url: str, data_dir: Path, secret_key: str, **settings: str
) -> Iterator[Stack]:
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = {
        **os.environ,
        "TASTEVIN_DATABASE_URL": database_url,
        "TASTEVIN_QUEUE_URL": queue_url,
        "TASTEVIN_QUEUE_IMMEDIATE": "false",
        "TASTEVIN_DATA_DIR": str(data_dir),
        "TASTEVIN_SECRET_KEY": secret_key,
        "TASTEVIN_PORT": str(port),
        "TASTEVIN_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "TASTEVIN_MAX_BODY_BYTES": str(64 * 1024 * 1024),
        **{f"TASTEVIN_{k.upper()}": v for k, v in settings.items()},
    }
    running = Stack(env, data_dir, port)
    try:
        yield running
    finally:
        running.stop_all()


class RedisServer:
    """A private ``redis-server`` (no persistence): taking it down loses its queue, as a
    crashed Redis without AOF would; the database must still say what is owed."""

    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise FileNotFoundError("redis-server")
        self.binary = binary
        self.workdir = workdir
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/9"

    def start(self) -> RedisServer:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--save", "", "--appendonly", "no",
             "--dir", str(self.workdir), "--bind", "127.0.0.1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self._answers, 20, "redis-server to answer")
        return self

    def _answers(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(port=self.port, socket_connect_timeout=0.5).ping())
        except redis.RedisError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            kill9(self.process)  # type: ignore[arg-type]


def wait_until(check: Callable[[], bool], timeout_s: float, what: str) -> float:
    """Seconds it took; AssertionError naming ``what`` after ``timeout_s``."""
    start = time.monotonic()
    while True:
        if check():
            return time.monotonic() - start
        if time.monotonic() - start > timeout_s:
            raise AssertionError(f"waited {timeout_s} s for {what}")
        time.sleep(0.1)


class RetryingSender:
    """Posts documents as a POS does: until one is answered, retrying on connection
    errors and 5xx with a short pause. Records which documents were acknowledged (202)."""

    def __init__(self, base_url: str, restaurant_id: int, token: str) -> None:
        self.url = base_url + ELYX.format(rid=restaurant_id)
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        self.acknowledged: dict[int, int] = {}
        self.retries = 0
        self._lock = threading.Lock()

    def send(self, number: int, body: bytes, give_up_s: float = 180) -> int:
        deadline = time.monotonic() + give_up_s
        with httpx.Client(timeout=60) as client:
            while True:
                try:
                    response = client.post(self.url, content=body, headers=self.headers)
                    if response.status_code < 500:
                        if response.status_code == 202:
                            with self._lock:
                                self.acknowledged[number] = response.json()["import_id"]
                        return response.status_code
                except httpx.TransportError:
                    pass
                with self._lock:
                    self.retries += 1
                if time.monotonic() > deadline:
                    raise AssertionError(f"document {number} never answered")
                time.sleep(0.2)

    def send_all(self, documents: dict[int, Document], threads: int = 4) -> None:
        numbers = sorted(documents)
        lanes = [numbers[i::threads] for i in range(threads)]

        def lane(chosen: list[int]) -> None:
            for number in chosen:
                self.send(number, documents[number].body)

        workers = [threading.Thread(target=lane, args=(chosen,)) for chosen in lanes]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()


@dataclass(frozen=True, slots=True)
class Ledger:
    lines: int
    revenue: Decimal
    imports: dict[str, int]


def ledger(database_url: str, restaurant_id: int) -> Ledger:
    with transaction(engine_for(database_url)) as session:
        lines, revenue = session.execute(
            select(func.count(), type_coerce(func.sum(SaleLine.amount), Money)).where(
                SaleLine.restaurant_id == restaurant_id,
                SaleLine.kind.in_([str(k) for k in REVENUE_KINDS]),
            )
        ).one()
        states = dict(
            session.execute(
                select(RawImport.status, func.count())
                .where(RawImport.restaurant_id == restaurant_id)
                .group_by(RawImport.status)
            ).all()
        )
    return Ledger(lines, revenue or Decimal("0.00"), states)
