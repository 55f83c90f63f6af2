from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import Money, UTCDateTime, utcnow


class PosProduct(Base):
    """A reference as the POS knows it ("référence caisse").

    Written by the ingestion service only, for the connection it is applying and that
    connection's restaurant, loaded in the same unit of work; neither is ever deleted while
    its products live. So it carries no foreign key to them: on PostgreSQL each product
    row's two checks (a trigger each, locking the parent row) were a third of a night's
    catalogue insert (migration ``s6_pos_product_no_fk``). Links and history keep theirs."""

    __tablename__ = "pos_product"
    __table_args__ = (UniqueConstraint("connection_id", "vendor_product_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    restaurant_id: Mapped[int] = mapped_column(Integer, index=True)
    connection_id: Mapped[int] = mapped_column(Integer)
    vendor_product_id: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(300))
    last_price: Mapped[Decimal | None] = mapped_column(Money)
    sold: Mapped[bool] = mapped_column(Boolean, default=False)
    from_catalogue: Mapped[bool] = mapped_column(Boolean, default=False)
    ignored: Mapped[bool] = mapped_column(Boolean, default=False)
    """Not a drink (food, service): hidden from the to-synchronise list, reversibly."""
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PosProductLabel(Base):
    """Every label a POS product has carried: a label changed in the POS never breaks a link.

    Written in bulk with its products by the ingestion service only, from ids resolved in
    the same transaction (products are never deleted while their restaurant exists), so it
    carries no foreign key: on PostgreSQL each row's check locked its product row (a trigger
    and a WAL record per label), more than the insert itself (as for ``sale_line``)."""

    __tablename__ = "pos_product_label"
    __table_args__ = (UniqueConstraint("pos_product_id", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pos_product_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(300))
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
