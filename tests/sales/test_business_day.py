from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tastevin.sales.business_day import business_day, day_bounds

PARIS = ZoneInfo("Europe/Paris")
FIVE = time(5, 0)


@pytest.mark.parametrize(
    ("utc", "expected"),
    [
        (datetime(2026, 11, 21, 22, 30, tzinfo=UTC), date(2026, 11, 21)),  # 23:30 Paris
        (datetime(2026, 11, 22, 0, 30, tzinfo=UTC), date(2026, 11, 21)),  # 01:30 Paris
        (datetime(2026, 11, 22, 3, 59, tzinfo=UTC), date(2026, 11, 21)),  # 04:59 Paris
        (datetime(2026, 11, 22, 4, 0, tzinfo=UTC), date(2026, 11, 22)),  # 05:00 Paris
        # Summer time (UTC+2): 04:30 Paris is still the evening before.
        (datetime(2026, 7, 14, 2, 30, tzinfo=UTC), date(2026, 7, 13)),
        (datetime(2026, 7, 14, 3, 0, tzinfo=UTC), date(2026, 7, 14)),
        # The night clocks go back (25 Oct 2026, 03:00 → 02:00): 02:30 happens twice.
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), date(2026, 10, 24)),
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), date(2026, 10, 24)),
        (datetime(2026, 10, 25, 3, 59, tzinfo=UTC), date(2026, 10, 24)),
        (datetime(2026, 10, 25, 4, 0, tzinfo=UTC), date(2026, 10, 25)),
    ],
)
def test_a_sale_before_the_cutoff_belongs_to_the_evening_before(
    utc: datetime, expected: date
) -> None:
    assert business_day(utc, PARIS, FIVE) == expected


def test_day_bounds_follow_daylight_saving() -> None:
    start, end = day_bounds(date(2026, 10, 24), PARIS, FIVE)
    assert start == datetime(2026, 10, 24, 3, 0, tzinfo=UTC)
    assert end == datetime(2026, 10, 25, 4, 0, tzinfo=UTC)  # a 25-hour business day
    spring_start, spring_end = day_bounds(date(2026, 3, 28), PARIS, FIVE)
    assert (spring_end - spring_start).total_seconds() == 23 * 3600


def test_every_instant_falls_in_its_days_bounds() -> None:
    moment = datetime(2026, 3, 29, 0, 0, tzinfo=UTC)
    for minutes in range(0, 72 * 60, 7):
        instant = moment + timedelta(minutes=minutes)
        day = business_day(instant, PARIS, FIVE)
        start, end = day_bounds(day, PARIS, FIVE)
        assert start <= instant < end
