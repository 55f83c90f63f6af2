"""The one place a tenant filter is written: a repository is made for one restaurant, and
every statement it hands out is already limited to that restaurant's rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar, cast

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from tastevin.errors import NotFound

M = TypeVar("M")
T = TypeVar("T")

MAX_PAGE = 500


def owned_by(model: type[Any], restaurant_id: int) -> ColumnElement[bool]:
    """The tenant criterion of ``model`` (a table with a ``restaurant_id`` column): the one
    place it is written. Aggregate queries that read several tenant tables add it for each."""
    column: InstrumentedAttribute[int] = model.restaurant_id
    return column == restaurant_id


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of a list: ``limit`` rows after ``offset`` (``limit`` capped)."""

    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        if self.limit < 1 or self.offset < 0:
            raise ValueError("a page needs limit ≥ 1 and offset ≥ 0")


@dataclass(frozen=True, slots=True)
class PageOf(Generic[M]):
    items: list[M]
    total: int
    page: Page

    @property
    def has_more(self) -> bool:
        return self.page.offset + len(self.items) < self.total


class TenantRepository(Generic[M]):
    """Subclasses name their ``model`` (a table with a ``restaurant_id`` column)."""

    model: ClassVar[type[Any]]

    def __init__(self, session: Session, restaurant_id: int) -> None:
        self.session = session
        self.restaurant_id = restaurant_id

    def owned(self) -> ColumnElement[bool]:
        """The tenant criterion, for statements that join this aggregate to another."""
        return owned_by(self.model, self.restaurant_id)

    def readable(self) -> Select[M]:
        """The base statement: this restaurant's rows of the aggregate."""
        return select(self.model).where(self.owned())

    def readable_columns(self, *columns: Any) -> Select[Any]:
        """The base statement for chosen columns or aggregates of this restaurant's rows."""
        return select(*columns).select_from(self.model).where(self.owned())

    def get(self, row_id: int) -> M:
        """The row if it is this restaurant's; NotFound otherwise, as if it did not exist."""
        row = self.session.get(self.model, row_id)
        if row is None or row.restaurant_id != self.restaurant_id:
            raise NotFound("%(what)s %(id)s not found", what=self.model.__name__, id=row_id)
        found: M = row
        return found

    def rows(self, statement: Select[*tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """The statement's rows as tuples (for aggregate reads over several tables)."""
        return cast(list[tuple[Any, ...]], list(self.session.execute(statement)))

    def all(self, statement: Select[M] | None = None) -> list[M]:
        return list(self.session.scalars(statement if statement is not None else self.readable()))

    def ids(self, statement: Select[M]) -> list[int]:
        """The ids of the statement's rows."""
        return list(self.session.scalars(statement.with_only_columns(self.model.id)))

    def count(self, statement: Select[Any]) -> int:
        """How many rows the statement gives."""
        counted = select(func.count()).select_from(statement.order_by(None).subquery())
        return self.session.scalar(counted) or 0

    def first(self, statement: Select[M]) -> M | None:
        found: M | None = self.session.scalars(statement.limit(1)).first()
        return found

    def paginate(self, statement: Select[M], page: Page) -> PageOf[M]:
        """One page of ``statement`` (ordered by the caller) and the total row count."""
        counted = select(func.count()).select_from(statement.order_by(None).subquery())
        total = int(self.session.scalar(counted) or 0)
        limit = min(page.limit, MAX_PAGE)
        items: Sequence[M] = self.session.scalars(statement.limit(limit).offset(page.offset)).all()
        return PageOf(list(items), total, page)
