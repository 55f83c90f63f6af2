"""POS connections as JSON. Secrets appear once, in the answer that issues them."""

from __future__ import annotations

from fastapi import APIRouter

from tastevin.models import PosConnection
from tastevin.pos.connections import IssuedSecret, credentials_of, security_events
from tastevin.web.api.params import PathId, VendorName
from tastevin.web.api.schemas import (
    ConnectIn,
    ConnectionOut,
    ImportOut,
    IssuedOut,
    SecurityEventOut,
)
from tastevin.web.channels import (
    CHANNELS,
    SALES_FOLDER,
    ChannelSpec,
    channel,
    connections_by_vendor,
    ftps_address,
    import_history,
    webhook_url,
)
from tastevin.web.connection_actions import activate, replay, rotate, save_credentials
from tastevin.web.context import API, Ctx

router = APIRouter(tags=["connections"])


def connection_out(
    ctx: Ctx, spec: ChannelSpec, found: PosConnection | None, *, history: bool = False
) -> ConnectionOut:
    out = ConnectionOut(
        vendor=spec.vendor, title=spec.title, channel=spec.kind, connected=found is not None
    )
    if spec.kind == "webhook":
        out.webhook_url = webhook_url(spec, ctx.rid)
    if spec.kind == "ftps":
        out.ftps_host, out.ftps_port = ftps_address()
        out.ftps_folder = SALES_FOLDER
    if found is None:
        return out
    out.status = found.status
    out.last_data_at = found.last_data_at
    out.last_error = found.last_error
    out.ftps_login = found.ftp_login
    if ctx.is_owner:
        saved = credentials_of(found)
        out.settings = {
            f.name: saved[f.name] for f in spec.fields if not f.secret and f.name in saved
        }
    if history:
        out.imports = [
            ImportOut.model_validate(i, from_attributes=True) for i in import_history(ctx.db, found)
        ]
        out.security_events = [
            SecurityEventOut(at=e.at, kind=e.action, address=str(e.details.get("address", "")))
            for e in security_events(ctx.db, found)
        ]
    return out


def _issued(ctx: Ctx, spec: ChannelSpec, issued: IssuedSecret) -> IssuedOut:
    found = connections_by_vendor(ctx.db, ctx.rid).get(str(spec.vendor))
    return IssuedOut(
        connection=connection_out(ctx, spec, found),
        token=issued.token,
        ftp_login=issued.ftp_login,
        ftp_password=issued.ftp_password,
    )


@router.get("/connections")
def connections(ctx: Ctx = API) -> list[ConnectionOut]:
    existing = connections_by_vendor(ctx.db, ctx.rid)
    return [connection_out(ctx, spec, existing.get(str(v))) for v, spec in CHANNELS.items()]


@router.get("/connections/{vendor}")
def connection(vendor: VendorName, ctx: Ctx = API) -> ConnectionOut:
    spec = channel(vendor)
    found = connections_by_vendor(ctx.db, ctx.rid).get(str(spec.vendor))
    return connection_out(ctx, spec, found, history=True)


@router.post("/connections/{vendor}", status_code=201)
def create(vendor: VendorName, body: ConnectIn, ctx: Ctx = API) -> IssuedOut:
    ctx.require_owner()
    spec = channel(vendor)
    _connection, issued = activate(ctx.db, ctx.restaurant, spec, body.credentials, ctx.user.id)
    return _issued(ctx, spec, issued)


@router.post("/connections/{vendor}/rotate")
def rotate_secret(vendor: VendorName, ctx: Ctx = API) -> IssuedOut:
    ctx.require_owner()
    spec = channel(vendor)
    return _issued(ctx, spec, rotate(ctx.db, ctx.restaurant, spec.vendor, ctx.user.id))


@router.put("/connections/{vendor}/credentials")
def credentials(vendor: VendorName, body: ConnectIn, ctx: Ctx = API) -> ConnectionOut:
    ctx.require_owner()
    spec = channel(vendor)
    found = save_credentials(ctx.db, ctx.rid, spec, body.credentials, ctx.user.id)
    return connection_out(ctx, spec, found)


@router.post("/imports/{import_id}/replay")
def replay_import(import_id: PathId, ctx: Ctx = API) -> ImportOut:
    ctx.require_owner()
    return ImportOut.model_validate(replay(ctx.db, ctx.rid, import_id), from_attributes=True)
