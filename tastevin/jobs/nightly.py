"""Every night, per connection: once the restaurant's local clock passes ``night_hour`` after
a business day has ended, its pull is enqueued (one queue task per connection, so workers
share the night and one failing restaurant never delays the others).

The schedule runs hourly rather than once: each restaurant has its own zone, and a
connection still behind (vendor down, worker stopped) is simply enqueued again next hour;
the per-connection lock and the ``last_complete_day`` cursor make that harmless.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from huey import crontab
from sqlalchemy import select

from tastevin.config import get_settings
from tastevin.connectors.registry import pull_vendors
from tastevin.db import transaction
from tastevin.jobs.pull_tasks import enqueue_pull
from tastevin.jobs.queue import huey
from tastevin.models import PosConnection, Restaurant
from tastevin.models.enums import ConnectionStatus
from tastevin.pull.days import last_closed_day

log = logging.getLogger(__name__)
SKIPPED = (ConnectionStatus.DISABLED, ConnectionStatus.NEEDS_CREDENTIALS)


@dataclass(frozen=True, slots=True)
class _Due:
    connection_id: int
    last_complete: date | None
    zone: str
    cutoff: time
    night_hour: int | None
    """The restaurant's own; None means the server's default."""


def due_connections(now: datetime, night_hour: int) -> list[tuple[int, date]]:
    """Pull connections behind on a day whose night has come (in their restaurant's zone),
    with the last day to pull."""
    with transaction() as session:
        rows = session.execute(
            select(
                PosConnection.id,
                PosConnection.last_complete_day,
                Restaurant.timezone,
                Restaurant.day_cutoff,
                Restaurant.night_hour,
            )
            .join(Restaurant, Restaurant.id == PosConnection.restaurant_id)
            .where(
                PosConnection.vendor.in_(pull_vendors()),
                PosConnection.status.not_in([str(s) for s in SKIPPED]),
            )
            .order_by(PosConnection.id)
        ).all()
    due = []
    for row in (_Due(*r) for r in rows):
        zone = ZoneInfo(row.zone)
        target = last_closed_day(now, zone, row.cutoff)
        ready = datetime.combine(
            target + timedelta(days=1),
            time(row.night_hour if row.night_hour is not None else night_hour),
            tzinfo=zone,
        )
        behind = row.last_complete is None or row.last_complete < target
        if behind and now >= ready:
            due.append((row.connection_id, target))
    return due


def fan_out(now: datetime | None = None) -> list[int]:
    """Enqueue one pull task per due connection. Returns the connections enqueued."""
    moment = now or datetime.now(UTC)
    enqueued = []
    for connection_id, until in due_connections(moment, get_settings().night_hour):
        try:
            enqueue_pull(connection_id, until)
        except Exception:  # an enqueue failure for one must not stop the others
            log.exception("could not enqueue the pull of connection %s", connection_id)
            continue
        enqueued.append(connection_id)
    return enqueued


NIGHTLY_MINUTE = 7
"""The minute of every hour at which a worker's schedule runs the fan-out."""


@huey.periodic_task(crontab(minute=str(NIGHTLY_MINUTE)))
def nightly_pull() -> None:
    fan_out()
