"""Signing a user in: a fresh session (no fixation), their restaurant and language."""

from __future__ import annotations

import secrets

from fastapi import Request

from tastevin.models import User
from tastevin.web.i18n import pick_locale


def sign_in(request: Request, user: User) -> str:
    chosen_locale = request.session.get("locale")
    request.session.clear()
    request.session["user_id"] = user.id
    request.session["locale"] = pick_locale(chosen_locale or user.locale)
    token = secrets.token_urlsafe(32)
    request.session["csrf"] = token
    return token
