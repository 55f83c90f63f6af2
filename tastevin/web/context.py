"""Per-request context: the database session (one transaction per request), the signed-in
user, the restaurant being worked on, the user's role there, locale and CSRF token."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from tastevin.db import transaction
from tastevin.errors import Forbidden, Unauthorized
from tastevin.models import Restaurant, User
from tastevin.models.enums import Role
from tastevin.restaurants.service import restaurants_of, user_of_session
from tastevin.restaurants.sessions import user_of
from tastevin.web.i18n import Formatter, pick_locale, translations

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def db_session(request: Request) -> Iterator[Session]:
    """The unit of work of one request: committed when the handler returns. Reads (GET)
    take no write lock, so pages keep answering while an import writes."""
    with transaction(read_only=request.method in READ_METHODS) as session:
        yield session


DB = Depends(db_session, scope="function")


SESSION_KEY = "sid"
"""The cookie's key holding the server-side session's id."""


class LoginRequired(Exception):
    """A page needs a signed-in user: the app answers with a redirect to the sign-in page."""


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def locale_of(request: Request) -> str:
    return pick_locale(request.session.get("locale"))


@dataclass
class Ctx:
    request: Request
    db: Session
    user: User
    restaurant: Restaurant
    role: Role
    memberships: list[tuple[Restaurant, Role]]
    locale: str
    csrf: str
    fmt: Formatter = field(init=False)

    def __post_init__(self) -> None:
        self.fmt = Formatter(self.locale, self.restaurant.timezone)

    @property
    def rid(self) -> int:
        return self.restaurant.id

    @property
    def is_owner(self) -> bool:
        return self.role == Role.OWNER

    def gettext(self, message: str, **variables: Any) -> str:
        text: str = translations(self.locale).gettext(message)
        return text % variables if variables else text


def _context(request: Request, db: Session) -> Ctx | None:
    user = user_of_session(db, user_of(db, request.session.get(SESSION_KEY)))
    if user is None:
        return None
    memberships = restaurants_of(db, user.id)
    if not memberships:
        return None
    wanted = request.session.get("restaurant_id")
    chosen = next((m for m in memberships if m[0].id == wanted), memberships[0])
    if wanted != chosen[0].id:
        request.session["restaurant_id"] = chosen[0].id
    locale = pick_locale(request.session.get("locale") or user.locale)
    return Ctx(request, db, user, chosen[0], chosen[1], memberships, locale, csrf_token(request))


def optional_ctx(request: Request, db: Session) -> Ctx | None:
    """The signed-in context if there is one (error pages keep the app's navigation)."""
    return _context(request, db)


def page_ctx(request: Request, db: Session = DB) -> Ctx:
    ctx = _context(request, db)
    if ctx is None:
        raise LoginRequired
    return ctx


def api_ctx(request: Request, db: Session = DB) -> Ctx:
    ctx = _context(request, db)
    if ctx is None:
        raise Unauthorized("sign in first: POST /api/session")
    return ctx


StaffContext = Ctx
"""Any member of the restaurant (staff or owner): what ``PAGE``/``API`` give."""


class OwnerContext(Ctx):
    """A member who owns the restaurant. Handlers that take one cannot run for staff: the
    check is in the signature (``OWNER_PAGE``/``OWNER_API``), not a call to remember."""


def _owner(ctx: Ctx) -> OwnerContext:
    if not ctx.is_owner:
        raise Forbidden("only the restaurant's owners may do this")
    return OwnerContext(
        ctx.request,
        ctx.db,
        ctx.user,
        ctx.restaurant,
        ctx.role,
        ctx.memberships,
        ctx.locale,
        ctx.csrf,
    )


def owner_page_ctx(ctx: Ctx = Depends(page_ctx)) -> OwnerContext:
    return _owner(ctx)


def owner_api_ctx(ctx: Ctx = Depends(api_ctx)) -> OwnerContext:
    return _owner(ctx)


PAGE = Depends(page_ctx)
API = Depends(api_ctx)
OWNER_PAGE = Depends(owner_page_ctx)
OWNER_API = Depends(owner_api_ctx)
