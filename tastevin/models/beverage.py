from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import Money, Quantity, UTCDateTime, utcnow


class Beverage(Base):
    """A drink of the restaurant's own library ("bibliothèque")."""

    __tablename__ = "beverage"
    __table_args__ = (Index("ix_beverage_restaurant_name", "restaurant_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(ForeignKey("restaurant.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    producer: Mapped[str | None] = mapped_column(String(300))
    appellation: Mapped[str | None] = mapped_column(String(300))
    region: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(100))
    colour: Mapped[str | None] = mapped_column(String(32))
    category: Mapped[str | None] = mapped_column(String(32))
    vintage: Mapped[int | None] = mapped_column(Integer)
    format_cl: Mapped[Decimal] = mapped_column(Quantity, default=Decimal("75"))
    selling_price: Mapped[Decimal | None] = mapped_column(Money)
    purchase_price: Mapped[Decimal | None] = mapped_column(Money)
    zone: Mapped[str | None] = mapped_column(String(100))
    """Where it is kept (cellar, bar, fridge): a count session can cover one zone."""
    par_level: Mapped[Decimal | None] = mapped_column(Quantity)
    """Bottles to keep on hand: below it the drink is listed under "À commander" (S-27)."""
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
