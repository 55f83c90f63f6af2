"""`make run` a second time keeps the database and duplicates nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.demo.run import _prepare
from tastevin.models import (
    Beverage,
    CountSession,
    Delivery,
    Membership,
    PosConnection,
    StockCount,
    User,
)
from tastevin.restaurants.service import authenticate


def _counts() -> tuple[int, ...]:
    with transaction() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Beverage, StockCount, PosConnection, User, Membership, Delivery)
        )


def test_preparing_the_demo_twice_duplicates_nothing(settings: Settings) -> None:
    first_owner, first_secrets, _ = _prepare(settings)
    first = _counts()
    second_owner, second_secrets, _ = _prepare(settings)

    assert _counts() == first
    beverages, counts, connections, users, members, deliveries = first
    assert beverages >= 300
    assert counts == beverages + 40  # an opening count each, and one count session of 40
    assert deliveries == 2
    assert (connections, users, members) == (3, 1, 1)  # the push channels; pulls come later
    assert second_owner == first_owner
    with transaction() as session:
        assert authenticate(session, second_owner.email, second_owner.password) is not None
    assert second_secrets.ftp_login == first_secrets.ftp_login


def test_the_demo_has_a_closed_count_with_a_realistic_variance(settings: Settings) -> None:
    from tastevin.stock.valuation import stock_value
    from tastevin.stock.variance import variance

    _prepare(settings)
    with transaction() as session:
        count = session.scalars(select(CountSession)).one()
        assert count.status == "closed"
        result = variance(session, count.restaurant_id, count.id)
        missing = [line for line in result.lines if line.difference < 0]
        assert len(result.lines) == 40 and 5 <= len(missing) <= 15
        assert result.total_cost < 0 and result.total_retail < result.total_cost
        assert stock_value(session, count.restaurant_id).total_cost > 0
