"""Connections: the POS channels, each with its setup, status, import history and replay.
What a channel needs is read from its vendor's ``SPEC``; nothing here names a vendor."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from tastevin.connectors.base import N_
from tastevin.connectors.forms import form_fields
from tastevin.pos.connections import IssuedSecret
from tastevin.pos.setup import (
    activate,
    channel,
    channel_view,
    channels,
    connections_by_vendor,
    find_connection,
    import_history,
    rotate,
    save_credentials,
    shown_settings,
)
from tastevin.web.connection_actions import replay
from tastevin.web.context import PAGE, Ctx
from tastevin.web.forms import form_values
from tastevin.web.render import flash, page

router = APIRouter()


@router.get("/connections", response_class=HTMLResponse)
def connections(ctx: Ctx = PAGE) -> HTMLResponse:
    existing = connections_by_vendor(ctx.db, ctx.rid)
    return page(ctx, "connections/list.html", channels=channels(), existing=existing)


@router.get("/connections/{vendor}", response_class=HTMLResponse)
def connection(vendor: str, ctx: Ctx = PAGE) -> HTMLResponse:
    return _page(ctx, vendor, None)


@router.post("/connections/{vendor}", response_class=HTMLResponse)
async def create(vendor: str, request: Request, ctx: Ctx = PAGE) -> HTMLResponse:
    ctx.require_owner()
    spec = channel(vendor)
    values = await form_values(request, [f.name for f in form_fields(spec)])
    _connection, issued = activate(ctx.db, ctx.restaurant, spec, values, ctx.user.id)
    # The secret is in this response only: it is stored hashed and cannot be shown again.
    return _page(ctx, vendor, issued)


@router.post("/connections/{vendor}/rotate", response_class=HTMLResponse)
def rotate_secret(vendor: str, ctx: Ctx = PAGE) -> HTMLResponse:
    ctx.require_owner()
    issued = rotate(ctx.db, ctx.restaurant, channel(vendor), ctx.user.id)
    return _page(ctx, vendor, issued)


@router.post("/connections/{vendor}/credentials")
async def credentials(vendor: str, request: Request, ctx: Ctx = PAGE) -> RedirectResponse:
    ctx.require_owner()
    spec = channel(vendor)
    values = await form_values(request, [f.name for f in form_fields(spec)])
    save_credentials(ctx.db, ctx.rid, spec, values, ctx.user.id)
    flash(request, ctx.gettext("Credentials saved."))
    return RedirectResponse(f"/connections/{vendor}", status_code=303)


@router.post("/connections/{vendor}/imports/{import_id}/replay")
def replay_import(
    vendor: str, import_id: int, request: Request, ctx: Ctx = PAGE
) -> RedirectResponse:
    ctx.require_owner()
    raw = replay(ctx.db, ctx.rid, import_id)
    ok = raw.status == "applied"
    message = N_("Import replayed.") if ok else N_("The import failed again.")
    flash(request, ctx.gettext(message), "ok" if ok else "error")
    return RedirectResponse(f"/connections/{vendor}", status_code=303)


def _page(ctx: Ctx, vendor: str, issued: IssuedSecret | None) -> HTMLResponse:
    spec = channel(vendor)
    found = find_connection(ctx.db, ctx.rid, spec.vendor)
    # Only the non-secret fields are shown back; secrets were shown once, when issued.
    visible = shown_settings(spec, found if ctx.is_owner else None, ctx.restaurant)
    return page(
        ctx,
        "connections/detail.html",
        spec=spec,
        view=channel_view(spec, found, ctx.rid),
        fields=form_fields(spec),
        conn=found,
        issued=issued,
        visible=visible,
        history=import_history(ctx.db, found) if found is not None else [],
    )
