from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Date, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import Money, Quantity, UTCDateTime


class SaleLine(Base):
    """One line of a POS ticket. Never deleted: unlinking only stops counting it for a drink.

    The ledger is append-only and written in bulk, so it carries no foreign-key constraints:
    each would cost a trigger per row (measured: ~8 µs per row and key on PostgreSQL, more
    than the insert itself). Its ids are resolved by the ingestion service in the same
    transaction, from rows that are never deleted while the restaurant exists."""

    __tablename__ = "sale_line"
    __table_args__ = (
        UniqueConstraint("connection_id", "idempotency_key"),
        Index("ix_sale_line_product_time", "pos_product_id", "sold_at"),
        Index("ix_sale_line_restaurant_day", "restaurant_id", "business_day"),
        # Partial: lines without a ticket (most of a generic import) cost no index entry.
        Index(
            "ix_sale_line_ticket",
            "connection_id",
            "ticket",
            sqlite_where=text("ticket IS NOT NULL"),
            postgresql_where=text("ticket IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    restaurant_id: Mapped[int] = mapped_column(Integer)
    connection_id: Mapped[int] = mapped_column(Integer)
    pos_product_id: Mapped[int] = mapped_column(Integer)
    import_id: Mapped[int | None] = mapped_column(Integer)
    """The raw import the line first arrived in."""
    idempotency_key: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    amount: Mapped[Decimal] = mapped_column(Money)
    tax: Mapped[Decimal | None] = mapped_column(Money)
    sold_at: Mapped[datetime] = mapped_column(UTCDateTime)
    business_day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    ticket: Mapped[str | None] = mapped_column(String(200))
    """The vendor's ticket (invoice, order, document number) the line belongs to."""
    version: Mapped[str | None] = mapped_column(String(16))
    """Fingerprint of the ticket's content when this line arrived."""
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Set when a later version of the ticket replaced this line: kept, never counted."""
    superseded_by: Mapped[int | None] = mapped_column(Integer)
    """The raw import that brought the later version."""
