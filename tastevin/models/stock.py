from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import Money, Quantity, UTCDateTime, utcnow

COUNT_OPEN = "open"
COUNT_CLOSED = "closed"
"""The two states of a count session."""


class StockCount(Base):
    """An inventory: the stock was exactly this at that moment; earlier sales no longer count.

    ``source`` says where it came from: "opening" (the drink entered the library with this
    stock, S-24), "manual" (one drink's page) or "session" (a count session's closing, S-26)."""

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
    source: Mapped[str] = mapped_column(String(16), default="manual", server_default="manual")
    unit_cost: Mapped[Decimal | None] = mapped_column(Money)
    """Cost excl. tax of one bottle of an opening count: weighs in the average cost."""
    count_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("count_session.id", ondelete="SET NULL")
    )


class StockMovement(Base):
    """Stock that moved outside the POS: a purchase (+), an adjustment (±), a breakage (−).

    Append-only: a delivery corrected or cancelled adds a reversal (``reverses_id``) rather
    than changing or deleting the original row."""

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
    unit_cost: Mapped[Decimal | None] = mapped_column(Money)
    delivery_id: Mapped[int | None] = mapped_column(
        ForeignKey("delivery.id", ondelete="CASCADE"), index=True
    )
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("stock_movement.id", ondelete="SET NULL")
    )
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=utcnow)
    """When it was typed in (``at`` is when it happened): late entries are flagged."""


class Delivery(Base):
    """A supplier's delivery ("Livraison", S-25). Its lines are the stock movements that
    carry its id; the header only says who, when and which invoice."""

    __tablename__ = "delivery"
    __table_args__ = (Index("ix_delivery_restaurant_at", "restaurant_id", "delivered_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(ForeignKey("restaurant.id", ondelete="CASCADE"))
    supplier: Mapped[str] = mapped_column(String(200))
    delivered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reference: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default="active")
    """"active" or "cancelled" (cancelled: every line reversed, nothing deleted)."""
    revision: Mapped[int] = mapped_column(Integer, default=1)
    source: Mapped[str] = mapped_column(String(16), default="manual")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))


class CountSession(Base):
    """An inventory session ("Inventaire", S-26): lines are counted one by one, each stamped
    with its time; closing turns them into counts."""

    __tablename__ = "count_session"
    __table_args__ = (Index("ix_count_session_restaurant", "restaurant_id", "opened_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(ForeignKey("restaurant.id", ondelete="CASCADE"))
    scope: Mapped[str] = mapped_column(String(16), default="all")
    """"all", "category" or "zone"."""
    scope_value: Mapped[str | None] = mapped_column(String(100))
    blind: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default=COUNT_OPEN)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    opened_by_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL")
    )


class CountLine(Base):
    """One drink counted in a session; counting it again replaces the figure and the time."""

    __tablename__ = "count_line"
    __table_args__ = (UniqueConstraint("count_session_id", "beverage_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(ForeignKey("restaurant.id", ondelete="CASCADE"))
    count_session_id: Mapped[int] = mapped_column(
        ForeignKey("count_session.id", ondelete="CASCADE")
    )
    beverage_id: Mapped[int] = mapped_column(ForeignKey("beverage.id", ondelete="CASCADE"))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    counted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
