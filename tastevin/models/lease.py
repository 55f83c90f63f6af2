from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import UTCDateTime


class LeaseLock(Base):
    """A named lock that expires: a worker that dies holding it blocks no one for longer
    than its lease (huey's own task lock has no expiry on the storages we use)."""

    __tablename__ = "lease_lock"

    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    owner: Mapped[str] = mapped_column(String(128))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
