"""What every fake vendor shares: keys → restaurant seeds, fault injection, a log of every
request (so tests can prove Tastevin only ever GETs), and running an app with uvicorn in a
thread on 127.0.0.1 with a free port."""

from __future__ import annotations

import asyncio
import hashlib
import re
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import uvicorn
from fastapi import FastAPI, Request, Response

from tastevin.simulators.restaurant import PARIS, SimProduct, SimTicket, catalogue, night

KeyOf = Callable[[Request], str | None]


@dataclass
class Fault:
    """One injected failure, used by the next request whose path contains ``path``."""

    kind: str
    """``429`` (with ``Retry-After``), ``500``, ``slow`` (sleeps ``delay_s``), ``bad_page``."""
    path: str = ""
    retry_after: str = "0"
    delay_s: float = 0.0


@dataclass
class SimState:
    keys: dict[str, int] = field(default_factory=dict)
    """API key → restaurant seed. A key ending in ``_<digits>`` also works unregistered."""
    revoked: set[str] = field(default_factory=set)
    """Expired keys: answered 401."""
    faults: list[Fault] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    """(method, path?query) of every request received."""
    lines: int = 150
    zone: ZoneInfo = PARIS
    record: bool = True
    clock: datetime | None = None
    """The simulated "now": tickets opened after it have not happened yet and are not served."""
    options: dict[str, Any] = field(default_factory=dict)
    """Vendor switches, e.g. Jalia ``{"money": "euros"}`` to write euros as floats."""
    latency_s: float = 0.0
    """How long every answer takes, as a real vendor's API over the internet does (its
    servers, the distance): requests wait it without holding the server up."""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def seed_for(self, key: str | None) -> int | None:
        if not key or key in self.revoked:
            return None
        if key in self.keys:
            return self.keys[key]
        match = re.search(r"_(\d+)$", key)
        return int(match.group(1)) if match else None

    def take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for index, fault in enumerate(self.faults):
                if fault.path in path:
                    return self.faults.pop(index)
        return None

    def methods(self) -> set[str]:
        return {method for method, _ in self.requests}


def guarded_app(state: SimState, key_of: KeyOf, title: str) -> FastAPI:
    """A FastAPI app that logs, refuses anything but GET, checks the key and plays faults
    before any vendor route runs. Routes read the restaurant seed from ``request.state``."""
    app = FastAPI(title=title, openapi_url=None, docs_url=None, redoc_url=None)

    @app.middleware("http")
    async def guard(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if state.record:
            state.requests.append((request.method, path))
        if request.method != "GET":
            return Response(status_code=405)
        if state.latency_s > 0:
            await asyncio.sleep(state.latency_s)
        fault = state.take_fault(path)
        if fault is not None and fault.kind == "slow":
            await asyncio.sleep(fault.delay_s)
        elif fault is not None and fault.kind == "429":
            return Response(status_code=429, headers={"Retry-After": fault.retry_after})
        elif fault is not None and fault.kind == "500":
            return Response(b"internal error", status_code=500)
        elif fault is not None and fault.kind == "bad_page":
            return Response(b'{"data": [{"id": ', media_type="application/json")
        seed = state.seed_for(key_of(request))
        if seed is None:
            return Response(b'{"errors": [{"status": "401"}]}', status_code=401)
        request.state.seed = seed
        return await call_next(request)

    return app


def stable_id(namespace: str, *parts: object) -> str:
    """A UUID-shaped id that is the same for the same parts on every run (vendors' ids are
    UUIDs); blake2b keeps it cheap: a night of a thousand restaurants makes many."""
    digest = hashlib.blake2b(
        ":".join((namespace, *(str(p) for p in parts))).encode(), digest_size=16
    ).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:]}"


@lru_cache(maxsize=64)
def menu(seed: int) -> tuple[SimProduct, ...]:
    return catalogue(seed)


@lru_cache(maxsize=4096)
def tickets_of(seed: int, day: date, lines: int, zone: ZoneInfo) -> tuple[SimTicket, ...]:
    return night(day, seed=seed, lines=lines, zone=zone, products=menu(seed))


CUTOFF = clock(5, 0)


def current_day_start(zone: ZoneInfo, now: datetime | None = None) -> datetime:
    """When the business day in progress began (its 05:00 local cut-off)."""
    local = (now or datetime.now(UTC)).astimezone(zone)
    start = datetime.combine(local.date(), CUTOFF, tzinfo=zone)
    return start if local >= start else start - timedelta(days=1)


def tickets_between(state: SimState, seed: int, start: datetime, end: datetime) -> list[SimTicket]:
    """Every ticket opened in [start, end) (and before the simulated clock, if any), whatever
    business days that spans."""
    # Never the future, never the business day in progress: without a simulated clock the
    # simulator serves up to the start of today's business day (05:00 local), i.e. the
    # night that just closed at most.
    end = min(end, state.clock if state.clock is not None else current_day_start(state.zone))
    first = start.astimezone(state.zone).date() - timedelta(days=1)
    last = end.astimezone(state.zone).date()
    found: list[SimTicket] = []
    day = first
    while day <= last:
        # A night's tickets open between 19:00 and 01:30 local: skip nights out of the window.
        opens = datetime.combine(day, clock(19, 0), tzinfo=state.zone)
        if opens < end and opens + timedelta(hours=7) > start:
            found.extend(
                t
                for t in tickets_of(seed, day, state.lines, state.zone)
                if start <= t.opened_at < end
            )
        day += timedelta(days=1)
    return sorted(found, key=lambda t: (t.opened_at, t.number))


class RunningServer:
    """A uvicorn server in a daemon thread; ``url`` is ``http://<host>:<port>`` (by default
    127.0.0.1 and a free port)."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        config = uvicorn.Config(
            app, host=host, port=port, log_level="warning", lifespan="off", access_log=False
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self) -> RunningServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("simulator did not start")
            time.sleep(0.01)
        return self

    @property
    def url(self) -> str:
        port = self._server.servers[0].sockets[0].getsockname()[1]
        return f"http://{self.host}:{port}"

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> RunningServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
