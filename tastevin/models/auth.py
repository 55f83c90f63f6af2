"""Server-side sign-in state: sessions that can be ended at once, and sign-in throttling."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from tastevin.models.base import Base
from tastevin.models.types import UTCDateTime, utcnow


class UserSession(Base):
    """One signed-in browser or API client. The cookie carries a random id; only its sha256
    is stored, so a database leak gives no usable session. Deleting the row signs it out."""

    __tablename__ = "user_session"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    client: Mapped[str] = mapped_column(String(64), default="")
    """The client address at sign-in (shown to the user, never used to authenticate)."""


class SignInThrottle(Base):
    """Recent failed sign-ins for one key: an account (``account:<email>``) or a client
    address (``address:<ip>``). Shared by every server process through the database."""

    __tablename__ = "sign_in_throttle"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
