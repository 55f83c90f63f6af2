"""Which business days a pull must fetch: from the day after the last one imported in full
up to the last day that has ended, oldest first, so a cursor never skips a day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tastevin.sales.business_day import business_day

MAX_CATCH_UP_DAYS = 62
"""A connection that was down for months catches up two months per run, oldest first."""


def last_closed_day(now: datetime, zone: ZoneInfo, cutoff: time) -> date:
    """The most recent business day that has ended at ``now``."""
    return business_day(now, zone, cutoff) - timedelta(days=1)


def days_to_pull(
    last_complete: date | None, target: date, *, limit: int = MAX_CATCH_UP_DAYS
) -> list[date]:
    if last_complete is None:
        return [target]
    first = last_complete + timedelta(days=1)
    count = min((target - first).days + 1, limit)
    return [first + timedelta(days=n) for n in range(max(count, 0))]
