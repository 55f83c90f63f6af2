"""The stock aggregate of one restaurant: counts, movements and count sessions, and the
derived stock level (last count + movements after it − linked sales after it, S-15)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, Subquery, and_, func, literal, or_, select, type_coerce
from sqlalchemy.orm import aliased

from tastevin.models import (
    Beverage,
    CountLine,
    CountSession,
    Delivery,
    Link,
    SaleLine,
    StockCount,
    StockMovement,
)
from tastevin.models.enums import STOCK_KINDS, CountSource, MovementKind
from tastevin.models.link import covers_sale
from tastevin.models.stock import COUNT_CLOSED
from tastevin.models.types import Product8, ScaledDecimal, UTCDateTime, utcnow
from tastevin.repositories.base import TenantRepository, owned_by

ZERO = Decimal(0)
COST6 = ScaledDecimal(6)  # a quantity (4 decimals) times a cost (2 decimals)


class StockMovementRepository(TenantRepository[StockMovement]):
    model = StockMovement

    def current_purchases(self, delivery_ids: list[int]) -> Select[StockMovement]:
        """The purchase lines of these deliveries that no reversal has cancelled."""
        reversal = aliased(StockMovement)
        reversed_ = select(reversal.id).where(reversal.reverses_id == StockMovement.id).exists()
        return (
            self.readable()
            .where(
                StockMovement.delivery_id.in_(delivery_ids),
                StockMovement.kind == str(MovementKind.PURCHASE),
                ~reversed_,
            )
            .order_by(StockMovement.id)
        )

    def current_purchases_named(
        self, delivery_ids: list[int]
    ) -> list[tuple[StockMovement, str, int | None]]:
        """(line, drink name, vintage) of :meth:`current_purchases`."""
        statement = (
            self.current_purchases(delivery_ids)
            .join(Beverage, Beverage.id == StockMovement.beverage_id)
            .add_columns(Beverage.name, Beverage.vintage)
        )
        return [
            (movement, name, vintage) for movement, name, vintage in self.session.execute(statement)
        ]

    def costed_inflows(
        self, at: datetime | None, beverage_ids: list[int] | None
    ) -> list[tuple[Any, ...]]:
        """(drink, Σ quantity × unit cost, Σ quantity) of the movements with a cost, up to
        ``at`` (all if None)."""
        statement = self.readable_columns(
            StockMovement.beverage_id,
            type_coerce(func.sum(StockMovement.quantity * StockMovement.unit_cost), COST6),
            func.sum(StockMovement.quantity),
        ).where(StockMovement.unit_cost.is_not(None))
        if at is not None:
            statement = statement.where(StockMovement.at <= at)
        if beverage_ids is not None:
            statement = statement.where(StockMovement.beverage_id.in_(beverage_ids))
        return self.rows(statement.group_by(StockMovement.beverage_id))


class DeliveryRepository(TenantRepository[Delivery]):
    model = Delivery

    def newest(self, limit: int) -> list[Delivery]:
        return self.all(
            self.readable().order_by(Delivery.delivered_at.desc(), Delivery.id.desc()).limit(limit)
        )

    def suppliers(self, limit: int) -> list[str]:
        """Suppliers delivered by, the most recent first."""
        statement = (
            self.readable_columns(Delivery.supplier)
            .group_by(Delivery.supplier)
            .order_by(func.max(Delivery.delivered_at).desc())
            .limit(limit)
        )
        return list(self.session.scalars(statement))


class CountSessionRepository(TenantRepository[CountSession]):
    model = CountSession

    def latest(self, *, closed: bool) -> CountSession | None:
        """The newest count session still open (``closed`` False) or closed."""
        done = CountSession.status == COUNT_CLOSED
        return self.first(
            self.readable()
            .where(done if closed else ~done)
            .order_by(CountSession.opened_at.desc(), CountSession.id.desc())
        )

    def newest(self, limit: int) -> list[CountSession]:
        return self.all(
            self.readable()
            .order_by(CountSession.opened_at.desc(), CountSession.id.desc())
            .limit(limit)
        )


class CountLineRepository(TenantRepository[CountLine]):
    model = CountLine

    def of_session(self, session_id: int) -> Select[CountLine]:
        """A count session's lines, in the order they were counted."""
        return (
            self.readable()
            .where(CountLine.count_session_id == session_id)
            .order_by(CountLine.counted_at, CountLine.id)
        )

    def line_of(self, session_id: int, beverage_id: int) -> CountLine | None:
        return self.first(
            self.readable().where(
                CountLine.count_session_id == session_id, CountLine.beverage_id == beverage_id
            )
        )

    def per_session(self, session_ids: list[int]) -> dict[int, int]:
        """How many lines each of these count sessions has (absent: none)."""
        statement = (
            self.readable_columns(CountLine.count_session_id, func.count())
            .where(CountLine.count_session_id.in_(session_ids))
            .group_by(CountLine.count_session_id)
        )
        return {session_id: int(lines) for session_id, lines in self.session.execute(statement)}


class StockCountRepository(TenantRepository[StockCount]):
    model = StockCount

    def opening_costs(
        self, at: datetime | None, beverage_ids: list[int] | None
    ) -> list[tuple[Any, ...]]:
        """(drink, Σ quantity × unit cost, Σ quantity) of the opening stocks with a cost, up
        to ``at`` (all if None)."""
        statement = self.readable_columns(
            StockCount.beverage_id,
            type_coerce(func.sum(StockCount.quantity * StockCount.unit_cost), COST6),
            func.sum(StockCount.quantity),
        ).where(StockCount.source == str(CountSource.OPENING), StockCount.unit_cost.is_not(None))
        if at is not None:
            statement = statement.where(StockCount.counted_at <= at)
        if beverage_ids is not None:
            statement = statement.where(StockCount.beverage_id.in_(beverage_ids))
        return self.rows(statement.group_by(StockCount.beverage_id))

    def last_counts(self) -> Select[int, datetime]:
        """The instant of each drink's last count."""
        return self.readable_columns(
            StockCount.beverage_id,
            type_coerce(func.max(StockCount.counted_at), UTCDateTime).label("at"),
        ).group_by(StockCount.beverage_id)

    def levels(self, beverage_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
        """Stock per beverage id now: the stock at this instant, so a count, a delivery or a
        confirmed sale dated later is not in it yet (drinks with no count, movement or sale
        are absent: 0)."""
        return self.levels_at(utcnow(), beverage_ids)

    def levels_at(
        self, at: datetime, beverage_ids: Iterable[int] | None = None
    ) -> dict[int, Decimal]:
        """Stock per drink at ``at`` (a count at exactly ``at`` is included)."""
        cut = select(Beverage.id.label("beverage_id"), literal(at, UTCDateTime).label("at")).where(
            owned_by(Beverage, self.restaurant_id)
        )
        if beverage_ids is not None:
            cut = cut.where(Beverage.id.in_(list(beverage_ids)))
        return self._levels_at_cut(cut.subquery(), strict=False)

    def expected_for_session(self, session_id: int) -> dict[int, Decimal]:
        """Theoretical stock of each counted drink at the instant it was counted, from the
        counts before it (the session's own counts are not its own expectation)."""
        cut = (
            select(CountLine.beverage_id.label("beverage_id"), CountLine.counted_at.label("at"))
            .where(
                owned_by(CountLine, self.restaurant_id),
                CountLine.count_session_id == session_id,
            )
            .subquery()
        )
        return self._levels_at_cut(cut, strict=True)

    def _levels_at_cut(self, cut: Subquery, *, strict: bool) -> dict[int, Decimal]:
        """Stock of each drink of ``cut`` (beverage_id, at) at its instant, in three grouped
        queries: its last count up to the instant (before it if ``strict``), plus the
        movements, minus the linked sales, after that count and up to the instant."""
        before = StockCount.counted_at < cut.c.at if strict else StockCount.counted_at <= cut.c.at
        base = (
            select(
                StockCount.beverage_id,
                type_coerce(func.max(StockCount.counted_at), UTCDateTime).label("at"),
            )
            .join(cut, and_(cut.c.beverage_id == StockCount.beverage_id, before))
            .where(self.owned())
            .group_by(StockCount.beverage_id)
            .subquery()
        )
        levels: dict[int, Decimal] = {}
        counts = (
            select(StockCount.beverage_id, StockCount.quantity)
            .join(
                base,
                and_(
                    base.c.beverage_id == StockCount.beverage_id, base.c.at == StockCount.counted_at
                ),
            )
            .where(self.owned())
            .order_by(StockCount.id)
        )
        for beverage_id, quantity in self.session.execute(counts):
            levels[beverage_id] = quantity

        moved = (
            select(cut.c.beverage_id, func.sum(StockMovement.quantity))
            .join(
                StockMovement,
                and_(StockMovement.beverage_id == cut.c.beverage_id, StockMovement.at <= cut.c.at),
            )
            .outerjoin(base, base.c.beverage_id == cut.c.beverage_id)
            .where(
                owned_by(StockMovement, self.restaurant_id),
                or_(base.c.at.is_(None), StockMovement.at > base.c.at),
            )
            .group_by(cut.c.beverage_id)
        )
        for beverage_id, total in self.session.execute(moved):
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
                owned_by(Link, self.restaurant_id),
                SaleLine.kind.in_([str(k) for k in STOCK_KINDS]),
                SaleLine.superseded_at.is_(None),
                or_(base.c.at.is_(None), SaleLine.sold_at > base.c.at),
            )
            .group_by(cut.c.beverage_id)
        )
        for beverage_id, total in self.session.execute(sold):
            levels[beverage_id] = levels.get(beverage_id, ZERO) - total
        return levels
