from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import UTCDateTime, utcnow


class RawImport(Base):
    """One arrival of data, stored byte for byte before anything reads it.

    The row is the source of truth for work still owed (S-20): ``status`` moves
    received → processing (under a lease that expires) → applied | failed; the queue only
    carries hints, and the sweeper re-enqueues whatever the rows say is owed."""

    __tablename__ = "raw_import"
    __table_args__ = (
        UniqueConstraint("connection_id", "sha256"),
        # The sweeper and the connection page read the few unfinished / failed rows among
        # many applied ones.
        Index("ix_raw_import_status", "status"),
        Index("ix_raw_import_connection_id_status", "connection_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(
        ForeignKey("restaurant.id", ondelete="CASCADE"), index=True
    )
    connection_id: Mapped[int] = mapped_column(ForeignKey("pos_connection.id", ondelete="CASCADE"))
    vendor: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """Where it came from: file name, API endpoint and page, business day, content type."""
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    times_received: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default="received")
    error: Mapped[str | None] = mapped_column(Text)
    """Why it failed, in English (API, CLI, logs)."""
    error_message: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """The same as data (``tastevin.errors.Message``): pages show it in the reader's language.
    Imports that failed before it existed have only ``error``."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    products_seen: Mapped[int] = mapped_column(Integer, default=0)
    lines_seen: Mapped[int] = mapped_column(Integer, default=0)
    lines_added: Mapped[int] = mapped_column(Integer, default=0)
    applied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lease_owner: Mapped[str | None] = mapped_column(String(128))
    """``host:pid`` of the worker processing it, so a restarted worker reclaims at once the
    imports its dead predecessor on the same host held."""
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """While ``processing``: after this moment the worker is presumed dead."""
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """While ``received`` after a failed attempt: not before this moment (backoff)."""
