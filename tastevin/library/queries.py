"""Reading the library: a page of drinks with stock and POS badges, and one drink's
details. A fixed number of queries per page, whatever its length (no query per row)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.library.search import matching_ids, search_words
from tastevin.models import Beverage
from tastevin.repositories import Page
from tastevin.repositories.library import BeverageRepository
from tastevin.repositories.sales import LinkRepository
from tastevin.stock.levels import stock_levels

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
    rows = BeverageRepository(session, restaurant_id).search_rows()
    return matching_ids(words, rows)


def search_library(
    session: Session, restaurant_id: int, query: str, limit: int = 20
) -> list[Beverage]:
    """The match dialog's search box: any drink of the library, by name first."""
    ids = search_ids(session, restaurant_id, query)
    if not ids:
        return []
    return BeverageRepository(session, restaurant_id).by_name(ids, limit)


def list_drinks(session: Session, restaurant_id: int, wanted: DrinkFilter) -> DrinkPage:
    repository = BeverageRepository(session, restaurant_id)
    matched = search_ids(session, restaurant_id, wanted.q)
    query = repository.filtered(colour=wanted.colour, linked=wanted.linked, ids=matched)
    page = max(1, wanted.page)
    found = repository.paginate(query, Page(wanted.per_page, (page - 1) * wanted.per_page))
    total, beverages = found.total, found.items
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
    rows = LinkRepository(session, restaurant_id).sources(beverage_ids)
    for beverage_id, label, vendor in rows:
        found.setdefault(beverage_id, []).append((label, vendor))
    return found
