"""The sync service: pending list order and count, matcher cache, answers, ignore."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin.errors import NotFound
from tastevin.library.schemas import BeverageFields
from tastevin.matching import label_key
from tastevin.models import Beverage, Link, MatchConfirmation
from tastevin.pos import sync
from tests.web.world import LABEL_ALMOST, LABEL_CATALOGUE, LABEL_FOOD, LABEL_NO, LABEL_YES, seed


@pytest.fixture
def world(session: Session):
    return seed(session)


def test_pending_is_sold_first_then_revenue_descending(session: Session, world) -> None:
    rows = sync.pending_products(session, world.a)
    assert [r.label for r in rows] == [
        LABEL_YES,
        LABEL_NO,
        LABEL_ALMOST,
        LABEL_FOOD,
        LABEL_CATALOGUE,
    ]
    assert [r.sold for r in rows] == [True, True, True, True, False]
    assert rows[0].revenue == Decimal("116.00")
    assert sync.pending_count(session, world.a) == 5
    assert sync.pending_count(session, world.b) == 1
    assert [r.label for r in sync.pending_products(session, world.a, page=2, per_page=2)] == [
        LABEL_ALMOST,
        LABEL_FOOD,
    ]


def test_matcher_is_cached_until_the_library_changes(session: Session, world) -> None:
    first = sync.matcher_for(session, world.a)
    assert sync.matcher_for(session, world.a) is first
    session.add(Beverage(restaurant_id=world.a, name="Meursault", vintage=2020))
    session.flush()
    assert sync.matcher_for(session, world.a) is not first


def test_yes_links_and_remembers_the_label(session: Session, world) -> None:
    product = world.products[LABEL_YES]
    made = sync.answer_yes(session, world.a, product, world.chablis, Decimal(1))
    assert (made.how, made.beverage_id) == ("yes", world.chablis)
    key = session.scalars(select(MatchConfirmation.label_key)).one()
    assert key == label_key(LABEL_YES)
    assert sync.pending_count(session, world.a) == 4


def test_almost_reuses_an_existing_vintage_or_creates_it(session: Session, world) -> None:
    before = session.scalar(select(func.count(Beverage.id)))
    made = sync.answer_almost(
        session, world.a, world.products[LABEL_ALMOST], world.chablis, 2021, Decimal(1)
    )
    variant = session.get_one(Beverage, made.beverage_id)
    assert (variant.vintage, variant.name, variant.producer) == (
        2021,
        "Chablis Premier Cru Fourchaume",
        "Domaine William Fèvre",
    )
    assert session.scalar(select(func.count(Beverage.id))) == before + 1
    again = sync.answer_almost(
        session, world.a, world.products[LABEL_YES], world.chablis, 2021, Decimal(1)
    )
    assert again.beverage_id == variant.id
    assert session.scalar(select(func.count(Beverage.id))) == before + 1


def test_no_creates_the_drink_then_links(session: Session, world) -> None:
    fields = BeverageFields(name="Côtes du Rhône", producer="Guigal", vintage=2020)
    made = sync.answer_no(session, world.a, world.products[LABEL_NO], fields, Decimal("0.5"))
    assert made.how == "manual"
    assert made.units_per_sale == Decimal("0.5")
    assert session.get_one(Beverage, made.beverage_id).producer == "Guigal"


def test_no_for_another_restaurants_product_creates_nothing(session: Session, world) -> None:
    before = session.scalar(select(func.count(Beverage.id)))
    with pytest.raises(NotFound):
        sync.answer_no(session, world.a, world.b_product, BeverageFields(name="x"), Decimal(1))
    assert session.scalar(select(func.count(Beverage.id))) == before


def test_ignore_is_reversible_and_linking_unignores(session: Session, world) -> None:
    food = world.products[LABEL_FOOD]
    sync.set_ignored(session, world.a, food, True)
    assert LABEL_FOOD not in [r.label for r in sync.pending_products(session, world.a)]
    assert [r.label for r in sync.pending_products(session, world.a, ignored=True)] == [LABEL_FOOD]
    sync.set_ignored(session, world.a, food, False)
    assert sync.pending_count(session, world.a) == 5
    sync.set_ignored(session, world.a, food, True)
    sync.answer_yes(session, world.a, food, world.palmer, Decimal(1))
    assert session.scalar(select(Link.id).where(Link.pos_product_id == food)) is not None
    assert sync.pending_products(session, world.a, ignored=True) == []
