"""The ledger of one restaurant and the link periods that give its lines to drinks: every
aggregate read over sale lines (revenue per day, per drink, per POS product)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, case, func, select, type_coerce

from tastevin.models import Beverage, Link, PosConnection, PosProduct, SaleLine
from tastevin.models.enums import REVENUE_KINDS, STOCK_KINDS
from tastevin.models.link import covers_sale
from tastevin.models.types import Money, Product8, Quantity
from tastevin.repositories.base import TenantRepository, owned_by

_REVENUE = [str(k) for k in REVENUE_KINDS]
_STOCK = [str(k) for k in STOCK_KINDS]


class SaleLineRepository(TenantRepository[SaleLine]):
    model = SaleLine

    def revenue_by_day(self, start: date, end: date) -> dict[date, Decimal]:
        """Every counted line, linked or not, per business day; ``end`` is inclusive."""
        rows = self.session.execute(
            self.readable_columns(
                SaleLine.business_day, type_coerce(func.sum(SaleLine.amount), Money)
            )
            .where(
                SaleLine.business_day.between(start, end),
                SaleLine.kind.in_(_REVENUE),
                SaleLine.superseded_at.is_(None),
            )
            .group_by(SaleLine.business_day)
            .order_by(SaleLine.business_day)
        )
        return dict(rows.all())

    def revenue_per_product(self) -> Select[int, Decimal]:
        """(pid, revenue) per POS product: the revenue at stake until it is linked."""
        return (
            self.readable_columns(
                SaleLine.pos_product_id.label("pid"),
                type_coerce(func.sum(SaleLine.amount), Money).label("revenue"),
            )
            .where(SaleLine.kind.in_(_REVENUE), SaleLine.superseded_at.is_(None))
            .group_by(SaleLine.pos_product_id)
        )

    def unlinked_revenue(self, start: datetime | None, end: datetime) -> tuple[Decimal, int]:
        """POS revenue of the period whose sale no link covers: bottles that left the shelf
        without leaving the expected stock."""
        covered = (
            select(Link.id)
            .where(Link.pos_product_id == SaleLine.pos_product_id, covers_sale(SaleLine.sold_at))
            .exists()
        )
        query = select(
            type_coerce(func.coalesce(func.sum(SaleLine.amount), 0), Money),
            func.count(func.distinct(SaleLine.pos_product_id)),
        ).where(
            self.owned(),
            SaleLine.kind.in_([str(k) for k in REVENUE_KINDS]),
            SaleLine.superseded_at.is_(None),
            SaleLine.sold_at <= end,
            ~covered,
        )
        if start is not None:
            query = query.where(SaleLine.sold_at > start)
        amount, products = self.session.execute(query).one()
        return amount or Decimal("0.00"), int(products or 0)


class LinkRepository(TenantRepository[Link]):
    model = Link

    def of_product(self, pos_product_id: int, beverage_id: int | None = None) -> list[Link]:
        """Every period of the product's link (to ``beverage_id`` only, if given)."""
        statement = self.readable().where(Link.pos_product_id == pos_product_id)
        if beverage_id is not None:
            statement = statement.where(Link.beverage_id == beverage_id)
        return self.all(statement.order_by(Link.id))

    def open_for(self, pos_product_id: int) -> Link | None:
        """The period that takes the product's new sales, if any."""
        return self.first(
            self.readable().where(Link.pos_product_id == pos_product_id, Link.valid_until.is_(None))
        )

    def last_end(self, pos_product_id: int) -> datetime | None:
        """Where the product's latest closed period ends (None if it has none)."""
        end: datetime | None = self.session.scalar(
            self.readable_columns(func.max(Link.valid_until)).where(
                Link.pos_product_id == pos_product_id
            )
        )
        return end

    def with_product_and_drink(
        self, pos_product_ids: list[int]
    ) -> list[tuple[PosProduct, Beverage, Decimal]]:
        """(product, drink, units per sale) of each link of these products, by label."""
        rows = self.session.execute(
            self.readable()
            .where(Link.pos_product_id.in_(pos_product_ids))
            .join(PosProduct, PosProduct.id == Link.pos_product_id)
            .join(Beverage, Beverage.id == Link.beverage_id)
            .with_only_columns(PosProduct, Beverage, Link.units_per_sale)
            .order_by(PosProduct.label, PosProduct.id)
        )
        return [(product, beverage, units) for product, beverage, units in rows]

    def history_of(self, pos_product_id: int) -> list[Link]:
        """Every period of the product's link, oldest first."""
        return self.all(
            self.readable()
            .where(Link.pos_product_id == pos_product_id)
            .order_by(Link.valid_from.is_not(None), Link.valid_from, Link.id)
        )

    def linked_sales(self, start: date, end: date, *keys: Any) -> Select[Any]:
        """(*keys, bottles out, money in) of the sales each link period covers."""
        in_revenue = SaleLine.kind.in_(_REVENUE)
        return (
            select(
                *keys,
                type_coerce(func.sum(SaleLine.quantity * Link.units_per_sale), Product8),
                type_coerce(func.sum(case((in_revenue, SaleLine.amount), else_=0)), Money),
            )
            .join(
                SaleLine,
                and_(SaleLine.pos_product_id == Link.pos_product_id, covers_sale(SaleLine.sold_at)),
            )
            .where(
                self.owned(),
                SaleLine.business_day.between(start, end),
                SaleLine.kind.in_(_STOCK),
                SaleLine.superseded_at.is_(None),
            )
            .group_by(*keys)
        )

    def sources(self, beverage_ids: list[int]) -> list[tuple[Any, ...]]:
        """(beverage_id, label, vendor) of the POS products linked to the drinks."""
        if not beverage_ids:
            return []
        return self.rows(
            select(Link.beverage_id, PosProduct.label, PosConnection.vendor)
            .join(PosProduct, PosProduct.id == Link.pos_product_id)
            .join(PosConnection, PosConnection.id == PosProduct.connection_id)
            .where(self.owned(), Link.beverage_id.in_(beverage_ids))
            .order_by(PosProduct.label, PosConnection.vendor)
        )

    def daily_sales(self, beverage_id: int, limit: int) -> list[tuple[Any, ...]]:
        """(day, pid, label, vendor, quantity, bottles, amount) per business day (newest
        first) and linked POS product, within each link's period."""
        in_revenue = SaleLine.kind.in_(_REVENUE)
        return self.rows(
            select(
                SaleLine.business_day,
                PosProduct.id,
                PosProduct.label,
                PosConnection.vendor,
                type_coerce(func.sum(SaleLine.quantity), Quantity),
                type_coerce(func.sum(SaleLine.quantity * Link.units_per_sale), Product8),
                type_coerce(func.sum(case((in_revenue, SaleLine.amount), else_=0)), Money),
            )
            .join(
                Link,
                and_(
                    Link.pos_product_id == SaleLine.pos_product_id,
                    covers_sale(SaleLine.sold_at),
                ),
            )
            .join(PosProduct, PosProduct.id == SaleLine.pos_product_id)
            .join(PosConnection, PosConnection.id == PosProduct.connection_id)
            .where(
                self.owned(),
                Link.beverage_id == beverage_id,
                SaleLine.kind.in_(_STOCK),
            )
            .group_by(SaleLine.business_day, PosProduct.id, PosProduct.label, PosConnection.vendor)
            .order_by(SaleLine.business_day.desc(), PosProduct.label)
            .limit(limit)
        )

    def periods(self, beverage_id: int) -> list[tuple[Any, ...]]:
        """(link, label, vendor, quantity, lines, amount): each link period of the drink with
        the sales it covers."""
        in_stock = SaleLine.kind.in_(_STOCK)
        in_revenue = SaleLine.kind.in_(_REVENUE)
        totals = (
            select(
                Link.id.label("link_id"),
                type_coerce(func.sum(case((in_stock, SaleLine.quantity), else_=0)), Quantity).label(
                    "qty"
                ),
                func.sum(case((in_stock, 1), else_=0)).label("lines"),
                type_coerce(func.sum(case((in_revenue, SaleLine.amount), else_=0)), Money).label(
                    "amount"
                ),
            )
            .join(
                SaleLine,
                and_(
                    SaleLine.pos_product_id == Link.pos_product_id,
                    covers_sale(SaleLine.sold_at),
                    SaleLine.superseded_at.is_(None),
                ),
            )
            .where(self.owned(), Link.beverage_id == beverage_id)
            .group_by(Link.id)
            .subquery()
        )
        return self.rows(
            select(
                Link,
                PosProduct.label,
                PosConnection.vendor,
                totals.c.qty,
                totals.c.lines,
                totals.c.amount,
            )
            .join(PosProduct, PosProduct.id == Link.pos_product_id)
            .join(PosConnection, PosConnection.id == PosProduct.connection_id)
            .outerjoin(totals, totals.c.link_id == Link.id)
            .where(owned_by(Link, self.restaurant_id), Link.beverage_id == beverage_id)
            .order_by(PosProduct.label, Link.id)
        )

    def consumption(self, beverage_ids: list[int], since: datetime) -> dict[int, Decimal]:
        """Bottles the linked POS sales took out of each drink since ``since``."""
        total = type_coerce(func.sum(SaleLine.quantity * Link.units_per_sale), Product8)
        rows = self.session.execute(
            select(Link.beverage_id, total)
            .join(
                SaleLine,
                and_(SaleLine.pos_product_id == Link.pos_product_id, covers_sale(SaleLine.sold_at)),
            )
            .where(
                self.owned(),
                Link.beverage_id.in_(beverage_ids),
                SaleLine.kind.in_([str(k) for k in STOCK_KINDS]),
                SaleLine.superseded_at.is_(None),
                SaleLine.sold_at >= since,
            )
            .group_by(Link.beverage_id)
        )
        return dict(rows.all())  # a Result has keys(): dict(rows) would take it for a mapping

    def sales_of(self, beverage_id: int) -> list[tuple[datetime, date, Decimal]]:
        """(sold at, business day, bottles) of each sale line the drink's link periods cover."""
        consumed = type_coerce(SaleLine.quantity * Link.units_per_sale, Product8)
        rows = self.session.execute(
            select(SaleLine.sold_at, SaleLine.business_day, consumed)
            .join(
                Link,
                and_(Link.pos_product_id == SaleLine.pos_product_id, covers_sale(SaleLine.sold_at)),
            )
            .where(
                self.owned(),
                Link.beverage_id == beverage_id,
                SaleLine.kind.in_([str(k) for k in STOCK_KINDS]),
                SaleLine.superseded_at.is_(None),
            )
            .order_by(SaleLine.sold_at)
        )
        return [(at, day, quantity) for at, day, quantity in rows]
