"""Server-side sessions: the cookie holds a random id, the database says whether it is still
valid. Signing out, changing a password or losing one's membership ends sessions at once,
which a signed cookie alone cannot do (it stays valid until it expires)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tastevin.models import UserSession
from tastevin.models.types import utcnow

LIFETIME = timedelta(days=14)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(db: Session, user_id: int, *, client: str = "") -> str:
    """A new session for the user; returns the token to put in the (signed) cookie."""
    now = utcnow()
    db.execute(delete(UserSession).where(UserSession.expires_at < now))
    token = secrets.token_urlsafe(32)
    db.add(
        UserSession(
            id_hash=_hash(token),
            user_id=user_id,
            created_at=now,
            expires_at=now + LIFETIME,
            client=client[:64],
        )
    )
    db.flush()
    return token


def user_of(db: Session, token: object, now: datetime | None = None) -> int | None:
    """The user of a live session, or None (unknown, ended or expired). Read-only."""
    if not isinstance(token, str) or not token or len(token) > 200:
        return None
    found = db.scalar(
        select(UserSession.user_id).where(
            UserSession.id_hash == _hash(token), UserSession.expires_at > (now or utcnow())
        )
    )
    return found


def close_session(db: Session, token: object) -> None:
    if isinstance(token, str) and token:
        db.execute(delete(UserSession).where(UserSession.id_hash == _hash(token)))


def close_sessions_of(db: Session, user_id: int, *, keep: str | None = None) -> int:
    """Ends every session of a user (all but ``keep``); returns how many were ended."""
    statement = delete(UserSession).where(UserSession.user_id == user_id)
    if keep:
        statement = statement.where(UserSession.id_hash != _hash(keep))
    result = db.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0)
