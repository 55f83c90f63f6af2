"""The restaurant's settings and members, for its owners (the twins of the pages)."""

from __future__ import annotations

from datetime import time
from typing import Annotated, Literal

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from tastevin.models.enums import Role
from tastevin.restaurants.members import Member, change_role, invite, members_of, remove_member
from tastevin.restaurants.settings import RestaurantSettings, settings_of, update_settings
from tastevin.web.api.errors import ERRORS
from tastevin.web.api.params import PathId
from tastevin.web.context import API, OWNER_API, Ctx, OwnerContext

router = APIRouter(tags=["restaurant"])

RoleName = Literal["owner", "staff"]


class SettingsBody(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    timezone: str = Field(min_length=1, max_length=64, examples=["Europe/Paris"])
    day_cutoff: time = Field(description="Local time at which a business day ends (≤ 12:00)")
    night_hour: Annotated[int, Field(ge=0, le=23)] | None = Field(
        default=None, description="Local hour of the night's pull; null: the server's default"
    )


class MemberOut(BaseModel):
    user_id: int
    email: str
    display_name: str
    role: RoleName


class InviteIn(BaseModel):
    email: str = Field(min_length=3, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")
    role: RoleName


class InvitedOut(BaseModel):
    member: MemberOut
    password: str | None
    """A one-time password for a person new to Tastevin (shown once); None otherwise."""


class RoleIn(BaseModel):
    role: RoleName


def _settings_out(value: RestaurantSettings) -> SettingsBody:
    return SettingsBody(
        name=value.name,
        timezone=value.timezone,
        day_cutoff=value.day_cutoff,
        night_hour=value.night_hour,
    )


def _member_out(member: Member) -> MemberOut:
    return MemberOut(
        user_id=member.user_id,
        email=member.email,
        display_name=member.display_name,
        role="owner" if member.role == Role.OWNER else "staff",
    )


@router.get("/restaurant/settings", summary="The restaurant's settings", responses=ERRORS(401))
def get_settings(ctx: Ctx = API) -> SettingsBody:
    return _settings_out(settings_of(ctx.db, ctx.rid))


@router.put(
    "/restaurant/settings",
    summary="Change the restaurant's settings (owners)",
    responses=ERRORS(400, 401, 403, 422),
)
def put_settings(body: SettingsBody, ctx: OwnerContext = OWNER_API) -> SettingsBody:
    wanted = RestaurantSettings(body.name, body.timezone, body.day_cutoff, body.night_hour)
    update_settings(ctx.db, ctx.rid, wanted, user_id=ctx.user.id)
    return _settings_out(settings_of(ctx.db, ctx.rid))


@router.get("/restaurant/members", summary="Members (owners)", responses=ERRORS(401, 403))
def get_members(ctx: OwnerContext = OWNER_API) -> list[MemberOut]:
    return [_member_out(m) for m in members_of(ctx.db, ctx.rid)]


@router.post(
    "/restaurant/members",
    status_code=201,
    summary="Invite a member (owners)",
    responses=ERRORS(401, 403, 404, 409, 422),
)
def post_member(body: InviteIn, ctx: OwnerContext = OWNER_API) -> InvitedOut:
    opened = invite(ctx.db, ctx.rid, body.email, Role(body.role))
    member = next(m for m in members_of(ctx.db, ctx.rid) if m.user_id == opened.user_id)
    return InvitedOut(member=_member_out(member), password=opened.password)


@router.put(
    "/restaurant/members/{user_id}",
    summary="Change a member's role (owners)",
    responses=ERRORS(401, 403, 404, 409, 422),
)
def put_member(user_id: PathId, body: RoleIn, ctx: OwnerContext = OWNER_API) -> MemberOut:
    return _member_out(change_role(ctx.db, ctx.rid, user_id, Role(body.role)))


@router.delete(
    "/restaurant/members/{user_id}",
    status_code=204,
    summary="Remove a member (owners): their sessions end at once",
    responses=ERRORS(401, 403, 404, 409, 422),
)
def delete_member(user_id: PathId, ctx: OwnerContext = OWNER_API) -> Response:
    remove_member(ctx.db, ctx.rid, user_id)
    return Response(status_code=204)
