"""POS connections as JSON. Secrets appear once, in the answer that issues them."""

from __future__ import annotations

from fastapi import APIRouter

from tastevin.connectors.base import ConnectorSpec
from tastevin.models import PosConnection
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
from tastevin.web.api.schemas import ConnectIn, ConnectionOut, ImportOut, IssuedOut
from tastevin.web.connection_actions import replay
from tastevin.web.context import API, Ctx

router = APIRouter(tags=["connections"])


def connection_out(
    ctx: Ctx, spec: ConnectorSpec, found: PosConnection | None, *, history: bool = False
) -> ConnectionOut:
    view = channel_view(spec, found, ctx.rid)
    out = ConnectionOut(
        vendor=spec.vendor,
        title=ctx.gettext(spec.title),
        channel=str(spec.channel),
        connected=found is not None,
        setup=ctx.gettext(spec.setup) if spec.setup else "",
        webhook_url=view.webhook_url,
        ftps_host=view.ftps_host,
        ftps_port=view.ftps_port,
        ftps_folder=view.folder,
    )
    if found is None:
        return out
    out.status = found.status
    out.last_data_at = found.last_data_at
    out.last_error = found.last_error
    out.ftps_login = found.ftp_login
    if ctx.is_owner:
        out.settings = shown_settings(spec, found)
    if history:
        out.imports = [
            ImportOut.model_validate(i, from_attributes=True) for i in import_history(ctx.db, found)
        ]
    return out


def _issued(ctx: Ctx, spec: ConnectorSpec, issued: IssuedSecret) -> IssuedOut:
    return IssuedOut(
        connection=connection_out(ctx, spec, find_connection(ctx.db, ctx.rid, spec.vendor)),
        token=issued.token,
        ftp_login=issued.ftp_login,
        ftp_password=issued.ftp_password,
    )


@router.get("/connections")
def connections(ctx: Ctx = API) -> list[ConnectionOut]:
    existing = connections_by_vendor(ctx.db, ctx.rid)
    return [connection_out(ctx, spec, existing.get(spec.vendor)) for spec in channels()]


@router.get("/connections/{vendor}")
def connection(vendor: str, ctx: Ctx = API) -> ConnectionOut:
    spec = channel(vendor)
    return connection_out(ctx, spec, find_connection(ctx.db, ctx.rid, spec.vendor), history=True)


@router.post("/connections/{vendor}", status_code=201)
def create(vendor: str, body: ConnectIn, ctx: Ctx = API) -> IssuedOut:
    ctx.require_owner()
    spec = channel(vendor)
    _connection, issued = activate(ctx.db, ctx.restaurant, spec, body.credentials, ctx.user.id)
    return _issued(ctx, spec, issued)


@router.post("/connections/{vendor}/rotate")
def rotate_secret(vendor: str, ctx: Ctx = API) -> IssuedOut:
    ctx.require_owner()
    spec = channel(vendor)
    return _issued(ctx, spec, rotate(ctx.db, ctx.restaurant, spec, ctx.user.id))


@router.put("/connections/{vendor}/credentials")
def credentials(vendor: str, body: ConnectIn, ctx: Ctx = API) -> ConnectionOut:
    ctx.require_owner()
    spec = channel(vendor)
    found = save_credentials(ctx.db, ctx.rid, spec, body.credentials, ctx.user.id)
    return connection_out(ctx, spec, found)


@router.post("/imports/{import_id}/replay")
def replay_import(import_id: int, ctx: Ctx = API) -> ImportOut:
    ctx.require_owner()
    return ImportOut.model_validate(replay(ctx.db, ctx.rid, import_id), from_attributes=True)
