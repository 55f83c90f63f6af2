"""The stock aggregate of one restaurant: counts, movements and count sessions, and the
derived stock level (last count + movements after it − linked sales after it, S-15)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Select, and_, func, or_, select, type_coerce

from tastevin.models import (
    CountLine,
    CountSession,
    Delivery,
    Link,
    SaleLine,
    StockCount,
    StockMovement,
)
from tastevin.models.enums import STOCK_KINDS
from tastevin.models.link import covers_sale
from tastevin.models.types import Product8, UTCDateTime
from tastevin.repositories.base import TenantRepository, owned_by

ZERO = Decimal(0)


class StockMovementRepository(TenantRepository[StockMovement]):
    model = StockMovement


class DeliveryRepository(TenantRepository[Delivery]):
    model = Delivery


class CountSessionRepository(TenantRepository[CountSession]):
    model = CountSession


class CountLineRepository(TenantRepository[CountLine]):
    model = CountLine


class StockCountRepository(TenantRepository[StockCount]):
    model = StockCount

    def last_counts(self) -> Select[int, datetime]:
        """The instant of each drink's last count."""
        return self.readable_columns(
            StockCount.beverage_id,
            type_coerce(func.max(StockCount.counted_at), UTCDateTime).label("at"),
        ).group_by(StockCount.beverage_id)

    def levels(self, beverage_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
        """Stock per beverage id, computed by the database in three grouped queries (drinks
        with no count, movement or sale are absent: 0)."""
        wanted = None if beverage_ids is None else list(beverage_ids)
        last = self.last_counts().subquery()
        levels: dict[int, Decimal] = {}

        counts = (
            select(StockCount.beverage_id, StockCount.quantity)
            .join(
                last,
                and_(
                    last.c.beverage_id == StockCount.beverage_id,
                    last.c.at == StockCount.counted_at,
                ),
            )
            .order_by(StockCount.id)
        )
        if wanted is not None:
            counts = counts.where(StockCount.beverage_id.in_(wanted))
        for beverage_id, quantity in self.session.execute(counts):
            levels[beverage_id] = quantity  # the latest id wins a tie on the same instant

        moved = (
            select(StockMovement.beverage_id, func.sum(StockMovement.quantity))
            .outerjoin(last, last.c.beverage_id == StockMovement.beverage_id)
            .where(
                owned_by(StockMovement, self.restaurant_id),
                or_(last.c.at.is_(None), StockMovement.at > last.c.at),
            )
            .group_by(StockMovement.beverage_id)
        )
        if wanted is not None:
            moved = moved.where(StockMovement.beverage_id.in_(wanted))
        for beverage_id, total in self.session.execute(moved):
            levels[beverage_id] = levels.get(beverage_id, ZERO) + total

        consumed = type_coerce(func.sum(SaleLine.quantity * Link.units_per_sale), Product8)
        sold = (
            select(Link.beverage_id, consumed)
            .join(
                SaleLine,
                and_(SaleLine.pos_product_id == Link.pos_product_id, covers_sale(SaleLine.sold_at)),
            )
            .outerjoin(last, last.c.beverage_id == Link.beverage_id)
            .where(
                owned_by(Link, self.restaurant_id),
                SaleLine.kind.in_([str(k) for k in STOCK_KINDS]),
                SaleLine.superseded_at.is_(None),
                or_(last.c.at.is_(None), SaleLine.sold_at > last.c.at),
            )
            .group_by(Link.beverage_id)
        )
        if wanted is not None:
            sold = sold.where(Link.beverage_id.in_(wanted))
        for beverage_id, total in self.session.execute(sold):
            levels[beverage_id] = levels.get(beverage_id, ZERO) - total
        return levels
