"""The owners' pages of a restaurant: its settings, and its members."""

from __future__ import annotations

from datetime import time
from typing import Annotated
from zoneinfo import available_timezones

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tastevin.bounds import MAX_ID
from tastevin.errors import TastevinError
from tastevin.models.enums import Role
from tastevin.restaurants.accounts import OpenedAccount
from tastevin.restaurants.members import change_role, invite, members_of, remove_member
from tastevin.restaurants.settings import RestaurantSettings, settings_of, update_settings
from tastevin.web.context import OWNER_PAGE, Ctx, OwnerContext
from tastevin.web.problems import error_message
from tastevin.web.render import flash, page

router = APIRouter()

MemberId = Annotated[int, Path(ge=1, le=MAX_ID)]
ROLES = (Role.OWNER, Role.STAFF)


def _settings_page(
    ctx: Ctx, values: RestaurantSettings, error: str | None = None, status: int = 200
) -> HTMLResponse:
    zones = sorted(available_timezones())
    return page(ctx, "restaurant/settings.html", status, values=values, zones=zones, error=error)


@router.get("/restaurant/settings", response_class=HTMLResponse)
def settings_form(ctx: OwnerContext = OWNER_PAGE) -> HTMLResponse:
    return _settings_page(ctx, settings_of(ctx.db, ctx.rid))


@router.post("/restaurant/settings", response_model=None)
def save_settings(
    request: Request,
    ctx: OwnerContext = OWNER_PAGE,
    name: str = Form(..., max_length=200),
    timezone: str = Form(..., max_length=64),
    day_cutoff: time = Form(...),
    night_hour: str = Form("", max_length=2),
) -> Response:
    hour = int(night_hour) if night_hour.isdigit() else None
    wanted = RestaurantSettings(name, timezone, day_cutoff, hour)
    try:
        update_settings(ctx.db, ctx.rid, wanted, user_id=ctx.user.id)
    except TastevinError as error:
        return _settings_page(ctx, wanted, error_message(request, error), error.status_code)
    flash(request, ctx.gettext("Settings saved."))
    return RedirectResponse("/restaurant/settings", status_code=303)


def _members_page(
    ctx: Ctx, opened: OpenedAccount | None = None, error: str | None = None, status: int = 200
) -> HTMLResponse:
    members = members_of(ctx.db, ctx.rid)
    return page(
        ctx,
        "restaurant/members.html",
        status,
        members=members,
        roles=ROLES,
        opened=opened,
        error=error,
    )


@router.get("/restaurant/members", response_class=HTMLResponse)
def members(ctx: OwnerContext = OWNER_PAGE) -> HTMLResponse:
    return _members_page(ctx)


@router.post("/restaurant/members", response_class=HTMLResponse)
def invite_member(
    request: Request,
    ctx: OwnerContext = OWNER_PAGE,
    email: str = Form(..., max_length=320),
    role: Role = Form(...),
) -> HTMLResponse:
    try:
        opened = invite(ctx.db, ctx.rid, email, role)
    except TastevinError as error:
        return _members_page(ctx, error=error_message(request, error), status=error.status_code)
    # A one-time password is in this answer only: it is stored hashed.
    return _members_page(ctx, opened=opened)


@router.post("/restaurant/members/{user_id}/role")
def set_role(
    request: Request, user_id: MemberId, ctx: OwnerContext = OWNER_PAGE, role: Role = Form(...)
) -> Response:
    try:
        change_role(ctx.db, ctx.rid, user_id, role)
    except TastevinError as error:
        return _members_page(ctx, error=error_message(request, error), status=error.status_code)
    flash(request, ctx.gettext("Role changed."))
    return RedirectResponse("/restaurant/members", status_code=303)


@router.post("/restaurant/members/{user_id}/remove")
def remove(request: Request, user_id: MemberId, ctx: OwnerContext = OWNER_PAGE) -> Response:
    try:
        remove_member(ctx.db, ctx.rid, user_id)
    except TastevinError as error:
        return _members_page(ctx, error=error_message(request, error), status=error.status_code)
    flash(request, ctx.gettext("Member removed: they are signed out."))
    target = "/restaurant/members" if user_id != ctx.user.id else "/login"
    return RedirectResponse(target, status_code=303)
