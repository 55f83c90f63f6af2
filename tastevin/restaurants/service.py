"""Tenants, users and memberships."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from tastevin.errors import BadInput, Conflict, NotFound
from tastevin.models import Membership, Restaurant, User
from tastevin.models.enums import Role
from tastevin.repositories import MembershipRepository
from tastevin.security.passwords import check_password, verify_or_spend_time
from tastevin.security.secrets import hash_password


def create_restaurant(
    session: Session,
    name: str,
    *,
    restaurant_id: int | None = None,
    timezone: str = "Europe/Paris",
    day_cutoff: time = time(5, 0),
) -> Restaurant:
    try:
        ZoneInfo(timezone)
    except (KeyError, ValueError) as error:
        raise BadInput("unknown time zone %(zone)r", zone=timezone) from error
    if restaurant_id is not None and session.get(Restaurant, restaurant_id) is not None:
        raise Conflict("restaurant %(id)s already exists", id=restaurant_id)
    restaurant = Restaurant(id=restaurant_id, name=name, timezone=timezone, day_cutoff=day_cutoff)
    session.add(restaurant)
    session.flush()
    return restaurant


def get_restaurant(session: Session, restaurant_id: int) -> Restaurant:
    restaurant = session.get(Restaurant, restaurant_id)
    if restaurant is None:
        raise NotFound("restaurant %(id)s not found", id=restaurant_id)
    return restaurant


def create_user(
    session: Session, email: str, password: str, *, display_name: str = "", locale: str = "fr"
) -> User:
    email = email.strip().lower()
    check_password(password, email=email)
    if session.scalar(select(User).where(User.email == email)) is not None:
        raise Conflict("a user %(email)s already exists", email=email)
    user = User(
        email=email,
        password_hash=hash_password(password),
        display_name=display_name,
        locale=locale,
    )
    session.add(user)
    session.flush()
    return user


def add_member(session: Session, user: User, restaurant: Restaurant, role: Role) -> Membership:
    membership = Membership(user_id=user.id, restaurant_id=restaurant.id, role=str(role))
    session.add(membership)
    session.flush()
    return membership


def user_by_email(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def user_of_session(session: Session, user_id: object) -> User | None:
    """The user a signed session names, if it still exists (ids come from a signed cookie)."""
    return session.get(User, user_id) if isinstance(user_id, int) else None


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The user if the password is theirs. Takes the same time for an unknown address (an
    argon2 check against a dummy hash), so timing does not reveal who has an account."""
    user = user_by_email(session, email) if len(email) <= 320 else None
    if not verify_or_spend_time(password, user.password_hash if user is not None else None):
        return None
    return user


def role_in(session: Session, user_id: int, restaurant_id: int) -> Role | None:
    role = MembershipRepository(session, restaurant_id).role_of(user_id)
    return Role(role) if role else None


def restaurants_of(session: Session, user_id: int) -> list[tuple[Restaurant, Role]]:
    rows = session.execute(
        select(Restaurant, Membership.role)
        .join(Membership, Membership.restaurant_id == Restaurant.id)
        .where(Membership.user_id == user_id)
        .order_by(Restaurant.name)
    ).all()
    return [(restaurant, Role(role)) for restaurant, role in rows]
