"""The library service: create, update, vintage variants, list with stock and badges."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from tastevin.errors import BadInput, NotFound
from tastevin.library.queries import DrinkFilter, list_drinks
from tastevin.library.schemas import BeverageFields, BeveragePatch
from tastevin.library.service import create_beverage, update_beverage, vintage_variant, vintages_of
from tests import factories as f


def test_create_strips_blank_fields_and_update_is_partial(session: Session) -> None:
    rest = f.restaurant(session)
    made = create_beverage(
        session, rest.id, BeverageFields(name=" Morgon ", producer="", selling_price=Decimal("30"))
    )
    assert (made.name, made.producer, made.format_cl) == ("Morgon", None, Decimal(75))
    update_beverage(session, rest.id, made.id, BeveragePatch(vintage=2022))
    assert (made.vintage, made.selling_price) == (2022, Decimal("30.00"))


def test_update_of_another_restaurants_drink_is_not_found(session: Session) -> None:
    mine, theirs = f.restaurant(session), f.restaurant(session)
    drink = f.beverage(session, theirs)
    with pytest.raises(NotFound):
        update_beverage(session, mine.id, drink.id, BeveragePatch(name="x"))
    with pytest.raises(NotFound):
        vintage_variant(session, mine.id, drink.id, 2020)


def test_vintage_variant(session: Session) -> None:
    rest = f.restaurant(session)
    wine = f.beverage(session, rest, vintage=2019)
    assert vintage_variant(session, rest.id, wine.id, 2019) is wine
    other = vintage_variant(session, rest.id, wine.id, 2020)
    assert other.id != wine.id and other.vintage == 2020
    assert vintage_variant(session, rest.id, wine.id, 2020).id == other.id
    assert vintages_of(session, rest.id, wine.id) == [2020, 2019]
    with pytest.raises(BadInput):
        vintage_variant(session, rest.id, wine.id, 19)


def test_list_pages_and_filters_in_a_fixed_number_of_queries(session: Session) -> None:
    rest = f.restaurant(session)
    for i in range(25):
        f.beverage(session, rest, name=f"Vin {i:02d}", colour="rouge" if i % 2 else "blanc")
    page = list_drinks(session, rest.id, DrinkFilter(per_page=10, page=3))
    assert (page.total, page.pages, len(page.rows)) == (25, 3, 5)
    assert page.rows[0].beverage.name == "Vin 20"
    assert list_drinks(session, rest.id, DrinkFilter(colour="rouge")).total == 12
    assert list_drinks(session, rest.id, DrinkFilter(q="vin 07")).total == 1
    assert all(r.stock == 0 and r.pos_labels == () for r in page.rows)


def test_the_patch_has_every_field_of_a_drink_each_optional_with_its_limits() -> None:
    assert set(BeveragePatch.model_fields) == set(BeverageFields.model_fields)
    assert not any(field.is_required() for field in BeveragePatch.model_fields.values())
    assert BeveragePatch().model_dump(exclude_unset=True) == {}
    for name, info in BeverageFields.model_fields.items():
        assert BeveragePatch.model_fields[name].metadata == info.metadata, name
