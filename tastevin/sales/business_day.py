"""A business day ends at the restaurant's cut-off, not at midnight (DST-correct)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def business_day(sold_at: datetime, zone: ZoneInfo, cutoff: time) -> date:
    local = sold_at.astimezone(zone)
    if local.time() < cutoff:
        return local.date() - timedelta(days=1)
    return local.date()


def day_bounds(day: date, zone: ZoneInfo, cutoff: time) -> tuple[datetime, datetime]:
    """The UTC instants [start, end) of a business day."""
    start = datetime.combine(day, cutoff, tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), cutoff, tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)
