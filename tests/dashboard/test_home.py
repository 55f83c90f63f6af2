"""The home page's figures, from a restaurant whose night we know line by line."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from tastevin import config, db
from tastevin.dashboard.service import home
from tastevin.models import PosConnection, RawImport, Restaurant
from tastevin.pos.links import link
from tastevin.sales.inbox import process_import, store_raw
from tastevin.sales.ingestion import apply_batch
from tests import factories as f
from tests.web.world import AT, CAPS, LABEL_NO, seed

MORNING = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
"""09:00 in Paris the morning after the world's night (business day 20 November)."""


def _line(key: str, at: datetime, amount: str) -> bytes:
    row = {
        "type": "sale",
        "key": key,
        "product_id": "CDR",
        "label": LABEL_NO,
        "quantity": "1",
        "amount": amount,
        "sold_at": at.isoformat(),
    }
    return json.dumps(row).encode()


def test_tiles_say_what_the_night_brought(settings: config.Settings) -> None:
    with db.transaction() as session:
        world = seed(session)
        restaurant = session.get_one(Restaurant, world.a)
        conn = session.scalars(
            select(PosConnection).where(PosConnection.restaurant_id == world.a)
        ).one()
        # The same weekday a week before: 200.00 € (so yesterday's 381.00 € is +90.5 %).
        week_before = AT - timedelta(days=7)
        apply_batch(
            session,
            conn,
            f.batch(f.sale("w1", "CDR", week_before, "4", "200.00", label=LABEL_NO)),
            CAPS,
        )
        # Last night's arrivals: one file read, one unreadable, and an old failure.
        good = store_raw(session, conn, _line("n1", AT, "35.00"), channel="file")
        bad = store_raw(session, conn, b'{"type": "sale", "key": ', channel="file")
        old = store_raw(session, conn, b"{", channel="file")
        session.flush()
        for stored in (good, bad, old):
            process_import(session, stored.import_id)
        session.get_one(RawImport, old.import_id).received_at = MORNING - timedelta(days=5)
        for stored in (good, bad):
            session.get_one(RawImport, stored.import_id).received_at = MORNING - timedelta(hours=9)
        # Côtes du Rhône linked to Palmer, never counted: its stock goes below zero.
        link(session, world.a, world.products[LABEL_NO], world.palmer)
        session.flush()

        h = home(session, restaurant, MORNING)

    assert h.business_day == AT.date()
    night = h.nights[0]
    assert (night.received, night.applied, night.failed) == (2, 1, 1)
    assert night.failed_total == 2 and night.lines_added == 1
    assert h.pending.count == 4  # 5 before, Côtes du Rhône now linked
    assert h.pending.revenue == Decimal("210.00")  # 116 + 60 + 34 (the catalogue one: 0)
    assert [p.revenue for p in h.pending.first] == [
        Decimal("116.00"),
        Decimal("60.00"),
        Decimal("34.00"),
    ]
    # −(3 + 4 + 1) bottles of Côtes du Rhône now count for Palmer.
    assert [(s.beverage_id, s.quantity) for s in h.stock.negative] == [(world.palmer, -8)]
    assert h.revenue.amount == Decimal("416.00")  # 381.00 + the 35.00 of the night's file
    assert h.revenue.week_before_amount == Decimal("200.00")
    assert h.revenue.change == Decimal("1.08")
    top = [(t.beverage_id, t.amount) for t in h.top]
    assert top == [(world.palmer, Decimal("140.00")), (world.chablis, Decimal("66.00"))]
    assert h.count.session_id is None


def test_an_empty_restaurant_has_empty_tiles(settings: config.Settings) -> None:
    with db.transaction() as session:
        restaurant = f.restaurant(session, name="Nouveau")
        h = home(session, restaurant, MORNING)
    assert h.nights == [] and h.pending.count == 0 and h.stock.negative == []
    assert h.revenue.amount == 0 and h.revenue.change is None and h.top == []


def test_reorder_and_the_count_in_progress_come_from_the_stock_area(
    settings: config.Settings,
) -> None:
    from tastevin.models import Beverage
    from tastevin.stock.counts import open_session

    with db.transaction() as session:
        world = seed(session)
        restaurant = session.get_one(Restaurant, world.a)
        before = home(session, restaurant, MORNING)
        session.get_one(Beverage, world.chablis).par_level = Decimal(30)
        count = open_session(session, world.a)
        h = home(session, restaurant, MORNING)

    assert before.stock.reorder == [] and not before.stock.reorder_known
    assert before.count.session_id is None
    # 24 counted − 0.96 bottle of glasses = 23.04 under a par of 30: 7 whole bottles.
    assert [(r.beverage_id, r.quantity) for r in h.stock.reorder] == [(world.chablis, 7)]
    assert h.stock.reorder_known
    assert h.count.session_id == count.id and h.count.open
    assert (h.count.counted, h.count.in_scope) == (0, 3)


def test_a_night_line_says_whether_it_matches_the_pos_day_total(
    settings: config.Settings,
) -> None:
    from datetime import time
    from zoneinfo import ZoneInfo

    from tastevin.connectors.base import PosDayTotal
    from tastevin.sales.reconciliation import record_totals

    with db.transaction() as session:
        world = seed(session)
        restaurant = session.get_one(Restaurant, world.a)
        conn = session.scalars(
            select(PosConnection).where(PosConnection.restaurant_id == world.a)
        ).one()
        before = home(session, restaurant, MORNING).nights[0]
        report = PosDayTotal("z-20", Decimal("400.00"), "z_report", day=AT.date())
        record_totals(
            session,
            restaurant_id=world.a,
            connection_id=conn.id,
            import_id=None,
            totals=[report],
            zone=ZoneInfo("Europe/Paris"),
            cutoff=time(5, 0),
        )
        after = home(session, restaurant, MORNING).nights[0]
    assert before.pos_gap is None  # no POS total: nothing claimed
    assert after.pos_gap == Decimal("19.00")  # the POS says 400.00, the ledger 381.00
