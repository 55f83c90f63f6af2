"""Link, unlink, relink (S-11, S-13, S-14) and the vintage roll-over. Retroactive by
construction: stock and revenue per drink are derived from the current links, so a link
brings in all of a POS product's recorded sales and an unlink takes out exactly that
product's, destroying no sale line.

A link covers a period of sale times (``valid_from`` … ``valid_until``). A roll-over closes
the open period at an instant and opens the next one on another drink: sales before it stay
on the old vintage, later ones go to the new one. That is not an unlink: no sale leaves the
ledger of both drinks taken together."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.connectors.registry import capabilities
from tastevin.errors import BadInput, Conflict, NotFound
from tastevin.models import AuditEvent, Link, PosConnection, PosProduct
from tastevin.models.enums import LinkHow
from tastevin.models.types import utcnow
from tastevin.repositories import BeverageRepository, LinkRepository, PosProductRepository
from tastevin.sales.price_policy import apply_pos_prices

MAX_UNITS = Decimal(1000)


def link(
    session: Session,
    restaurant_id: int,
    pos_product_id: int,
    beverage_id: int,
    *,
    units_per_sale: Decimal = Decimal(1),
    how: LinkHow = LinkHow.MANUAL,
    user_id: int | None = None,
) -> Link:
    product = PosProductRepository(session, restaurant_id).get(pos_product_id)
    beverage = BeverageRepository(session, restaurant_id).get(beverage_id)
    units = _units(units_per_sale)
    if open_link(session, restaurant_id, product.id) is not None:
        raise Conflict("POS product %(id)s is already linked: unlink it first", id=product.id)
    # After a roll-over whose newer period was unlinked, the older period still holds its
    # sales: the new link starts where it ends, so two links never cover one sale.
    start = LinkRepository(session, restaurant_id).last_end(product.id)
    new = Link(
        restaurant_id=restaurant_id,
        pos_product_id=product.id,
        beverage_id=beverage.id,
        units_per_sale=units,
        how=str(how),
        linked_by_user_id=user_id,
        valid_from=start,
    )
    session.add(new)
    session.flush()
    _audit(session, restaurant_id, user_id, "link", new)
    _take_pos_price(session, restaurant_id, product)
    return new


def roll_over(
    session: Session,
    restaurant_id: int,
    pos_product_id: int,
    beverage_id: int,
    *,
    start: datetime | None = None,
    units_per_sale: Decimal | None = None,
    user_id: int | None = None,
) -> Link:
    """From ``start`` (default: now) the POS product's sales go to ``beverage_id``; the
    earlier ones stay on the drink it was linked to. Returns the new period's link."""
    product = PosProductRepository(session, restaurant_id).get(pos_product_id)
    beverage = BeverageRepository(session, restaurant_id).get(beverage_id)
    current = open_link(session, restaurant_id, product.id)
    if current is None:
        raise NotFound("POS product %(id)s is not linked: link it instead", id=product.id)
    if current.beverage_id == beverage.id:
        raise BadInput("the POS product is already linked to this drink")
    moment = start or utcnow()
    if current.valid_from is not None and moment <= current.valid_from:
        raise BadInput("a roll-over must start after the current link's start")
    current.valid_until = moment
    new = Link(
        restaurant_id=restaurant_id,
        pos_product_id=product.id,
        beverage_id=beverage.id,
        units_per_sale=current.units_per_sale if units_per_sale is None else _units(units_per_sale),
        how=str(LinkHow.ROLLOVER),
        linked_by_user_id=user_id,
        valid_from=moment,
    )
    session.add(new)
    session.flush()
    _audit(session, restaurant_id, user_id, "link_rollover", new, previous=current.beverage_id)
    _take_pos_price(session, restaurant_id, product)
    return new


def unlink(
    session: Session,
    restaurant_id: int,
    pos_product_id: int,
    *,
    beverage_id: int | None = None,
    user_id: int | None = None,
) -> Link:
    """Removes the product's link (every period, or those to ``beverage_id``); its sale
    lines stay in the ledger, untouched. Returns one removed link."""
    existing = LinkRepository(session, restaurant_id).of_product(pos_product_id, beverage_id)
    if not existing:
        raise NotFound("POS product %(id)s is not linked", id=pos_product_id)
    for row in existing:
        _audit(session, restaurant_id, user_id, "unlink", row)
        session.delete(row)
    session.flush()
    return existing[-1]


def open_link(session: Session, restaurant_id: int, pos_product_id: int) -> Link | None:
    """The link that takes the product's new sales, if any."""
    return LinkRepository(session, restaurant_id).open_for(pos_product_id)


def link_history(session: Session, restaurant_id: int, pos_product_id: int) -> list[Link]:
    """Every period of a POS product's link, oldest first (a roll-over shows both)."""
    return LinkRepository(session, restaurant_id).history_of(pos_product_id)


def _units(units_per_sale: Decimal) -> Decimal:
    units = Decimal(units_per_sale).quantize(Decimal("0.0001"))
    if not Decimal(0) < units <= MAX_UNITS:
        raise BadInput("units per sale must be more than 0 and at most 1000")
    return units


def _take_pos_price(session: Session, restaurant_id: int, product: PosProduct) -> None:
    connection = session.get_one(PosConnection, product.connection_id)
    if product.last_price is not None and capabilities(connection.vendor).updates_prices:
        apply_pos_prices(session, restaurant_id, {product.id: product.last_price})


def _audit(
    session: Session,
    restaurant_id: int,
    user_id: int | None,
    action: str,
    row: Link,
    *,
    previous: int | None = None,
) -> None:
    details: dict[str, object] = {
        "beverage_id": row.beverage_id,
        "units_per_sale": str(row.units_per_sale),
        "how": row.how,
        "valid_from": None if row.valid_from is None else row.valid_from.isoformat(),
        "valid_until": None if row.valid_until is None else row.valid_until.isoformat(),
    }
    if previous is not None:
        details["previous_beverage_id"] = previous
    session.add(
        AuditEvent(
            restaurant_id=restaurant_id,
            user_id=user_id,
            action=action,
            subject_type="pos_product",
            subject_id=row.pos_product_id,
            details=details,
        )
    )
