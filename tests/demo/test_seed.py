"""`make run` a second time keeps the database and duplicates nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.demo.run import _prepare
from tastevin.models import Beverage, Membership, PosConnection, StockCount, User
from tastevin.restaurants.service import authenticate


def _counts() -> tuple[int, ...]:
    with transaction() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Beverage, StockCount, PosConnection, User, Membership)
        )


def test_preparing_the_demo_twice_duplicates_nothing(settings: Settings) -> None:
    first_owner, first_secrets, _ = _prepare(settings)
    first = _counts()
    second_owner, second_secrets, _ = _prepare(settings)

    assert _counts() == first
    beverages, counts, connections, users, members = first
    assert beverages >= 300
    assert counts == beverages
    assert (connections, users, members) == (3, 1, 1)  # the push channels; pulls come later
    assert second_owner == first_owner
    with transaction() as session:
        assert authenticate(session, second_owner.email, second_owner.password) is not None
    assert second_secrets.ftp_login == first_secrets.ftp_login
