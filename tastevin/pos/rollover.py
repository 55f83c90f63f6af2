"""Vintage roll-over from a drink's page or the API: the POS keeps selling "CH TALBOT"
while the cellar moves to the next vintage; from a date its sales go to that vintage."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.errors import BadInput, NotFound
from tastevin.library.service import vintage_variant
from tastevin.models import Link
from tastevin.pos.links import open_link, roll_over


def roll_over_to(
    session: Session,
    restaurant_id: int,
    pos_product_id: int,
    *,
    beverage_id: int | None = None,
    vintage: int | None = None,
    start: datetime | None = None,
    opening_stock: Decimal | None = None,
    unit_cost: Decimal | None = None,
    user_id: int | None = None,
) -> Link:
    """To ``beverage_id``, or to the linked wine's ``vintage`` (added to the library with
    its opening stock when new)."""
    current = open_link(session, restaurant_id, pos_product_id)
    if current is None:
        raise NotFound(f"POS product {pos_product_id} is not linked: link it instead")
    if beverage_id is None:
        if vintage is None:
            raise BadInput("name the drink or the vintage that takes over")
        beverage_id = vintage_variant(
            session,
            restaurant_id,
            current.beverage_id,
            vintage,
            user_id=user_id,
            opening_stock=opening_stock,
            unit_cost=unit_cost,
        ).id
    return roll_over(
        session, restaurant_id, pos_product_id, beverage_id, start=start, user_id=user_id
    )
