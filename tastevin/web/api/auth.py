"""Signing in for API clients: the same session cookie as the pages."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from tastevin.errors import NotFound, Unauthorized
from tastevin.restaurants.service import authenticate, role_in
from tastevin.web.api.responses import CSRF, NOT_FOUND, SIGNED_IN, WRITE, of
from tastevin.web.api.schemas import (
    Credentials,
    CsrfOut,
    LanguageChoice,
    MeOut,
    RestaurantChoice,
    RestaurantOut,
)
from tastevin.web.context import API, DB, Ctx, api_ctx, csrf_token
from tastevin.web.sessions import sign_in

router = APIRouter(tags=["session"])


def _me(ctx: Ctx) -> MeOut:
    return MeOut(
        user_id=ctx.user.id,
        email=ctx.user.email,
        locale=ctx.locale,
        restaurant=RestaurantOut(id=ctx.rid, name=ctx.restaurant.name, role=ctx.role),
        restaurants=[RestaurantOut(id=r.id, name=r.name, role=role) for r, role in ctx.memberships],
        csrf_token=ctx.csrf,
    )


@router.get("/csrf", summary="A CSRF token for the unsafe requests that follow")
def get_csrf(request: Request) -> CsrfOut:
    """The token to send as ``X-CSRF-Token`` with every unsafe request (sign-in included)."""
    return CsrfOut(csrf_token=csrf_token(request))


@router.post(
    "/session",
    summary="Sign in (email and password)",
    responses=of(CSRF, {401: {"description": "Wrong email or password."}}),
)
def create_session(body: Credentials, request: Request, db: Session = DB) -> MeOut:
    user = authenticate(db, body.email, body.password)
    if user is None:
        raise Unauthorized("wrong email or password")
    sign_in(request, user)
    return _me(api_ctx(request, db))


@router.delete("/session", status_code=204, summary="Sign out", responses=CSRF)
def delete_session(request: Request) -> Response:
    request.session.clear()
    return Response(status_code=204)


@router.get("/me", summary="The signed-in user and the restaurant worked on", responses=SIGNED_IN)
def me(ctx: Ctx = API) -> MeOut:
    return _me(ctx)


@router.put(
    "/me/restaurant",
    summary="Work on another of the user's restaurants",
    responses=of(WRITE, NOT_FOUND),
)
def choose_restaurant(body: RestaurantChoice, request: Request, db: Session = DB) -> MeOut:
    ctx = api_ctx(request, db)
    if role_in(db, ctx.user.id, body.restaurant_id) is None:
        raise NotFound("restaurant %(id)s not found", id=body.restaurant_id)
    request.session["restaurant_id"] = body.restaurant_id
    return _me(api_ctx(request, db))


@router.put("/me/language", summary="Choose the language (fr or en)", responses=WRITE)
def choose_language(body: LanguageChoice, request: Request, db: Session = DB) -> MeOut:
    ctx = api_ctx(request, db)
    request.session["locale"] = body.locale
    ctx.user.locale = body.locale
    return _me(api_ctx(request, db))
