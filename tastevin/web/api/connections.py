"""POS connections as JSON. Secrets appear once, in the answer that issues them."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from tastevin.connectors.base import ConnectorSpec
from tastevin.errors import NotFound
from tastevin.models import PosConnection, RawImport
from tastevin.pos.connections import IssuedSecret, get_connection, security_events
from tastevin.pos.setup import (
    activate,
    channel,
    channel_view,
    channels,
    connections_by_vendor,
    find_connection,
    rotate,
    save_credentials,
    shown_settings,
    with_page,
)
from tastevin.sales import set_aside
from tastevin.sales.imports import (
    counts_by_status,
    problem_imports,
    recent_imports,
    replay_import,
    retry_failed,
)
from tastevin.sales.reconciliation import last_reconciled_day, reconcile
from tastevin.web.api.params import PageQuery, PathId, VendorName
from tastevin.web.api.schemas import (
    ConnectIn,
    ConnectionOut,
    ImportOut,
    IssuedOut,
    LineInQuestionOut,
    ReconciliationOut,
    RetriedOut,
    SecurityEventOut,
    SetAsideOut,
)
from tastevin.web.context import API, OWNER_API, Ctx, OwnerContext
from tastevin.web.i18n import translations
from tastevin.web.import_summary import import_summary

router = APIRouter(tags=["connections"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Not signed in."},
    404: {"description": "No such channel, connection or import in this restaurant."},
}
_OWNER_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    403: {"description": "Only the restaurant's owners may do this."},
}


def connection_out(
    ctx: Ctx,
    spec: ConnectorSpec,
    found: PosConnection | None,
    *,
    history: bool = False,
    page: int = 1,
    per_page: int = 50,
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
    out.import_counts = counts_by_status(ctx.db, ctx.rid, found.id)
    out.import_summary = import_summary(translations(ctx.locale), out.import_counts)
    if ctx.is_owner:
        out.settings = shown_settings(spec, found)
    if history:
        out.imports = [_import_out(i) for i in recent_imports(ctx.db, ctx.rid, found.id)]
        out.security_events = [
            SecurityEventOut(at=e.at, kind=e.action, address=str(e.details.get("address", "")))
            for e in security_events(ctx.db, found)
        ]
        problems = problem_imports(ctx.db, ctx.rid, found.id, page, per_page)
        out.problem_imports = [_import_out(i) for i in problems.items]
        out.problem_imports_total = problems.total
        out.page, out.per_page = problems.page, problems.per_page
    return out


def _import_out(raw: RawImport) -> ImportOut:
    return ImportOut.model_validate(raw, from_attributes=True)


def _issued(ctx: Ctx, spec: ConnectorSpec, issued: IssuedSecret) -> IssuedOut:
    return IssuedOut(
        connection=connection_out(ctx, spec, find_connection(ctx.db, ctx.rid, spec.vendor)),
        token=issued.token,
        ftp_login=issued.ftp_login,
        ftp_password=issued.ftp_password,
    )


@router.get("/connections", summary="The POS channels and their state", responses=_ERRORS)
def connections(ctx: Ctx = API) -> list[ConnectionOut]:
    existing = connections_by_vendor(ctx.db, ctx.rid)
    return [connection_out(ctx, spec, existing.get(spec.vendor)) for spec in channels()]


@router.get(
    "/connections/{vendor}",
    summary="One channel: its imports by state, and every failed or waiting one (paginated)",
    responses={**_ERRORS, 400: {"description": "Page out of range."}},
)
def connection(
    vendor: VendorName,
    page: PageQuery = 1,
    per_page: int = Query(50, ge=1, le=500),
    ctx: Ctx = API,
) -> ConnectionOut:
    spec = with_page(vendor)
    found = find_connection(ctx.db, ctx.rid, spec.vendor)
    return connection_out(ctx, spec, found, history=True, page=page, per_page=per_page)


@router.post(
    "/connections/{vendor}", status_code=201, summary="Activate a channel", responses=_OWNER_ERRORS
)
def create(vendor: VendorName, body: ConnectIn, ctx: OwnerContext = OWNER_API) -> IssuedOut:
    spec = channel(vendor)
    _connection, issued = activate(ctx.db, ctx.restaurant, spec, body.credentials, ctx.user.id)
    return _issued(ctx, spec, issued)


@router.post(
    "/connections/{vendor}/rotate", summary="Issue a new token or password", responses=_OWNER_ERRORS
)
def rotate_secret(vendor: VendorName, ctx: OwnerContext = OWNER_API) -> IssuedOut:
    spec = channel(vendor)
    return _issued(ctx, spec, rotate(ctx.db, ctx.restaurant, spec, ctx.user.id))


@router.put(
    "/connections/{vendor}/credentials",
    summary="Replace a pull channel's credentials",
    responses=_OWNER_ERRORS,
)
def credentials(
    vendor: VendorName, body: ConnectIn, ctx: OwnerContext = OWNER_API
) -> ConnectionOut:
    spec = channel(vendor)
    found = save_credentials(ctx.db, ctx.rid, spec, body.credentials, ctx.user.id)
    return connection_out(ctx, spec, found)


@router.post(
    "/connections/{vendor}/imports/retry-failed",
    summary="Retry every failed import of the channel (processed by the workers)",
    responses=_OWNER_ERRORS,
)
def retry_failed_imports(vendor: VendorName, ctx: OwnerContext = OWNER_API) -> RetriedOut:
    found = get_connection(ctx.db, ctx.rid, with_page(vendor).vendor)
    return RetriedOut(retried=retry_failed(ctx.db, ctx.rid, found.id))


@router.post(
    "/imports/{import_id}/replay",
    summary="Parse and apply one stored import again, now (idempotent)",
    responses=_OWNER_ERRORS,
)
def replay(import_id: PathId, ctx: OwnerContext = OWNER_API) -> ImportOut:
    return _import_out(replay_import(ctx.db, import_id, ctx.rid).raw)


_SET_ASIDE_ERRORS: dict[int | str, dict[str, str]] = {
    404: {"description": "No such channel, connection or item for this restaurant"},
    400: {"description": "Bad input (e.g. confirming an item that is not a held sale)"},
    403: {"description": "Only the restaurant's owners can resolve set-aside items"},
}


@router.get(
    "/connections/{vendor}/reconciliation",
    summary="A day's revenue against the POS's own total",
    responses={404: _SET_ASIDE_ERRORS[404]},
)
def reconciliation(
    vendor: VendorName, day: date | None = None, ctx: Ctx = API
) -> ReconciliationOut:
    """``day`` defaults to the latest day the POS published a total for."""
    spec = with_page(vendor)
    found = connections_by_vendor(ctx.db, ctx.rid).get(str(spec.vendor))
    if found is None:
        raise NotFound(f"no {vendor} connection")
    wanted = day or last_reconciled_day(ctx.db, found.id)
    if wanted is None:
        raise NotFound("the POS has not published a day total yet")
    result = reconcile(ctx.db, found.id, wanted)
    status = (
        "no_pos_total" if result.pos_total is None else "reconciled" if result.reconciled else "gap"
    )
    return ReconciliationOut(
        day=result.day,
        status=status,
        pos_total=result.pos_total,
        our_total=result.our_total,
        gap=result.gap,
        sources=list(result.sources),
        lines=[
            LineInQuestionOut(what=x.what, ref=x.ref, pos=x.pos, ours=x.ours, note=x.note)
            for x in result.lines
        ],
        open_set_aside=result.open_set_aside,
        complete=result.complete,
    )


@router.get(
    "/connections/{vendor}/set-aside",
    summary="What was set aside and still waits for the owner",
    responses={404: _SET_ASIDE_ERRORS[404]},
)
def set_aside_items(vendor: VendorName, ctx: Ctx = API) -> list[SetAsideOut]:
    spec = with_page(vendor)
    found = connections_by_vendor(ctx.db, ctx.rid).get(str(spec.vendor))
    if found is None:
        raise NotFound(f"no {vendor} connection")
    return [
        SetAsideOut.model_validate(set_aside.describe(i), from_attributes=True)
        for i in set_aside.open_items(ctx.db, found.id)
    ]


@router.post(
    "/set-aside/{item_id}/{how}",
    summary="Resolve a set-aside item: confirm (a held sale), accept as is, or replay",
    description=(
        "``how``: ``confirm`` applies a sale held back as dated after its arrival; "
        "``accept`` leaves the item out on purpose; ``replay`` reads its import again "
        "(after a fix) and resolves the item if it is no longer set aside. A business day "
        "is complete once nothing set aside on it is open."
    ),
    responses=_SET_ASIDE_ERRORS,
)
def resolve_set_aside(
    item_id: PathId, how: Annotated[str, Path(max_length=32)], ctx: OwnerContext = OWNER_API
) -> SetAsideOut:
    item = set_aside.resolve(ctx.db, ctx.rid, item_id, how)
    return SetAsideOut.model_validate(set_aside.describe(item), from_attributes=True)
