"""Count sessions (S-26): lines stamped with their instant net out sales made during the
count; closing sets only what was counted; variance, warnings, value and history agree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from tastevin.connectors.registry import capabilities
from tastevin.errors import BadInput, NotFound
from tastevin.models.enums import Vendor
from tastevin.pos.links import link
from tastevin.repositories import PosProductRepository
from tastevin.sales.ingestion import apply_batch
from tastevin.stock.at import stock_at
from tastevin.stock.counts import close_session, open_session, record_line
from tastevin.stock.deliveries import LineIn, cancel_delivery, create_delivery
from tastevin.stock.history import stock_history
from tastevin.stock.levels import stock_of
from tastevin.stock.reorder import reorder_lines, stock_alerts
from tastevin.stock.service import record_opening
from tastevin.stock.valuation import average_costs, stock_value
from tastevin.stock.variance import variance
from tests import factories as f

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
CAPS = capabilities(Vendor.GENERIC)


def _sell(session: Session, conn: object, key: str, at: datetime, quantity: str = "1") -> None:
    apply_batch(session, conn, f.batch(f.sale(key, "W", at, quantity=quantity)), CAPS)  # type: ignore[arg-type]


def _world(session: Session) -> tuple[int, int, int, object]:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    wine = f.beverage(session, rest, selling_price=Decimal("40.00"), category="vin")
    other = f.beverage(session, rest, name="Bière", category="bière", selling_price=None)
    record_opening(session, rest.id, wine.id, Decimal(10), Decimal("8.00"), at=T0)
    record_opening(session, rest.id, other.id, Decimal(30), Decimal("1.00"), at=T0)
    _sell(session, conn, "s0", T0 + timedelta(hours=1))
    product = session.scalars(PosProductRepository(session, rest.id).readable()).one()
    link(session, rest.id, product.id, wine.id)
    return rest.id, wine.id, other.id, conn


def test_sales_during_the_count_are_netted_out(session: Session) -> None:
    rid, wine, other, conn = _world(session)
    count = open_session(session, rid, "all")
    count.opened_at = T0 + timedelta(hours=2)
    _sell(session, conn, "s1", T0 + timedelta(hours=3))  # sold before the wine was counted
    record_line(session, rid, count.id, wine, Decimal(8), at=T0 + timedelta(hours=4))
    _sell(session, conn, "s2", T0 + timedelta(hours=5))  # sold after: comes off the count
    close_session(session, rid, count.id)
    assert stock_of(session, rid, wine) == 7
    assert stock_of(session, rid, other) == 30  # not counted: keeps its stock
    line = variance(session, rid, count.id).lines[0]
    assert (line.expected, line.counted, line.difference) == (8, 8, 0)


def test_variance_in_bottles_and_euros_sorted_by_money_with_warnings(session: Session) -> None:
    rid, wine, other, conn = _world(session)
    apply_batch(  # an unlinked product's revenue in the period
        session,
        conn,
        f.batch(f.sale("x", "Z", T0 + timedelta(hours=2), amount="12.50")),
        CAPS,  # type: ignore[arg-type]
    )
    count = open_session(session, rid, "all")
    record_line(session, rid, count.id, other, Decimal("27.5"), at=T0 + timedelta(hours=3))
    record_line(session, rid, count.id, wine, Decimal(7), at=T0 + timedelta(hours=3))
    close_session(session, rid, count.id)
    result = variance(session, rid, count.id)
    assert [line.beverage_id for line in result.lines] == [wine, other]  # 16 € before 2.50 €
    first, second = result.lines
    assert (first.difference, first.difference_cost, first.difference_retail) == (
        -2,
        Decimal("-16.00"),
        Decimal("-80.00"),
    )
    assert (second.difference, second.difference_cost, second.difference_retail) == (
        Decimal("-2.5"),
        Decimal("-2.50"),
        Decimal("0.00"),
    )
    assert result.total_cost == Decimal("-18.50")
    codes = {w.code: w.params for w in result.warnings}
    assert codes["unlinked_revenue"] == {"amount": "12.50", "products": "1"}
    # A delivery dated before the count but typed in after it closed changes the figures.
    create_delivery(session, rid, "Cave", T0 + timedelta(hours=2), [LineIn(wine, Decimal(6), None)])
    later = variance(session, rid, count.id)
    assert {w.code for w in later.warnings} >= {"unlinked_revenue", "late_deliveries"}
    assert next(x for x in later.lines if x.beverage_id == wine).expected == 15


def test_scope_blind_and_closing_rules(session: Session) -> None:
    rid, wine, other, _ = _world(session)
    beers = open_session(session, rid, "category", "bière", blind=True)
    with pytest.raises(BadInput):
        record_line(session, rid, beers.id, wine, Decimal(1))
    with pytest.raises(BadInput):
        close_session(session, rid, beers.id)  # nothing counted
    record_line(session, rid, beers.id, other, Decimal(3))
    record_line(session, rid, beers.id, other, Decimal(4))  # counted again: replaces
    close_session(session, rid, beers.id)
    assert stock_of(session, rid, other) == 4
    with pytest.raises(BadInput):
        record_line(session, rid, beers.id, other, Decimal(1))
    with pytest.raises(BadInput):
        open_session(session, rid, "zone")
    with pytest.raises(NotFound):
        variance(session, rid + 1, beers.id)


def test_weighted_average_cost_value_at_dates_and_reversals(session: Session) -> None:
    rid, wine, _other, _ = _world(session)
    d1 = T0 + timedelta(days=1)
    made = create_delivery(session, rid, "Cave", d1, [LineIn(wine, Decimal(10), Decimal("12.00"))])
    assert average_costs(session, rid, None, [wine])[wine] == 10  # (10 × 8 + 10 × 12) / 20
    assert average_costs(session, rid, T0, [wine])[wine] == 8
    before = stock_value(session, rid, T0 + timedelta(hours=12))
    # 9 wine bottles at 8 € + 30 beers at 1 €.
    assert before.total_cost == Decimal("102.00")
    assert before.by_category == {"vin": Decimal("72.00"), "bière": Decimal("30.00")}
    now = stock_value(session, rid)
    assert now.total_cost == Decimal("220.00")  # 19 × 10 + 30
    cancel_delivery(session, rid, made.id)
    assert average_costs(session, rid, None, [wine])[wine] == 8
    assert stock_at(session, rid, d1, [wine])[wine] == 9


def test_a_delivery_dated_in_the_future_costs_nothing_yet(session: Session) -> None:
    rid, wine, _other, _ = _world(session)
    coming = datetime.now(UTC) + timedelta(days=10)
    create_delivery(session, rid, "Cave", coming, [LineIn(wine, Decimal(10), Decimal("20.00"))])
    assert average_costs(session, rid, None, [wine])[wine] == 8  # not (10 × 8 + 10 × 20) / 20
    assert average_costs(session, rid, coming, [wine])[wine] == 14


def test_history_running_balance_ends_at_the_stock(session: Session) -> None:
    rid, wine, _other, conn = _world(session)
    create_delivery(
        session, rid, "Cave", T0 + timedelta(hours=2), [LineIn(wine, Decimal(6), Decimal(9))]
    )
    count = open_session(session, rid, "all")
    _sell(session, conn, "a", T0 + timedelta(hours=3))
    record_line(session, rid, count.id, wine, Decimal(13), at=T0 + timedelta(hours=4))
    _sell(session, conn, "b", T0 + timedelta(hours=5), "2")
    close_session(session, rid, count.id)
    history = stock_history(session, rid, wine)
    assert history[0].balance == stock_of(session, rid, wine) == 11
    kinds = [(e.kind, e.quantity, e.balance) for e in reversed(history)]
    assert kinds == [
        ("count", 10, 10),
        ("sales", -1, 9),
        ("purchase", 6, 15),
        ("sales", -1, 14),
        ("count", 13, 13),  # same business day, split by the count
        ("sales", -2, 11),
    ]


def test_reorder_and_alerts(session: Session) -> None:
    rid, wine, other, conn = _world(session)
    from tastevin.models import Beverage

    session.get_one(Beverage, wine).par_level = Decimal(12)
    session.get_one(Beverage, other).par_level = Decimal(10)
    lines = reorder_lines(session, rid)
    assert [(x.beverage_id, x.suggested) for x in lines] == [(wine, 3)]
    _sell(session, conn, "big", T0 + timedelta(days=1), "20")
    now = T0 + timedelta(days=2)
    by_weeks = reorder_lines(session, rid, weeks=1, now=now)
    assert [(x.beverage_id, x.consumed, x.suggested) for x in by_weeks] == [(wine, 21, 32)]
    alerts = stock_alerts(session, rid)
    assert [(a.beverage_id, a.negative) for a in alerts] == [(wine, True)]
