"""The variance ("Écarts", S-26) of a count session: per drink, the theoretical stock at the
instant it was counted against what was counted, in bottles, in € at cost (weighted average
cost) and in € at the selling price; sorted by the money at stake; with the data-quality
warnings that say whether to trust the gap. Derived, never stored: linking a forgotten POS
product later changes the expected stock, as it should."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from tastevin.models import Beverage, CountSession, StockCount, StockMovement
from tastevin.models.enums import MovementKind
from tastevin.models.types import UTCDateTime
from tastevin.repositories import (
    BeverageRepository,
    SaleLineRepository,
    StockCountRepository,
    StockMovementRepository,
)
from tastevin.stock.at import expected_for_session
from tastevin.stock.counts import count_lines, get_session
from tastevin.stock.valuation import average_costs

CENT = Decimal("0.01")
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class VarianceLine:
    beverage_id: int
    name: str
    vintage: int | None
    category: str | None
    counted_at: datetime
    expected: Decimal
    counted: Decimal
    unit_cost: Decimal | None
    selling_price: Decimal | None

    @property
    def difference(self) -> Decimal:
        """Counted − expected: negative when bottles are missing."""
        return self.counted - self.expected

    @property
    def difference_cost(self) -> Decimal:
        return _money(self.difference, self.unit_cost)

    @property
    def difference_retail(self) -> Decimal:
        return _money(self.difference, self.selling_price)


@dataclass(frozen=True, slots=True)
class Warning:
    """A reason to doubt the figures: a code (translated by the pages) and its numbers."""

    code: str
    params: dict[str, str]


@dataclass(slots=True)
class Variance:
    count: CountSession
    lines: list[VarianceLine]
    warnings: list[Warning] = field(default_factory=list)

    @property
    def total_difference(self) -> Decimal:
        return sum((line.difference for line in self.lines), ZERO)

    @property
    def total_cost(self) -> Decimal:
        return sum((line.difference_cost for line in self.lines), Decimal("0.00"))

    @property
    def total_retail(self) -> Decimal:
        return sum((line.difference_retail for line in self.lines), Decimal("0.00"))


def variance(session: Session, restaurant_id: int, count_id: int) -> Variance:
    count = get_session(session, restaurant_id, count_id)
    lines = count_lines(session, restaurant_id, count.id)
    expected = expected_for_session(session, restaurant_id, count.id)
    ids = [line.beverage_id for line in lines]
    last = max((line.counted_at for line in lines), default=count.opened_at)
    costs = average_costs(session, restaurant_id, last, ids)
    drinks = (
        {
            b.id: b
            for b in session.scalars(
                BeverageRepository(session, restaurant_id).readable().where(Beverage.id.in_(ids))
            )
        }
        if ids
        else {}
    )
    result = [
        VarianceLine(
            line.beverage_id,
            drinks[line.beverage_id].name,
            drinks[line.beverage_id].vintage,
            drinks[line.beverage_id].category,
            line.counted_at,
            expected.get(line.beverage_id, ZERO),
            line.quantity,
            costs.get(line.beverage_id),
            drinks[line.beverage_id].selling_price,
        )
        for line in lines
    ]
    result.sort(key=lambda v: (-abs(v.difference_cost), -abs(v.difference_retail), v.name))
    return Variance(count, result, _warnings(session, restaurant_id, count, result, ids))


def _money(quantity: Decimal, price: Decimal | None) -> Decimal:
    return Decimal("0.00") if price is None else (quantity * price).quantize(CENT)


def _warnings(
    session: Session,
    restaurant_id: int,
    count: CountSession,
    lines: list[VarianceLine],
    ids: list[int],
) -> list[Warning]:
    if not lines:
        return []
    end = max(line.counted_at for line in lines)
    start = _period_start(session, restaurant_id, count, ids)
    found: list[Warning] = []
    amount, products = _unlinked_revenue(session, restaurant_id, start, end)
    if products:
        found.append(
            Warning("unlinked_revenue", {"amount": str(amount), "products": str(products)})
        )
    late = _late_deliveries(session, restaurant_id, count, ids)
    if late:
        found.append(Warning("late_deliveries", {"lines": str(late)}))
    negative = sum(1 for line in lines if line.expected < 0)
    if negative:
        found.append(Warning("negative_expected", {"drinks": str(negative)}))
    no_cost = sum(1 for line in lines if line.unit_cost is None)
    if no_cost:
        found.append(Warning("missing_cost", {"drinks": str(no_cost)}))
    return found


def _period_start(
    session: Session, restaurant_id: int, count: CountSession, ids: list[int]
) -> datetime | None:
    """The period the variance covers starts at the latest count of the counted drinks
    before this session (None: since the beginning of the ledger)."""
    latest_before = session.scalar(
        select(type_coerce(func.max(StockCount.counted_at), UTCDateTime)).where(
            StockCountRepository(session, restaurant_id).owned(),
            StockCount.beverage_id.in_(ids),
            or_(StockCount.count_session_id.is_(None), StockCount.count_session_id != count.id),
            StockCount.counted_at < count.opened_at,
        )
    )
    return latest_before


def _unlinked_revenue(
    session: Session, restaurant_id: int, start: datetime | None, end: datetime
) -> tuple[Decimal, int]:
    """POS revenue of the period whose sale no link covers: bottles that left the shelf
    without leaving the expected stock."""
    return SaleLineRepository(session, restaurant_id).unlinked_revenue(start, end)


def _late_deliveries(
    session: Session, restaurant_id: int, count: CountSession, ids: list[int]
) -> int:
    """Delivery lines dated before the count but typed in after it was closed: the
    expected stock moved since the count was made."""
    if count.closed_at is None:
        return 0
    return (
        session.scalar(
            select(func.count())
            .select_from(StockMovement)
            .where(
                StockMovementRepository(session, restaurant_id).owned(),
                StockMovement.beverage_id.in_(ids),
                StockMovement.kind.in_([str(MovementKind.PURCHASE), str(MovementKind.REVERSAL)]),
                and_(
                    StockMovement.at <= count.closed_at, StockMovement.recorded_at > count.closed_at
                ),
            )
        )
        or 0
    )
