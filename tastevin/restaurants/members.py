"""Who works in a restaurant, as its owners manage it: invite, change a role, remove. A
restaurant always keeps at least one owner, and a removed member is signed out at once."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tastevin.errors import Conflict, NotFound
from tastevin.models import Membership
from tastevin.models.enums import Role
from tastevin.repositories import MembershipRepository
from tastevin.restaurants.accounts import OpenedAccount, add_account
from tastevin.restaurants.sessions import close_sessions_of


@dataclass(frozen=True, slots=True)
class Member:
    user_id: int
    email: str
    display_name: str
    role: Role


def members_of(db: Session, restaurant_id: int) -> list[Member]:
    rows = MembershipRepository(db, restaurant_id).members()
    return [Member(u.id, u.email, u.display_name, Role(role)) for u, role in rows]


def invite(db: Session, restaurant_id: int, email: str, role: Role) -> OpenedAccount:
    """A new member; a person without an account gets a one-time password (shown once)."""
    return add_account(db, email, restaurant_id, role)


def _membership(db: Session, restaurant_id: int, user_id: int) -> Membership:
    found = MembershipRepository(db, restaurant_id).of_user(user_id)
    if found is None:
        raise NotFound("no such member in this restaurant")
    return found


def _owners(db: Session, restaurant_id: int) -> int:
    return sum(1 for m in members_of(db, restaurant_id) if m.role == Role.OWNER)


def change_role(db: Session, restaurant_id: int, user_id: int, role: Role) -> Member:
    membership = _membership(db, restaurant_id, user_id)
    if membership.role == Role.OWNER and role != Role.OWNER and _owners(db, restaurant_id) == 1:
        raise Conflict("a restaurant keeps at least one owner")
    membership.role = str(role)
    db.flush()
    return next(m for m in members_of(db, restaurant_id) if m.user_id == user_id)


def remove_member(db: Session, restaurant_id: int, user_id: int) -> int:
    """Removes the membership and ends every session of that person at once (a session is
    not tied to one restaurant). Returns the sessions ended."""
    membership = _membership(db, restaurant_id, user_id)
    if membership.role == Role.OWNER and _owners(db, restaurant_id) == 1:
        raise Conflict("a restaurant keeps at least one owner")
    db.delete(membership)
    db.flush()
    return close_sessions_of(db, user_id)
