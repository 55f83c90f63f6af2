from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, ForeignKey, Index, SQLColumnExpression, String, and_, or_
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import Quantity, UTCDateTime, utcnow


class Link(Base):
    """POS product → beverage over a period. A POS product has at most one link at any
    instant; a vintage roll-over closes one period and opens the next, so sales before the
    switch stay on the old drink and later ones go to the new one. Any number per beverage."""

    __tablename__ = "link"
    __table_args__ = (Index("ix_link_pos_product_id", "pos_product_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(
        ForeignKey("restaurant.id", ondelete="CASCADE"), index=True
    )
    pos_product_id: Mapped[int] = mapped_column(ForeignKey("pos_product.id", ondelete="CASCADE"))
    beverage_id: Mapped[int] = mapped_column(
        ForeignKey("beverage.id", ondelete="CASCADE"), index=True
    )
    units_per_sale: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))
    how: Mapped[str] = mapped_column(String(16))
    linked_by_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    valid_from: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Sales from this instant on (None: since the first sale)."""
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Sales before this instant (None: still open)."""


def covers_sale(sold_at: SQLColumnExpression[datetime]) -> ColumnElement[bool]:
    """The join condition "this link counts the sale sold at ``sold_at``": same POS product
    is joined by the caller; this adds the link's period."""
    return and_(
        or_(Link.valid_from.is_(None), sold_at >= Link.valid_from),
        or_(Link.valid_until.is_(None), sold_at < Link.valid_until),
    )


class MatchConfirmation(Base):
    """A label the restaurant confirmed for a beverage: it ranks first next time."""

    __tablename__ = "match_confirmation"

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(
        ForeignKey("restaurant.id", ondelete="CASCADE"), index=True
    )
    label_key: Mapped[str] = mapped_column(String(300))
    beverage_id: Mapped[int] = mapped_column(ForeignKey("beverage.id", ondelete="CASCADE"))
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
