"""Creating and changing drinks. Services flush, never commit: the request owns the
transaction."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tastevin.errors import BadInput
from tastevin.library.schemas import OPENING_FIELDS, BeverageFields, BeveragePatch, NewDrink
from tastevin.models import AuditEvent, Beverage
from tastevin.repositories import BeverageRepository
from tastevin.stock.service import record_opening


def create_beverage(
    session: Session, restaurant_id: int, fields: BeverageFields, *, user_id: int | None = None
) -> Beverage:
    """A new drink; given a ``NewDrink`` with an opening stock, that stock is counted now
    with its unit cost (S-24), which also becomes the purchase price if none was given."""
    beverage = Beverage(
        restaurant_id=restaurant_id, **fields.model_dump(exclude=set(OPENING_FIELDS))
    )
    if isinstance(fields, NewDrink) and beverage.purchase_price is None:
        beverage.purchase_price = fields.unit_cost
    session.add(beverage)
    session.flush()
    _audit(session, restaurant_id, user_id, "beverage_created", beverage)
    if isinstance(fields, NewDrink) and fields.opening_stock is not None:
        record_opening(
            session,
            restaurant_id,
            beverage.id,
            fields.opening_stock,
            fields.unit_cost,
            user_id=user_id,
        )
    return beverage


def get_beverage(session: Session, restaurant_id: int, beverage_id: int) -> Beverage:
    """The restaurant's drink, or NotFound (another restaurant's drink does not exist)."""
    return BeverageRepository(session, restaurant_id).get(beverage_id)


def beverages_by_id(session: Session, restaurant_id: int, ids: list[int]) -> dict[int, Beverage]:
    """The restaurant's drinks among ``ids`` (others' ids are simply absent)."""
    if not ids:
        return {}
    repository = BeverageRepository(session, restaurant_id)
    return {b.id: b for b in repository.all(repository.readable().where(Beverage.id.in_(ids)))}


def update_beverage(
    session: Session,
    restaurant_id: int,
    beverage_id: int,
    patch: BeveragePatch | BeverageFields,
    *,
    user_id: int | None = None,
) -> Beverage:
    beverage = BeverageRepository(session, restaurant_id).get(beverage_id)
    changes = patch.model_dump(exclude_unset=isinstance(patch, BeveragePatch))
    if "name" in changes and not changes["name"]:
        raise BadInput("a drink needs a name")
    for field, value in changes.items():
        setattr(beverage, field, value)
    session.flush()
    _audit(session, restaurant_id, user_id, "beverage_updated", beverage)
    return beverage


def vintage_variant(
    session: Session,
    restaurant_id: int,
    beverage_id: int,
    vintage: int,
    *,
    user_id: int | None = None,
    opening_stock: Decimal | None = None,
    unit_cost: Decimal | None = None,
) -> Beverage:
    """The same wine in another vintage (S-10 "almost"): the library's row if it exists,
    otherwise a copy of the drink with that vintage, entering with the opening stock given
    (S-24; none given: no stock of its own yet)."""
    if not 1800 <= vintage <= 2200:
        raise BadInput("a vintage is a year such as 2019")
    base = BeverageRepository(session, restaurant_id).get(beverage_id)
    if base.vintage == vintage:
        return base
    existing = session.scalar(
        BeverageRepository(session, restaurant_id)
        .readable()
        .where(
            Beverage.name == base.name,
            Beverage.producer.is_(None)
            if base.producer is None
            else Beverage.producer == base.producer,
            Beverage.format_cl == base.format_cl,
            Beverage.vintage == vintage,
            Beverage.archived.is_(False),
        )
        .order_by(Beverage.id)
        .limit(1)
    )
    if existing is not None:
        return existing
    copied = {
        column: getattr(base, column)
        for column in (
            "name",
            "producer",
            "appellation",
            "region",
            "country",
            "colour",
            "category",
            "format_cl",
            "selling_price",
            "purchase_price",
        )
    }
    variant = Beverage(restaurant_id=restaurant_id, vintage=vintage, **copied)
    if unit_cost is not None:
        variant.purchase_price = unit_cost
    session.add(variant)
    session.flush()
    _audit(session, restaurant_id, user_id, "beverage_created", variant)
    if opening_stock is not None:
        record_opening(
            session, restaurant_id, variant.id, opening_stock, unit_cost, user_id=user_id
        )
    return variant


def vintages_of(session: Session, restaurant_id: int, beverage_id: int) -> list[int]:
    """The vintages the library holds of the same wine, for the "almost" picker."""
    base = BeverageRepository(session, restaurant_id).get(beverage_id)
    rows = session.scalars(
        select(Beverage.vintage)
        .where(
            BeverageRepository(session, restaurant_id).owned(),
            Beverage.name == base.name,
            Beverage.vintage.is_not(None),
            Beverage.archived.is_(False),
        )
        .distinct()
    )
    return sorted((v for v in rows if v is not None), reverse=True)


def _audit(
    session: Session, restaurant_id: int, user_id: int | None, action: str, row: Beverage
) -> None:
    session.add(
        AuditEvent(
            restaurant_id=restaurant_id,
            user_id=user_id,
            action=action,
            subject_type="beverage",
            subject_id=row.id,
            details={"name": row.name, "vintage": row.vintage},
        )
    )
