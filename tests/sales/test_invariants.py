"""DESIGN.md invariants 1–4 under random sequences of imports, resends, links, unlinks,
relinks, vintage roll-overs (links with periods), counts, movements and price changes
(hypothesis stateful), on the suite's database.

The expected values come from a plain Python model of the ledger, not from Tastevin's code."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from tastevin.connectors.base import CanonicalBatch, SaleRecord
from tastevin.connectors.registry import capabilities
from tastevin.db import session_factory
from tastevin.models import Beverage, PosProduct, SaleLine
from tastevin.models.enums import (
    REVENUE_KINDS,
    STOCK_KINDS,
    MovementKind,
    PriceSource,
    SaleKind,
    Vendor,
)
from tastevin.pos.links import link, roll_over, unlink
from tastevin.sales.ingestion import apply_batch
from tastevin.sales.price_policy import record_price_change
from tastevin.sales.revenue import revenue_by_day
from tastevin.stock.levels import stock_levels
from tastevin.stock.service import record_count, record_movement
from tests import factories as f

PARIS = ZoneInfo("Europe/Paris")
PRODUCTS = ("P0", "P1", "P2", "P3")
# Around two evenings, the cut-off and a DST change (2026-10-25), in UTC.
MOMENTS = tuple(
    datetime(2026, 10, 24, 16, 0, tzinfo=UTC) + timedelta(hours=h) for h in range(0, 60, 3)
)
KINDS = st.sampled_from(list(SaleKind))
UNITS = st.sampled_from([Decimal(1), Decimal("0.1667"), Decimal("0.2"), Decimal(2)])
MOVES = st.sampled_from([MovementKind.PURCHASE, MovementKind.ADJUSTMENT, MovementKind.BREAKAGE])
QTY = st.integers(min_value=1, max_value=5).map(Decimal)
CENTS = st.integers(min_value=0, max_value=50_000).map(lambda c: Decimal(c) / 100)

_restaurant_ids = itertools.count(50_000)


@dataclass(frozen=True)
class Period:
    beverage: int
    units: Decimal
    start: datetime | None
    end: datetime | None

    def covers(self, at: datetime) -> bool:
        return (self.start is None or at >= self.start) and (self.end is None or at < self.end)


@dataclass(frozen=True)
class ModelLine:
    product: str
    quantity: Decimal
    amount: Decimal
    kind: SaleKind
    sold_at: datetime


def _day(moment: datetime) -> date:
    return (moment.astimezone(PARIS) - timedelta(hours=5)).date()


def sale_records() -> st.SearchStrategy[SaleRecord]:
    def build(
        key: int, product: str, qty: Decimal, cents: Decimal, kind: SaleKind, at: datetime
    ) -> SaleRecord:
        sign = -1 if kind is SaleKind.REFUND else 1
        return SaleRecord(
            f"k{key}", product, f"LABEL {product}", sign * qty, sign * cents, at, kind
        )

    return st.builds(
        build,
        st.integers(0, 40),
        st.sampled_from(PRODUCTS),
        QTY,
        CENTS,
        KINDS,
        st.sampled_from(MOMENTS),
    )


class Ledger(RuleBasedStateMachine):
    engine: Engine

    def __init__(self) -> None:
        super().__init__()
        self.session: Session = session_factory(self.engine)()
        rest = f.restaurant(self.session, next(_restaurant_ids))
        self.rid = rest.id
        self.conn = f.connection(self.session, rest)
        self.beverages = [f.beverage(self.session, rest, name=f"Vin {i}").id for i in range(2)]
        self.session.commit()
        self.lines: dict[str, ModelLine] = {}
        # Per product, its link periods: (beverage, units, valid from, valid until).
        self.links: dict[str, list[Period]] = {}
        self.counts: dict[int, tuple[datetime, Decimal]] = {}
        self.moves: list[tuple[int, datetime, Decimal]] = []
        self.sent: list[CanonicalBatch] = []

    def teardown(self) -> None:
        self.session.close()

    # --- the model -------------------------------------------------------------------
    def expected_stock(self) -> dict[int, Decimal]:
        levels: dict[int, Decimal] = defaultdict(Decimal)
        for beverage, (_, quantity) in self.counts.items():
            levels[beverage] = quantity
        for beverage, at, quantity in self.moves:
            if beverage not in self.counts or at > self.counts[beverage][0]:
                levels[beverage] += quantity
        for line in self.lines.values():
            if line.kind not in STOCK_KINDS:
                continue
            period = next(
                (p for p in self.links.get(line.product, []) if p.covers(line.sold_at)), None
            )
            if period is None:
                continue
            beverage, units = period.beverage, period.units
            if beverage not in self.counts or line.sold_at > self.counts[beverage][0]:
                levels[beverage] -= line.quantity * units
        return dict(levels)

    def expected_revenue(self) -> dict[date, Decimal]:
        days: dict[date, Decimal] = defaultdict(Decimal)
        for line in self.lines.values():
            if line.kind in REVENUE_KINDS:
                days[_day(line.sold_at)] += line.amount
        return dict(days)

    def snapshot(self) -> tuple[object, ...]:
        s = self.session
        return (
            {b: q for b, q in stock_levels(s, self.rid).items() if q != 0},
            revenue_by_day(s, self.rid, date(2026, 1, 1), date(2026, 12, 31)),
            s.scalar(
                select(func.count()).select_from(SaleLine).where(SaleLine.restaurant_id == self.rid)
            ),
        )

    def product_id(self, code: str) -> int | None:
        return self.session.scalar(
            select(PosProduct.id).where(
                PosProduct.connection_id == self.conn.id, PosProduct.vendor_product_id == code
            )
        )

    # --- the rules ---------------------------------------------------------------------
    @initialize()
    def start(self) -> None:
        pass

    @rule(records=st.lists(sale_records(), min_size=1, max_size=8))
    def import_batch(self, records: list[SaleRecord]) -> None:
        batch = CanonicalBatch(sales=tuple(records))
        apply_batch(self.session, self.conn, batch, capabilities(Vendor.GENERIC))
        self.session.commit()
        self.sent.append(batch)
        for r in records:
            self.lines.setdefault(
                r.key, ModelLine(r.vendor_product_id, r.quantity, r.amount, r.kind, r.sold_at)
            )

    @precondition(lambda self: bool(self.sent))
    @rule(data=st.data())
    def resend(self, data: st.DataObject) -> None:
        """Invariant 1: re-sending any import changes nothing."""
        batch = data.draw(st.sampled_from(self.sent))
        before = self.snapshot()
        result = apply_batch(self.session, self.conn, batch, capabilities(Vendor.GENERIC))
        self.session.commit()
        assert result.lines_added == 0
        assert self.snapshot() == before

    @rule(code=st.sampled_from(PRODUCTS), which=st.integers(0, 1), units=UNITS)
    def link_product(self, code: str, which: int, units: Decimal) -> None:
        pid = self.product_id(code)
        periods = self.links.get(code, [])
        if pid is None or any(p.end is None for p in periods):
            return
        link(self.session, self.rid, pid, self.beverages[which], units_per_sale=units)
        self.session.commit()
        start = max((p.end for p in periods if p.end is not None), default=None)
        self.links[code] = [*periods, Period(self.beverages[which], units, start, None)]

    @rule(code=st.sampled_from(PRODUCTS))
    def unlink_product(self, code: str) -> None:
        pid = self.product_id(code)
        if pid is None or not self.links.get(code):
            return
        unlink(self.session, self.rid, pid)
        self.session.commit()
        del self.links[code]

    @rule(code=st.sampled_from(PRODUCTS), which=st.integers(0, 1), at=st.sampled_from(MOMENTS))
    def roll_over_product(self, code: str, which: int, at: datetime) -> None:
        """A new vintage takes the product's sales from ``at``; earlier ones stay put."""
        pid = self.product_id(code)
        periods = self.links.get(code, [])
        current = next((p for p in periods if p.end is None), None)
        beverage = self.beverages[which]
        if pid is None or current is None or current.beverage == beverage:
            return
        if current.start is not None and at <= current.start:
            return
        before = self.snapshot()
        roll_over(self.session, self.rid, pid, beverage, start=at)
        self.session.commit()
        closed = Period(current.beverage, current.units, current.start, at)
        others = [p for p in periods if p is not current]
        self.links[code] = [*others, closed, Period(beverage, current.units, at, None)]
        # Not an unlink: no sale leaves the two drinks taken together, no revenue moves.
        assert self.snapshot()[1:] == before[1:]

    @rule(code=st.sampled_from(PRODUCTS))
    def unlink_newest_period(self, code: str) -> None:
        """Unlinking from the newer vintage's page leaves the older period's sales there."""
        pid = self.product_id(code)
        current = next((p for p in self.links.get(code, []) if p.end is None), None)
        if pid is None or current is None:
            return
        unlink(self.session, self.rid, pid, beverage_id=current.beverage)
        self.session.commit()
        kept = [p for p in self.links[code] if p.beverage != current.beverage]
        if kept:
            self.links[code] = kept
        else:
            del self.links[code]

    @rule(code=st.sampled_from(PRODUCTS))
    def unlink_then_relink(self, code: str) -> None:
        """Invariant 3: unlink then relink restores exactly the state before the unlink."""
        pid = self.product_id(code)
        periods = self.links.get(code, [])
        if pid is None or len(periods) != 1 or periods[0].start is not None:
            return
        beverage, units = periods[0].beverage, periods[0].units
        before = self.snapshot()
        unlink(self.session, self.rid, pid)
        link(self.session, self.rid, pid, beverage, units_per_sale=units)
        self.session.commit()
        assert self.snapshot() == before

    @rule(which=st.integers(0, 1), at=st.sampled_from(MOMENTS), quantity=QTY)
    def count(self, which: int, at: datetime, quantity: Decimal) -> None:
        beverage = self.beverages[which]
        if beverage in self.counts and at <= self.counts[beverage][0]:
            return  # keep count instants distinct and increasing: the latest is unambiguous
        record_count(self.session, self.rid, beverage, quantity, at=at)
        self.session.commit()
        self.counts[beverage] = (at, quantity)

    @rule(
        which=st.integers(0, 1),
        at=st.sampled_from(MOMENTS),
        quantity=QTY,
        kind=MOVES,
    )
    def move(self, which: int, at: datetime, quantity: Decimal, kind: MovementKind) -> None:
        beverage = self.beverages[which]
        record_movement(self.session, self.rid, beverage, kind, quantity, at=at)
        self.session.commit()
        signed = -quantity if kind is MovementKind.BREAKAGE else quantity
        self.moves.append((beverage, at, signed))

    @rule(which=st.integers(0, 1), price=CENTS)
    def change_price(self, which: int, price: Decimal) -> None:
        before = self.snapshot()
        beverage = self.session.get_one(Beverage, self.beverages[which])
        record_price_change(self.session, beverage, price, PriceSource.USER)
        self.session.commit()
        assert self.snapshot() == before  # a price is not revenue (S-16)

    # --- the invariants ----------------------------------------------------------------
    @invariant()
    def stock_is_count_plus_movements_minus_linked_sales(self) -> None:
        """Invariant 2."""
        actual = {b: q for b, q in stock_levels(self.session, self.rid).items() if q != 0}
        expected = {b: q for b, q in self.expected_stock().items() if q != 0}
        assert actual == expected

    @invariant()
    def revenue_is_the_sum_of_pos_amounts(self) -> None:
        """Invariant 4: linked or not."""
        actual = revenue_by_day(self.session, self.rid, date(2026, 1, 1), date(2026, 12, 31))
        assert actual == self.expected_revenue()
        self.session.commit()


def test_ledger_invariants_hold_under_random_sequences(engine: Engine) -> None:
    Ledger.engine = engine
    run_state_machine_as_test(
        Ledger,
        settings=settings(
            max_examples=25,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
