from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import Quantity, UTCDateTime, utcnow


class Link(Base):
    """POS product → beverage. At most one per POS product, any number per beverage."""

    __tablename__ = "link"

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(
        ForeignKey("restaurant.id", ondelete="CASCADE"), index=True
    )
    pos_product_id: Mapped[int] = mapped_column(
        ForeignKey("pos_product.id", ondelete="CASCADE"), unique=True
    )
    beverage_id: Mapped[int] = mapped_column(
        ForeignKey("beverage.id", ondelete="CASCADE"), index=True
    )
    units_per_sale: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))
    how: Mapped[str] = mapped_column(String(16))
    linked_by_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


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
