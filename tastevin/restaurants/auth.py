"""Signing in (throttled, constant-time), changing and resetting passwords. Every change of
password ends the user's other sessions."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tastevin.errors import NotFound, Unauthorized
from tastevin.models import User
from tastevin.restaurants import throttle
from tastevin.restaurants.service import authenticate, user_by_email
from tastevin.restaurants.sessions import close_sessions_of
from tastevin.security.passwords import check_password, verify_or_spend_time
from tastevin.security.secrets import hash_password


def sign_in(db: Session, email: str, password: str, address: str) -> User | None:
    """The user, or None for wrong credentials (the failure is recorded in ``db``: commit
    it). Raises TooManyAttempts while the account or the address must wait."""
    throttle.ensure_allowed(db, email, address)
    user = authenticate(db, email, password)
    if user is None:
        throttle.record_failure(db, email, address)
        return None
    throttle.record_success(db, email)
    return user


def change_password(db: Session, user: User, current: str, new: str, *, keep: str | None) -> int:
    """Changes a user's own password; ends their other sessions (returns how many)."""
    if not verify_or_spend_time(current, user.password_hash):
        raise Unauthorized("the current password is wrong")
    check_password(new, email=user.email)
    user.password_hash = hash_password(new)
    return close_sessions_of(db, user.id, keep=keep)


def reset_password(db: Session, email: str, new: str) -> int:
    """For operators (``tastevin user reset-password``): sets a password and ends every
    session of the user; also lifts the account's sign-in throttling."""
    user = user_by_email(db, email)
    if user is None:
        raise NotFound("no user with this e-mail address")
    check_password(new, email=user.email)
    user.password_hash = hash_password(new)
    throttle.record_success(db, user.email)
    return close_sessions_of(db, user.id)
