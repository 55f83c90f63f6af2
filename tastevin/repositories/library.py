"""The library of one restaurant: its drinks and their selling-price history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import InstrumentedAttribute

from tastevin.models import Beverage, Link, PosConnection, PosProduct, PriceChange
from tastevin.repositories.base import TenantRepository


class BeverageRepository(TenantRepository[Beverage]):
    model = Beverage

    def active(self) -> Select[Beverage]:
        """The drinks not archived: what lists, searches and the matcher see."""
        return self.readable().where(Beverage.archived.is_(False))

    def all_active(self) -> list[Beverage]:
        return self.all(self.active())

    def search_rows(self) -> list[tuple[Any, ...]]:
        """(id, name, producer, appellation, vintage) of every active drink, for the search."""
        return self.rows(
            self.active().with_only_columns(
                Beverage.id,
                Beverage.name,
                Beverage.producer,
                Beverage.appellation,
                Beverage.vintage,
            )
        )

    def by_ids(self, ids: list[int]) -> dict[int, Beverage]:
        if not ids:
            return {}
        return {b.id: b for b in self.all(self.readable().where(Beverage.id.in_(ids)))}

    def in_count_scope(self, scope: str | None, value: str | None) -> Select[Beverage]:
        """The drinks a count session covers: every drink in use, or one category or zone."""
        statement = self.readable().where(Beverage.archived.is_(False))
        if scope == "category":
            statement = statement.where(Beverage.category == value)
        elif scope == "zone":
            statement = statement.where(Beverage.zone == value)
        return statement

    def values_in_use(self, column: InstrumentedAttribute[str | None]) -> list[str]:
        """The distinct values the library gives ``column`` (a category, a zone), sorted."""
        found = self.session.scalars(
            self.readable_columns(column).where(column.is_not(None)).distinct()
        )
        return sorted(value for value in found if value)

    def with_purchase_price(self, ids: list[int] | None) -> list[Beverage]:
        """The drinks (of ``ids``, or all) that have a purchase price."""
        statement = self.readable().where(Beverage.purchase_price.is_not(None))
        if ids is not None:
            statement = statement.where(Beverage.id.in_(ids))
        return self.all(statement)

    def in_name_order(self, ids: list[int]) -> list[Beverage]:
        return self.all(
            self.readable().where(Beverage.id.in_(ids)).order_by(Beverage.name, Beverage.id)
        )

    def by_name(self, ids: list[int], limit: int) -> list[Beverage]:
        statement = self.readable().where(Beverage.id.in_(ids))
        return self.all(
            statement.order_by(Beverage.name, Beverage.vintage, Beverage.id).limit(limit)
        )

    def filtered(
        self, *, colour: str = "", linked: str = "", ids: list[int] | None = None
    ) -> Select[Beverage]:
        """Active drinks of a colour, with or without a POS link ("yes"/"no"), among ids."""
        query = self.active()
        if ids is not None:
            query = query.where(Beverage.id.in_(ids))
        if colour:
            query = query.where(Beverage.colour == colour)
        if linked in ("yes", "no"):
            has_link = select(Link.id).where(Link.beverage_id == Beverage.id).exists()
            query = query.where(has_link if linked == "yes" else ~has_link)
        return query.order_by(Beverage.name, Beverage.vintage, Beverage.id)

    def any_par_level(self) -> bool:
        found = self.session.scalar(
            self.readable_columns(Beverage.id).where(Beverage.par_level.is_not(None)).limit(1)
        )
        return found is not None

    def extent(self) -> tuple[object, ...]:
        """Changes whenever a drink is added or removed (an edit leaves it): (count, last id)."""
        return tuple(
            self.session.execute(
                self.readable_columns(func.count(Beverage.id), func.max(Beverage.id))
            ).one()
        )

    def version(self) -> tuple[object, ...]:
        """Changes whenever a drink is added or edited: (count, last update, last id)."""
        row = self.session.execute(
            self.readable_columns(
                func.count(Beverage.id), func.max(Beverage.updated_at), func.max(Beverage.id)
            )
        ).one()
        return tuple(row)


class PriceChangeRepository(TenantRepository[PriceChange]):
    model = PriceChange

    def history(self, beverage_id: int, limit: int) -> list[tuple[Any, ...]]:
        """(change, vendor, label), newest first."""
        return self.rows(
            select(PriceChange, PosConnection.vendor, PosProduct.label)
            .outerjoin(PosProduct, PosProduct.id == PriceChange.pos_product_id)
            .outerjoin(PosConnection, PosConnection.id == PosProduct.connection_id)
            .where(self.owned(), PriceChange.beverage_id == beverage_id)
            .order_by(PriceChange.changed_at.desc(), PriceChange.id.desc())
            .limit(limit)
        )
