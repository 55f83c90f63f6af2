from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tastevin.connectors.registry import capabilities
from tastevin.errors import BadInput
from tastevin.models import PosProduct
from tastevin.models.enums import MovementKind, Vendor
from tastevin.models.types import utcnow
from tastevin.pos.links import link
from tastevin.sales.ingestion import apply_batch
from tastevin.stock.at import stock_at
from tastevin.stock.levels import stock_levels, stock_of
from tastevin.stock.service import record_count, record_movement
from tests import factories as f

T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
CAPS = capabilities(Vendor.GENERIC)


def test_a_count_resets_stock_and_earlier_sales_no_longer_count(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    wine = f.beverage(session, rest)
    apply_batch(session, conn, f.batch(f.sale("1", "W", T0, quantity="4")), CAPS)
    link(session, rest.id, session.scalars(select(PosProduct.id)).one(), wine.id)
    record_movement(session, rest.id, wine.id, MovementKind.PURCHASE, Decimal(12), at=T0)
    assert stock_of(session, rest.id, wine.id) == Decimal(8)

    record_count(session, rest.id, wine.id, Decimal(10), at=T0 + timedelta(hours=1))
    apply_batch(session, conn, f.batch(f.sale("2", "W", T0 + timedelta(hours=2))), CAPS)
    record_movement(
        session, rest.id, wine.id, MovementKind.BREAKAGE, Decimal(1), at=T0 + timedelta(hours=3)
    )

    assert stock_of(session, rest.id, wine.id) == Decimal(8)


def test_latest_count_wins(session: Session) -> None:
    rest = f.restaurant(session)
    wine = f.beverage(session, rest)
    record_count(session, rest.id, wine.id, Decimal(10), at=T0)
    record_count(session, rest.id, wine.id, Decimal(7), at=T0 + timedelta(days=1))
    record_movement(session, rest.id, wine.id, MovementKind.ADJUSTMENT, Decimal(-2), at=T0)
    assert stock_of(session, rest.id, wine.id) == Decimal(7)


def test_levels_for_many_drinks_at_once(session: Session) -> None:
    rest = f.restaurant(session)
    wines = [f.beverage(session, rest, name=f"Vin {i}") for i in range(5)]
    for i, wine in enumerate(wines):
        record_movement(session, rest.id, wine.id, MovementKind.PURCHASE, Decimal(i + 1), at=T0)
    other = f.restaurant(session, name="Ailleurs")
    stranger = f.beverage(session, other)
    record_movement(session, other.id, stranger.id, MovementKind.PURCHASE, Decimal(99), at=T0)

    levels = stock_levels(session, rest.id)

    assert levels == {w.id: Decimal(i + 1) for i, w in enumerate(wines)}


def test_movement_signs_are_checked(session: Session) -> None:
    rest = f.restaurant(session)
    wine = f.beverage(session, rest)
    with pytest.raises(BadInput):
        record_movement(session, rest.id, wine.id, MovementKind.BREAKAGE, Decimal(-1))
    with pytest.raises(BadInput):
        record_count(session, rest.id, wine.id, Decimal(-3))


def test_stock_now_leaves_out_what_is_dated_later(session: Session) -> None:
    """A confirmed sale or a delivery dated tomorrow is tomorrow's stock, not today's: the
    stock now is the stock at this instant (the same rule as the history's stock at T)."""
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    wine = f.beverage(session, rest)
    record_movement(session, rest.id, wine.id, MovementKind.PURCHASE, Decimal(6), at=T0)
    apply_batch(session, conn, f.batch(f.sale("1", "W", T0)), CAPS)
    link(session, rest.id, session.scalars(select(PosProduct.id)).one(), wine.id)
    tomorrow = utcnow() + timedelta(days=1)
    apply_batch(session, conn, f.batch(f.sale("2", "W", tomorrow, quantity="2")), CAPS)
    record_movement(session, rest.id, wine.id, MovementKind.PURCHASE, Decimal(12), at=tomorrow)

    assert stock_of(session, rest.id, wine.id) == Decimal(5)
    assert stock_at(session, rest.id, tomorrow, [wine.id]) == {wine.id: Decimal(15)}
