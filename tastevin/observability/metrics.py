"""The counters and histograms every process updates as work happens.

Multiprocess-safe: when ``PROMETHEUS_MULTIPROC_DIR`` is set (before the process starts, as
prometheus-client requires), each process writes its values to files there and a scrape adds
up every process of the host (several uvicorn workers, several huey consumers). Without it,
each process keeps its own values in memory. Hosts are never added up here: Prometheus
scrapes each host's web app, and each worker or FTPS box that exposes ``--metrics-port``.

Figures that describe the whole installation rather than one process (imports by state,
pull lag, queue depth) are read from the database and the queue at scrape time
(``tastevin.observability.state``), so they are the same whichever host is scraped.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.registry import REGISTRY

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = CONTENT_TYPE_LATEST

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

LINES_APPLIED = Counter(
    "tastevin_sale_lines_applied",
    "Sale lines newly added to the ledger (resends add none).",
    ["vendor"],
)
PARSE_SECONDS = Histogram(
    "tastevin_import_parse_seconds",
    "Time to parse one stored import (a body, a file or an API page).",
    ["vendor"],
    buckets=_LATENCY_BUCKETS,
)
APPLY_SECONDS = Histogram(
    "tastevin_import_apply_seconds",
    "Time to apply one parsed import to the ledger and the stock.",
    ["vendor"],
    buckets=_LATENCY_BUCKETS,
)
WEBHOOK_REQUESTS = Counter(
    "tastevin_webhook_requests",
    "Webhook deliveries by route and HTTP status answered.",
    ["route", "status"],
)
FTPS_LOGINS = Counter(
    "tastevin_ftps_logins",
    "FTPS drop-box logins by outcome (ok, failed, locked).",
    ["outcome"],
)
FTPS_UPLOADS = Counter(
    "tastevin_ftps_uploads",
    "FTPS uploads by outcome (stored, duplicate, refused).",
    ["outcome"],
)


@contextmanager
def timed(histogram: Histogram, vendor: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        histogram.labels(vendor=vendor).observe(time.perf_counter() - started)


def process_registry() -> CollectorRegistry:
    """This host's process metrics: every process's files when multiprocess, else this one."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return registry
    return REGISTRY


def exposition(registry: CollectorRegistry) -> bytes:
    return generate_latest(registry)


def serve_process_metrics(port: int, host: str = "0.0.0.0") -> None:
    """For processes without a web app (a worker, the FTPS box): their own counters on
    ``http://host:port/metrics``, in a background thread. Port 0: not served."""
    if port:
        from prometheus_client import start_http_server

        start_http_server(port, addr=host, registry=process_registry())
