"""Accounts an operator opens for a restaurant: the person gets a one-time password to
sign in with (shown once, stored hashed)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tastevin.errors import Conflict
from tastevin.models import Restaurant, User
from tastevin.models.enums import Role
from tastevin.restaurants.service import add_member, create_user, get_restaurant, role_in
from tastevin.security.secrets import new_password


@dataclass(frozen=True, slots=True)
class OpenedAccount:
    user_id: int
    email: str
    restaurant_id: int
    role: Role
    password: str | None
    """The one-time password of a new account; None when the person already had one."""


def add_account(session: Session, email: str, restaurant_id: int, role: Role) -> OpenedAccount:
    """A member of the restaurant with this role; a new person gets a one-time password."""
    restaurant: Restaurant = get_restaurant(session, restaurant_id)
    address = email.strip().lower()
    user = session.scalar(select(User).where(User.email == address))
    password = None
    if user is None:
        password = new_password()
        user = create_user(session, address, password)
    elif role_in(session, user.id, restaurant.id) is not None:
        raise Conflict(f"{address} is already a member of restaurant {restaurant.id}")
    add_member(session, user, restaurant, role)
    return OpenedAccount(user.id, user.email, restaurant.id, role, password)
