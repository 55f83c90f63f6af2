"""What reading the POS's data taught besides sale lines (issue 10): what was set aside,
and what the POS itself says it took each day."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import Money, UTCDateTime, utcnow


class SetAsideItem(Base):
    """An order or line that could not be taken as it came, kept with its reason: an
    unreadable order, or a sale dated after the moment it was received. Nothing in it is
    counted until the owner confirms it (a sale is then applied) or accepts it as is."""

    __tablename__ = "set_aside_item"
    __table_args__ = (UniqueConstraint("import_id", "fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(
        ForeignKey("restaurant.id", ondelete="CASCADE"), index=True
    )
    connection_id: Mapped[int] = mapped_column(
        ForeignKey("pos_connection.id", ondelete="CASCADE"), index=True
    )
    import_id: Mapped[int] = mapped_column(ForeignKey("raw_import.id", ondelete="CASCADE"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    """Makes a replay of the same import record each item once."""
    ref: Mapped[str] = mapped_column(String(200), default="")
    line: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    record: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """A sale held back (canonical record as JSON): applied if the owner confirms it."""
    business_day: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(String(16))
    """``confirmed`` (the held sale was applied) or ``accepted`` (left out on purpose)."""


class PosDayTotalRow(Base):
    """The POS's own figure for what was taken: a Z report, one ticket's total, a journal's
    total line. The latest version of each ``ref`` wins (a corrected invoice's new total)."""

    __tablename__ = "pos_day_total"
    __table_args__ = (UniqueConstraint("connection_id", "ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(
        ForeignKey("restaurant.id", ondelete="CASCADE"), index=True
    )
    connection_id: Mapped[int] = mapped_column(
        ForeignKey("pos_connection.id", ondelete="CASCADE"), index=True
    )
    ref: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16))
    business_day: Mapped[date] = mapped_column(Date)
    total: Mapped[Decimal] = mapped_column(Money)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    import_id: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
