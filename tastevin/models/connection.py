from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import UTCDateTime, utcnow


class PosConnection(Base):
    """One restaurant's link to one POS vendor. Secrets are encrypted or hashed, never plain."""

    __tablename__ = "pos_connection"
    __table_args__ = (UniqueConstraint("restaurant_id", "vendor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(
        ForeignKey("restaurant.id", ondelete="CASCADE"), index=True
    )
    vendor: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32), default="pending")
    credentials_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    """Fernet token of the vendor credentials (the fields of its credential model) as JSON."""
    token_hash: Mapped[str | None] = mapped_column(String(128))
    """sha256 of the token that Tastevin issued (webhooks)."""
    ftp_login: Mapped[str | None] = mapped_column(String(64), unique=True)
    ftp_password_hash: Mapped[str | None] = mapped_column(String(200))
    last_data_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_message: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """``last_error`` as data (``tastevin.errors.Message``): shown in the reader's language."""
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_complete_day: Mapped[date | None] = mapped_column(Date)
    """Pull channels: the last business day imported in full; catch-up starts after it."""
    label_habits: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """The till's label habits learnt from this connection's own labels (matching.habits):
    family prefixes and what they announce, truncation width, case; relearnt when its
    number of products changes."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
