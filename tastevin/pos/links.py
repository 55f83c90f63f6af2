"""Link, unlink, relink (S-11, S-13, S-14). Retroactive by construction: stock and revenue
per drink are derived from the current links, so a link brings in all of a POS product's
recorded sales and an unlink takes out exactly that product's, destroying no sale line."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tastevin.connectors.registry import capabilities
from tastevin.errors import BadInput, Conflict, NotFound
from tastevin.models import AuditEvent, Beverage, Link, PosConnection, PosProduct
from tastevin.models.enums import LinkHow
from tastevin.sales.price_policy import apply_pos_prices
from tastevin.tenancy import get_owned, scoped

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
    product = get_owned(session, PosProduct, restaurant_id, pos_product_id)
    beverage = get_owned(session, Beverage, restaurant_id, beverage_id)
    units = Decimal(units_per_sale).quantize(Decimal("0.0001"))
    if not Decimal(0) < units <= MAX_UNITS:
        raise BadInput("units per sale must be more than 0 and at most 1000")
    if session.scalar(select(Link.id).where(Link.pos_product_id == product.id)) is not None:
        raise Conflict(
            "POS product %(id)s is already linked: unlink it first", id=product.id
        )
    new = Link(
        restaurant_id=restaurant_id,
        pos_product_id=product.id,
        beverage_id=beverage.id,
        units_per_sale=units,
        how=str(how),
        linked_by_user_id=user_id,
    )
    session.add(new)
    session.flush()
    _audit(session, restaurant_id, user_id, "link", new)
    connection = session.get_one(PosConnection, product.connection_id)
    if product.last_price is not None and capabilities(connection.vendor).updates_prices:
        apply_pos_prices(session, restaurant_id, {product.id: product.last_price})
    return new


def unlink(
    session: Session, restaurant_id: int, pos_product_id: int, *, user_id: int | None = None
) -> Link:
    """Removes the link only; the POS product's sale lines stay in the ledger, untouched."""
    existing = session.scalar(
        scoped(Link, restaurant_id).where(Link.pos_product_id == pos_product_id)
    )
    if existing is None:
        raise NotFound("POS product %(id)s is not linked", id=pos_product_id)
    _audit(session, restaurant_id, user_id, "unlink", existing)
    session.delete(existing)
    session.flush()
    return existing


def links_of_beverage(session: Session, restaurant_id: int, beverage_id: int) -> list[Link]:
    return list(
        session.scalars(
            scoped(Link, restaurant_id).where(Link.beverage_id == beverage_id).order_by(Link.id)
        )
    )


def _audit(
    session: Session, restaurant_id: int, user_id: int | None, action: str, row: Link
) -> None:
    session.add(
        AuditEvent(
            restaurant_id=restaurant_id,
            user_id=user_id,
            action=action,
            subject_type="pos_product",
            subject_id=row.pos_product_id,
            details={
                "beverage_id": row.beverage_id,
                "units_per_sale": str(row.units_per_sale),
                "how": row.how,
            },
        )
    )
