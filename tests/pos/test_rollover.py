"""Vintage roll-over (issue 12, point 8): from a date the POS product's sales go to the new
vintage, earlier ones stay on the old; the link history shows both periods; not an unlink."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from tastevin.connectors.registry import capabilities
from tastevin.errors import BadInput, Conflict
from tastevin.models.enums import Vendor
from tastevin.pos.links import link, link_history, open_link, roll_over, unlink
from tastevin.pos.rollover import roll_over_to
from tastevin.pos.sync import answer_almost, pending_count
from tastevin.repositories import PosProductRepository
from tastevin.sales.ingestion import apply_batch
from tastevin.stock.levels import stock_levels
from tests import factories as f

T0 = datetime(2026, 10, 1, 19, 0, tzinfo=UTC)
SWITCH = T0 + timedelta(days=10)


def _sales(session: Session) -> tuple[int, int, int, int]:
    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.BIZZON)
    old = f.beverage(session, rest, name="Château Talbot", vintage=2015)
    records = [f.sale(f"k{d}", "TAL", T0 + timedelta(days=d), label="CH TALBOT") for d in range(20)]
    apply_batch(
        session,
        conn,
        f.batch(f.product("TAL", "CH TALBOT", "95.00"), *records),
        capabilities(Vendor.BIZZON),
    )
    product = session.scalars(PosProductRepository(session, rest.id).readable()).one()
    link(session, rest.id, product.id, old.id)
    return rest.id, product.id, old.id, conn.id


def test_sales_before_the_date_stay_and_later_ones_move(session: Session) -> None:
    rid, pid, old, _ = _sales(session)
    new = roll_over_to(session, rid, pid, vintage=2016, start=SWITCH)
    levels = stock_levels(session, rid)
    assert levels[old] == -10  # days 0…9
    assert levels[new.beverage_id] == -10  # days 10…19
    periods = link_history(session, rid, pid)
    assert [(p.beverage_id, p.valid_from, p.valid_until) for p in periods] == [
        (old, None, SWITCH),
        (new.beverage_id, SWITCH, None),
    ]
    assert open_link(session, rid, pid) is periods[1]
    assert pending_count(session, rid) == 0  # still linked: not an unlink


def test_roll_over_rules(session: Session) -> None:
    rid, pid, old, _ = _sales(session)
    with pytest.raises(BadInput):
        roll_over(session, rid, pid, old, start=SWITCH)  # already that drink
    new = roll_over_to(session, rid, pid, vintage=2016, start=SWITCH)
    with pytest.raises(BadInput):
        roll_over(session, rid, pid, old, start=SWITCH - timedelta(days=1))  # not after
    with pytest.raises(Conflict):
        link(session, rid, pid, old)
    # Unlinking the newer vintage leaves the older period's sales where they were.
    unlink(session, rid, pid, beverage_id=new.beverage_id)
    assert stock_levels(session, rid)[old] == -10
    assert pending_count(session, rid) == 1  # sells to no drink from now on
    relinked = link(session, rid, pid, new.beverage_id)
    assert relinked.valid_from == SWITCH  # starts where the older period ends
    assert stock_levels(session, rid)[new.beverage_id] == -10


def test_almost_on_a_linked_product_rolls_over_from_the_date(session: Session) -> None:
    rid, pid, old, _ = _sales(session)
    made = answer_almost(session, rid, pid, old, 2016, Decimal(1), start=SWITCH)
    assert made.how == "rollover" and made.valid_from == SWITCH
    assert stock_levels(session, rid)[old] == -10
