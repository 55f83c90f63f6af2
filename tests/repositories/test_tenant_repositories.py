"""A repository is built for one restaurant: whatever statement it hands out, another
restaurant's rows never come back, and a page says how many rows there are in all."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin.errors import NotFound
from tastevin.models import Beverage
from tastevin.repositories import BeverageRepository, Page
from tastevin.repositories.base import owned_by
from tests import factories as f


@pytest.fixture
def two_cellars(session: Session) -> tuple[int, int, list[int], list[int]]:
    a, b = f.restaurant(session), f.restaurant(session)
    mine = [f.beverage(session, a, name=f"Chablis {i}").id for i in range(7)]
    theirs = [f.beverage(session, b, name=f"Chablis {i}").id for i in range(3)]
    return a.id, b.id, mine, theirs


def test_the_base_statement_reads_only_the_restaurants_rows(
    session: Session, two_cellars: tuple[int, int, list[int], list[int]]
) -> None:
    a, b, mine, theirs = two_cellars
    assert sorted(x.id for x in BeverageRepository(session, a).all()) == mine
    assert sorted(x.id for x in BeverageRepository(session, b).all()) == theirs
    # Narrowing the statement keeps the restaurant: a name both share still reads one side.
    narrowed = BeverageRepository(session, b).readable().where(Beverage.name == "Chablis 0")
    assert [x.id for x in session.scalars(narrowed)] == [theirs[0]]


def test_another_restaurants_row_is_not_found(
    session: Session, two_cellars: tuple[int, int, list[int], list[int]]
) -> None:
    a, _b, mine, theirs = two_cellars
    repository = BeverageRepository(session, a)
    assert repository.get(mine[0]).id == mine[0]
    with pytest.raises(NotFound):
        repository.get(theirs[0])


def test_pages_cover_every_row_once_with_the_total(
    session: Session, two_cellars: tuple[int, int, list[int], list[int]]
) -> None:
    a, _b, mine, _theirs = two_cellars
    repository = BeverageRepository(session, a)
    ordered = repository.readable().order_by(Beverage.id)
    seen: list[int] = []
    offset = 0
    while True:
        page = repository.paginate(ordered, Page(limit=3, offset=offset))
        assert page.total == 7
        seen += [x.id for x in page.items]
        if not page.has_more:
            break
        offset += 3
    assert seen == mine


def test_the_criterion_of_an_aggregate_query(
    session: Session, two_cellars: tuple[int, int, list[int], list[int]]
) -> None:
    a, b, mine, theirs = two_cellars
    counted = BeverageRepository(session, a).readable_columns(Beverage.id).order_by(Beverage.id)
    assert list(session.scalars(counted)) == mine
    of_b = select(func.count()).select_from(Beverage).where(owned_by(Beverage, b))
    assert session.scalar(of_b) == len(theirs)
