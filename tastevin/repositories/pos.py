"""The POS side of one restaurant: its connections, the products they sell, and the labels
the owner confirmed (label → drink) for the matcher."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select, type_coerce

from tastevin.models import Link, MatchConfirmation, PosConnection, PosProduct
from tastevin.models.types import Money
from tastevin.repositories.base import TenantRepository
from tastevin.repositories.sales import SaleLineRepository


class PosConnectionRepository(TenantRepository[PosConnection]):
    model = PosConnection

    def in_order(self) -> list[PosConnection]:
        return self.all(self.readable().order_by(PosConnection.id))

    def ids_of_vendors(self, vendors: list[str]) -> list[int]:
        """The ids of the restaurant's connections to these vendors, oldest first."""
        statement = self.readable().where(PosConnection.vendor.in_(vendors))
        return self.ids(statement.order_by(PosConnection.id))

    def for_vendor(self, vendor: str) -> PosConnection | None:
        """The restaurant's connection to ``vendor`` (one per vendor), if any."""
        return self.first(self.readable().where(PosConnection.vendor == str(vendor)))


class PosProductRepository(TenantRepository[PosProduct]):
    model = PosProduct

    def unlinked(self, *, ignored: bool) -> Select[PosProduct]:
        """Products with no open link period (ignored or not). A product whose only period
        is closed (its newer vintage was unlinked) sells to no drink from now on."""
        linked = (
            select(Link.id)
            .where(Link.pos_product_id == PosProduct.id, Link.valid_until.is_(None))
            .exists()
        )
        return self.readable().where(~linked, PosProduct.ignored.is_(ignored))

    def labels(self, statement: Select[PosProduct]) -> list[tuple[Any, ...]]:
        """(id, label) of the statement's products, for a search."""
        return self.rows(statement.with_only_columns(PosProduct.id, PosProduct.label))

    def of_connection(self, connection_id: int) -> Select[PosProduct]:
        return self.readable().where(PosProduct.connection_id == connection_id)

    def labels_of_connection(self, connection_id: int) -> list[str]:
        """Every label the connection has sent, oldest product first."""
        statement = self.of_connection(connection_id).with_only_columns(PosProduct.label)
        return list(self.session.scalars(statement.order_by(PosProduct.id)))

    def by_label(self, ids: list[int]) -> list[PosProduct]:
        """The products of ``ids``, by label."""
        return self.all(
            self.readable().where(PosProduct.id.in_(ids)).order_by(PosProduct.label, PosProduct.id)
        )

    def by_revenue(
        self, statement: Select[PosProduct], limit: int, offset: int
    ) -> list[tuple[Any, ...]]:
        """(id, label, vendor, sold, from_catalogue, revenue, last_price, last_seen_at,
        connection_id): sold products before catalogue-only ones, then by revenue at stake."""
        money = SaleLineRepository(self.session, self.restaurant_id).revenue_per_product()
        at_stake = money.subquery()
        revenue = func.coalesce(at_stake.c.revenue, 0)
        base = statement.subquery()
        return self.rows(
            select(
                base.c.id,
                base.c.label,
                PosConnection.vendor,
                base.c.sold,
                base.c.from_catalogue,
                type_coerce(revenue, Money),
                base.c.last_price,
                base.c.last_seen_at,
                base.c.connection_id,
            )
            .join(PosConnection, PosConnection.id == base.c.connection_id)
            .outerjoin(at_stake, at_stake.c.pid == base.c.id)
            .order_by(base.c.sold.desc(), revenue.desc(), base.c.label, base.c.id)
            .offset(offset)
            .limit(limit)
        )

    def revenue_at_stake(self, statement: Select[PosProduct]) -> Decimal:
        """What the statement's products' sales brought in, all together."""
        money = SaleLineRepository(self.session, self.restaurant_id).revenue_per_product()
        at_stake = money.subquery()
        base = statement.subquery()
        total = self.session.scalar(
            select(type_coerce(func.sum(at_stake.c.revenue), Money)).join(
                base, base.c.id == at_stake.c.pid
            )
        )
        return total or Decimal("0.00")


class MatchConfirmationRepository(TenantRepository[MatchConfirmation]):
    model = MatchConfirmation

    def version(self) -> tuple[object, ...]:
        """Changes whenever a pair is confirmed: (count, last id)."""
        row = self.session.execute(
            self.readable_columns(func.count(MatchConfirmation.id), func.max(MatchConfirmation.id))
        ).one()
        return tuple(row)

    def pairs(self) -> list[tuple[str, int]]:
        """(label key, beverage id), oldest first (a later pair wins)."""
        rows = self.session.execute(
            self.readable_columns(
                MatchConfirmation.label_key, MatchConfirmation.beverage_id
            ).order_by(MatchConfirmation.id)
        )
        return [(key, beverage_id) for key, beverage_id in rows]

    def for_label(self, key: str, beverage_id: int | None = None) -> MatchConfirmation | None:
        statement = self.readable().where(MatchConfirmation.label_key == key)
        if beverage_id is not None:
            statement = statement.where(MatchConfirmation.beverage_id == beverage_id)
        return self.first(statement)
