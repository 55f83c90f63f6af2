"""Signing a user in and out: a fresh server-side session (no fixation), their restaurant
and language in the signed cookie."""

from __future__ import annotations

import secrets

from fastapi import Request
from sqlalchemy.orm import Session

from tastevin.models import User
from tastevin.restaurants.sessions import close_session, open_session
from tastevin.web.context import SESSION_KEY
from tastevin.web.i18n import pick_locale


def client_address(request: Request) -> str:
    """The client's address as uvicorn resolved it (forwarded only by trusted proxies)."""
    return request.client.host if request.client is not None else ""


def sign_in(request: Request, db: Session, user: User) -> str:
    """Starts a session; returns its CSRF token. Any session the cookie held ends."""
    chosen_locale = request.session.get("locale")
    close_session(db, request.session.get(SESSION_KEY))
    request.session.clear()
    request.session[SESSION_KEY] = open_session(db, user.id, client=client_address(request))
    request.session["locale"] = pick_locale(chosen_locale or user.locale)
    token = secrets.token_urlsafe(32)
    request.session["csrf"] = token
    return token


def sign_out(request: Request, db: Session) -> None:
    """Ends the session in the database (the cookie is worthless from now on) and keeps
    only the language in the cookie."""
    close_session(db, request.session.get(SESSION_KEY))
    locale = request.session.get("locale")
    request.session.clear()
    if locale:
        request.session["locale"] = locale


def current_session(request: Request) -> str | None:
    token = request.session.get(SESSION_KEY)
    return token if isinstance(token, str) else None
