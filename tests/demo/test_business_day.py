"""The demo puts every pulled sale on the business day that closed before the run — none
in the future, none on the day in progress — and the connection page of Jalia and Bizzon
shows the day reconciled with the POS's own totals (Z report, invoice totals)."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.demo import seed
from tastevin.demo.run import _feed_pull, _prepare, _start_pull_simulators
from tastevin.models import PosConnection, SaleLine
from tastevin.models.enums import Vendor
from tastevin.sales.reconciliation import connection_reading
from tastevin.sales.revenue import revenue_by_day


@pytest.mark.slow
def test_the_demo_revenue_is_on_the_demo_business_day_and_reconciles(settings: Settings) -> None:
    _owner, _secrets, day = _prepare(settings)
    started = datetime.now(UTC)
    with ExitStack() as stack:
        _feed_pull(_start_pull_simulators(stack), day)
    with transaction() as session:
        rest = seed.restaurant(session)
        zone = ZoneInfo(rest.timezone)
        days = session.execute(
            select(SaleLine.business_day, func.count(), func.max(SaleLine.sold_at)).group_by(
                SaleLine.business_day
            )
        ).all()
        assert [d for d, _n, _last in days] == [day]
        assert all(last.replace(tzinfo=UTC) <= started for _d, _n, last in days)
        revenue = revenue_by_day(session, rest.id, day - timedelta(days=7), day + timedelta(days=7))
        assert list(revenue) == [day] and revenue[day] > Decimal(0)
        today = datetime.now(zone).date()
        assert today not in revenue
        for vendor in (Vendor.JALIA, Vendor.BIZZON):
            connection = session.scalars(
                select(PosConnection).where(
                    PosConnection.restaurant_id == rest.id, PosConnection.vendor == vendor
                )
            ).one()
            reading = connection_reading(session, connection.id)
            assert reading.latest is not None, vendor
            assert reading.latest.day == day
            assert reading.latest.reconciled, (vendor, reading.latest)
