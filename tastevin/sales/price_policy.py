"""S-17: for vendors that update prices, a POS price change becomes the drink's selling price.

Only links of one whole unit per sale carry a price: a glass's POS price is not the bottle's.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tastevin.models import AuditEvent, Beverage, Link, PriceChange
from tastevin.models.enums import PriceSource
from tastevin.repositories import LinkRepository

_FEW = 200


def apply_pos_prices(session: Session, restaurant_id: int, prices: dict[int, Decimal]) -> int:
    """``prices`` maps POS product id → POS unit price. Returns how many drinks changed."""
    if not prices:
        return 0
    query = (
        select(Link.pos_product_id, Beverage)
        .join(Beverage, Beverage.id == Link.beverage_id)
        .where(
            LinkRepository(session, restaurant_id).owned(),
            Link.units_per_sale == Decimal(1),
            Link.valid_until.is_(None),  # a closed period (an older vintage) keeps its price
        )
        .order_by(Beverage.id)
    )
    if len(prices) <= _FEW:
        query = query.where(Link.pos_product_id.in_(list(prices)))
    # A whole catalogue's prices: the restaurant's links are fewer than a long IN list.
    rows = [row for row in session.execute(query).all() if row[0] in prices]
    changed = 0
    for pos_product_id, beverage in rows:
        new = prices[pos_product_id]
        if beverage.selling_price == new:
            continue
        record_price_change(session, beverage, new, PriceSource.POS, pos_product_id=pos_product_id)
        changed += 1
    return changed


def record_price_change(
    session: Session,
    beverage: Beverage,
    new: Decimal | None,
    source: PriceSource,
    *,
    pos_product_id: int | None = None,
    user_id: int | None = None,
) -> None:
    old = beverage.selling_price
    beverage.selling_price = new
    session.add(
        PriceChange(
            restaurant_id=beverage.restaurant_id,
            beverage_id=beverage.id,
            old_price=old,
            new_price=new,
            source=str(source),
            pos_product_id=pos_product_id,
        )
    )
    session.add(
        AuditEvent(
            restaurant_id=beverage.restaurant_id,
            user_id=user_id,
            action="price_change",
            subject_type="beverage",
            subject_id=beverage.id,
            details={
                "old": None if old is None else str(old),
                "new": None if new is None else str(new),
                "source": str(source),
                "pos_product_id": pos_product_id,
            },
        )
    )
    session.flush()
