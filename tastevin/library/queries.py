"""Reading the library: a page of drinks with stock and POS badges, and one drink's
details. A fixed number of queries per page, whatever its length (no query per row)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from tastevin.library.search import matching_ids, search_words
from tastevin.models import Beverage, Link, PosConnection, PosProduct
from tastevin.repositories import owned_by
from tastevin.stock.levels import stock_levels
from tastevin.tenancy import scoped

PER_PAGE = 100
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class DrinkRow:
    beverage: Beverage
    stock: Decimal
    pos_labels: tuple[str, ...]
    """Labels of the POS products linked to it: the yellow badge and its tooltip."""
    pos_sources: tuple[tuple[str, str], ...] = ()
    """(label, vendor) of each linked POS product: the tooltip names each label's POS."""


@dataclass(frozen=True, slots=True)
class DrinkFilter:
    q: str = ""
    colour: str = ""
    linked: str = ""
    """"yes" (has a POS link), "no" (none) or "" (all)."""
    page: int = 1
    per_page: int = PER_PAGE


@dataclass(slots=True)
class DrinkPage:
    rows: list[DrinkRow]
    total: int
    page: int
    per_page: int
    pages: int = field(init=False)

    def __post_init__(self) -> None:
        self.pages = max(1, -(-self.total // self.per_page))


def search_ids(session: Session, restaurant_id: int, query: str) -> list[int] | None:
    """Ids of the library drinks whose name, producer, appellation or vintage contain every
    word of the query, accents and case ignored; None when the query is empty."""
    words = search_words(query)
    if not words:
        return None
    rows = session.execute(
        scoped(Beverage, restaurant_id)
        .where(Beverage.archived.is_(False))
        .with_only_columns(
            Beverage.id, Beverage.name, Beverage.producer, Beverage.appellation, Beverage.vintage
        )
    )
    return matching_ids(words, rows)


def search_library(
    session: Session, restaurant_id: int, query: str, limit: int = 20
) -> list[Beverage]:
    """The match dialog's search box: any drink of the library, by name first."""
    ids = search_ids(session, restaurant_id, query)
    if not ids:
        return []
    return list(
        session.scalars(
            scoped(Beverage, restaurant_id)
            .where(Beverage.id.in_(ids))
            .order_by(Beverage.name, Beverage.vintage, Beverage.id)
            .limit(limit)
        )
    )


def _filtered(
    restaurant_id: int, wanted: DrinkFilter, ids: list[int] | None = None
) -> Select[Beverage]:
    query = scoped(Beverage, restaurant_id).where(Beverage.archived.is_(False))
    if ids is not None:
        query = query.where(Beverage.id.in_(ids))
    if wanted.colour:
        query = query.where(Beverage.colour == wanted.colour)
    if wanted.linked in ("yes", "no"):
        has_link = select(Link.id).where(Link.beverage_id == Beverage.id).exists()
        query = query.where(has_link if wanted.linked == "yes" else ~has_link)
    return query


def list_drinks(session: Session, restaurant_id: int, wanted: DrinkFilter) -> DrinkPage:
    query = _filtered(restaurant_id, wanted, search_ids(session, restaurant_id, wanted.q))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = max(1, wanted.page)
    beverages = list(
        session.scalars(
            query.order_by(Beverage.name, Beverage.vintage, Beverage.id)
            .offset((page - 1) * wanted.per_page)
            .limit(wanted.per_page)
        )
    )
    ids = [b.id for b in beverages]
    levels = stock_levels(session, restaurant_id, ids) if ids else {}
    sources = pos_sources(session, restaurant_id, ids)
    rows = [
        DrinkRow(
            b,
            levels.get(b.id, ZERO),
            tuple(label for label, _ in sources.get(b.id, ())),
            tuple(sources.get(b.id, ())),
        )
        for b in beverages
    ]
    return DrinkPage(rows, total, page, wanted.per_page)


def pos_labels(
    session: Session, restaurant_id: int, beverage_ids: list[int]
) -> dict[int, list[str]]:
    return {
        beverage_id: [label for label, _ in pairs]
        for beverage_id, pairs in pos_sources(session, restaurant_id, beverage_ids).items()
    }


def pos_sources(
    session: Session, restaurant_id: int, beverage_ids: list[int]
) -> dict[int, list[tuple[str, str]]]:
    """(label, vendor) of the POS products linked to each drink, by label."""
    if not beverage_ids:
        return {}
    found: dict[int, list[tuple[str, str]]] = {}
    rows = session.execute(
        select(Link.beverage_id, PosProduct.label, PosConnection.vendor)
        .join(PosProduct, PosProduct.id == Link.pos_product_id)
        .join(PosConnection, PosConnection.id == PosProduct.connection_id)
        .where(owned_by(Link, restaurant_id), Link.beverage_id.in_(beverage_ids))
        .order_by(PosProduct.label, PosConnection.vendor)
    )
    for beverage_id, label, vendor in rows:
        found.setdefault(beverage_id, []).append((label, vendor))
    return found
