"""Signing in for API clients: the same session cookie as the pages."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from tastevin.errors import NotFound, Unauthorized
from tastevin.restaurants.auth import change_password
from tastevin.restaurants.auth import sign_in as check_sign_in
from tastevin.restaurants.service import role_in
from tastevin.web.api.errors import ERRORS
from tastevin.web.api.responses import NOT_FOUND, SIGNED_IN, WRITE, of
from tastevin.web.api.schemas import (
    Credentials,
    CsrfOut,
    LanguageChoice,
    MeOut,
    PasswordChange,
    RestaurantChoice,
    RestaurantOut,
)
from tastevin.web.context import API, DB, Ctx, api_ctx, csrf_token
from tastevin.web.problems import error_json
from tastevin.web.sessions import client_address, current_session, sign_in, sign_out

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
    summary="Sign in",
    response_model=MeOut,
    responses=ERRORS(401, 403, 422, 429),
)
def create_session(body: Credentials, request: Request, db: Session = DB) -> MeOut | JSONResponse:
    """Wrong credentials answer 401; after a few failures for one account or one address,
    attempts are refused with 429 and ``Retry-After`` until the wait is over."""
    user = check_sign_in(db, body.email, body.password, client_address(request))
    if user is None:
        # Answered, not raised: the failure just recorded must be committed.
        return error_json(request, Unauthorized("wrong email or password"))
    sign_in(request, db, user)
    return _me(api_ctx(request, db))


@router.delete("/session", status_code=204, summary="Sign out", responses=ERRORS(403))
def delete_session(request: Request, db: Session = DB) -> Response:
    """Ends the session on the server: the cookie is refused from now on."""
    sign_out(request, db)
    return Response(status_code=204)


@router.put(
    "/me/password",
    status_code=204,
    summary="Change my password",
    responses=ERRORS(400, 401, 403, 422),
)
def put_password(body: PasswordChange, ctx: Ctx = API) -> Response:
    """Every other session of the user ends; this one stays signed in."""
    change_password(
        ctx.db,
        ctx.user,
        body.current_password,
        body.new_password,
        keep=current_session(ctx.request),
    )
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
