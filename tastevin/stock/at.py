"""Stock at a past instant, and the theoretical stock a count session is compared with.

The same rule as ``levels`` (last count + movements − linked sales after it), cut at an
instant per drink: a uniform one for the stock value at a date, each counted line's own
time for a session's expected stock. Derived from the ledger and the current links, so it
stays retroactive: a link, an unlink or a late delivery changes it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Subquery, and_, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session

from tastevin.models import Beverage, CountLine, Link, SaleLine, StockCount, StockMovement
from tastevin.models.enums import STOCK_KINDS
from tastevin.models.link import covers_sale
from tastevin.models.types import Product8, UTCDateTime
from tastevin.repositories import (
    BeverageRepository,
    CountLineRepository,
    LinkRepository,
    StockCountRepository,
    StockMovementRepository,
)

ZERO = Decimal(0)


def stock_at(
    session: Session, restaurant_id: int, at: datetime, beverage_ids: Iterable[int] | None = None
) -> dict[int, Decimal]:
    """Stock per drink at ``at`` (a count at exactly ``at`` is included)."""
    cut = select(Beverage.id.label("beverage_id"), literal(at, UTCDateTime).label("at")).where(
        BeverageRepository(session, restaurant_id).owned()
    )
    if beverage_ids is not None:
        cut = cut.where(Beverage.id.in_(list(beverage_ids)))
    return _levels(session, restaurant_id, cut.subquery(), strict=False)


def expected_for_session(
    session: Session, restaurant_id: int, session_id: int
) -> dict[int, Decimal]:
    """Theoretical stock of each counted drink at the instant it was counted, from the
    counts before it (the session's own counts are not its own expectation)."""
    cut = (
        select(CountLine.beverage_id.label("beverage_id"), CountLine.counted_at.label("at"))
        .where(
            CountLineRepository(session, restaurant_id).owned(),
            CountLine.count_session_id == session_id,
        )
        .subquery()
    )
    return _levels(session, restaurant_id, cut, strict=True)


def _levels(
    session: Session, restaurant_id: int, cut: Subquery, *, strict: bool
) -> dict[int, Decimal]:
    before = StockCount.counted_at < cut.c.at if strict else StockCount.counted_at <= cut.c.at
    base = (
        select(
            StockCount.beverage_id,
            type_coerce(func.max(StockCount.counted_at), UTCDateTime).label("at"),
        )
        .join(cut, and_(cut.c.beverage_id == StockCount.beverage_id, before))
        .where(StockCountRepository(session, restaurant_id).owned())
        .group_by(StockCount.beverage_id)
        .subquery()
    )
    levels: dict[int, Decimal] = {}
    counts = (
        select(StockCount.beverage_id, StockCount.quantity)
        .join(
            base,
            and_(base.c.beverage_id == StockCount.beverage_id, base.c.at == StockCount.counted_at),
        )
        .where(StockCountRepository(session, restaurant_id).owned())
        .order_by(StockCount.id)
    )
    for beverage_id, quantity in session.execute(counts):
        levels[beverage_id] = quantity

    moved = (
        select(cut.c.beverage_id, func.sum(StockMovement.quantity))
        .join(
            StockMovement,
            and_(StockMovement.beverage_id == cut.c.beverage_id, StockMovement.at <= cut.c.at),
        )
        .outerjoin(base, base.c.beverage_id == cut.c.beverage_id)
        .where(
            StockMovementRepository(session, restaurant_id).owned(),
            or_(base.c.at.is_(None), StockMovement.at > base.c.at),
        )
        .group_by(cut.c.beverage_id)
    )
    for beverage_id, total in session.execute(moved):
        levels[beverage_id] = levels.get(beverage_id, ZERO) + total

    consumed = type_coerce(func.sum(SaleLine.quantity * Link.units_per_sale), Product8)
    sold = (
        select(cut.c.beverage_id, consumed)
        .join(Link, Link.beverage_id == cut.c.beverage_id)
        .join(
            SaleLine,
            and_(
                SaleLine.pos_product_id == Link.pos_product_id,
                covers_sale(SaleLine.sold_at),
                SaleLine.sold_at <= cut.c.at,
            ),
        )
        .outerjoin(base, base.c.beverage_id == cut.c.beverage_id)
        .where(
            LinkRepository(session, restaurant_id).owned(),
            SaleLine.kind.in_([str(k) for k in STOCK_KINDS]),
            SaleLine.superseded_at.is_(None),
            or_(base.c.at.is_(None), SaleLine.sold_at > base.c.at),
        )
        .group_by(cut.c.beverage_id)
    )
    for beverage_id, total in session.execute(sold):
        levels[beverage_id] = levels.get(beverage_id, ZERO) - total
    return levels
