"""Installation-wide figures read at scrape time from the database and the queue, and the
readiness probe. The same answer whichever host is asked: nothing here is per process."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select, text

from tastevin.connectors.registry import pull_vendors
from tastevin.db import transaction
from tastevin.models import PosConnection, RawImport, Restaurant
from tastevin.pull.days import last_closed_day
from tastevin.sales.business_day import business_day


@dataclass(frozen=True, slots=True)
class Lag:
    connection_id: int
    vendor: str
    days: int
    """Closed business days not yet imported in full (0: up to date)."""


def imports_by_state() -> dict[tuple[str, str], int]:
    """(status, vendor) → number of stored imports."""
    with transaction() as session:
        rows = session.execute(
            select(RawImport.status, RawImport.vendor, func.count()).group_by(
                RawImport.status, RawImport.vendor
            )
        ).all()
    return {(status, vendor): int(count) for status, vendor, count in rows}


def pull_lags(now: datetime | None = None) -> list[Lag]:
    """For each pull connection, how many closed business days it is behind. A connection
    that never completed a day counts from the day before it was created."""
    moment = now or datetime.now(UTC)
    with transaction() as session:
        rows = session.execute(
            select(
                PosConnection.id,
                PosConnection.vendor,
                PosConnection.last_complete_day,
                PosConnection.created_at,
                Restaurant.timezone,
                Restaurant.day_cutoff,
            )
            .join(Restaurant, Restaurant.id == PosConnection.restaurant_id)
            .where(PosConnection.vendor.in_(pull_vendors()))
            .order_by(PosConnection.id)
        ).all()
    lags = []
    for connection_id, vendor, last_complete, created_at, zone_name, cutoff in rows:
        zone = ZoneInfo(zone_name)
        target = last_closed_day(moment, zone, cutoff)
        since: date = last_complete or business_day(created_at, zone, cutoff) - timedelta(days=1)
        lags.append(Lag(connection_id, vendor, max((target - since).days, 0)))
    return lags


def queue_depth() -> int:
    from tastevin.jobs.queue import huey

    return int(huey.pending_count())


def check_ready() -> dict[str, str]:
    """``{"database": "ok"|error, "queue": "ok"|error}``: each dependency asked for real."""
    answers: dict[str, str] = {}
    try:
        with transaction() as session:
            session.execute(text("SELECT 1"))
        answers["database"] = "ok"
    except Exception as error:  # any failure means not ready; the kind is the diagnosis
        answers["database"] = f"unreachable ({type(error).__name__})"
    try:
        queue_depth()
        answers["queue"] = "ok"
    except Exception as error:
        answers["queue"] = f"unreachable ({type(error).__name__})"
    return answers


class InstallationCollector(Collector):
    """Collected on each scrape of the web app's ``/metrics``."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        imports = GaugeMetricFamily(
            "tastevin_imports",
            "Stored imports by processing state and vendor.",
            labels=["state", "vendor"],
        )
        for (state, vendor), count in sorted(imports_by_state().items()):
            imports.add_metric([state, vendor], count)
        yield imports
        lag = GaugeMetricFamily(
            "tastevin_pull_lag_days",
            "Closed business days a pull connection has not imported in full yet.",
            labels=["connection_id", "vendor"],
        )
        for row in pull_lags():
            lag.add_metric([str(row.connection_id), row.vendor], row.days)
        yield lag
        yield GaugeMetricFamily(
            "tastevin_queue_depth", "Jobs waiting in the queue.", value=queue_depth()
        )
