"""Shared helpers for pull tests: a restaurant with a connection, the vendor simulators on
127.0.0.1, and the ledger as plain tuples."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from importlib import import_module
from typing import Any

from sqlalchemy import select

from tastevin.connectors.http import RetryPolicy
from tastevin.db import transaction
from tastevin.models import PosConnection, Restaurant, SaleLine
from tastevin.models.enums import REVENUE_KINDS, Vendor
from tastevin.pos.connections import create_connection
from tastevin.sales.business_day import day_bounds
from tastevin.simulators.restaurant import PARIS, night
from tastevin.simulators.server import RunningServer, SimState

DAY = date(2026, 3, 10)


def morning_after(day: date) -> datetime:
    """06:30 in Paris the morning after ``day``: the night job's time."""
    return datetime.combine(day + timedelta(days=1), time(6, 30), tzinfo=PARIS)


def no_wait(sleeps: list[float] | None = None) -> RetryPolicy:
    log = sleeps if sleeps is not None else []
    return RetryPolicy(attempts=4, base_delay_s=0.0, sleep=log.append)


def credentials_for(vendor: Vendor, base_url: str, seed: int) -> dict[str, Any]:
    if vendor == Vendor.BIZZON:
        return {"api_key": f"sk_test_{seed}", "base_url": base_url}
    if vendor == Vendor.JALIA:
        return {"api_key": f"pragma_{seed}", "base_url": base_url}
    return {
        "domain": base_url,
        "kml": f"monresto-{seed}",
        "site": "1",
        "login": "MONRESTO_GENERICDATA",
        "password": f"secret_{seed}",
    }


def add_connection(vendor: Vendor, credentials: dict[str, Any], restaurant_id: int) -> int:
    with transaction() as session:
        restaurant = Restaurant(id=restaurant_id, name=f"Resto {restaurant_id}")
        session.add(restaurant)
        session.flush()
        connection, _ = create_connection(session, restaurant, vendor, credentials)
        return connection.id


@contextmanager
def simulator(vendor: Vendor, state: SimState | None = None) -> Iterator[tuple[SimState, str]]:
    state = state or SimState()
    app = import_module(f"tastevin.simulators.{vendor}").create_app(state)
    with RunningServer(app) as server:
        yield state, server.url


def ledger(connection_id: int) -> list[tuple[str, str, Decimal, Decimal, date]]:
    with transaction() as session:
        rows = session.execute(
            select(
                SaleLine.idempotency_key,
                SaleLine.kind,
                SaleLine.quantity,
                SaleLine.amount,
                SaleLine.business_day,
            )
            .where(SaleLine.connection_id == connection_id)
            .order_by(SaleLine.idempotency_key)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def connection_row(connection_id: int) -> PosConnection:
    with transaction() as session:
        return session.get_one(PosConnection, connection_id)


def expected_night(seed: int, day: date) -> tuple[int, Decimal]:
    """What the simulated restaurant sold on ``day``: lines, and revenue (S-16)."""
    start, end = day_bounds(day, PARIS, time(5, 0))
    lines = 0
    revenue = Decimal("0.00")
    for d in (day - timedelta(days=1), day, day + timedelta(days=1)):
        for ticket in night(d, seed=seed):
            if not start <= ticket.opened_at < end:
                continue
            lines += len(ticket.lines)
            if not ticket.cancelled:
                revenue += sum(
                    (ln.amount for ln in ticket.lines if ln.kind in REVENUE_KINDS), Decimal(0)
                )
    return lines, revenue


def link_to_new_beverage(connection_id: int, vendor_product_id: str) -> int:
    """Link one POS product of the connection to a new beverage priced 58.00; its id."""
    from tastevin.models import Beverage, PosProduct
    from tastevin.pos.links import link

    with transaction() as session:
        product = session.scalars(
            select(PosProduct).where(
                PosProduct.connection_id == connection_id,
                PosProduct.vendor_product_id == vendor_product_id,
            )
        ).one()
        beverage = Beverage(
            restaurant_id=product.restaurant_id,
            name="Chablis",
            category="vin",
            format_cl=Decimal(75),
            selling_price=Decimal("58.00"),
        )
        session.add(beverage)
        session.flush()
        link(session, product.restaurant_id, product.id, beverage.id)
        return beverage.id


def selling_price(beverage_id: int) -> Decimal | None:
    from tastevin.models import Beverage

    with transaction() as session:
        return session.get_one(Beverage, beverage_id).selling_price
