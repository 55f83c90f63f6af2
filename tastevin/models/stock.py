from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import Quantity, UTCDateTime, utcnow


class StockCount(Base):
    """An inventory: the stock was exactly this at that moment; earlier sales no longer count."""

    __tablename__ = "stock_count"
    __table_args__ = (Index("ix_stock_count_beverage_at", "beverage_id", "counted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(
        ForeignKey("restaurant.id", ondelete="CASCADE"), index=True
    )
    beverage_id: Mapped[int] = mapped_column(ForeignKey("beverage.id", ondelete="CASCADE"))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    counted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)


class StockMovement(Base):
    """Stock that moved outside the POS: a purchase (+), an adjustment (±), a breakage (−)."""

    __tablename__ = "stock_movement"
    __table_args__ = (Index("ix_stock_movement_beverage_at", "beverage_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(
        ForeignKey("restaurant.id", ondelete="CASCADE"), index=True
    )
    beverage_id: Mapped[int] = mapped_column(ForeignKey("beverage.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    """Signed: what this movement adds to the stock."""
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)
