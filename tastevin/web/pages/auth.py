"""Sign in and out, the restaurant switcher and the language switcher."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from tastevin.restaurants.service import authenticate, role_in, user_of_session
from tastevin.web.context import DB, PAGE, Ctx, csrf_token
from tastevin.web.i18n import pick_locale
from tastevin.web.render import public_page
from tastevin.web.sessions import sign_in

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
    email: str = Form(...),
    password: str = Form(...),
    next: str = Form("/"),
    db: Session = DB,
) -> Response:
    user = authenticate(db, email, password)
    if user is None:
        return public_page(
            request, "login.html", 401, next=_safe_next(next), error=True, email=email
        )
    sign_in(request, user)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> RedirectResponse:
    locale = request.session.get("locale")
    request.session.clear()
    if locale:
        request.session["locale"] = locale
    return RedirectResponse("/login", status_code=303)


@router.post("/language")
def language(
    request: Request, lang: str = Form(...), next: str = Form("/"), db: Session = DB
) -> RedirectResponse:
    locale = pick_locale(lang)
    request.session["locale"] = locale
    user_id = request.session.get("user_id")
    user = user_of_session(db, user_id)
    if user is not None:
        user.locale = locale  # remembered for the next sign-in, on any device
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/restaurant")
def switch_restaurant(
    restaurant_id: int = Form(...), next: str = Form("/"), ctx: Ctx = PAGE
) -> RedirectResponse:
    if role_in(ctx.db, ctx.user.id, restaurant_id) is not None:
        ctx.request.session["restaurant_id"] = restaurant_id
    # Pages of the previous restaurant's rows would 404 in the new one: start from a list.
    target = _safe_next(next)
    return RedirectResponse(target if target.count("/") <= 1 else "/", status_code=303)
