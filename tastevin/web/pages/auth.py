"""Sign in and out, the restaurant switcher and the language switcher."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from tastevin.errors import TooManyAttempts
from tastevin.restaurants.auth import sign_in as check_sign_in
from tastevin.restaurants.service import role_in, user_of_session
from tastevin.restaurants.sessions import user_of
from tastevin.web.context import DB, PAGE, SESSION_KEY, Ctx, csrf_token
from tastevin.web.i18n import pick_locale
from tastevin.web.problems import error_headers, error_message
from tastevin.web.render import public_page
from tastevin.web.sessions import client_address, sign_in, sign_out

router = APIRouter()


def _safe_next(target: str | None) -> str:
    # Only local paths: an open redirect would let a phishing link borrow our sign-in.
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None) -> HTMLResponse:
    csrf_token(request)
    return public_page(request, "login.html", next=_safe_next(next), error=False, email="")


@router.post("/login", response_model=None)
def login(
    request: Request,
    email: str = Form(..., max_length=320),
    password: str = Form(..., max_length=1024),
    next: str = Form("/", max_length=2000),
    db: Session = DB,
) -> Response:
    try:
        user = check_sign_in(db, email, password, client_address(request))
    except TooManyAttempts as error:
        page = public_page(
            request,
            "login.html",
            429,
            next=_safe_next(next),
            error=True,
            error_message=error_message(request, error),
            email=email,
        )
        page.headers.update(error_headers(error))
        return page
    if user is None:
        return public_page(
            request, "login.html", 401, next=_safe_next(next), error=True, email=email
        )
    sign_in(request, db, user)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, db: Session = DB) -> RedirectResponse:
    sign_out(request, db)
    return RedirectResponse("/login", status_code=303)


@router.post("/language")
def language(
    request: Request,
    lang: str = Form(..., max_length=8),
    next: str = Form("/", max_length=2000),
    db: Session = DB,
) -> RedirectResponse:
    locale = pick_locale(lang)
    request.session["locale"] = locale
    user = user_of_session(db, user_of(db, request.session.get(SESSION_KEY)))
    if user is not None:
        user.locale = locale  # remembered for the next sign-in, on any device
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/restaurant")
def switch_restaurant(
    restaurant_id: int = Form(..., ge=1, lt=2**63),
    next: str = Form("/", max_length=2000),
    ctx: Ctx = PAGE,
) -> RedirectResponse:
    if role_in(ctx.db, ctx.user.id, restaurant_id) is not None:
        ctx.request.session["restaurant_id"] = restaurant_id
    # Pages of the previous restaurant's rows would 404 in the new one: start from a list.
    target = _safe_next(next)
    return RedirectResponse(target if target.count("/") <= 1 else "/", status_code=303)
